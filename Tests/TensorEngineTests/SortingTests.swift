import Testing
@testable import TensorEngine

// Expected values are NumPy 2.4's (np.sort, np.argsort(kind="stable"), np.unique), quoted.
@Suite struct SortingTests {
    @Test func nanSortsLastAndTiesKeepTheirOrder() {
        let x = Tensor<Float>([3, .nan, -.infinity, 1, -0.0, 0.0, .infinity, -2])
        let s = x.sorted().scalars
        #expect(s.prefix(7) == [-.infinity, -2, 0, 0, 1, 3, .infinity] && s[7].isNaN)
        #expect(s[2].sign == .minus && s[3].sign == .plus)
        #expect(x.argsort().scalars == [2, 7, 4, 5, 3, 0, 6, 1])
        #expect(Tensor<Float>([3, 1, 2, 1, 3, .nan, 1]).argsort().scalars == [1, 3, 6, 2, 0, 4, 5])
    }

    @Test func alongEitherAxis() {
        let m = Tensor<Float>([[3, 1, 2], [0, 5, -1]])
        #expect(m.sorted(axis: 0).scalars == [0, 1, -1, 3, 5, 2])
        #expect(m.argsort(axis: 0).scalars == [1, 0, 1, 0, 1, 0])
        #expect(m.sorted().scalars == [1, 2, 3, -1, 0, 5])
        #expect(m.argsort(axis: -1).scalars == [1, 2, 0, 2, 0, 1])
        let i = Tensor<Int32>([[5, -3, 2], [-3, 9, 0]])
        #expect(i.reshaped([-1]).sorted().scalars == [-3, -3, 0, 2, 5, 9])
        #expect(i.argsort(axis: 0).scalars == [1, 0, 1, 0, 1, 0])
        #expect(Tensor<Float>(zeros: [2, 0]).sorted().shape == [2, 0])
        #expect(Tensor<Float>(zeros: [0]).argsort().shape == [0])
    }

    @Test func uniqueAsNumPy() {
        #expect(Tensor<Float>([3, 1, .nan, 1, 0, .nan, 3]).unique().scalars.prefix(3) == [0, 1, 3])
        #expect(Tensor<Float>([3, 1, .nan, 1, 0, .nan, 3]).unique().count == 4)
        #expect(Tensor<Int32>([[5, -3, 2], [-3, 9, 0]]).unique().scalars == [-3, 0, 2, 5, 9])
        #expect(Tensor<Double>(zeros: [0]).unique().shape == [0])
    }

    /// Long runs take the radix path: checked against a stable sort by (value, position).
    @Test(arguments: [2047, 2048, 100_003])
    func radixSortMatchesAStableComparisonSort(_ n: Int) {
        Random.seed(3)
        // Many ties (rounded values) and both signs, so stability and sign handling both show.
        let x = Tensor<Float>(Tensor<Int32>(randomInt: -50..<50, shape: [n])) / 4
        let reference = x.scalars.enumerated().sorted { ($0.element, $0.offset) < ($1.element, $1.offset) }
        #expect(x.sorted().scalars == reference.map(\.element))
        #expect(x.argsort().scalars == reference.map { Int32($0.offset) })
        let d = Tensor<Double>(x), i = Tensor<Int32>(randomInt: -1_000_000..<1_000_000, shape: [n])
        #expect(d.sorted().scalars == reference.map { Double($0.element) })
        #expect(i.sorted().scalars == i.scalars.sorted())
    }
}
