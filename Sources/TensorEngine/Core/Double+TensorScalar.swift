#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// float64 is not on Folio's hot paths, so its maths is libm's, one call per element.
extension Double: TensorScalar, ElementMath {
    public static var dtypeName: String { "float64" }
    // NumPy prints a float64 scalar in exponent form from 1e16 up (its `str` of np.float64).
    public static var _scalarExponentCutoff: Double { 1e16 }

    static func exp(_ x: Double) -> Double { Glibc.exp(x) }
    static func log(_ x: Double) -> Double { Glibc.log(x) }
    static func tanh(_ x: Double) -> Double { Glibc.tanh(x) }
    static func sin(_ x: Double) -> Double { Glibc.sin(x) }
    static func cos(_ x: Double) -> Double { Glibc.cos(x) }
    static func pow(_ x: Double, _ y: Double) -> Double { Glibc.pow(x, y) }
    static func log10(_ x: Double) -> Double { Glibc.log10(x) }
    static func log2(_ x: Double) -> Double { Glibc.log2(x) }
    static func log1p(_ x: Double) -> Double { Glibc.log1p(x) }
    static func expm1(_ x: Double) -> Double { Glibc.expm1(x) }

    public static func _unary(
        _ op: UnaryOp, _ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>, count: Int
    ) { Kernels<Double>.unary(op, x, y, count) }

    public static func _binary(
        _ op: BinaryOp, _ a: UnsafePointer<Double>, _ aStep: Int, _ b: UnsafePointer<Double>,
        _ bStep: Int, _ out: UnsafeMutablePointer<Double>, count: Int
    ) { Kernels<Double>.binary(op, a, aStep, b, bStep, out, count) }

    public static func _reduce(_ op: ReduceOp, _ x: UnsafePointer<Double>, count: Int) -> Double {
        Kernels<Double>.reduce(op, x, count)
    }

    public static func _matmul(
        _ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ c: UnsafeMutablePointer<Double>,
        m: Int, n: Int, k: Int, transposeA: Bool, transposeB: Bool
    ) {
        Kernels<Double>.matmul(a, b, c, m, n, k, transposeA: transposeA, transposeB: transposeB, gemm: BLAS.dgemm)
    }

    public static func _transpose(
        _ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>, rows: Int, columns: Int
    ) { Kernels<Double>.transpose(x, y, rows, columns) }

    public static var _valuesPerBlock: Int { 2 }

    public static func _randomFill(
        _ distribution: Distribution, key: SIMD2<UInt32>, firstBlock: UInt64,
        _ out: UnsafeMutablePointer<Double>, count: Int
    ) {
        RandomKernels.fillDouble(distribution, key: key, firstBlock: firstBlock, out, count: count)
    }
}
