/// What a code fence's info string says: the language it is written in, and whether it is
/// written as an executable chunk, as Quarto, knitr and d2lbook write them (`{python}`,
/// `{r, echo=FALSE}`, Pandoc's `{.python .input}`), rather than as plain code (` ```python `).
///
/// cmark-gfm takes the info string's first word as the language, which makes `{.python` of
/// `{.python .input}`: the braces have to be read here.
struct FenceInfo: Equatable {
    /// `python` for `{python}`, `{.python .input}` and `python`; nil for a bare fence.
    var language: String?
    /// Written in braces: a chunk that its own tool would run.
    var isChunk: Bool

    init(_ info: String?) {
        let text = (info ?? "").trimmingCharacters(in: " \t")
        guard text.hasPrefix("{") else {
            language = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init)
            isChunk = false
            return
        }
        isChunk = true
        let inside = text.dropFirst().prefix { $0 != "}" }
        let words = inside.split(whereSeparator: { " \t,".contains($0) })
        // Pandoc attributes (`.class`, `#id`, `key=value`) name the language by the first class;
        // Quarto and knitr by the first word, the engine.
        if let first = words.first, first.hasPrefix(".") || first.hasPrefix("#") || first.contains("=") {
            language = words.first { $0.hasPrefix(".") && $0.count > 1 }.map { String($0.dropFirst()) }
        } else {
            language = words.first.map(String.init)
        }
    }

    /// The option lines that open a chunk, in the comment syntax of its language: Quarto's `#|`
    /// (Python, R, Bash, Julia) and `//|` (languages that comment with `//`).
    static func optionLineCount(_ code: String) -> Int {
        code.split(separator: "\n", omittingEmptySubsequences: false).prefix { line in
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            return trimmed.hasPrefix("#|") || trimmed.hasPrefix("//|")
        }.count
    }
}

/// A chunk in another language than Swift (`{python}`, `{r}`, `{.python .input}`, `{bash}`):
/// shown as code in its language, without its option lines, and never run.
public struct ForeignCell: Sendable, Equatable {
    /// 1-based lines of the opening and the closing fence.
    public var fenceLine: Int
    public var endLine: Int
    /// Columns of indentation before the fence.
    public var indent: Int
    /// The language as a `language-…` class names it; `text` when the braces name none.
    public var language: String
    /// The code without its option lines, ending in a newline.
    public var code: String
}
