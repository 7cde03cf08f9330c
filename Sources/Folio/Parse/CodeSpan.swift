/// A code span of Markdown text, delimited as CommonMark delimits them: a run of backticks
/// closed by the next run of the same length.
struct CodeSpan {
    /// 1-based line it opens on, and its UTF-8 offsets there, backticks included.
    var line: Int
    var bytes: Range<Int>
    var isOneLine: Bool
    /// How many backticks open and close it.
    var fence: Int
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
