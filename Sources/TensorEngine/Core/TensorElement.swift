/// What any tensor can hold: `Float`, `Double` (both also `TensorScalar`) and `Int32`.
///
/// The hooks here are what every element type needs — storage, broadcasting arithmetic and
/// comparisons, reductions, conversions, printing and sorting. Floating-point maths, matrix
/// products, random normals and gradients need `TensorScalar`, which refines this. As there,
/// each inner loop sits behind a hook compiled for the concrete type (generic code is not
/// specialised for a notebook's types); the underscored names are not meant to be called.
public protocol TensorElement: Numeric, Comparable, Sendable, LosslessStringConvertible {
    /// NumPy's name for the type: `float32`, `float64` or `int32`.
    static var dtypeName: String { get }

    /// `out[i] = op(a[i * aStep], b[i * bStep])` with steps 0 or 1; `out` may alias either.
    static func _binary(
        _ op: BinaryOp, _ a: UnsafePointer<Self>, _ aStep: Int,
        _ b: UnsafePointer<Self>, _ bStep: Int, _ out: UnsafeMutablePointer<Self>, count: Int)

    /// The reduction of a contiguous run: NumPy's pairwise sum, or a NaN-propagating max/min.
    static func _reduce(_ op: ReduceOp, _ x: UnsafePointer<Self>, count: Int) -> Self

    /// The transpose of a row-major `rows × columns` matrix into `y`.
    static func _transpose(_ x: UnsafePointer<Self>, _ y: UnsafeMutablePointer<Self>, rows: Int, columns: Int)

    /// The value as a float64 (exact for every element type here).
    var _double: Double { get }

    /// A float64 as this type, as NumPy's `astype`: floats round to nearest, integers truncate
    /// toward zero, and NaN, ±inf or an out-of-range value give `Int32.min` (what NumPy's cast
    /// gives on x86-64).
    static func _fromDouble(_ x: Double) -> Self

    /// True for NaN (never for integers).
    var _isNaN: Bool { get }

    /// NumPy's element formatter for an array whose printed elements are `shown`: every
    /// element padded to one column width.
    static func _formatter(for shown: [Self]) -> (Self) -> String

    /// NumPy's `str` of one value of the type (a 0-d tensor).
    static func _scalarText(_ x: Self) -> String

    /// Sorts `count` elements in place, stably, NaN last (NumPy's order).
    static func _sort(_ x: UnsafeMutablePointer<Self>, count: Int)

    /// The stable sorting permutation of `x[0..<count]`, NaN last, into `order`.
    static func _argsort(_ x: UnsafePointer<Self>, _ order: UnsafeMutablePointer<Int32>, count: Int)

    /// How many of a mask's `count` values are 1, how many are neither 0 nor 1, and the index
    /// of the last non-zero one (-1 for none).
    static func _maskCount(_ mask: UnsafePointer<Self>, count: Int) -> (ones: Int, invalid: Int, last: Int)

    /// The elements of `x[0...last]` where `mask` is non-zero, in order, into `out`.
    static func _compress(_ x: UnsafePointer<Self>, mask: UnsafePointer<Self>, into out: UnsafeMutablePointer<Self>, last: Int)

    /// `x[i] = value` where `mask[i]` is non-zero, for `i < count`.
    static func _fill(_ x: UnsafeMutablePointer<Self>, mask: UnsafePointer<Self>, with value: Self, count: Int)

    /// `y = op(a, b)` recorded on `a`'s or `b`'s tape. Only floating-point tensors are ever
    /// on a tape; for other types this returns `y`.
    static func _recordBinary(_ op: BinaryOp, _ a: Tensor<Self>, _ b: Tensor<Self>, y: Tensor<Self>) -> Tensor<Self>

    /// `y = op(a, s)` (or `op(s, a)`) recorded on `a`'s tape.
    static func _recordBinary(
        _ op: BinaryOp, _ a: Tensor<Self>, _ s: Self, scalarFirst: Bool, y: Tensor<Self>) -> Tensor<Self>
}

extension TensorElement {
    public static func _recordBinary(
        _ op: BinaryOp, _ a: Tensor<Self>, _ b: Tensor<Self>, y: Tensor<Self>
    ) -> Tensor<Self> { y }

    public static func _recordBinary(
        _ op: BinaryOp, _ a: Tensor<Self>, _ s: Self, scalarFirst: Bool, y: Tensor<Self>
    ) -> Tensor<Self> { y }
}

// Floating-point tensors record on the tape; these are more specific than the defaults above,
// so Float's and Double's conformances pick them.
extension TensorScalar {
    public static func _recordBinary(
        _ op: BinaryOp, _ a: Tensor<Self>, _ b: Tensor<Self>, y: Tensor<Self>
    ) -> Tensor<Self> { Derivatives.binary(op, a, b, y: y) }

    public static func _recordBinary(
        _ op: BinaryOp, _ a: Tensor<Self>, _ s: Self, scalarFirst: Bool, y: Tensor<Self>
    ) -> Tensor<Self> { Derivatives.binary(op, a, s, scalarFirst: scalarFirst, y: y) }

    public static func _fromDouble(_ x: Double) -> Self { Self(x) }
    public var _double: Double { Double(self) }
    public var _isNaN: Bool { isNaN }

    public static func _formatter(for shown: [Self]) -> (Self) -> String {
        let format = FloatFormat<Self>(shown)
        return { format($0) }
    }

    public static func _scalarText(_ x: Self) -> String { FloatFormat<Self>.scalarText(x) }
}
