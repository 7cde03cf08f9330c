/// The loops behind boolean-mask indexing, compiled per element type (see `TensorElement`).
enum MaskKernels {
    /// How many of `m[0..<n]` are 1, how many are neither 0 nor 1, and the index of the last
    /// non-zero one (-1 for none). Branch-free: a random mask would mispredict half the time.
    @inline(__always)
    static func count<S: TensorElement>(_ m: UnsafePointer<S>, _ n: Int) -> (ones: Int, invalid: Int, last: Int) {
        var ones = 0, invalid = 0
        for i in 0..<n {
            let v = m[i]
            let one = v == 1, zero = v == 0
            ones &+= one ? 1 : 0
            invalid &+= one || zero ? 0 : 1
        }
        var last = n - 1
        while last >= 0 && m[last] == 0 { last -= 1 }
        return (ones, invalid, last)
    }

    /// Writes the elements of `x` where `m` is non-zero to `out`, in order, up to index `last`
    /// (the last non-zero one). Every element is stored at the running count, which only the
    /// kept ones advance, so there is no branch and the count stays below the number kept.
    @inline(__always)
    static func compress<S: TensorElement>(
        _ x: UnsafePointer<S>, _ m: UnsafePointer<S>, _ out: UnsafeMutablePointer<S>, last: Int
    ) {
        var k = 0
        var i = 0
        while i <= last {
            out[k] = x[i]
            k &+= m[i] != 0 ? 1 : 0
            i += 1
        }
    }

    /// `x[i] = value` where `m[i]` is non-zero, as a select the optimiser vectorises.
    @inline(__always)
    static func fill<S: TensorElement>(_ x: UnsafeMutablePointer<S>, _ m: UnsafePointer<S>, _ value: S, _ n: Int) {
        for i in 0..<n { x[i] = m[i] != 0 ? value : x[i] }
    }
}

extension Float {
    public static func _maskCount(_ m: UnsafePointer<Float>, count: Int) -> (ones: Int, invalid: Int, last: Int) {
        MaskKernels.count(m, count)
    }
    public static func _compress(
        _ x: UnsafePointer<Float>, mask: UnsafePointer<Float>, into out: UnsafeMutablePointer<Float>, last: Int
    ) { MaskKernels.compress(x, mask, out, last: last) }
    public static func _fill(
        _ x: UnsafeMutablePointer<Float>, mask: UnsafePointer<Float>, with value: Float, count: Int
    ) { MaskKernels.fill(x, mask, value, count) }
}

extension Double {
    public static func _maskCount(_ m: UnsafePointer<Double>, count: Int) -> (ones: Int, invalid: Int, last: Int) {
        MaskKernels.count(m, count)
    }
    public static func _compress(
        _ x: UnsafePointer<Double>, mask: UnsafePointer<Double>, into out: UnsafeMutablePointer<Double>, last: Int
    ) { MaskKernels.compress(x, mask, out, last: last) }
    public static func _fill(
        _ x: UnsafeMutablePointer<Double>, mask: UnsafePointer<Double>, with value: Double, count: Int
    ) { MaskKernels.fill(x, mask, value, count) }
}

extension Int32 {
    public static func _maskCount(_ m: UnsafePointer<Int32>, count: Int) -> (ones: Int, invalid: Int, last: Int) {
        MaskKernels.count(m, count)
    }
    public static func _compress(
        _ x: UnsafePointer<Int32>, mask: UnsafePointer<Int32>, into out: UnsafeMutablePointer<Int32>, last: Int
    ) { MaskKernels.compress(x, mask, out, last: last) }
    public static func _fill(
        _ x: UnsafeMutablePointer<Int32>, mask: UnsafePointer<Int32>, with value: Int32, count: Int
    ) { MaskKernels.fill(x, mask, value, count) }
}
