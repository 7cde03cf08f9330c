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

    /// `text` (a heading, say) with each placeholder put back as the TeX it stands for.
    public func restoringTeX(in text: String) -> String {
        math.reduce(text) { $0.replacingOccurrences(of: $1.placeholder, with: $1.tex) }
    }

    /// `text` with each placeholder replaced by its math as written, delimiters and all.
    public func restoringMath(in text: String) -> String {
        math.reduce(text) { $0.replacingOccurrences(of: $1.placeholder, with: $1.display ? "$$\($1.tex)$$" : "$\($1.tex)$") }
    }

    /// `text` with the placeholders taken out, for a heading's anchor.
    public func removingMath(from text: String) -> String {
        math.reduce(text) { $0.replacingOccurrences(of: $1.placeholder, with: "") }
    }

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
