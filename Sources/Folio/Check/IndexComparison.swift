/// A book's index, as rendered now against as committed: it holds no results, so it must match
/// exactly.
public enum IndexComparison {
    public static func findings(fresh: String, committed: String) -> [NotebookVerdict] {
        ["md", "html"].compactMap { format -> NotebookVerdict? in
            let name = "\(BookNavigation.indexName).\(format)"
            let path = "\(committed)/\(name)"
            let new = TextFile.read("\(fresh)/\(name)") ?? ""
            guard let old = TextFile.read(path) else {
                return NotebookVerdict(notebook: path, cells: [], findings: [Finding(file: path, line: 1, message: "the book's index is missing; run 'folio render' and commit it")])
            }
            guard old != new else { return nil }
            let oldLines = OutputComparison.lines(old), newLines = OutputComparison.lines(new)
            let finding = Finding(file: path, line: LineDiff.firstDifference(oldLines, newLines) + 1,
                                  message: "the book's index differs from what the notebooks render now; run 'folio render' to refresh it",
                                  detail: LineDiff.unified(oldLines, newLines, oldName: path, newName: "rendered now"))
            return NotebookVerdict(notebook: path, cells: [], findings: [finding])
        }
    }
}
