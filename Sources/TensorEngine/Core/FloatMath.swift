/// Branch-free float32 `exp`, `log`, `tanh` and `sincos`.
///
/// glibc's `expf`/`logf` are scalar calls, so a loop over them cannot be
/// vectorised; these are straight-line arithmetic (range reduction, a
/// polynomial, exponent bit tricks, selects for the special cases) that the
/// optimiser turns into SIMD code. Polynomials are Cephes' (S. Moshier),
/// accurate to about 1 ulp over the float32 range. Special values follow C:
/// exp(-inf) = 0, exp(inf) = inf, log(0) = -inf, log(x < 0) = nan, NaN in, NaN out.
enum FloatMath {
    /// Rounds to the nearest integer (ties to even) by the 1.5·2²³ trick; |x| < 2²².
    @inline(__always)
    static func roundToInt(_ x: Float) -> Float {
        let magic: Float = 12_582_912
        return (x + magic) - magic
    }

    /// 2^n for integral n in [-126, 127], without a float-to-int conversion
    /// (which traps on NaN in debug builds): adding 1.5·2²³ + 127 puts the
    /// integer n + 127 in the low mantissa bits; shifting moves it into the exponent.
    @inline(__always)
    static func pow2(_ n: Float) -> Float {
        Float(bitPattern: (n + 12_583_039).bitPattern << 23)
    }

    @inline(__always)
    static func exp(_ x: Float) -> Float {
        // Clamp so that 2^n stays representable in two halves; NaN passes
        // through the comparisons unchanged.
        let xc = x < -104 ? -104 : (x > 89 ? 89 : x)
        let n = roundToInt(xc * 1.442_695_04)
        // x − n·ln2 in two parts (Cody–Waite) so the reduction is exact enough.
        let r = (xc - n * 0.693_359_375) + n * 2.121_944_4e-4
        var p: Float = 1.987_569_15e-4
        p = p * r + 1.398_199_95e-3
        p = p * r + 8.333_451_9e-3
        p = p * r + 4.166_579_59e-2
        p = p * r + 1.666_666_55e-1
        p = p * r + 5.000_000_12e-1
        p = p * (r * r) + r + 1
        // 2^n as 2^(n/2)·2^(n−n/2): both halves are normal floats even when
        // the result is subnormal (n down to −150) or overflows (n = 128).
        let h = roundToInt(n * 0.5 - 0.25)
        return p * pow2(h) * pow2(n - h)
    }

    @inline(__always)
    static func log(_ x: Float) -> Float {
        // Subnormals: scale into the normal range first.
        let tiny = x < Float.leastNormalMagnitude
        let xs = tiny ? x * 8_388_608 : x
        let bits = xs.bitPattern
        var e = Float(Int32(truncatingIfNeeded: bits >> 23) - 127) - (tiny ? 23 : 0)
        var m = Float(bitPattern: (bits & 0x007F_FFFF) | 0x3F80_0000)  // [1, 2)
        let big = m > 1.414_213_56
        m = big ? m * 0.5 : m
        e = big ? e + 1 : e
        let f = m - 1
        let z = f * f
        var p: Float = 7.037_683_6e-2
        p = p * f - 1.151_461_03e-1
        p = p * f + 1.167_699_87e-1
        p = p * f - 1.242_014_08e-1
        p = p * f + 1.424_932_28e-1
        p = p * f - 1.666_805_77e-1
        p = p * f + 2.000_071_48e-1
        p = p * f - 2.499_999_4e-1
        p = p * f + 3.333_333_1e-1
        var y = p * f * z
        y += e * -2.121_944_4e-4
        y -= 0.5 * z
        let r = f + y + e * 0.693_359_375
        // Special cases, in the order C gives them.
        let special: Float = x == 0 ? -.infinity : (x == .infinity ? .infinity : .nan)
        return x > 0 && x < .infinity ? r : special
    }

    @inline(__always)
    static func tanh(_ x: Float) -> Float {
        let a = Swift.abs(x)
        // Small |x|: odd polynomial, avoiding the cancellation in 1 − 2/(e^2x + 1).
        let z = x * x
        var p: Float = -5.704_988_72e-3
        p = p * z + 2.063_908_88e-2
        p = p * z - 5.373_971_55e-2
        p = p * z + 1.333_144_22e-1
        p = p * z - 3.333_328_19e-1
        let small = x + x * z * p
        let t = 1 - 2 / (exp(2 * a) + 1)
        let large = x < 0 ? -t : t
        return a < 0.625 ? small : large
    }

    /// ln x for x in [2⁻²⁴, 1]: the Box–Muller radius needs no special cases,
    /// and without their selects the loop vectorises more readily.
    @inline(__always)
    static func logUnit(_ x: Float) -> Float {
        let bits = x.bitPattern
        let big = (bits & 0x007F_FFFF) > 0x0035_04F3  // mantissa above √2
        // Fold the mantissa into [√½, √2) by moving one exponent step.
        let m = Float(bitPattern: (bits & 0x007F_FFFF) | (big ? 0x3F00_0000 : 0x3F80_0000))
        let e = Float(Int32(bitPattern: bits >> 23) - (big ? 126 : 127))
        let f = m - 1
        let z = f * f
        var p: Float = 7.037_683_6e-2
        p = p * f - 1.151_461_03e-1
        p = p * f + 1.167_699_87e-1
        p = p * f - 1.242_014_08e-1
        p = p * f + 1.424_932_28e-1
        p = p * f - 1.666_805_77e-1
        p = p * f + 2.000_071_48e-1
        p = p * f - 2.499_999_4e-1
        p = p * f + 3.333_333_1e-1
        return f + (p * f * z + e * -2.121_944_4e-4 - 0.5 * z) + e * 0.693_359_375
    }

    /// (sin 2πt, cos 2πt) for t in turns, |t| ≤ 2²⁰: reduce to the nearest
    /// quarter turn, evaluate on [−π/4, π/4], rotate by the quadrant (a swap
    /// for odd quadrants, sign flips by bit arithmetic so there is no branch).
    @inline(__always)
    static func sinCosTurns(_ t: Float) -> (sin: Float, cos: Float) {
        let q = roundToInt(t * 4)
        let a = (t - q * 0.25) * 6.283_185_307  // radians, |a| ≤ π/4
        let z = a * a
        var s: Float = -1.951_529_6e-4
        s = s * z + 8.332_160_9e-3
        s = s * z - 1.666_665_5e-1
        let sinA = a + a * z * s
        var c: Float = 2.443_315_7e-5
        c = c * z - 1.388_731_6e-3
        c = c * z + 4.166_664_6e-2
        let cosA = 1 - 0.5 * z + z * z * c
        let quadrant = UInt32(bitPattern: Int32(q))
        let odd = quadrant & 1 != 0
        // sin(a + qπ/2) is ±sin a or ±cos a; flip the sign bit where needed.
        let sinSign = (quadrant & 2) << 30
        let cosSign = ((quadrant &+ 1) & 2) << 30
        let sinR = Float(bitPattern: (odd ? cosA : sinA).bitPattern ^ sinSign)
        let cosR = Float(bitPattern: (odd ? sinA : cosA).bitPattern ^ cosSign)
        return (sinR, cosR)
    }
}
