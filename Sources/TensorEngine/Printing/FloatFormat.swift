/// NumPy's `FloatingFormat` (numpy/_core/arrayprint.py, NumPy 2.4) with its
/// defaults: precision 8, floatmode "maxprec", no suppression, sign "-".
///
/// One pass over the values picks positional or exponent notation and the
/// column widths; every element is then padded to the same width so that
/// columns line up.
struct FloatFormat<S: TensorScalar> {
    static var precision: Int { 8 }

    var exponentForm = false
    var precision = FloatFormat.precision
    var padLeft = 0
    var padRight = 0
    var exponentDigits = -1

    init(_ values: [S]) {
        let finite = values.filter { $0.isFinite }
        let nonZero = finite.lazy.filter { $0 != 0 }.map { Swift.abs($0) }
        if let maxValue = nonZero.max(), let minValue = nonZero.min() {
            // NumPy 2 compares in the array's own type and, for float32,
            // switches to exponents from 1e6 (10^finfo.precision), not 1e8.
            let cutoff: S = S.self == Float.self ? 1e6 : 1e8
            exponentForm = maxValue >= cutoff || minValue < S(1e-4) || maxValue / minValue > 1000
        }
        if finite.isEmpty {
            padLeft = 0
            padRight = 0
        } else if exponentForm {
            let parts = finite.map { FloatFormat.scientific($0, precision: FloatFormat.precision) }
            exponentDigits = parts.map { exponentText($0.2, minDigits: 2).count - 1 }.max()!
            precision = parts.map { $0.1.count }.max()!
            padLeft = parts.map { $0.0.count }.max()!
            padRight = exponentDigits + 2 + precision
        } else {
            let parts = finite.map { FloatFormat.positional($0, precision: FloatFormat.precision) }
            padLeft = parts.map { $0.0.count }.max()!
            padRight = parts.map { $0.1.count }.max()!
        }
        if finite.count != values.count {
            // Room for "nan" and "inf"/"-inf" in the same column width.
            let negativeInfinity = values.contains { $0.isInfinite && $0 < 0 } ? 1 : 0
            let offset = padRight + 1
            padLeft = Swift.max(padLeft, 3 - offset, 3 + negativeInfinity - offset)
        }
    }

    /// Dragon4 "unique" digits, cut to `precision` places after the point
    /// (rounding the exact value) when the shortest digits are longer; the
    /// fraction loses trailing zeros.
    static func positional(_ x: S, precision: Int) -> (String, String) {
        var d = Digits(shortest: x)
        if d.fractionCount > precision {
            d = Digits(rounding: x, places: precision, scientific: false)
        }
        return d.positional
    }

    /// As `positional`, in scientific form: `precision` digits after the first.
    static func scientific(_ x: S, precision: Int) -> (String, String, Int) {
        var d = Digits(shortest: x)
        if d.digits.count - 1 > precision {
            d = Digits(rounding: x, places: precision, scientific: true)
        }
        return d.scientific
    }

    /// One element, padded to the column width.
    func callAsFunction(_ x: S) -> String {
        if !x.isFinite {
            let text = x.isNaN ? "nan" : (x < 0 ? "-inf" : "inf")
            return String(repeating: " ", count: Swift.max(0, padLeft + padRight + 1 - text.count)) + text
        }
        if exponentForm {
            // Every element gets exactly `precision` digits after the first.
            // Past its shortest digits Dragon4 goes on with the exact value's
            // digits (min_digits), so -8.2031147e-06 is not -8.2031150e-06:
            // that is the exact value rounded to `precision` places.
            var (lead, fraction, exponent) = Digits(rounding: x, places: precision, scientific: true).scientific
            fraction += String(repeating: "0", count: Swift.max(0, precision - fraction.count))
            return pad(lead, to: padLeft) + "." + fraction + "e"
                + exponentText(exponent, minDigits: exponentDigits)
        }
        let (int, fraction) = FloatFormat.positional(x, precision: precision)
        return pad(int, to: padLeft) + "." + fraction
            + String(repeating: " ", count: Swift.max(0, padRight - fraction.count))
    }

    private func pad(_ s: String, to width: Int) -> String {
        String(repeating: " ", count: Swift.max(0, width - s.count)) + s
    }

    /// NumPy's `str` of a scalar (used for 0-d tensors): shortest digits,
    /// positional for 1e-4 ≤ |x| < cutoff (or 0) with at least one fraction
    /// digit ("5.0"), otherwise scientific without trailing zeros ("1e-05").
    static func scalarText(_ x: S) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        let d = Digits(shortest: x)
        let magnitude = Swift.abs(Double(x))
        if x == 0 || (magnitude >= 1e-4 && magnitude < S._scalarExponentCutoff) {
            let (int, fraction) = d.positional
            return int + "." + (fraction.isEmpty ? "0" : fraction)
        }
        let (lead, fraction, exponent) = d.scientific
        return lead + (fraction.isEmpty ? "" : "." + fraction) + "e" + exponentText(exponent, minDigits: 2)
    }
}
