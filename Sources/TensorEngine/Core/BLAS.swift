// `internal`: clients of TensorEngine (notebook programs built with plain
// `swiftc -I`) must not need the COpenBLAS module map.
@_implementationOnly import COpenBLAS

/// Thin wrappers over CBLAS, row-major. `Kernels.matmul` decides when a
/// plain loop is cheaper than the call, and splits large products itself.
///
/// OpenBLAS always runs on one thread here. Its threaded gemm gives results that depend on
/// the thread count: a 100×100 product differs in the last bits between
/// `OPENBLAS_NUM_THREADS=1` and `=2` (the rows split differently across its edge kernels),
/// which made a report a function of the machine's core count. `Kernels.matmul` instead splits
/// a large product into row blocks whose boundaries depend only on the shape.
enum BLAS {
    /// Set once, before the first call; `openblas_set_num_threads` overrides
    /// `OPENBLAS_NUM_THREADS` from the environment.
    private static let singleThreaded: Void = openblas_set_num_threads(1)

    /// `c = op(a)·op(b)` with leading dimensions `lda`/`ldb` (a row block of a transposed
    /// operand is a column block of the stored matrix). Untransposed vector products use gemv.
    static func sgemm(
        _ a: UnsafePointer<Float>, lda: Int, _ b: UnsafePointer<Float>, ldb: Int, _ c: UnsafeMutablePointer<Float>,
        m: Int, n: Int, k: Int, transposeA: Bool, transposeB: Bool
    ) {
        _ = singleThreaded
        if transposeA || transposeB {
            cblas_sgemm(
                CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
                Int32(m), Int32(n), Int32(k), 1, a, Int32(lda), b, Int32(ldb), 0, c, Int32(n))
        } else if m == 1 {
            // (k) · (k×n): y = Bᵀx.
            cblas_sgemv(CblasRowMajor, CblasTrans, Int32(k), Int32(n), 1, b, Int32(ldb), a, 1, 0, c, 1)
        } else if n == 1 {
            cblas_sgemv(CblasRowMajor, CblasNoTrans, Int32(m), Int32(k), 1, a, Int32(lda), b, 1, 0, c, 1)
        } else {
            cblas_sgemm(
                CblasRowMajor, CblasNoTrans, CblasNoTrans, Int32(m), Int32(n), Int32(k),
                1, a, Int32(lda), b, Int32(ldb), 0, c, Int32(n))
        }
    }

    /// `c = op(a)·op(b)` with leading dimensions `lda`/`ldb` (a row block of a transposed
    /// operand is a column block of the stored matrix). Untransposed vector products use gemv.
    static func dgemm(
        _ a: UnsafePointer<Double>, lda: Int, _ b: UnsafePointer<Double>, ldb: Int, _ c: UnsafeMutablePointer<Double>,
        m: Int, n: Int, k: Int, transposeA: Bool, transposeB: Bool
    ) {
        _ = singleThreaded
        if transposeA || transposeB {
            cblas_dgemm(
                CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
                Int32(m), Int32(n), Int32(k), 1, a, Int32(lda), b, Int32(ldb), 0, c, Int32(n))
        } else if m == 1 {
            // (k) · (k×n): y = Bᵀx.
            cblas_dgemv(CblasRowMajor, CblasTrans, Int32(k), Int32(n), 1, b, Int32(ldb), a, 1, 0, c, 1)
        } else if n == 1 {
            cblas_dgemv(CblasRowMajor, CblasNoTrans, Int32(m), Int32(k), 1, a, Int32(lda), b, 1, 0, c, 1)
        } else {
            cblas_dgemm(
                CblasRowMajor, CblasNoTrans, CblasNoTrans, Int32(m), Int32(n), Int32(k),
                1, a, Int32(lda), b, Int32(ldb), 0, c, Int32(n))
        }
    }

}

/// What a report records about the BLAS it was computed with.
public enum BLASIdentity {
    /// Such as `OpenBLAS 0.3.21 DYNAMIC_ARCH NO_AFFINITY Haswell MAX_THREADS=64`.
    public static var configuration: String {
        let text = openblas_get_config().map { String(cString: $0) } ?? "unknown"
        return text.split(separator: " ").joined(separator: " ")
    }

    /// The kernel family OpenBLAS runs, such as `Haswell`.
    public static var kernelFamily: String {
        openblas_get_corename().map { String(cString: $0) } ?? "unknown"
    }
}
