// Sorting for the floating-point types, written per type so each loop is compiled for it.

/// The order NumPy sorts floats in, as unsigned integers: −inf … −0 = 0 … inf, then NaN.
/// Negative values have their bits inverted, the others their sign bit set; ±0 share a key
/// (they compare equal, so a stable sort keeps their order) and every NaN gets the largest.
enum FloatSortKey {
    @inline(__always)
    static func key(_ x: Float) -> UInt32 {
        if x != x { return .max }
        if x == 0 { return 0x8000_0000 }
        // The sign spread over all bits, not a branch on it: the sign of random data is a coin
        // flip, while NaN and zero are rare, so their branches are predicted.
        let u = x.bitPattern
        return u ^ (UInt32(bitPattern: Int32(bitPattern: u) >> 31) | 0x8000_0000)
    }

    @inline(__always)
    static func key(_ x: Double) -> UInt64 {
        if x != x { return .max }
        if x == 0 { return 0x8000_0000_0000_0000 }
        let u = x.bitPattern
        return u ^ (UInt64(bitPattern: Int64(bitPattern: u) >> 63) | 0x8000_0000_0000_0000)
    }
}

extension Float {
    public static func _sort(_ x: UnsafeMutablePointer<Float>, count: Int) {
        SortKernels.sort(x, count, key: { FloatSortKey.key($0) })
    }

    public static func _argsort(_ x: UnsafePointer<Float>, _ order: UnsafeMutablePointer<Int32>, count: Int) {
        SortKernels.argsort(x, order, count, key: { FloatSortKey.key($0) })
    }
}

extension Double {
    public static func _sort(_ x: UnsafeMutablePointer<Double>, count: Int) {
        SortKernels.sort(x, count, key: { FloatSortKey.key($0) })
    }

    public static func _argsort(_ x: UnsafePointer<Double>, _ order: UnsafeMutablePointer<Int32>, count: Int) {
        SortKernels.argsort(x, order, count, key: { FloatSortKey.key($0) })
    }
}
