#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A run of evenly spaced labels found by the extended Wilkinson search, kept in integers so
/// that values and labels are exact: label i is `(start + i·skip) · q10 · 10^(z−1)`.
struct LinearTickSpec: Equatable {
    /// Index of the first label, in multiples of q·10^z.
    var start: Int
    var count: Int
    /// Skip factor j: every j-th multiple of q·10^z is labelled.
    var skip: Int
    /// The nice number q times ten (10, 50, 20, 25, 40, 30), so that 2.5 stays an integer.
    var q10: Int
    var z: Int

    /// The mantissa of label i: its value is `mantissa(i) · 10^(z−1)`.
    func mantissa(_ i: Int) -> Int { (start + i * skip) * q10 }

    /// Label values, computed as d3 does: an integer divided by an exact power of ten, so 0.3
    /// comes out as 0.3 and not 0.30000000000000004.
    var values: [Double] {
        (0..<count).map { Ticks.decimal(mantissa: mantissa($0), exponent: z - 1) }
    }
}

extension Ticks {
    /// Extended Wilkinson tick labels (Talbot, Lin & Hanrahan, InfoVis 2010), after `extended()`
    /// in R's `labeling` package: about `count` labels covering [dmin, dmax].
    ///
    /// `extended(8.1, 14.1, count: 4)` is `[8, 10, 12, 14]`. `steps` are the nice numbers in order
    /// of preference; the default is the paper's.
    public static func extended(
        _ dmin: Double, _ dmax: Double, count: Int,
        steps: [Double] = [1, 5, 2, 2.5, 4, 3], onlyLoose: Bool = false
    ) -> [Double] {
        extendedSpec(dmin, dmax, count: count, steps: steps, onlyLoose: onlyLoose)?.values
            ?? (dmin.isFinite ? [dmin] : [])
    }

    /// The weights of simplicity, coverage, density and legibility, as in the paper.
    private static let weights = (s: 0.25, c: 0.2, d: 0.5, l: 0.05)

    static func extendedSpec(
        _ dmin: Double, _ dmax: Double, count m: Int, steps Q: [Double], onlyLoose: Bool = false
    ) -> LinearTickSpec? {
        let range = dmax - dmin
        guard dmin.isFinite, dmax.isFinite, range > 0, range.isFinite, m >= 1, !Q.isEmpty else {
            return nil
        }
        let w = weights
        let n = Double(Q.count)
        var best: LinearTickSpec?
        var bestScore = -2.0
        // The bounds prune each loop; the iteration caps only guard against pathological input.
        var j = 1
        jLoop: while j <= 40 {
            for (index, q) in Q.enumerated() {
                let simplicityMax = 1 - Double(index) / max(n - 1, 1) - Double(j) + 1
                if w.s * simplicityMax + w.c + w.d + w.l < bestScore { break jLoop }
                var k = 2
                while k <= 60 {
                    let densityMax = k >= m ? 2 - Double(k - 1) / Double(max(m - 1, 1)) : 1
                    if w.s * simplicityMax + w.c + w.d * densityMax + w.l < bestScore { break }
                    let delta = range / Double(k + 1) / Double(j) / q
                    var z = Int(ceil(log10(delta)))
                    let zEnd = z + 30
                    while z < zEnd {
                        let unit = q * powerOfTen(z)
                        let step = Double(j) * unit
                        let coverageMax = Self.coverageMax(dmin, dmax, span: step * Double(k - 1))
                        if w.s * simplicityMax + w.c * coverageMax + w.d * densityMax + w.l < bestScore {
                            break
                        }
                        let minStart = Int(floor(dmax / step)) * j - (k - 1) * j
                        let maxStart = Int(ceil(dmin / step)) * j
                        if minStart <= maxStart {
                            for start in minStart...maxStart {
                                let lmin = Double(start) * unit
                                let lmax = lmin + step * Double(k - 1)
                                let zeroLabelled = start % j == 0 && lmin <= 0 && lmax >= 0
                                let simplicity = 1 - Double(index) / max(n - 1, 1) - Double(j)
                                    + (zeroLabelled ? 1 : 0)
                                let coverage = 1 - 0.5 * ((dmax - lmax) * (dmax - lmax)
                                    + (dmin - lmin) * (dmin - lmin)) / ((0.1 * range) * (0.1 * range))
                                let r = Double(k - 1) / (lmax - lmin)
                                let rt = Double(max(m - 1, 1)) / (max(lmax, dmax) - min(dmin, lmin))
                                let density = 2 - max(r / rt, rt / r)
                                let score = w.s * simplicity + w.c * coverage + w.d * density + w.l
                                if score > bestScore && (!onlyLoose || (lmin <= dmin && lmax >= dmax)) {
                                    bestScore = score
                                    best = LinearTickSpec(
                                        start: start, count: k, skip: j,
                                        q10: Int((q * 10).rounded()), z: z)
                                }
                            }
                        }
                        z += 1
                    }
                    k += 1
                }
            }
            j += 1
        }
        return best
    }

    private static func coverageMax(_ dmin: Double, _ dmax: Double, span: Double) -> Double {
        let range = dmax - dmin
        guard span > range else { return 1 }
        let half = (span - range) / 2
        return 1 - 0.5 * (2 * half * half) / ((0.1 * range) * (0.1 * range))
    }

    /// `mantissa · 10^exponent` as the double nearest the exact decimal.
    static func decimal(mantissa: Int, exponent: Int) -> Double {
        // Powers of ten up to 10²² are exact doubles, so one multiplication or division rounds
        // once; beyond, the standard library's decimal parser rounds correctly.
        if (-22...22).contains(exponent) && mantissa.magnitude < (1 << 53) {
            return exponent >= 0
                ? Double(mantissa) * powerOfTen(exponent)
                : Double(mantissa) / powerOfTen(-exponent)
        }
        return Double("\(mantissa)e\(exponent)") ?? Double(mantissa) * powerOfTen(exponent)
    }
}
