/// Quarto's inline value: `` `{swift} expr` `` in prose stands for the value of `expr`,
/// evaluated after the cells above it.
public struct InlineExpression: Sendable, Equatable {
    /// 0-based position among the notebook's inline expressions.
    public var index: Int
    /// The Swift expression, as written after `{swift} `.
    public var code: String
    /// 1-based line of the notebook, and 1-based UTF-8 column where `code` starts.
    public var line: Int
    public var column: Int
    /// UTF-8 offsets within line `line` of the notebook's text of the whole code span, backticks
    /// included: what the value replaces in the Markdown report.
    public var span: Range<Int>
    /// The same span in the Markdown cmark-gfm reads (`ProtectedMarkdown.text`), whose lines
    /// may differ from the notebook's after display math: its 1-based line and UTF-8 offsets.
    public var protectedLine: Int
    public var protectedSpan: Range<Int>
}
