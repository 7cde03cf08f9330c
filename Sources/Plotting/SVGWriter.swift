/// Accumulates SVG markup as UTF-8 bytes.
///
/// Figures can hold 10⁵ points, so numbers are written digit by digit into the buffer rather
/// than through `String(format:)` or `description` (which would also bring exponents and `-0`).
struct SVGWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 16_384) { bytes.reserveCapacity(capacity) }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    @inline(__always)
    mutating func byte(_ value: UInt8) { bytes.append(value) }

    /// Escaped character data for element content.
    mutating func text(_ text: String) { escape(text, quotes: false) }

    /// ` name="value"` with the value escaped.
    mutating func attribute(_ name: StaticString, _ value: String) {
        byte(0x20)
        raw(name)
        raw("=\"")
        escape(value, quotes: true)
        byte(0x22)
    }

    /// ` name="number"`.
    mutating func attribute(_ name: StaticString, _ value: Double) {
        byte(0x20)
        raw(name)
        raw("=\"")
        number(value)
        byte(0x22)
    }

    /// A number with at most two decimals, trailing zeros dropped: never an exponent, never `-0`.
    ///
    /// Two decimals of a point are 1/3600 in, far below what any screen or printer resolves.
    @inline(__always)
    mutating func number(_ value: Double) {
        // Non-finite values never reach here by design; writing 0 keeps the XML valid if one does.
        let scaled = value.isFinite ? (value * 100).rounded() : 0
        // 9e15 keeps the integer exact; page coordinates are clipped long before that.
        let clamped = min(max(scaled, -9e15), 9e15)
        var n = Int64(clamped)
        if n == 0 {
            byte(0x30)
            return
        }
        if n < 0 {
            byte(0x2D)
            n = -n
        }
        let whole = UInt64(n / 100), fraction = Int(n % 100)
        digits(whole)
        if fraction != 0 {
            byte(0x2E)
            byte(0x30 + UInt8(fraction / 10))
            if fraction % 10 != 0 { byte(0x30 + UInt8(fraction % 10)) }
        }
    }

    @inline(__always)
    private mutating func digits(_ value: UInt64) {
        if value < 10 {
            byte(0x30 + UInt8(value))
            return
        }
        var count = 1, rest = value
        while rest >= 10 { rest /= 10; count += 1 }
        let end = bytes.count + count
        bytes.append(contentsOf: repeatElement(0x30, count: count))
        var index = end - 1, remaining = value
        while remaining > 0 {
            bytes[index] = 0x30 + UInt8(remaining % 10)
            remaining /= 10
            index -= 1
        }
    }

    /// Escapes markup characters, and drops characters XML 1.0 forbids (control characters,
    /// U+FFFE, U+FFFF); tabs and line breaks become spaces, since a label is one line.
    private mutating func escape(_ text: String, quotes: Bool) {
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x26: raw("&amp;")
            case 0x3C: raw("&lt;")
            case 0x3E: raw("&gt;")
            case 0x22 where quotes: raw("&quot;")
            case 0x27 where quotes: raw("&apos;")
            case 0x09, 0x0A, 0x0D: byte(0x20)
            case 0x00..<0x20, 0x7F, 0xFFFE, 0xFFFF: continue
            default: UTF8.encode(scalar) { bytes.append($0) }
            }
        }
    }

    /// Formats one number the way `number(_:)` writes it (for attribute values built as strings).
    static func format(_ value: Double) -> String {
        var writer = SVGWriter(capacity: 24)
        writer.number(value)
        return writer.string
    }
}
