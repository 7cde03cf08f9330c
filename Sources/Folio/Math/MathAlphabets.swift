/// Bold, script, double-struck and other letters as Unicode's Mathematical Alphanumeric Symbols:
/// MathML Core keeps `mathvariant` only for upright single letters, so `\mathbf{W}` is 𝐖 itself.
enum MathAlphabets {
    enum Style: String {
        case bold, italic, boldItalic, script, fraktur, doubleStruck, sansSerif, monospace
    }

    /// `text` with each Latin letter (and digit, where the alphabet has digits) in `style`.
    static func map(_ text: String, _ style: Style) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { map($0, style) }))
    }

    private static func map(_ scalar: Unicode.Scalar, _ style: Style) -> Unicode.Scalar {
        let v = scalar.value
        if let greek = greek(scalar, style) { return greek }
        let upper = (0x41...0x5A).contains(v), lower = (0x61...0x7A).contains(v), digit = (0x30...0x39).contains(v)
        if let hole = holes[style]?[Character(scalar)] { return hole }
        let (capitals, smalls, digits): (UInt32, UInt32, UInt32?) = switch style {
        case .bold: (0x1D400, 0x1D41A, 0x1D7CE)
        case .italic: (0x1D434, 0x1D44E, nil)
        case .boldItalic: (0x1D468, 0x1D482, 0x1D7CE)
        case .script: (0x1D49C, 0x1D4B6, nil)
        case .fraktur: (0x1D504, 0x1D51E, nil)
        case .doubleStruck: (0x1D538, 0x1D552, 0x1D7D8)
        case .sansSerif: (0x1D5A0, 0x1D5BA, 0x1D7E2)
        case .monospace: (0x1D670, 0x1D68A, 0x1D7F6)
        }
        let mapped: UInt32? = upper ? capitals + v - 0x41 : lower ? smalls + v - 0x61 : digit ? digits.map { $0 + v - 0x30 } : nil
        return mapped.flatMap(Unicode.Scalar.init) ?? scalar
    }

    /// Greek in bold, italic or bold italic. The block lists capitals Α…Ω (with ϴ where U+03A2
    /// has no letter), ∇, small α…ω, then ∂ ϵ ϑ ϰ ϕ ϱ ϖ.
    private static func greek(_ scalar: Unicode.Scalar, _ style: Style) -> Unicode.Scalar? {
        let bases: (UInt32, UInt32)
        switch style {
        case .bold: bases = (0x1D6A8, 0x1D6C2)
        case .italic: bases = (0x1D6E2, 0x1D6FC)
        case .boldItalic: bases = (0x1D71C, 0x1D736)
        default: return nil
        }
        let v = scalar.value
        let variants: [UInt32: UInt32] = [0x2202: 25, 0x3F5: 26, 0x3D1: 27, 0x3F0: 28, 0x3D5: 29, 0x3F1: 30, 0x3D6: 31]
        if (0x391...0x3A9).contains(v), v != 0x3A2 { return Unicode.Scalar(bases.0 + v - 0x391) }
        if (0x3B1...0x3C9).contains(v) { return Unicode.Scalar(bases.1 + v - 0x3B1) }
        if let offset = variants[v] { return Unicode.Scalar(bases.1 + offset) }
        return nil
    }

    /// Letters Unicode encoded before the block, which the block leaves as holes.
    private static let holes: [Style: [Character: Unicode.Scalar]] = [
        .italic: ["h": "ℎ"],
        .script: ["B": "ℬ", "E": "ℰ", "F": "ℱ", "H": "ℋ", "I": "ℐ", "L": "ℒ", "M": "ℳ", "R": "ℛ", "e": "ℯ", "g": "ℊ", "o": "ℴ"],
        .fraktur: ["C": "ℭ", "H": "ℌ", "I": "ℑ", "R": "ℜ", "Z": "ℨ"],
        .doubleStruck: ["C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"],
    ]
}
