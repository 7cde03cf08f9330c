/// Puts inline values (`{swift} expr` code spans) into the prose, in the notebook's text and in
/// the Markdown cmark-gfm reads alike, so that both reports show them without knowing of them.
///
/// A value stands as literal text: Markdown's special characters are backslash-escaped, which
/// both cmark-gfm (then HTML-escaping `<` and `&`) and GitHub read as the characters themselves.
/// An expression that was not evaluated (its cell did not run) keeps its code span.
enum InlineValues {
    static func woven(_ notebook: Notebook, _ results: [CellResult]) -> Notebook {
        guard !notebook.inlineExpressions.isEmpty else { return notebook }
        var values: [Int: String] = [:]
        for value in results.flatMap(\.inlineValues) { values[value.index] = value.text }
        var sourceLines = notebook.source.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
        var protectedLines = notebook.markdown.text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
        // Right to left, so that the offsets of the spans still to replace on a line hold.
        for inline in notebook.inlineExpressions.reversed() {
            guard let value = values[inline.index] else { continue }
            let text = Array(escaped(value).utf8)
            if inline.line <= sourceLines.count, inline.span.upperBound <= sourceLines[inline.line - 1].count {
                sourceLines[inline.line - 1].replaceSubrange(inline.span, with: text)
            }
            if inline.protectedLine <= protectedLines.count, inline.protectedSpan.upperBound <= protectedLines[inline.protectedLine - 1].count {
                protectedLines[inline.protectedLine - 1].replaceSubrange(inline.protectedSpan, with: text)
            }
        }
        var woven = notebook
        woven.source = joined(sourceLines)
        woven.markdown.text = joined(protectedLines)
        return woven
    }

    /// `value` as Markdown that reads as exactly its characters, on one line.
    static func escaped(_ value: String) -> String {
        var result = ""
        for character in value.trimmingCharacters(in: .whitespacesAndNewlines) {
            if character.isNewline { result += " "; continue }
            if "\\`*_[]<>&|~$#!".contains(character) { result += "\\" }
            result.append(character)
        }
        return result
    }

    private static func joined(_ lines: [[UInt8]]) -> String {
        lines.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
    }
}
