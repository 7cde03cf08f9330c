/// The loops behind boolean-mask indexing, compiled per element type (see `TensorElement`).
///
/// They read a mask's elements as their bit patterns and test them with arithmetic: LLVM
/// compiles `count += v == 0 ? 1 : 0` (float or integer) into a branch, and a random mask
/// mispredicts half of them — counting a 10⁷-element mask took 80 ms that way, against 11 ms
/// for a mask of all ones. `one` is the pattern of 1, and a value is zero when its bits under
/// `magnitude` are (so -0.0 counts as 0).
enum MaskKernels {
    /// 1 when `d` is not zero, else 0, without a comparison: `d` or `−d` has its top bit set
    /// exactly when `d` ≠ 0.
    @inline(__always)
    static func nonZero<B: FixedWidthInteger & UnsignedInteger>(_ d: B) -> Int {
        Int(truncatingIfNeeded: (d | (0 &- d)) >> (B.bitWidth - 1))
    }

    /// How many of `m[0..<n]` are 1, how many are neither 0 nor 1, and the index of the last
    /// non-zero one (-1 for none).
    @inline(__always)
    static func count<B: FixedWidthInteger & UnsignedInteger>(
        _ m: UnsafePointer<B>, _ n: Int, one: B, magnitude: B
    ) -> (ones: Int, invalid: Int, last: Int) {
        var ones = 0, zeros = 0
        for i in 0..<n {
            let v = m[i]
            ones &+= 1 &- nonZero(v ^ one)
            zeros &+= 1 &- nonZero(v & magnitude)
        }
        var last = n - 1
        while last >= 0 && m[last] & magnitude == 0 { last -= 1 }
        return (ones, n - ones - zeros, last)
    }

    /// Writes the elements of `x` where `m` is non-zero to `out`, in order, up to index `last`
    /// (the last non-zero one). Every element is stored at the running count, which only the
    /// kept ones advance, so there is no branch and the count stays below the number kept.
    @inline(__always)
    static func compress<S, B: FixedWidthInteger & UnsignedInteger>(
        _ x: UnsafePointer<S>, _ m: UnsafePointer<B>, _ out: UnsafeMutablePointer<S>, last: Int, magnitude: B
    ) {
        var k = 0
        var i = 0
        while i <= last {
            out[k] = x[i]
            k &+= nonZero(m[i] & magnitude)
            i += 1
        }
    }

    /// `x[i] = value` where `m[i]` is non-zero, as a select the optimiser vectorises.
    @inline(__always)
    static func fill<S, B: FixedWidthInteger & UnsignedInteger>(
        _ x: UnsafeMutablePointer<S>, _ m: UnsafePointer<B>, _ value: S, _ n: Int, magnitude: B
    ) {
        for i in 0..<n { x[i] = m[i] & magnitude != 0 ? value : x[i] }
    }
}

@inline(__always)
private func bits<S, B>(_ p: UnsafePointer<S>, as _: B.Type) -> UnsafePointer<B> {
    UnsafeRawPointer(p).assumingMemoryBound(to: B.self)
}

extension Float {
    public static func _maskCount(_ m: UnsafePointer<Float>, count: Int) -> (ones: Int, invalid: Int, last: Int) {
        MaskKernels.count(bits(m, as: UInt32.self), count, one: 0x3F80_0000, magnitude: 0x7FFF_FFFF)
    }
    public static func _compress(
        _ x: UnsafePointer<Float>, mask: UnsafePointer<Float>, into out: UnsafeMutablePointer<Float>, last: Int
    ) { MaskKernels.compress(x, bits(mask, as: UInt32.self), out, last: last, magnitude: 0x7FFF_FFFF) }
    public static func _fill(
        _ x: UnsafeMutablePointer<Float>, mask: UnsafePointer<Float>, with value: Float, count: Int
    ) { MaskKernels.fill(x, bits(mask, as: UInt32.self), value, count, magnitude: 0x7FFF_FFFF) }
}

extension Double {
    public static func _maskCount(_ m: UnsafePointer<Double>, count: Int) -> (ones: Int, invalid: Int, last: Int) {
        MaskKernels.count(bits(m, as: UInt64.self), count, one: 0x3FF0_0000_0000_0000, magnitude: 0x7FFF_FFFF_FFFF_FFFF)
    }
    public static func _compress(
        _ x: UnsafePointer<Double>, mask: UnsafePointer<Double>, into out: UnsafeMutablePointer<Double>, last: Int
    ) { MaskKernels.compress(x, bits(mask, as: UInt64.self), out, last: last, magnitude: 0x7FFF_FFFF_FFFF_FFFF) }
    public static func _fill(
        _ x: UnsafeMutablePointer<Double>, mask: UnsafePointer<Double>, with value: Double, count: Int
    ) { MaskKernels.fill(x, bits(mask, as: UInt64.self), value, count, magnitude: 0x7FFF_FFFF_FFFF_FFFF) }
}

extension Int32 {
    public static func _maskCount(_ m: UnsafePointer<Int32>, count: Int) -> (ones: Int, invalid: Int, last: Int) {
        MaskKernels.count(bits(m, as: UInt32.self), count, one: 1, magnitude: 0xFFFF_FFFF)
    }
    public static func _compress(
        _ x: UnsafePointer<Int32>, mask: UnsafePointer<Int32>, into out: UnsafeMutablePointer<Int32>, last: Int
    ) { MaskKernels.compress(x, bits(mask, as: UInt32.self), out, last: last, magnitude: 0xFFFF_FFFF) }
    public static func _fill(
        _ x: UnsafeMutablePointer<Int32>, mask: UnsafePointer<Int32>, with value: Int32, count: Int
    ) { MaskKernels.fill(x, bits(mask, as: UInt32.self), value, count, magnitude: 0xFFFF_FFFF) }
}
