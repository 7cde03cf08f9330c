/// The ticks of one axis as drawn: only those inside the view limits.
struct AxisTicks {
    var ticks: [Tick]
    /// On a linear axis with very large or small values the labels are mantissas and the axis
    /// shows `×10^k` at its end (matplotlib's offset text, `axes.formatter.limits` −5 and 6).
    var multiplierExponent: Int?

    var major: [Tick] { ticks.filter(\.isMajor) }
    var labelled: [Tick] { ticks.filter { $0.label != nil } }
}

extension Ticks {
    /// Linear ticks for the view [lower, upper] (either order), about `count` of them, labelled
    /// with one number of decimals for all, as matplotlib's `ScalarFormatter` does.
    ///
    /// The steps are matplotlib's `AutoLocator` staircase (1, 2, 2.5, 5) rather than the paper's,
    /// so that axes read like matplotlib's: −7.5, −5.0 … 7.5, never steps of 3 or 4.
    public static func linear(lower: Double, upper: Double, count: Int) -> [Tick] {
        linearAxis(lower: lower, upper: upper, count: count).ticks
    }

    static let matplotlibSteps: [Double] = [1, 5, 2, 2.5]

    static func linearAxis(lower: Double, upper: Double, count: Int) -> AxisTicks {
        let lo = min(lower, upper), hi = max(lower, upper)
        guard let spec = extendedSpec(lo, hi, count: count, steps: matplotlibSteps) else {
            return AxisTicks(ticks: [], multiplierExponent: nil)
        }
        let slack = (hi - lo) * 1e-9
        let visible = (0..<spec.count).filter {
            let value = decimal(mantissa: spec.mantissa($0), exponent: spec.z - 1)
            return value >= lo - slack && value <= hi + slack
        }
        let mantissas = visible.map(spec.mantissa)
        // The order of magnitude of the largest label, from its digits: exact, unlike log10.
        let largest = mantissas.map(\.magnitude).max() ?? 0
        var multiplier: Int?
        if largest > 0 {
            let order = String(largest).count - 1 + spec.z - 1
            if order >= 6 || order <= -5 { multiplier = order }
        }
        let labels = decimalLabels(mantissas, exponent: spec.z - 1 - (multiplier ?? 0))
        let ticks = zip(visible, labels).map { index, label in
            Tick(value: decimal(mantissa: spec.mantissa(index), exponent: spec.z - 1),
                 label: .plain(label), isMajor: true)
        }
        return AxisTicks(ticks: ticks, multiplierExponent: multiplier)
    }

    /// Writes each `mantissa · 10^exponent` exactly, all with the same number of decimals
    /// (0.0, 0.2 … 1.0), with a real minus sign.
    static func decimalLabels(_ mantissas: [Int], exponent: Int) -> [String] {
        let parts = mantissas.map { mantissa -> (negative: Bool, whole: String, fraction: String) in
            var digits = String(mantissa.magnitude)
            if exponent >= 0 {
                if mantissa != 0 { digits += String(repeating: "0", count: exponent) }
                return (mantissa < 0, digits, "")
            }
            let shift = -exponent
            if digits.count <= shift {
                digits = String(repeating: "0", count: shift - digits.count + 1) + digits
            }
            var fraction = String(digits.suffix(shift))
            while fraction.last == "0" { fraction.removeLast() }
            return (mantissa < 0, String(digits.dropLast(shift)), fraction)
        }
        let decimals = parts.map(\.fraction.count).max() ?? 0
        return parts.map { part in
            var label = part.negative ? "−" + part.whole : part.whole
            if decimals > 0 {
                label += "." + part.fraction
                    + String(repeating: "0", count: decimals - part.fraction.count)
            }
            return label
        }
    }
}
