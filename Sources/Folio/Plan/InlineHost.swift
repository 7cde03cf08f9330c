/// The cell an inline expression (`{swift} expr` in prose) is evaluated with: the last cell
/// above it that runs, after its code; or, when none above runs, the first that does, before
/// its code. Its value and its failures belong to that cell's result.
public struct InlineHost: Sendable, Equatable {
    /// The inline expression's index, and its notebook line.
    public var index: Int
    public var line: Int
    public var cell: Int
    public var afterCell: Bool

    static func hosts(of notebook: Notebook, runs: [Bool]) -> [InlineHost] {
        let running = notebook.cells.filter { runs[$0.index] }
        return notebook.inlineExpressions.compactMap { inline in
            if let above = running.last(where: { $0.fenceLine < inline.line }) {
                return InlineHost(index: inline.index, line: inline.line, cell: above.index, afterCell: true)
            }
            return running.first.map { InlineHost(index: inline.index, line: inline.line, cell: $0.index, afterCell: false) }
        }
    }
}
