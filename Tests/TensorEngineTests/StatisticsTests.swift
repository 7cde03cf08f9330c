import Testing
@testable import TensorEngine

/// Expected values: NumPy 2.4.6 on the same float32 data (`np.var`, `np.std`, `np.median`,
/// `np.quantile`, `np.any`, `np.all`), quoted as NumPy prints them.
@Suite struct StatisticsTests {
    // (np.arange(24, dtype=float32) * float32(0.37) - float32(3)).reshape(2, 3, 4)
    let r = (Tensor<Float>(arange: 0, 24) * 0.37 - 3).reshaped([2, 3, 4])
    // ((np.arange(1000) * 7919) % 10007).astype(float32) * float32(0.1337) - float32(600)
    let s = summationData(1000)

    @Test func varianceAndStdFollowNumPysArithmetic() {
        #expect(r.variance().shape == [])
        #expect(r.variance().scalar == 6.5597916)
        #expect(r.variance(ddof: 1).scalar == 6.845)
        #expect(r.std().scalar == 2.561209)
        #expect(r.std(ddof: 1).scalar == 2.616295)
        // The last bits differ from column to column: the float32 rounding NumPy has too.
        #expect(r.variance(axis: 0).scalars == [4.9284, 4.9284, 4.928401, 4.9284, 4.9284, 4.9283996, 4.928399, 4.9284, 4.9284, 4.9284, 4.9284005, 4.9284])
        #expect(r.variance(axis: 1, ddof: 1).scalars == Array(repeating: 2.1904001, count: 8))
        #expect(r.variance(axis: 2).scalars == [0.17112502, 0.17112502, 0.17112505, 0.17112507, 0.17112502, 0.17112508])
        #expect(r.std(axis: -1).scalars == [0.4136726, 0.4136726, 0.41367266, 0.41367266, 0.4136726, 0.4136727])
        #expect(r.variance(keepDims: true).shape == [1, 1, 1])
        #expect(r.variance(axis: 1, keepDims: true).shape == [2, 1, 4])
        #expect(s.variance().scalar == 149307.45)
        #expect(s.std(ddof: 1).scalar == 386.59656)
    }

    @Test func varianceOfNothingOrTooFewIsNaNOrInf() {
        // NumPy: nan for an empty array (0/0), inf when ddof leaves no degrees of freedom.
        #expect(Tensor<Float>(zeros: [0]).variance().scalar.isNaN)
        #expect(Tensor<Float>([1, 2]).variance(ddof: 2).scalar == .infinity)
        #expect(Tensor<Float>([1, .nan, 3]).std().scalar.isNaN)
        #expect(Tensor<Float>(zeros: [0, 3]).variance(axis: 0).scalars.allSatisfy { $0.isNaN })
    }

    @Test func medianIsTheMiddleOrTheMeanOfTheMiddleTwo() {
        #expect(r.median().scalar == 1.2550001)
        #expect(r.median(axis: 1).scalars == [-1.52, -1.15, -0.78, -0.40999985, 2.92, 3.29, 3.6599998, 4.03])
        #expect(r.median(axis: 0).scalars == [-0.78, -0.4100001, -0.039999843, 0.3300001, 0.70000005, 1.0699999, 1.4399999, 1.8100002, 2.18, 2.55, 2.92, 3.2900002])
        #expect(r.median(axis: 0, keepDims: true).shape == [1, 3, 4])
        #expect(s.median().scalar == 69.56958)
        #expect(s[0..<999].median().scalar == 68.90106)
        #expect(Tensor<Float>([3, 1, 2]).median().scalar == 2)
    }

    /// Selection (not sorting) finds the middle: checked against the sorted lane on inputs
    /// that trouble quickselects — runs of equal values, sorted and reversed orders, two values.
    @Test func medianAgreesWithTheSortedLaneOnAwkwardInputs() {
        var inputs: [[Float]] = [
            Array(repeating: 2, count: 9), (0..<50).map(Float.init), (0..<51).map { Float(50 - $0) },
            (0..<40).map { Float($0 % 2) }, (0..<33).map { Float($0 % 3) - 1 }, [1, 0], [7],
        ]
        inputs += (1..<25).map { n in (0..<n).map { Float(($0 * 7919 + n) % 13) } }
        for values in inputs {
            let sorted = values.sorted(), n = values.count
            let expected = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
            #expect(Tensor(values).median().scalar == expected, "\(values)")
            let position = Double(n - 1) * 0.3, low = Int(position)
            #expect(Tensor(values).quantile(0.3).scalar >= sorted[low], "\(values)")
            #expect(Tensor(values).quantile(0.3).scalar <= sorted[Swift.min(low + 1, n - 1)], "\(values)")
        }
    }

