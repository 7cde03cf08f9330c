import Foundation

/// Reports in the output folder whose notebook no longer exists: left behind by a rename or a
/// deletion, they would be published as if current.
public enum OrphanReports {
    /// One verdict for each Folio page in `directory` or its subfolders (a book's chapters in
    /// subfolders have their reports in the same subfolders) whose report name (`ch1/a`) is none
    /// of `notebooks`. Reports' own `_files/` folders hold copies, never reports.
    public static func find(in directory: String, notebooks: Set<String>) -> [NotebookVerdict] {
        pages(in: directory, below: "").compactMap { name -> NotebookVerdict? in
            let path = "\(directory)/\(name).html"
            guard !notebooks.contains(name), let page = TextFile.read(path), HTMLPage.isReport(page) else { return nil }
            let base = "\(directory)/\(name)"
            let finding = Finding(file: path, line: 1,
                                  message: "a committed report with no notebook (no \(name).md among the notebooks); "
                                      + "delete \(base).html, .md and _files/, or restore the notebook")
            return NotebookVerdict(notebook: path, cells: [], findings: [finding])
        }
    }

    /// The names of `.html` files, without extension, relative to `directory`, sorted.
    private static func pages(in directory: String, below relative: String) -> [String] {
        let folder = relative.isEmpty ? directory : "\(directory)/\(relative)"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        var result: [String] = []
        for name in names where !name.hasPrefix(".") {
            let inside = relative.isEmpty ? name : "\(relative)/\(name)"
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: "\(folder)/\(name)", isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                if !name.hasSuffix("_files") { result += pages(in: directory, below: inside) }
            } else if name.hasSuffix(".html") {
                result.append(String(inside.dropLast(5)))
            }
        }
        return result
    }
}
