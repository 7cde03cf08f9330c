import Foundation

/// A text cut into numbers and everything between them, so that two renders can be compared as
/// a reader compares them: the words exactly, the numbers within a tolerance.
struct NumberTokens: Equatable {
    enum Token: Equatable {
        /// Anything that is not a number, compared exactly.
        case text(Substring)
        case number(PrintedNumber)
    }

    var tokens: [Token]

    init(_ text: Substring) {
        var tokens: [Token] = []
        var pending = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            if let (number, end) = PrintedNumber.scan(text, at: index) {
                if pending < index { tokens.append(.text(text[pending..<index])) }
                tokens.append(.number(number))
                index = end
                pending = end
            } else {
                index = Self.skipWord(text, from: index)
            }
        }
        if pending < text.endIndex { tokens.append(.text(text[pending...])) }
        self.tokens = tokens
    }

    init(_ text: String) { self.init(Substring(text)) }

    /// Past a name (so `nan` inside `finance` or the `5` of `file5` is no number), or past one
    /// other character. A single letter is a word of its own: SVG path data glues its commands
    /// to their numbers (`M27.03,162.3L…`).
    private static func skipWord(_ text: Substring, from index: Substring.Index) -> Substring.Index {
        guard text[index].isLetter || text[index] == "_" else { return text.index(after: index) }
        var end = text.index(after: index)
        if end < text.endIndex, text[end].isASCII, text[end].isNumber || text[end] == "." { return end }
        while end < text.endIndex, text[end].isLetter || text[end].isNumber || text[end] == "_" {
            end = text.index(after: end)
        }
        return end
    }

    /// Whether the two texts agree but for numbers, and the number pairs to weigh.
    func pairs(with other: NumberTokens) -> [(PrintedNumber, PrintedNumber)]? {
        guard tokens.count == other.tokens.count else { return nil }
        var pairs: [(PrintedNumber, PrintedNumber)] = []
        for (a, b) in zip(tokens, other.tokens) {
            switch (a, b) {
            case (.text(let x), .text(let y)) where x == y: continue
            case (.number(let x), .number(let y)): pairs.append((x, y))
            default: return nil
            }
        }
        return pairs
    }
}

/// A number as a report prints it: its value, its text, and where its last printed digit stands.
struct PrintedNumber: Equatable {
    var value: Double
    var text: Substring
    /// The power of ten of the last printed digit (-2 for `123.45`, -13 for `1.1133e-09`); nil for
    /// whole numbers printed without a point or exponent, which are counts, and for `inf`/`nan`.
    var lastPlace: Int?
    /// Digits printed from the first non-zero one on (5 for `0.00012345`).
    var significantDigits = 0

    /// One unit in the last printed place; zero for counts.
    var quantum: Double { lastPlace.map(Self.pow10) ?? 0 }

    /// A number starting at `index`: `-1.5e-3`, `42`, `.5`, `inf`, `-inf`, `nan`. A sign belongs to
    /// the number only when no letter or digit stands right before it (`x-1` is `x`, `-1`).
    static func scan(_ text: Substring, at index: Substring.Index) -> (PrintedNumber, Substring.Index)? {
        var i = index
        var negative = false
        if text[i] == "-" || text[i] == "+" || text[i] == "−" {
            negative = text[i] != "+"
            i = text.index(after: i)
            guard i < text.endIndex else { return nil }
        }
        if let (value, end) = special(text, at: i) {
            guard index == text.startIndex || !isWordCharacter(text[text.index(before: index)]) else { return nil }
            return (PrintedNumber(value: negative ? -value : value, text: text[index..<end]), end)
        }
        var digitsBefore = 0, digitsAfter = 0, point = false, leadingZeros = 0
        while i < text.endIndex, text[i].isASCII, text[i].isNumber {
            if text[i] == "0" && digitsBefore == leadingZeros { leadingZeros += 1 }
            digitsBefore += 1
            i = text.index(after: i)
        }
        if i < text.endIndex, text[i] == "." {
            let next = text.index(after: i)
            var j = next
            while j < text.endIndex, text[j].isASCII, text[j].isNumber {
                if text[j] == "0" && digitsBefore + digitsAfter == leadingZeros { leadingZeros += 1 }
                digitsAfter += 1
                j = text.index(after: j)
            }
            if digitsBefore + digitsAfter > 0 { point = true; i = j }
        }
        guard digitsBefore + digitsAfter > 0 else { return nil }
        var exponent = 0
        if i < text.endIndex, text[i] == "e" || text[i] == "E" {
            var j = text.index(after: i)
            var sign = 1
            if j < text.endIndex, text[j] == "-" || text[j] == "+" {
                sign = text[j] == "-" ? -1 : 1
                j = text.index(after: j)
            }
            var digits = 0, value = 0
            while j < text.endIndex, text[j].isASCII, let d = text[j].wholeNumberValue { value = value * 10 + d; digits += 1; j = text.index(after: j) }
            if digits > 0, j == text.endIndex || !text[j].isLetter {
                exponent = sign * value
                i = j
            }
        }
        let printed = text[index..<i]
        let plain = String(printed.replacingOccurrences(of: "−", with: "-"))
        guard let value = Double(plain) else { return nil }
        let scientific = exponent != 0 || printed.contains("e") || printed.contains("E")
        let number = PrintedNumber(value: value, text: printed, lastPlace: point || scientific ? exponent - digitsAfter : nil,
                                   significantDigits: digitsBefore + digitsAfter - leadingZeros)
        return (number, i)
    }

    private static func special(_ text: Substring, at index: Substring.Index) -> (Double, Substring.Index)? {
        for (word, value) in [("inf", Double.infinity), ("nan", Double.nan)] {
            guard text[index...].hasPrefix(word) else { continue }
            let end = text.index(index, offsetBy: word.count)
            if end == text.endIndex || !isWordCharacter(text[end]) { return (value, end) }
        }
        return nil
    }

    private static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }

    static func pow10(_ e: Int) -> Double {
        var r = 1.0
        for _ in 0..<abs(e) { r *= 10 }
        return e < 0 ? 1 / r : r
    }
}
