/// One thing `folio check` (or a failed render) has to say: a cell that failed, or a way a
/// committed report differs from what the notebook renders now.
public struct Finding: Sendable, Equatable, Codable {
    /// The file it concerns as the user named it: the notebook, or a report or figure file.
    public var file: String
    /// 1-based line in `file`.
    public var line: Int
    public var message: String
    /// Lines that show the difference, such as a unified diff.
    public var detail: [String]
    /// The 0-based index of the cell it concerns; nil for the notebook's prose or a whole file.
    public var cell: Int?

    public init(file: String, line: Int, message: String, detail: [String] = [], cell: Int? = nil) {
        self.file = file
        self.line = line
        self.message = message
        self.detail = detail
        self.cell = cell
    }
}
