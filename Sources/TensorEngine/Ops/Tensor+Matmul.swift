/// The result shape of NumPy's `dot` for 1-D and 2-D operands, or nil when
/// the inner dimensions do not agree (or an operand has another rank).
func matmulShape(_ a: [Int], _ b: [Int]) -> [Int]? {
    switch (a.count, b.count) {
    case (1, 1): return a[0] == b[0] ? [] : nil
    case (2, 1): return a[1] == b[0] ? [a[0]] : nil
    case (1, 2): return a[0] == b[0] ? [b[1]] : nil
    case (2, 2): return a[1] == b[0] ? [a[0], b[1]] : nil
    default: return nil
    }
}

func matmulFailure(_ a: [Int], _ b: [Int]) -> String {
    "matmul: shapes \(a) and \(b) are not aligned (inner dimensions must agree; operands must be 1-D or 2-D)"
}

/// NumPy's `dot` for vectors and matrices: vector·vector is a 0-d inner
/// product, matrix·vector and vector·matrix are vectors, matrix·matrix a
/// matrix. Large products call `cblas_sgemm`/`dgemm` (or `gemv`); tiny ones
/// run a plain loop, which is as fast as BLAS at 4×4.
@_specialize(where Scalar == Float)
@_specialize(where Scalar == Double)
public func matmul<Scalar: TensorScalar>(_ a: Tensor<Scalar>, _ b: Tensor<Scalar>) -> Tensor<Scalar> {
    if a.node == nil && b.node == nil { return product(a, b, transposeA: false, transposeB: false) }
    return Derivatives.matmul(a, b, y: product(a, b, transposeA: false, transposeB: false))
}

/// aᵀ·b, a·bᵀ or aᵀ·bᵀ of matrices without copying a transpose first: BLAS reads the stored
/// matrix transposed. For the pullbacks of `matmul` (dA = g·Bᵀ, dB = Aᵀ·g); not recorded.
func matmul<Scalar: TensorScalar>(
    _ a: Tensor<Scalar>, transposed transposeA: Bool, _ b: Tensor<Scalar>, transposed transposeB: Bool
) -> Tensor<Scalar> {
    require(a.rank == 2 && b.rank == 2, matmulFailure(a.shape, b.shape))
    return product(a, b, transposeA: transposeA, transposeB: transposeB)
}

@_specialize(where Scalar == Float)
@_specialize(where Scalar == Double)
private func product<Scalar: TensorScalar>(
    _ a: Tensor<Scalar>, _ b: Tensor<Scalar>, transposeA: Bool, transposeB: Bool
) -> Tensor<Scalar> {
    let da = a.dims, db = b.dims
    // View every case as (m×k)·(k'×n); no arrays on this path, which small
    // products (the seed's 4×4 chain) would pay for with allocations.
    let m = da.rank == 2 ? da[transposeA ? 1 : 0] : 1, k = da.rank == 2 ? da[transposeA ? 0 : 1] : da[0]
    let k2 = db[db.rank == 2 && transposeB ? 1 : 0], n = db.rank == 2 ? db[transposeB ? 0 : 1] : 1
    guard da.rank >= 1, da.rank <= 2, db.rank >= 1, db.rank <= 2, k == k2 else {
        fatalError(matmulFailure(a.shape, b.shape))
    }
    let shape: Shape =
        da.rank == 2 ? (db.rank == 2 ? Shape(m, n) : Shape(m)) : (db.rank == 2 ? Shape(n) : .scalar)
    let out = Tensor<Scalar>(uninitialized: shape)
    if m * n == 0 { return out }
    if k == 0 {
        out.storage.base.initialize(repeating: 0, count: m * n)
        return out
    }
    withExtendedLifetime((a, b)) {
        Scalar._matmul(a.storage.base, b.storage.base, out.storage.base, m: m, n: n, k: k,
                       transposeA: transposeA, transposeB: transposeB)
    }
    return out
}
