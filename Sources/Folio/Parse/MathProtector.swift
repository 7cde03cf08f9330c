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
    /// For each line of prose, the last line of its run of lines with no blank or code line
    /// between (`line - 1` for a blank or code line), so that `sameParagraph` costs nothing.
    private var paragraphEnd: [Int] = []
    /// Where the span whose TeX starts at each byte would close, computed once for all (`closers`).
    private var inlineCloser: [Int?] = []
    private var firstDollar: [Int?] = []
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
        paragraphEnd = Array(repeating: 0, count: starts.count)
        for line in starts.indices.reversed() {
            if codeLine[line] || isBlank(line: line) {
                paragraphEnd[line] = line - 1
            } else if line + 1 < starts.count, paragraphEnd[line + 1] > line {
                paragraphEnd[line] = paragraphEnd[line + 1]
            } else {
                paragraphEnd[line] = line
            }
        }
        (inlineCloser, firstDollar) = closers()
    }

    /// For each byte where a span's TeX could start, the first `$` after it at brace depth 0 (as
    /// seen from there), and the first such `$` that closes inline math. Scanning forward from
    /// every `$` instead was quadratic: a paragraph of `$a $b $c …` (60 KB) took minutes, and one
    /// of `{$a {$a …` as long (found by fuzzing, with a cubic paragraph check it then also had).
    ///
    /// A backslash hides the byte after it, the same bytes from wherever a scan starts (a `$` is
    /// never a hidden byte's neighbour on the left). With `P` the count of `{` minus `}` before a
    /// byte, the depth seen from `c` at `x` is `P(x) − min P` over `c…x`, so the bytes at depth 0
    /// from `c` are `c`, the next byte with `P` at most `P(c)`, the next one after that, and so on:
    /// a chain through "next smaller or equal" links, along which both answers are inherited.
    private func closers() -> (inline: [Int?], dollar: [Int?]) {
        let n = bytes.count
        var visible = [Bool](repeating: false, count: n)
        var depth = [Int](repeating: 0, count: n)
        var i = 0, p = 0
        while i < n {
            visible[i] = true
            depth[i] = p
            switch bytes[i] {
            case UInt8(ascii: "\\"): i += 2; continue
            case UInt8(ascii: "{"): p += 1
            case UInt8(ascii: "}"): p -= 1
            default: break
            }
            i += 1
        }
        var inline = [Int?](repeating: nil, count: n), dollar = [Int?](repeating: nil, count: n)
        var stack: [Int] = []  // visible bytes after `x`, each with a smaller `P` than the one above it
        for x in stride(from: n - 1, through: 0, by: -1) where visible[x] {
            while let top = stack.last, depth[top] > depth[x] { stack.removeLast() }
            let next = stack.last
            stack.append(x)
            if bytes[x] == UInt8(ascii: "$") {
                dollar[x] = x
                let followedByDigit = x + 1 < n && (48...57).contains(bytes[x + 1])
                inline[x] = x > 0 && !isSpace(bytes[x - 1]) && !followedByDigit ? x : next.flatMap { inline[$0] }
            } else {
                dollar[x] = next.flatMap { dollar[$0] }
                inline[x] = next.flatMap { inline[$0] }
            }
        }
        return (inline, dollar)
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
    /// between, and not out of a one-line heading). Looked up, not scanned: the scans that call
    /// it for every byte of an unclosed span were cubic in a long paragraph full of backticks (a
    /// 9 KB input took over 10 s; found by fuzzing).
    private func sameParagraph(_ offset: Int, from startLine: Int) -> Bool {
        let l = line(of: offset)
        return l == startLine || (!headingLine[startLine] && l <= paragraphEnd[startLine])
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
        if display {
            // The first `$` at depth 0 closes `$$…$$` when a second follows, and nothing otherwise.
            guard let j = firstDollar[contentStart], sameParagraph(j, from: line),
                  j + 1 < bytes.count, bytes[j + 1] == UInt8(ascii: "$") else { return nil }
            return bytes[contentStart..<j].contains(where: { !isSpace($0) }) ? j : nil
        }
        // `$` after a non-space and before no digit closes `$…$`; other `$`s are passed.
        guard let j = inlineCloser[contentStart], sameParagraph(j, from: line) else { return nil }
        return j
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
