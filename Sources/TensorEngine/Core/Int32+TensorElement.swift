/// int32 tensors: labels, counts and indices.
///
/// Arithmetic follows NumPy's int32: `+`, `−`, `×` wrap around on overflow, sums wrap in Int32
/// (NumPy would widen a sum to int64), and `/` is NumPy's floor division `//` (rounding toward
/// −∞, so `-7 / 2` is −4, and division by zero gives 0 as NumPy does, without its warning).
/// True division needs a float tensor: `Tensor<Float>(counts) / n`.
extension Int32: TensorElement {
    public static var dtypeName: String { "int32" }

    public static func _binary(
        _ op: BinaryOp, _ a: UnsafePointer<Int32>, _ aStep: Int, _ b: UnsafePointer<Int32>,
        _ bStep: Int, _ out: UnsafeMutablePointer<Int32>, count: Int
    ) {
        IntegerKernels.binary(op, a, aStep, b, bStep, out, count)
    }

    public static func _reduce(_ op: ReduceOp, _ x: UnsafePointer<Int32>, count: Int) -> Int32 {
        IntegerKernels.reduce(op, x, count)
    }

    public static func _transpose(
        _ x: UnsafePointer<Int32>, _ y: UnsafeMutablePointer<Int32>, rows: Int, columns: Int
    ) {
        for i in 0..<rows {
            for j in 0..<columns { y[j * rows + i] = x[i * columns + j] }
        }
    }

    public var _double: Double { Double(self) }

    public static func _fromDouble(_ x: Double) -> Int32 {
        // NaN and out-of-range values fail this test and take x86's "integer indefinite".
        x > -2_147_483_649 && x < 2_147_483_648 ? Int32(x) : .min
    }

    public var _isNaN: Bool { false }

    /// NumPy's `IntegerFormat`: right-aligned to the widest printed element.
    public static func _formatter(for shown: [Int32]) -> (Int32) -> String {
        let width = shown.map { String($0).count }.max() ?? 0
        return { value in
            let text = String(value)
            return String(repeating: " ", count: Swift.max(0, width - text.count)) + text
        }
    }

    public static func _scalarText(_ x: Int32) -> String { String(x) }

    public static func _sort(_ x: UnsafeMutablePointer<Int32>, count: Int) {
        SortKernels.sort(x, count, key: IntegerKernels.sortKey)
    }

    public static func _argsort(_ x: UnsafePointer<Int32>, _ order: UnsafeMutablePointer<Int32>, count: Int) {
        SortKernels.argsort(x, order, count, key: IntegerKernels.sortKey)
    }
}

/// The loops behind Int32's hooks.
enum IntegerKernels {
    /// Two's complement with the sign bit flipped orders as the signed values do.
    @inline(__always)
    static func sortKey(_ x: Int32) -> UInt32 { UInt32(bitPattern: x) ^ 0x8000_0000 }

    /// NumPy's `//`: the quotient rounded toward −∞; 0 for a zero divisor; `Int32.min // -1`
    /// wraps to `Int32.min`.
    @inline(__always)
    static func floorDivide(_ a: Int32, _ b: Int32) -> Int32 {
        if b == 0 { return 0 }
        if b == -1 { return 0 &- a }
        let q = a / b
        return (a % b != 0) && ((a < 0) != (b < 0)) ? q - 1 : q
    }

    /// a raised to a non-negative power by squaring, wrapping; a negative power gives 0
    /// (NumPy refuses it; `pow` on integer tensors is not public).
    @inline(__always)
    static func power(_ a: Int32, _ b: Int32) -> Int32 {
        if b < 0 { return 0 }
        var result: Int32 = 1, base = a, e = b
        while e > 0 {
            if e & 1 == 1 { result = result &* base }
            base = base &* base
            e >>= 1
        }
        return result
    }

    static func binary(
        _ op: BinaryOp, _ a: UnsafePointer<Int32>, _ sa: Int, _ b: UnsafePointer<Int32>, _ sb: Int,
        _ o: UnsafeMutablePointer<Int32>, _ n: Int
    ) {
        switch op {
        case .add: stridedZip(a, sa, b, sb, o, n) { $0 &+ $1 }
        case .subtract: stridedZip(a, sa, b, sb, o, n) { $0 &- $1 }
        case .multiply: stridedZip(a, sa, b, sb, o, n) { $0 &* $1 }
        case .divide: stridedZip(a, sa, b, sb, o, n, floorDivide)
        case .pow: stridedZip(a, sa, b, sb, o, n, power)
        case .maximum: stridedZip(a, sa, b, sb, o, n) { Swift.max($0, $1) }
        case .minimum: stridedZip(a, sa, b, sb, o, n) { Swift.min($0, $1) }
        case .greater: stridedZip(a, sa, b, sb, o, n) { $0 > $1 ? 1 : 0 }
        case .less: stridedZip(a, sa, b, sb, o, n) { $0 < $1 ? 1 : 0 }
        case .greaterEqual: stridedZip(a, sa, b, sb, o, n) { $0 >= $1 ? 1 : 0 }
        case .lessEqual: stridedZip(a, sa, b, sb, o, n) { $0 <= $1 ? 1 : 0 }
        case .equal: stridedZip(a, sa, b, sb, o, n) { $0 == $1 ? 1 : 0 }
        }
    }

    static func reduce(_ op: ReduceOp, _ x: UnsafePointer<Int32>, _ n: Int) -> Int32 {
        switch op {
        case .sum:
            // Integer addition is associative, so any order gives NumPy's (wrapped) result.
            var s: Int32 = 0
            for i in 0..<n { s = s &+ x[i] }
            return s
        case .max:
            var m = x[0]
            for i in 1..<Swift.max(n, 1) { m = Swift.max(m, x[i]) }
            return m
        case .min:
            var m = x[0]
            for i in 1..<Swift.max(n, 1) { m = Swift.min(m, x[i]) }
            return m
        }
    }
}

extension Tensor where Scalar == Int32 {
    public static prefix func - (a: Tensor) -> Tensor { zip(.subtract, a, 0, scalarFirst: true) }
}
