/// Finds TeX math with pandoc's `tex_math_dollars` rules and replaces it with placeholders.
///
/// Rules (pandoc manual §8.13, also Quarto's): an opening `$` is followed by a non-space, a
/// closing `$` follows a non-space and is not followed by a digit, so `$5 and $10` is not math;
/// `\$` is a literal dollar; math never crosses a blank line; braces nest, so `\text{$x$}` stays
/// one span. Code blocks, HTML blocks, code spans and inline HTML are copied untouched.
struct MathProtector {
    private let bytes: [UInt8]
    private let codeLine: [Bool]
    /// Lines that are a `# heading`: what opens on one closes on it.
    private let headingLine: [Bool]
    private let lineStart: [Int]
    private var output: [UInt8] = []
    private var math: [MathSpan] = []
    private var lineMap: [Int] = [1]
    private let nonce: String

    static func protect(_ text: String) -> ProtectedMarkdown {
        var protector = MathProtector(text)
        protector.run()
        return ProtectedMarkdown(text: String(decoding: protector.output, as: UTF8.self),
                                 math: protector.math, lineMap: protector.lineMap)
    }

    private init(_ text: String) {
        bytes = Array(text.utf8)
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(index + 1) }
        lineStart = starts
        (codeLine, headingLine) = Self.blocks(of: text, count: starts.count)
        var n = 0
        while text.contains("Zfm\(n)q") { n += 1 }
        nonce = "Zfm\(n)q"
    }

    /// Lines inside code blocks and HTML blocks, as cmark-gfm itself sees them: a fence after a
    /// list marker or a `>` is found as surely as one at the start of a line. And the lines that
    /// are a one-line (`#`) heading: math or a code span that opens in one must close in it, or
    /// `# Cost $a` over `b$ …` swallowed the lines between into a title with line breaks, which
    /// split the report's navigation links (found by fuzzing). Math that opens in a paragraph
    /// still runs over lines cmark would read as blocks (`* z` in a `$$` formula): protection
    /// happens before cmark sees the text precisely so that it can.
    private static func blocks(of text: String, count: Int) -> (code: [Bool], heading: [Bool]) {
        var code = Array(repeating: false, count: count)
        var heading = Array(repeating: false, count: count)
        MarkdownTree(markdown: text).withNodes { nodes in
            for node in nodes {
                if node.type == "heading", node.startLine == node.endLine, (1...count).contains(node.startLine) {
                    heading[node.startLine - 1] = true
                }
                guard node.type == "code_block" || node.type == "html_block" else { continue }
                let first = min(max(node.startLine, 1), count), last = min(max(node.endLine, first), count)
                for line in first...last { code[line - 1] = true }
            }
        }
        return (code, heading)
    }

    // MARK: Scanning

    /// 0-based line index of a byte offset.
    private func line(of offset: Int) -> Int {
        var low = 0, high = lineStart.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStart[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    private func isBlank(line: Int) -> Bool {
        let end = line + 1 < lineStart.count ? lineStart[line + 1] - 1 : bytes.count
        return bytes[lineStart[line]..<end].allSatisfy { $0 == 32 || $0 == 9 || $0 == 13 }
    }

    /// Whether prose may continue from line `from` into byte `offset` (no blank or code line
    /// between, and not out of a one-line heading).
    private func sameParagraph(_ offset: Int, from startLine: Int) -> Bool {
        let l = line(of: offset)
        return l == startLine || (!headingLine[startLine] && (startLine...l).allSatisfy { !codeLine[$0] && !isBlank(line: $0) })
    }

    private mutating func copy(_ range: Range<Int>) {
        for index in range { emit(bytes[index], at: index) }
    }

    private mutating func emit(_ byte: UInt8, at index: Int) {
        output.append(byte)
        if byte == UInt8(ascii: "\n") { lineMap.append(line(of: index) + 2) }
    }

    private mutating func run() {
        var i = 0
        while i < bytes.count {
            let l = line(of: i)
            if codeLine[l] {
                let end = l + 1 < lineStart.count ? lineStart[l + 1] : bytes.count
                copy(i..<end)
                i = end
                continue
            }
            switch bytes[i] {
            case UInt8(ascii: "\\"):
                let end = i + 1 < bytes.count && isPunctuation(bytes[i + 1]) ? i + 2 : i + 1
                copy(i..<end)
                i = end
            case UInt8(ascii: "`"):
                i = copyCodeSpan(at: i, line: l)
            case UInt8(ascii: "<"):
                i = copyInlineHTML(at: i)
            case UInt8(ascii: "$"):
                i = replaceMath(at: i, line: l)
            default:
                emit(bytes[i], at: i)
                i += 1
            }
        }
    }

    private func isPunctuation(_ byte: UInt8) -> Bool {
        (33...47).contains(byte) || (58...64).contains(byte) || (91...96).contains(byte) || (123...126).contains(byte)
    }

    private func run(of byte: UInt8, at start: Int) -> Int {
        var end = start
        while end < bytes.count, bytes[end] == byte { end += 1 }
        return end - start
    }

    private mutating func copyCodeSpan(at start: Int, line: Int) -> Int {
        let length = run(of: UInt8(ascii: "`"), at: start)
        var j = start + length
        while j < bytes.count, sameParagraph(j, from: line) {
            if bytes[j] == UInt8(ascii: "`") {
                let closing = run(of: UInt8(ascii: "`"), at: j)
                if closing == length {
                    copy(start..<(j + closing))
                    return j + closing
                }
                j += closing
            } else {
                j += 1
            }
        }
        copy(start..<(start + length))
        return start + length
    }

    /// An autolink or inline tag, up to its `>` on the same line, so `$` in an attribute is not math.
    private mutating func copyInlineHTML(at start: Int) -> Int {
        guard start + 1 < bytes.count else { copy(start..<start + 1); return start + 1 }
        let next = bytes[start + 1]
        let opensTag = (65...90).contains(next) || (97...122).contains(next) || next == UInt8(ascii: "/") || next == UInt8(ascii: "!")
        var j = start + 1
        while opensTag, j < bytes.count, bytes[j] != UInt8(ascii: "\n") {
            if bytes[j] == UInt8(ascii: ">") {
                copy(start..<(j + 1))
                return j + 1
            }
            j += 1
        }
        copy(start..<start + 1)
        return start + 1
    }

    private mutating func replaceMath(at start: Int, line: Int) -> Int {
        let display = start + 1 < bytes.count && bytes[start + 1] == UInt8(ascii: "$")
        let open = display ? 2 : 1
        if let close = closingDelimiter(from: start + open, display: display, line: line) {
            let tex = String(decoding: bytes[(start + open)..<close], as: UTF8.self)
            let placeholder = "\(nonce)\(math.count)q"
            let (label, end) = display ? equationLabel(after: close + open) : (nil, close + open)
            math.append(MathSpan(placeholder: placeholder, tex: tex, display: display, line: line + 1, label: label))
            output.append(contentsOf: placeholder.utf8)
            return end
        }
        copy(start..<(start + open))
        return start + open
    }

    private func closingDelimiter(from contentStart: Int, display: Bool, line: Int) -> Int? {
        guard contentStart < bytes.count else { return nil }
        let first = bytes[contentStart]
        if !display && (isSpace(first) || first == UInt8(ascii: "$")) { return nil }
        var depth = 0
        var j = contentStart
        while j < bytes.count, sameParagraph(j, from: line) {
            switch bytes[j] {
            case UInt8(ascii: "\\"): j += 2; continue
            case UInt8(ascii: "{"): depth += 1
            case UInt8(ascii: "}"): depth = max(0, depth - 1)
            case UInt8(ascii: "$") where depth == 0:
                if display {
                    guard j + 1 < bytes.count, bytes[j + 1] == UInt8(ascii: "$") else { return nil }
                    let content = bytes[contentStart..<j]
                    return content.contains(where: { !isSpace($0) }) ? j : nil
                }
                let followedByDigit = j + 1 < bytes.count && (48...57).contains(bytes[j + 1])
                if j > contentStart, !isSpace(bytes[j - 1]), !followedByDigit { return j }
                if j == contentStart { return nil }
            default: break
            }
            j += 1
        }
        return nil
    }

    /// Quarto's ` {#eq-name}` after a display equation's closing `$$`, on the same line: the
    /// label, and where the text goes on after it.
    private func equationLabel(after index: Int) -> (String?, Int) {
        var j = index
        while j < bytes.count, bytes[j] == 32 || bytes[j] == 9 { j += 1 }
        let opening = Array("{#eq-".utf8)
        guard j + opening.count < bytes.count, Array(bytes[j..<(j + opening.count)]) == opening else { return (nil, index) }
        var k = j + opening.count
        while k < bytes.count, bytes[k] == UInt8(ascii: "-") || bytes[k] == UInt8(ascii: "_")
                || (48...57).contains(bytes[k]) || (65...90).contains(bytes[k]) || (97...122).contains(bytes[k]) { k += 1 }
        guard k > j + opening.count, k < bytes.count, bytes[k] == UInt8(ascii: "}") else { return (nil, index) }
        return (String(decoding: bytes[(j + 2)..<k], as: UTF8.self), k + 1)
    }

    private func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 13 }
}