    @Test func medianWithNaNOrNothingIsNaN() {
        #expect(Tensor<Float>([1, .nan, 3, 4]).median().scalar.isNaN)
        #expect(Tensor<Float>([[1, 2], [.nan, 3]]).median(axis: 1).scalars.map { $0.isNaN } == [false, true])
        #expect(Tensor<Float>(zeros: [0]).median().scalar.isNaN)
        // NumPy's mean of the middle slice adds from 0, so the median of -0 is +0.
        #expect(Tensor<Float>([-0.0]).median().scalar.sign == .plus)
    }

    @Test func quantileIsNumPysLinearMethodInFloat32ForOneQ() {
        let expected: [(Double, Float, Float)] = [
            (0, -600.0, -600.0), (0.1, -465.0967, -467.2359), (0.25, -265.9171, -239.1437),
            (0.5, 69.56958, 179.60468), (0.7, 336.8359, 412.4566), (0.9, 604.22253, 547.27966),
            (1.0, 736.5989, 680.0438),
        ]
        let seven = s[0..<7]
        for (q, whole, first7) in expected {
            #expect(s.quantile(q).scalar == whole, "q = \(q)")
            #expect(seven.quantile(q).scalar == first7, "q = \(q), 7 values")
        }
        #expect(r.quantile(0.3, axis: 2).scalars == [-2.667, -1.187, 0.29299992, 1.773, 3.253, 4.733])
    }

    @Test func quantilesOfAListAreInFloat64AndComeFirst() {
        // NumPy computes these in float64 ([-465.0967102050781, -265.91712951660156,
        // -154.1101132202148]); the engine rounds them to float32.
        #expect(s.quantile([0.1, 0.25, 0.333]).scalars == [Float(-465.0967102050781), Float(-265.91712951660156), Float(-154.1101132202148)])
        let q = r.quantile([0.3, 0.8], axis: 1)
        #expect(q.shape == [2, 2, 4])
        let numpy: [Double] = [
            -2.111999988555908, -1.7420000314712525, -1.371999979019165, -1.0019999027252198,
            2.328000068664551, 2.697999954223633, 3.0680000305175783, 3.438000202178955,
            -0.6319999694824218, -0.26200003623962387, 0.1080000400543214, 0.47800016403198253,
            3.808000087738037, 4.177999973297119, 4.548000144958496, 4.918000221252441,
        ]
        #expect(q.scalars == numpy.map { Float($0) })
        #expect(s.quantile([0.5]).shape == [1])
    }

    @Test func quantileEdgesAreNumPys() {
        #expect(Tensor<Float>([1, .nan]).quantile(0.2).scalar.isNaN)
        // NumPy's interpolation at the top gives inf − inf there: nan.
        #expect(Tensor<Float>([1, .infinity]).quantile(1).scalar.isNaN)
        #expect(Tensor<Float>([5]).quantile(0.3).scalar == 5)
    }

    @Test func logSumExpOfEverythingDoesNotOverflow() {
        // NumPy, float32: np.log(np.sum(np.exp(x - x.max()))) + x.max(); the engine's exp and
        // log are polynomials within a few ulp of the C library's, hence `close`.
        #expect(close([Tensor<Float>([[1, 2, 3], [1000, 1000, -5]]).logSumExp().scalar], [1000.6932]))
        #expect(close([Tensor<Float>([1, 2, 3]).logSumExp().scalar], [3.4076061]))
        #expect(Tensor<Float>([[1, 2], [3, 4]]).logSumExp(keepDims: true).shape == [1, 1])
    }

    @Test func anyAndAllAreMasks() {
        let m = Tensor<Float>([[0, 1, 0], [0, 0, 0], [2, .nan, -1]])
        #expect(m.any().scalar == 1 && m.all().scalar == 0)
        #expect(m.any(axis: 1).scalars == [1, 0, 1])
        #expect(m.all(axis: 1).scalars == [0, 0, 1], "NaN is non-zero, so true, as in NumPy")
        #expect(m.any(axis: 0, keepDims: true).shape == [1, 3])
        #expect(m.all(keepDims: true).shape == [1, 1])
        #expect(Tensor<Float>(zeros: [0]).any().scalar == 0)
        #expect(Tensor<Float>(zeros: [0]).all().scalar == 1)
        #expect(Tensor<Double>([0.5, -2]).all().scalar == 1)
    }
}
