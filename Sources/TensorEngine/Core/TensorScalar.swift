/// The floating-point element types: `Float` (float32, the default, as in MXNet and PyTorch)
/// and `Double` (float64). Everything beyond `TensorElement` — transcendentals, matrix products,
/// random normals, gradients — is written as `extension Tensor where Scalar: TensorScalar`.
///
/// Generic tensor code cannot be specialised for a client's `Scalar` when the
/// client is another module (a notebook program), so every inner loop lives
/// behind one of these hooks: the generic layer does shapes and bookkeeping,
/// then makes one witness call into a loop compiled for the concrete type.
/// The hooks are public because protocol requirements must be; they are not
/// meant to be called directly, hence the underscores.
public protocol TensorScalar: TensorElement, BinaryFloatingPoint
where RawSignificand: FixedWidthInteger {
    /// The magnitude at or above which a NumPy scalar prints in exponent form.
    static var _scalarExponentCutoff: Double { get }

    /// `y[i] = op(x[i])` for `i < count`; `y` may alias `x`.
    static func _unary(
        _ op: UnaryOp, _ x: UnsafePointer<Self>, _ y: UnsafeMutablePointer<Self>, count: Int)

    /// Row-major `c[m×n] = op(a)[m×k] · op(b)[k×n]`, where `op` transposes an operand stored as
    /// k×m (or n×k) when asked; `n == 1` or `m == 1` are matrix–vector products.
    static func _matmul(
        _ a: UnsafePointer<Self>, _ b: UnsafePointer<Self>, _ c: UnsafeMutablePointer<Self>,
        m: Int, n: Int, k: Int, transposeA: Bool, transposeB: Bool)

    /// How many values one Philox block (128 bits) yields.
    static var _valuesPerBlock: Int { get }

    /// Fills `out[0..<count]` with values drawn from Philox blocks `firstBlock…`
    /// under `key`; element `i` depends only on the key and block `firstBlock + i / _valuesPerBlock`.
    static func _randomFill(
        _ distribution: Distribution, key: SIMD2<UInt32>, firstBlock: UInt64,
        _ out: UnsafeMutablePointer<Self>, count: Int)
}

/// The closed set of elementwise unary primitives; everything else is composed.
public enum UnaryOp: Sendable {
    case negate, abs, exp, log, sqrt, relu, sigmoid, tanh, sin, cos, square
    case floor, ceil, round, sign, log10, log2, log1p, expm1
    /// Masks of 0 and 1, like the comparisons.
    case isnan, isinf, isfinite
}

/// The closed set of elementwise binary primitives, broadcast NumPy-style.
/// Comparisons give masks of 0 and 1 in the same scalar type.
public enum BinaryOp: Sendable {
    case add, subtract, multiply, divide, pow, maximum, minimum
    case greater, less, greaterEqual, lessEqual, equal
}

/// Reductions over a contiguous run of elements.
public enum ReduceOp: Sendable {
    case sum, max, min
}

/// What a random fill draws.
public enum Distribution: Sendable {
    /// Uniform on `[low, high)`.
    case uniform(low: Double, high: Double)
    /// Normal with the given mean and standard deviation (Box–Muller).
    case normal(mean: Double, std: Double)
}
