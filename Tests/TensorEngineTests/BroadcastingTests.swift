import Testing
@testable import TensorEngine

@Suite struct BroadcastingTests {
    // (a, b, NumPy's np.broadcast_shapes(a, b), or nil where NumPy raises)
    static let table: [([Int], [Int], [Int]?)] = [
        ([4], [4, 4], [4, 4]),  // the seed's d_sigma(Wh) * W.T
        ([4, 4], [4], [4, 4]),
        ([], [2, 3], [2, 3]),
        ([1], [2, 3], [2, 3]),
        ([3, 1], [1, 4], [3, 4]),
        ([2, 1, 4], [3, 1], [2, 3, 4]),
        ([5, 1, 1], [1, 6, 1], [5, 6, 1]),
        ([1, 1], [3], [1, 3]),
        ([0], [1], [0]),
        ([2, 0], [2, 1], [2, 0]),
        ([3], [4, 4], nil),
        ([2, 3], [3, 2], nil),
        ([2, 1], [8, 4, 3], nil),
    ]

    @Test(arguments: table.indices)
    func shapesBroadcastAsInNumPy(_ i: Int) {
        let (a, b, expected) = Self.table[i]
        #expect(broadcastShape(a, b) == expected)
        #expect(broadcastShape(b, a) == expected)
    }

    @Test func failureMessageNamesBothShapes() {
        #expect(broadcastFailure([3], [4, 4]) == "shapes [3] and [4, 4] do not broadcast")
    }

    @Test func vectorTimesMatrixScalesColumns() {
        // np.array([1, 2, 3]) * np.arange(9).reshape(3, 3): column j times v[j].
        let v = Tensor<Float>([1, 2, 3])
        let m = Tensor<Float>(shape: [3, 3], scalars: (0..<9).map(Float.init))
        let p = v * m
        #expect(p.shape == [3, 3])
        #expect(p.scalars == [0, 2, 6, 3, 8, 15, 6, 14, 24])
        #expect((m * v).scalars == p.scalars)
    }

    @Test func columnPlusRowMakesAnOuterSum() {
        let col = Tensor<Float>(shape: [3, 1], scalars: [0, 10, 20])
        let row = Tensor<Float>([1, 2, 3, 4])
        let s = col + row
        #expect(s.shape == [3, 4])
        #expect(s.scalars == [1, 2, 3, 4, 11, 12, 13, 14, 21, 22, 23, 24])
        // (2,1,4) - (3,1) → (2,3,4), checked against NumPy.
        let a = Tensor<Float>(shape: [2, 1, 4], scalars: (0..<8).map(Float.init))
        let b = Tensor<Float>(shape: [3, 1], scalars: [1, 2, 3])
        let d = a - b
        #expect(d.shape == [2, 3, 4])
        #expect(d.scalars == [-1, 0, 1, 2, -2, -1, 0, 1, -3, -2, -1, 0, 3, 4, 5, 6, 2, 3, 4, 5, 1, 2, 3, 4])
    }

    @Test func scalarsBroadcastOnEitherSide() {
        let a = Tensor<Float>([1, 2, 4])
        #expect((a + 1).scalars == [2, 3, 5])
        #expect((1 - a).scalars == [0, -1, -3])
        #expect((2 / a).scalars == [2, 1, 0.5])
        #expect((a * Tensor(3)).scalars == [3, 6, 12])
        #expect((Tensor<Float>(shape: [1, 1], scalars: [2]) * a).shape == [1, 3])
    }

    @Test func inPlaceOperatorsDoNotTouchCopies() {
        var a = Tensor<Float>([1, 2, 3])
        let b = a
        a += Tensor([1, 1, 1])
        a *= 2
        #expect(a.scalars == [4, 6, 8])
        #expect(b.scalars == [1, 2, 3])
    }
}
