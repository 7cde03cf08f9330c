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

/// Finds inline expressions: cmark-gfm says which code spans are `{swift}` ones; their places
/// in the text, which cmark-gfm does not keep for inline nodes, are found by walking the code
/// spans of their block in order.
enum InlineExpressions {
    static let marker = "{swift}"

    /// - Parameter literals: the literal of each code span cmark-gfm found, with the 1-based
    ///   first and last lines (of the protected text) of the block it stands in, in document order.
    static func find(_ literals: [(literal: String, block: ClosedRange<Int>)], in markdown: ProtectedMarkdown,
                     source: String, file: String) throws(NotebookError) -> [InlineExpression] {
        let protectedLines = markdown.text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
        let sourceLines = source.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
        var found: [InlineExpression] = []
        var scanned: (block: ClosedRange<Int>, spans: [CodeSpan], next: Int)?
        for (literal, block) in literals where isInline(literal) {
            if scanned?.block != block {
                scanned = (block, CodeSpan.all(in: protectedLines, lines: block), 0)
            }
            guard let spans = scanned?.spans, let start = scanned?.next,
                  let match = spans[start...].firstIndex(where: { $0.literal == literal }) else { continue }
            scanned?.next = match + 1
            let span = spans[match]
            let line = markdown.originalLine(span.line)
            guard span.isOneLine else {
                throw NotebookError(file: file, line: line, "an inline `{swift} …` expression must stand on one line; join its lines")
            }
            let raw = protectedLines[span.line - 1][span.bytes]
            let occurrence = spans[..<match].count { $0.line == span.line && protectedLines[$0.line - 1][$0.bytes].elementsEqual(raw) }
            guard line <= sourceLines.count, let place = nth(occurrence, of: Array(raw), in: sourceLines[line - 1]) else { continue }
            // The expression starts after the marker and the spaces that follow it.
            var codeStart = place + span.contentOffset + (Array(raw[(raw.startIndex + span.contentOffset)...]).firstRange(of: Array(marker.utf8))?.upperBound ?? 0)
            let codeEnd = place + raw.count - span.fence
            while codeStart < codeEnd, sourceLines[line - 1][codeStart] == UInt8(ascii: " ") { codeStart += 1 }
            let code = String(decoding: sourceLines[line - 1][codeStart..<codeEnd], as: UTF8.self).trimmingCharacters(in: " ")
            guard !code.isEmpty else {
                throw NotebookError(file: file, line: line, "an inline `{swift}` code span has no expression; write `{swift} expression`")
            }
            found.append(InlineExpression(index: found.count, code: code, line: line, column: codeStart + 1,
                                          span: place..<(place + raw.count), protectedLine: span.line, protectedSpan: span.bytes))
        }
        return found
    }

    static func isInline(_ literal: String) -> Bool {
        literal.hasPrefix(marker + " ") || literal == marker
    }

    private static func nth(_ occurrence: Int, of needle: [UInt8], in line: [UInt8]) -> Int? {
        var from = 0, seen = 0
        while from <= line.count - needle.count, let range = line[from...].firstRange(of: needle) {
            if seen == occurrence { return range.lowerBound }
            seen += 1
            from = range.upperBound
        }
        return nil
    }
}

/// A code span of Markdown text, delimited as CommonMark delimits them: a run of backticks
/// closed by the next run of the same length.
struct CodeSpan {
    /// 1-based line it opens on, and its UTF-8 offsets there, backticks included.
    var line: Int
    var bytes: Range<Int>
    var isOneLine: Bool
    /// How many backticks open it, and where its content starts after them.
    var fence: Int
    var contentOffset: Int { fence }
    /// The content as cmark-gfm gives it: line endings as spaces, one space stripped from each
    /// end when both have one.
    var literal: String

    static func all(in lines: [[UInt8]], lines range: ClosedRange<Int>) -> [CodeSpan] {
        let chosen = range.clamped(to: 1...max(1, lines.count))
        guard !lines.isEmpty else { return [] }
        var text: [UInt8] = []
        var lineStarts: [Int] = []
        for number in chosen {
            lineStarts.append(text.count)
            text += lines[number - 1] + [UInt8(ascii: "\n")]
        }
        func place(_ offset: Int) -> (line: Int, column: Int) {
            let index = (lineStarts.lastIndex { $0 <= offset }) ?? 0
            return (chosen.lowerBound + index, offset - lineStarts[index])
        }
        let backtick = UInt8(ascii: "`")
        func run(at index: Int) -> Int { text[index...].prefix { $0 == backtick }.count }
        var spans: [CodeSpan] = []
        var i = 0
        while i < text.count {
            if text[i] == UInt8(ascii: "\\") { i += 2; continue }
            guard text[i] == backtick else { i += 1; continue }
            let fence = run(at: i)
            var j = i + fence
            var closing: Int?
            while j < text.count {
                guard text[j] == backtick else { j += 1; continue }
                let length = run(at: j)
                if length == fence { closing = j; break }
                j += length
            }
            guard let closing else { i += fence; continue }
            let start = place(i), end = place(closing + fence - 1)
            var content = text[(i + fence)..<closing].map { $0 == UInt8(ascii: "\n") ? UInt8(ascii: " ") : $0 }
            if content.count >= 2, content.first == UInt8(ascii: " "), content.last == UInt8(ascii: " "),
               content.contains(where: { $0 != UInt8(ascii: " ") }) {
                content = Array(content.dropFirst().dropLast())
            }
            spans.append(CodeSpan(line: start.line, bytes: start.column..<(start.column + closing + fence - i),
                                  isOneLine: start.line == end.line, fence: fence, literal: String(decoding: content, as: UTF8.self)))
            i = closing + fence
        }
        return spans
    }
}
