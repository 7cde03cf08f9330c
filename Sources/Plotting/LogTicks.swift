#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Ticks {
    /// Ticks for a base-10 log axis over the view [lower, upper] (positive, either order),
    /// after matplotlib's `LogLocator` and `LogFormatterSciNotation`:
    ///
    /// - major ticks at decades 10ᵏ, labelled with a superscript exponent; when the range is
    ///   wide, every n-th decade, n from 1, 2, 3, 5, 6, 10, 15, 20 … so that about `count` show;
    /// - minor ticks at 2…9 × 10ᵏ, none when the view spans more than 10 decades;
    /// - under one decade some minor ticks are labelled too (2×10⁻¹ …), and when fewer than two
    ///   labels would remain the axis falls back to linear ticks.
    public static func log(lower: Double, upper: Double, count: Int) -> [Tick] {
        logAxis(lower: lower, upper: upper, count: count).ticks
    }

    /// Decade strides that read well: exponents like −30, −20 … or −9, −6, −3.
    static let niceStrides = [1, 2, 3, 5, 6, 10, 15, 20, 25, 30, 50, 100, 200, 500, 1000]

    static func logAxis(lower: Double, upper: Double, count: Int) -> AxisTicks {
        let lo = min(lower, upper), hi = max(lower, upper)
        guard lo > 0, hi.isFinite, lo < hi else { return AxisTicks(ticks: [], multiplierExponent: nil) }
        let a = log10(lo), b = log10(hi)
        let eps = 1e-9 * max(1, b - a)
        let first = Int(ceil(a - eps)), last = Int(floor(b + eps))
        let decades = last - first
        let inView = { (value: Double) -> Bool in
            let t = log10(value)
            return t >= a - eps && t <= b + eps
        }

        // matplotlib's stride (`numdec // numticks + 1`), rounded up to a nice one, then reduced
        // while fewer than two decades would be labelled.
        let wanted = decades / max(count, 2) + 1
        var strideIndex = niceStrides.firstIndex { $0 >= wanted } ?? niceStrides.count - 1
        func labelledDecades(_ stride: Int) -> [Int] {
            decades < 0 ? [] : (first...last).filter { $0 % stride == 0 }
        }
        while strideIndex > 0 && labelledDecades(niceStrides[strideIndex]).count < 2 { strideIndex -= 1 }
        let stride = niceStrides[strideIndex]

        var ticks: [Tick] = []
        let span = b - a
        // Under a decade, label a subset of the 2…9 ticks; matplotlib's is round(geomspace(1, 10, 6)).
        let labelledSubs: Set<Int> = span <= 0.4 ? Set(2...9) : (span < 1 ? [2, 3, 4, 6] : [])
        if decades >= 0 {
            for k in (first - 1)...last {
                if k >= first && k % stride == 0 {
                    ticks.append(Tick(value: decimal(mantissa: 1, exponent: k),
                                      label: .power(coefficient: nil, exponent: k), isMajor: true))
                } else if k >= first && decades <= 10 {
                    // A decade skipped by the stride keeps an unlabelled tick.
                    ticks.append(Tick(value: decimal(mantissa: 1, exponent: k), label: nil, isMajor: false))
                }
                guard stride == 1 && decades <= 10 else { continue }
                for sub in 2...9 {
                    let value = decimal(mantissa: sub, exponent: k)
                    guard inView(value) else { continue }
                    let label: TickLabel? = labelledSubs.contains(sub)
                        ? .power(coefficient: String(sub), exponent: k) : nil
                    ticks.append(Tick(value: value, label: label, isMajor: false))
                }
            }
        } else if span < 1 {
            // No decade in view at all (say 0.2 … 0.8): only the 2…9 ticks can carry labels.
            let k = first - 1
            for sub in 2...9 {
                let value = decimal(mantissa: sub, exponent: k)
                guard inView(value) else { continue }
                let label: TickLabel? = labelledSubs.contains(sub)
                    ? .power(coefficient: String(sub), exponent: k) : nil
                ticks.append(Tick(value: value, label: label, isMajor: false))
            }
        }
        if ticks.filter({ $0.label != nil }).count < 2 {
            // Too narrow for powers of ten to say anything (matplotlib falls back to AutoLocator).
            var linear = linearAxis(lower: lo, upper: hi, count: count)
            linear.ticks = linear.ticks.filter { $0.value > 0 }
            return linear
        }
        return AxisTicks(ticks: ticks.filter { inView($0.value) }, multiplierExponent: nil)
    }
}
