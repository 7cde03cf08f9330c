/// A tick on an axis: where it is, and its label if it has one.
public struct Tick: Sendable, Hashable {
    public let value: Double
    /// nil for an unlabelled (minor) tick.
    public let label: TickLabel?
    /// Major ticks are longer, and carry the grid lines.
    public let isMajor: Bool

    public init(value: Double, label: TickLabel?, isMajor: Bool) {
        self.value = value
        self.label = label
        self.isMajor = isMajor
    }
}

/// A tick label: plain text, or a power of ten drawn with a real superscript.
public enum TickLabel: Sendable, Hashable {
    case plain(String)
    /// `coefficient×10^exponent`, or `10^exponent` without a coefficient (matplotlib's
    /// `LogFormatterSciNotation`).
    case power(coefficient: String?, exponent: Int)

    /// The text before the superscript, and the superscript (empty for a plain label).
    var parts: (base: String, superscript: String) {
        switch self {
        case .plain(let text): (text, "")
        case .power(let coefficient, let exponent):
            ((coefficient.map { $0 + "×" } ?? "") + "10", Ticks.signed(exponent))
        }
    }

    /// The label in plain text with Unicode superscripts (`10⁻³³`), for alt text and tests.
    public var text: String {
        let (base, superscript) = parts
        let digits = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        return base + superscript.map { character -> String in
            if character == "−" { return "⁻" }
            guard let digit = character.wholeNumberValue else { return String(character) }
            return digits[digit]
        }.joined()
    }

    /// The drawn width at `fontSize`, superscript included.
    func width(fontSize: Double) -> Double {
        let (base, superscript) = parts
        return FontMetrics.width(base, fontSize: fontSize)
            + FontMetrics.width(superscript, fontSize: fontSize * FontMetrics.superscriptScale)
    }

    var hasSuperscript: Bool { !parts.superscript.isEmpty }
}

/// Tick placement: extended Wilkinson on linear axes, decades on log axes.
public enum Ticks {
    /// An integer with a real minus sign (U+2212), as matplotlib writes negative labels.
    static func signed(_ value: Int) -> String {
        value < 0 ? "−" + String(value.magnitude) : String(value)
    }

    /// 10^exponent, exact for the exponents a double represents exactly (0…22).
    static func powerOfTen(_ exponent: Int) -> Double {
        var result = 1.0
        var remaining = exponent.magnitude
        var base = 10.0
        while remaining > 0 {
            if remaining & 1 == 1 { result *= base }
            base *= base
            remaining >>= 1
        }
        return exponent < 0 ? 1 / result : result
    }
}
