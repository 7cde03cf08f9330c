#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Float: TensorScalar, ElementMath {
    public static var dtypeName: String { "float32" }
    // NumPy 2 prints a float32 scalar in exponent form from 1e6 up (its `str` of np.float32).
    public static var _scalarExponentCutoff: Double { 1e6 }

    static func exp(_ x: Float) -> Float { FloatMath.exp(x) }
    static func log(_ x: Float) -> Float { FloatMath.log(x) }
    static func tanh(_ x: Float) -> Float { FloatMath.tanh(x) }
    static func sin(_ x: Float) -> Float { sinf(x) }
    static func cos(_ x: Float) -> Float { cosf(x) }
    static func pow(_ x: Float, _ y: Float) -> Float { powf(x, y) }
    static func log10(_ x: Float) -> Float { log10f(x) }
    static func log2(_ x: Float) -> Float { log2f(x) }
    static func log1p(_ x: Float) -> Float { log1pf(x) }
    static func expm1(_ x: Float) -> Float { expm1f(x) }

    public static func _unary(
        _ op: UnaryOp, _ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, count: Int
    ) { Kernels<Float>.unary(op, x, y, count) }

    public static func _binary(
        _ op: BinaryOp, _ a: UnsafePointer<Float>, _ aStep: Int, _ b: UnsafePointer<Float>,
        _ bStep: Int, _ out: UnsafeMutablePointer<Float>, count: Int
    ) { Kernels<Float>.binary(op, a, aStep, b, bStep, out, count) }

    public static func _reduce(_ op: ReduceOp, _ x: UnsafePointer<Float>, count: Int) -> Float {
        Kernels<Float>.reduce(op, x, count)
    }

    public static func _matmul(
        _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ c: UnsafeMutablePointer<Float>,
        m: Int, n: Int, k: Int, transposeA: Bool, transposeB: Bool
    ) {
        Kernels<Float>.matmul(a, b, c, m, n, k, transposeA: transposeA, transposeB: transposeB, gemm: BLAS.sgemm)
    }

    public static func _transpose(
        _ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, rows: Int, columns: Int
    ) { Kernels<Float>.transpose(x, y, rows, columns) }

    public static var _valuesPerBlock: Int { 4 }

    public static func _randomFill(
        _ distribution: Distribution, key: SIMD2<UInt32>, firstBlock: UInt64,
        _ out: UnsafeMutablePointer<Float>, count: Int
    ) {
        RandomKernels.fillFloat(distribution, key: key, firstBlock: firstBlock, out, count: count)
    }
}
