#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The decimal digits of a finite float, as NumPy's Dragon4 produces them.
///
/// `digits` has no leading or trailing zeros (zero itself is "0") and the
/// value is `0.digits × 10^point`, i.e. `point` digits precede the decimal point.
struct Digits {
    var negative: Bool
    var digits: [UInt8]  // ASCII
    var point: Int

    /// The shortest digits that round-trip, for the value's own type: Swift's
    /// `description` of a Float gives float32's shortest digits, exactly as
    /// NumPy's Dragon4 does for a float32 (not the longer float64 digits).
    init<S: TensorScalar>(shortest x: S) {
        self.init(parsing: Array(x.description.utf8))
    }

    /// The value rounded exactly (ties to even, as NumPy's Dragon4 does) to
    /// `places` digits after the decimal point, or after the first digit when
    /// `scientific`. The float widens to Double exactly, and glibc's printf
    /// rounds the exact binary value.
    init<S: TensorScalar>(rounding x: S, places: Int, scientific: Bool) {
        let text = cFormat(scientific ? "%.*e" : "%.*f", places, Double(x))
        self.init(parsing: Array(text.utf8))
    }

    private init(parsing s: [UInt8]) {
        var i = 0
        negative = s.first == UInt8(ascii: "-")
        if negative { i = 1 }
        var all: [UInt8] = []
        var intCount = 0, seenPoint = false, exponent = 0
        while i < s.count {
            let c = s[i]
            if c == UInt8(ascii: ".") {
                seenPoint = true
            } else if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
                exponent = Int(String(decoding: s[(i + 1)...], as: UTF8.self))!
                break
            } else {
                all.append(c)
                if !seenPoint { intCount += 1 }
            }
            i += 1
        }
        var point = intCount + exponent
        // Strip leading zeros (moving the point) and trailing zeros.
        var start = 0
        while start < all.count && all[start] == UInt8(ascii: "0") { start += 1; point -= 1 }
        var end = all.count
        while end > start && all[end - 1] == UInt8(ascii: "0") { end -= 1 }
        if start == end {
            digits = [UInt8(ascii: "0")]
            self.point = 1
        } else {
            digits = Array(all[start..<end])
            self.point = point
        }
    }

    /// Digits after the decimal point in positional form.
    var fractionCount: Int { Swift.max(0, digits.count - point) }

    /// (integer part with sign, fraction part) in positional form.
    var positional: (String, String) {
        let zero = UInt8(ascii: "0")
        var int: [UInt8]
        if point <= 0 {
            int = [zero]
        } else if point >= digits.count {
            int = digits + [UInt8](repeating: zero, count: point - digits.count)
        } else {
            int = Array(digits[..<point])
        }
        var frac: [UInt8] = []
        if point < digits.count {
            frac = point < 0 ? [UInt8](repeating: zero, count: -point) + digits : Array(digits[Swift.max(point, 0)...])
        }
        if negative { int.insert(UInt8(ascii: "-"), at: 0) }
        return (String(decoding: int, as: UTF8.self), String(decoding: frac, as: UTF8.self))
    }

    /// (first digit with sign, remaining digits, decimal exponent) in scientific form.
    var scientific: (String, String, Int) {
        let lead = (negative ? "-" : "") + String(decoding: digits[..<1], as: UTF8.self)
        let exponent = digits == [UInt8(ascii: "0")] ? 0 : point - 1
        return (lead, String(decoding: digits[1...], as: UTF8.self), exponent)
    }
}

/// Formats one Double with a printf format taking a precision argument.
private func cFormat(_ format: String, _ precision: Int, _ value: Double) -> String {
    var size = 64
    while true {
        var buffer = [CChar](repeating: 0, count: size)
        let n = withVaList([Int32(precision), value]) { va in
            vsnprintf(&buffer, size, format, va)
        }
        if Int(n) < size {
            return String(decoding: buffer[..<Int(n)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        size = Int(n) + 1
    }
}

/// The exponent as NumPy writes it: a sign and at least `minDigits` digits.
func exponentText(_ e: Int, minDigits: Int) -> String {
    let digits = String(Swift.abs(e))
    return (e < 0 ? "-" : "+") + String(repeating: "0", count: Swift.max(0, minDigits - digits.count)) + digits
}
