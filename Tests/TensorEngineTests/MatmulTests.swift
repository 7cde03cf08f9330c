import Testing
@testable import TensorEngine

@Suite struct MatmulTests {
    /// The textbook triple loop in Double, as the reference.
    func naive(_ a: [Float], _ b: [Float], m: Int, k: Int, n: Int) -> [Float] {
        var c = [Float](repeating: 0, count: m * n)
        for i in 0..<m {
            for j in 0..<n {
                var s = 0.0
                for p in 0..<k { s += Double(a[i * k + p]) * Double(b[p * n + j]) }
                c[i * n + j] = Float(s)
            }
        }
        return c
    }

    func data(_ n: Int, _ salt: Int) -> [Float] {
        (0..<n).map { Float((($0 + salt) * 37) % 23) * 0.25 - 2.5 }
    }

    // (m, k, n): tiny (plain loop), BLAS sizes, and vector shapes.
    static let sizes: [(Int, Int, Int)] = [(4, 4, 4), (1, 1, 1), (2, 3, 5), (17, 9, 3), (64, 64, 64), (100, 100, 100), (33, 70, 1), (1, 70, 45), (128, 31, 77)]

    @Test(arguments: sizes.indices)
    func matrixProductsMatchANaiveLoop(_ i: Int) {
        let (m, k, n) = Self.sizes[i]
        let a = data(m * k, 1), b = data(k * n, 2)
        let c = matmul(Tensor(shape: [m, k], scalars: a), Tensor(shape: [k, n], scalars: b))
        #expect(c.shape == [m, n])
        #expect(close(c.scalars, naive(a, b, m: m, k: k, n: n), ulps: 64))
    }

    @Test func vectorCasesFollowNumPyDot() {
        let m = Tensor<Float>([[1, 2, 3], [4, 5, 6]])
        let v2 = Tensor<Float>([1, -1]), v3 = Tensor<Float>([1, 0, 2])
        let mv = matmul(m, v3)
        #expect(mv.shape == [2] && mv.scalars == [7, 16])
        let vm = matmul(v2, m)
        #expect(vm.shape == [3] && vm.scalars == [-3, -3, -3])
        let vv = matmul(v3, v3)
        #expect(vv.shape == [] && vv.scalar == 5)
        // Large enough for gemv.
        let big = Tensor<Float>(shape: [200, 300], scalars: data(60_000, 3))
        let x = Tensor<Float>(shape: [300], scalars: data(300, 4))
        #expect(close(matmul(big, x).scalars, naive(big.scalars, x.scalars, m: 200, k: 300, n: 1), ulps: 64))
        let y = Tensor<Float>(shape: [200], scalars: data(200, 5))
        #expect(close(matmul(y, big).scalars, naive(y.scalars, big.scalars, m: 1, k: 200, n: 300), ulps: 64))
    }

    @Test func doubleProductsUseDgemm() {
        let a = data(50 * 60, 6).map(Double.init), b = data(60 * 40, 7).map(Double.init)
        let c = matmul(Tensor<Double>(shape: [50, 60], scalars: a), Tensor<Double>(shape: [60, 40], scalars: b))
        var ok = true
        for i in 0..<50 {
            for j in 0..<40 {
                var s = 0.0
                for p in 0..<60 { s += a[i * 60 + p] * b[p * 40 + j] }
                ok = ok && Swift.abs(c.scalars[i * 40 + j] - s) <= 1e-12 * Swift.max(1, Swift.abs(s))
            }
        }
        #expect(ok)
    }

    @Test func nanAndInfinityPropagate() {
        let a = Tensor<Float>([[1, 2], [3, 4]])
        let b = Tensor<Float>([[.nan, 0], [0, 1]])
        let c = matmul(a, b).scalars
        #expect(c[0].isNaN && c[2].isNaN && c[1] == 2 && c[3] == 4)
        let big = Tensor<Float>(repeating: 1e30, shape: [100, 100])
        #expect(matmul(big, big).scalars.allSatisfy { $0 == .infinity })
    }

    @Test func misalignedShapesAreReported() {
        #expect(matmulShape([2, 3], [3, 4]) == [2, 4])
        #expect(matmulShape([3], [3]) == [])
        #expect(matmulShape([2, 3], [2, 3]) == nil)
        #expect(matmulShape([2, 2, 2], [2, 2]) == nil)
        #expect(matmulFailure([3], [4, 4]).hasPrefix("matmul: shapes [3] and [4, 4] are not aligned"))
    }
}

/// The pullbacks' transposed products read the stored matrix transposed; they must equal the
/// product of the materialised transpose, on every path (tiny loops, vectors, BLAS, row blocks).
struct TransposedMatmulTests {
    @Test("aᵀ·b, a·bᵀ and aᵀ·bᵀ equal the products of explicit transposes",
          arguments: [(3, 4, 5), (1, 6, 7), (6, 1, 7), (7, 6, 1), (40, 50, 60), (700, 300, 120), (257, 90, 800)])
    func transposed(_ shape: (Int, Int, Int)) {
        let (m, k, n) = shape
        Random.seed(3)
        let a = Tensor<Double>(randomNormal: [m, k]), b = Tensor<Double>(randomNormal: [k, n])
        let expected = matmul(a, b)
        for (ta, tb) in [(true, false), (false, true), (true, true)] {
            let got = matmul(ta ? a.T : a, transposed: ta, tb ? b.T : b, transposed: tb)
            #expect(got.shape == expected.shape)
            let error = zip(got.scalars, expected.scalars).map { Swift.abs($0 - $1) }.max() ?? 0
            #expect(error <= 1e-12 * Double(k), "\(shape) transposed \(ta) \(tb): \(error)")
        }
    }
}
