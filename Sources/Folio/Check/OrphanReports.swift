import Foundation

/// Reports in the output folder whose notebook no longer exists: left behind by a rename or a
/// deletion, they would be published as if current.
public enum OrphanReports {
    /// One verdict for each Folio page in `directory` named after none of `notebooks`.
    public static func find(in directory: String, notebooks: Set<String>) -> [NotebookVerdict] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
        return names.compactMap { file -> NotebookVerdict? in
            guard file.hasSuffix(".html") else { return nil }
            let name = String(file.dropLast(5))
            let path = "\(directory)/\(file)"
            guard !notebooks.contains(name), let page = TextFile.read(path),
                  HTMLPage.isReport(page) else { return nil }
            let finding = Finding(file: path, line: 1,
                                  message: "a committed report with no notebook (no \(name).md among the notebooks); "
                                      + "delete \(directory)/\(name).html, .md and _files/, or restore the notebook")
            return NotebookVerdict(notebook: path, cells: [], findings: [finding])
        }
    }
}
