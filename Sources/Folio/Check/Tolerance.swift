import Foundation

/// How far a number may move and still be the same result: NumPy's `allclose`,
/// `|a − b| ≤ atol + rtol·|b|` with `b` the committed number, widened by one unit of the last
/// printed digit where both numbers were printed to the same place with at least four
/// significant digits: a last-bit difference that flips a rounded digit (`1.1133e-09` against
/// `1.1134e-09`) passes, while `0.1` against `0.2`, or `1.0` against `1.001`, is a change.
public struct Tolerance: Sendable, Equatable, CustomStringConvertible {
    public var rtol: Double
    public var atol: Double
    /// `check: exact`: the text must match to the byte.
    public var exact: Bool

    public static let numpyDefault = Tolerance(rtol: 1e-5, atol: 1e-8)
    public static let exactMatch = Tolerance(rtol: 0, atol: 0, exact: true)

    public init(rtol: Double, atol: Double, exact: Bool = false) {
        self.rtol = rtol
        self.atol = atol
        self.exact = exact
    }

    /// `inf`, `-inf` and `nan` must match as such; `nan` equals `nan`.
    func accepts(fresh a: PrintedNumber, committed b: PrintedNumber) -> Bool {
        if exact { return a.text == b.text }
        if a.value.isNaN || b.value.isNaN { return a.value.isNaN && b.value.isNaN }
        if a.value.isInfinite || b.value.isInfinite { return a.value == b.value }
        return Swift.abs(a.value - b.value) <= atol + rtol * Swift.abs(b.value) + Self.roundingSlack(a, b)
    }

    /// One unit of the last printed digit, for two numbers rounded to the same place; a hair
    /// more, as the difference of two decimal values is itself rounded.
    static func roundingSlack(_ a: PrintedNumber, _ b: PrintedNumber) -> Double {
        guard let place = a.lastPlace, place == b.lastPlace, min(a.significantDigits, b.significantDigits) >= 4 else { return 0 }
        return a.quantum * (1 + 1e-9)
    }

    /// The relative change, as messages state it.
    static func relative(fresh a: PrintedNumber, committed b: PrintedNumber) -> Double {
        if a.value.isNaN || b.value.isNaN || a.value.isInfinite || b.value.isInfinite { return .infinity }
        let scale = Swift.abs(b.value)
        return scale == 0 ? .infinity : Swift.abs(a.value - b.value) / scale
    }

    public var description: String {
        exact ? "exact" : "rtol \(Self.short(rtol)), atol \(Self.short(atol))"
    }

    /// `1e-5`, `0.27`, `3.2e+12`: C's `%.2g` without the exponent's padding.
    static func short(_ x: Double) -> String {
        String(format: "%.2g", x).replacingOccurrences(of: "e-0", with: "e-").replacingOccurrences(of: "e+0", with: "e+")
            .replacingOccurrences(of: "e+", with: "e")
    }
}
