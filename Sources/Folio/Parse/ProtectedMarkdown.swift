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
        substituting(in: text) { span, _ in span.tex }.text
    }

    /// `text` with each placeholder replaced by its math as written, delimiters and all.
    public func restoringMath(in text: String) -> String {
        substituting(in: text) { span, _ in span.written }.text
    }

    /// `eq-name` → 1, 2, … for the labelled display equations, in document order.
    public var equationNumbers: [String: Int] {
        var numbers: [String: Int] = [:]
        for label in math.compactMap(\.label) where numbers[label] == nil { numbers[label] = numbers.count + 1 }
        return numbers
    }

    /// `text` with the placeholders taken out, for a heading's anchor.
    public func removingMath(from text: String) -> String {
        substituting(in: text) { _, _ in "" }.text
    }

    /// `text` with every placeholder replaced by `replacement(span, insideTag)`, in one pass, so
    /// a page with thousands of formulas costs time linear in its length. `insideTag` tells
    /// whether the placeholder stands within an HTML tag (an attribute) rather than in text.
    /// `uses[i]` counts the placeholders of `math[i]` that were found.
    public func substituting(in text: String, _ replacement: (MathSpan, _ insideTag: Bool) -> String) -> (text: String, uses: [Int]) {
        var uses = [Int](repeating: 0, count: math.count)
        guard let first = math.first else { return (text, uses) }
        // Every placeholder is the nonce, the span's index, and "q" (`MathProtector`).
        let nonce = Array(first.placeholder.utf8.dropLast(2))
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var insideTag = false
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == nonce[0], i + nonce.count < bytes.count, bytes[i..<(i + nonce.count)].elementsEqual(nonce) {
                var j = i + nonce.count, index = 0, digits = 0
                // The text may spell the nonce itself (cmark decodes `Zfm0&#113;` in a heading to
                // `Zfm0q`), followed by any number of digits: past `math.count` the index stops
                // growing, since a long run of digits overflowed `Int` and trapped.
                while j < bytes.count, (48...57).contains(bytes[j]) {
                    if index <= math.count { index = index * 10 + Int(bytes[j] - 48) }
                    digits += 1
                    j += 1
                }
                if digits > 0, j < bytes.count, bytes[j] == UInt8(ascii: "q"), index < math.count {
                    uses[index] += 1
                    output += replacement(math[index], insideTag).utf8
                    i = j + 1
                    continue
                }
            }
            if byte == UInt8(ascii: "<") { insideTag = true } else if byte == UInt8(ascii: ">") { insideTag = false }
            output.append(byte)
            i += 1
        }
        return (String(decoding: output, as: UTF8.self), uses)
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
    /// `eq-name` from `$$ … $$ {#eq-name}`: a numbered display equation.
    public var label: String?

    /// The math as the author wrote it, with its dollars.
    public var written: String { display ? "$$\(tex)$$" : "$\(tex)$" }
}
