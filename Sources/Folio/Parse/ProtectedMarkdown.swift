/// Markdown whose TeX math has been swapped for inert placeholders before cmark-gfm sees it.
///
/// cmark-gfm would read `*` in `$x*y*z$` as emphasis, eat the backslashes of `\{`, and split
/// a table row at `|` inside math; an alphanumeric placeholder is something it leaves alone.
public struct ProtectedMarkdown: Sendable, Equatable {
    public var text: String
    public var math: [MathSpan]
    /// `lineMap[n - 1]` is the line of the original file that line `n` of `text` starts on;
    /// display math over several lines becomes one placeholder, so the two can differ.
    public var lineMap: [Int]

    public func originalLine(_ line: Int) -> Int {
        guard !lineMap.isEmpty else { return line }
        return lineMap[min(max(line, 1), lineMap.count) - 1]
    }
}

/// One `$…$` or `$$…$$` span.
public struct MathSpan: Sendable, Equatable {
    public var placeholder: String
    /// The TeX between the delimiters, as written.
    public var tex: String
    public var display: Bool
    /// 1-based line in the original file where the span opens.
    public var line: Int
}
