import Testing
@testable import TensorEngine

/// Expected values: NumPy 2.4.6's `cumsum`/`cumprod` of the same float32 data.
@Suite struct CumulativeTests {
    let r = (Tensor<Float>(arange: 0, 24) * 0.37 - 3).reshaped([2, 3, 4])

    @Test func cumsumAddsSequentiallyInFloat32AsNumPyDoes() {
        let c = summationData(10_000).cumsum()
        #expect(c.shape == [10_000])
        let values = c.scalars
        #expect([values[0], values[1], values[99], values[999], values[9999]] == [-600.0, -141.22974, 7114.8584, 69444.06, 689890.06])
        // np.sum, pairwise, gives 689890.4 for the same data: the running sum keeps the
        // sequential rounding, as NumPy's does.
        #expect(summationData(10_000).sum().scalar == 689890.4)
    }

    @Test func cumsumAlongAnAxis() {
        #expect(r.cumsum(axis: 1).scalars == [-3.0, -2.63, -2.26, -1.89, -4.52, -3.7800002, -3.04, -2.2999997, -4.56, -3.4500003, -2.34, -1.2299995, 1.44, 1.81, 2.1800003, 2.5500002, 4.36, 5.1, 5.84, 6.5800004, 8.76, 9.87, 10.9800005, 12.09])
        #expect(r.cumsum(axis: -1).scalars == [-3.0, -5.63, -7.8900003, -9.780001, -1.52, -2.67, -3.45, -3.86, -0.03999996, 0.28999996, 0.99, 2.0600002, 1.44, 3.25, 5.4300003, 7.9800005, 2.92, 6.21, 9.87, 13.9, 4.4, 9.17, 14.31, 19.82])
        #expect(r.cumsum(axis: 1).shape == [2, 3, 4])
        #expect(r.cumsum().shape == [24], "no axis: the flattened tensor, as NumPy")
        #expect(r.cumsum().scalars == r.reshaped([-1]).cumsum(axis: 0).scalars)
    }

    @Test func cumprodMultipliesSequentially() {
        #expect(Tensor<Float>(repeating: 1.1, shape: [8]).cumprod().scalars == [1.1, 1.21, 1.3310001, 1.4641001, 1.6105101, 1.7715611, 1.9487174, 2.143589])
        #expect(r.cumprod(axis: 0).scalars == [-3.0, -2.63, -2.26, -1.89, -1.52, -1.15, -0.78, -0.40999985, -0.03999996, 0.32999992, 0.70000005, 1.0700002, -4.32, -4.7603, -4.9268007, -4.8195004, -4.4384003, -3.7835, -2.8547997, -1.6522995, -0.17599984, 1.5740997, 3.5980005, 5.8957014])
        #expect((r[0][0] * 0.5 + 1).cumprod().scalars == [-0.5, 0.15750003, -0.020475004, -0.0011261253])
    }

    @Test func nanPropagatesAndEmptyStaysEmpty() {
        let c = Tensor<Float>([1, .nan, 2]).cumsum().scalars
        #expect(c[0] == 1 && c[1].isNaN && c[2].isNaN)
        #expect(Tensor<Float>(zeros: [0]).cumsum().shape == [0])
        #expect(Tensor<Float>(zeros: [2, 0]).cumprod(axis: 1).shape == [2, 0])
        #expect(Tensor<Float>(5).cumsum().shape == [1], "a 0-d tensor flattens to one element, as NumPy")
        #expect(identical(Tensor<Float>([-0.0]).cumsum().scalars, [-0.0]), "the first element is copied, not added to 0")
    }
}
