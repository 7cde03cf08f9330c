/// Text Folio inserted into a notebook line of the program (a display wrapper, a renamed
/// identifier's suffix), whose columns the compiler counts and the author never wrote.
public struct ColumnInsertion: Sendable, Equatable {
    /// The notebook line, and the 1-based (UTF-8) column of the author's text the insertion
    /// stands before.
    public var line: Int
    public var column: Int
    /// How many columns it inserted.
    public var width: Int

    /// The author's column for a compiler `column` on `line`; a column inside inserted text
    /// means the author's text it stands before.
    static func authorColumn(_ column: Int, line: Int, in insertions: [ColumnInsertion]) -> Int {
        var shift = 0
        for insertion in insertions.filter({ $0.line == line }).sorted(by: { $0.column < $1.column }) {
            let start = insertion.column + shift
            if column < start { break }
            if column < start + insertion.width { return insertion.column }
            shift += insertion.width
        }
        return column - shift
    }
}
