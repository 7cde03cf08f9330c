// `internal`: clients of TensorEngine (notebook programs built with plain
// `swiftc -I`) must not need the COpenBLAS module map.
@_implementationOnly import COpenBLAS

/// Thin wrappers over CBLAS, row-major. `Kernels.matmul` decides when a
/// plain loop is cheaper than the call.
enum BLAS {
    static func sgemm(
        _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ c: UnsafeMutablePointer<Float>,
        m: Int, n: Int, k: Int
    ) {
        if m == 1 {
            // (k) · (k×n): y = Bᵀx.
            cblas_sgemv(CblasRowMajor, CblasTrans, Int32(k), Int32(n), 1, b, Int32(n), a, 1, 0, c, 1)
        } else if n == 1 {
            cblas_sgemv(CblasRowMajor, CblasNoTrans, Int32(m), Int32(k), 1, a, Int32(k), b, 1, 0, c, 1)
        } else {
            cblas_sgemm(
                CblasRowMajor, CblasNoTrans, CblasNoTrans, Int32(m), Int32(n), Int32(k),
                1, a, Int32(k), b, Int32(n), 0, c, Int32(n))
        }
    }

    static func dgemm(
        _ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ c: UnsafeMutablePointer<Double>,
        m: Int, n: Int, k: Int
    ) {
        if m == 1 {
            cblas_dgemv(CblasRowMajor, CblasTrans, Int32(k), Int32(n), 1, b, Int32(n), a, 1, 0, c, 1)
        } else if n == 1 {
            cblas_dgemv(CblasRowMajor, CblasNoTrans, Int32(m), Int32(k), 1, a, Int32(k), b, 1, 0, c, 1)
        } else {
            cblas_dgemm(
                CblasRowMajor, CblasNoTrans, CblasNoTrans, Int32(m), Int32(n), Int32(k),
                1, a, Int32(k), b, Int32(n), 0, c, Int32(n))
        }
    }

    /// Pins OpenBLAS to `n` threads (tests use 1: BLAS results may differ
    /// across thread counts).
    static func setThreadCount(_ n: Int) { openblas_set_num_threads(Int32(n)) }
}
