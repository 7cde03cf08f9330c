import Testing
@testable import TensorEngine

/// Expected values: NumPy 2.4.6 float32 reductions of the same data.
@Suite struct ReductionTests {
    // (np.arange(24, dtype=float32) * float32(0.37) - float32(3)).reshape(2, 3, 4)
    let r = (Tensor<Float>(arange: 0, 24) * 0.37 - 3).reshaped([2, 3, 4])

    @Test func fullReductionsAreZeroDimensional() {
        #expect(r.sum().shape == [])
        #expect(r.sum().scalar == 30.120003)
        #expect(r.mean().scalar == 1.2550001)
        #expect(r.max().scalar == 5.51)
        #expect(r.min().scalar == -3.0)
        #expect(r.argmax() == 23 && r.argmin() == 0)
    }

    @Test func axisReductionsMatchNumPy() {
        #expect(r.sum(axis: 0).scalars == [-1.56, -0.8200002, -0.079999685, 0.6600002, 1.4000001, 2.1399999, 2.8799999, 3.6200004, 4.36, 5.1, 5.84, 6.5800004])
        #expect(r.mean(axis: 0).scalars == [-0.78, -0.4100001, -0.039999843, 0.3300001, 0.70000005, 1.0699999, 1.4399999, 1.8100002, 2.18, 2.55, 2.92, 3.2900002])
        #expect(r.sum(axis: 1).scalars == [-4.56, -3.4500003, -2.34, -1.2299995, 8.76, 9.87, 10.9800005, 12.09])
        #expect(r.mean(axis: 1).scalars == [-1.52, -1.1500001, -0.78, -0.40999985, 2.92, 3.29, 3.66, 4.03])
        #expect(r.max(axis: 1).scalars == [-0.03999996, 0.32999992, 0.70000005, 1.0700002, 4.4, 4.77, 5.1400003, 5.51])
        #expect(r.min(axis: 1).scalars == [-3.0, -2.63, -2.26, -1.89, 1.44, 1.81, 2.1800003, 2.5500002])
        #expect(r.sum(axis: 2).scalars == [-9.780001, -3.86, 2.0600002, 7.9800005, 13.9, 19.82])
        #expect(r.sum(axis: -1).scalars == r.sum(axis: 2).scalars)
        #expect(r.mean(axis: 2).scalars == [-2.4450002, -0.965, 0.51500005, 1.9950001, 3.475, 4.955])
        #expect(r.max(axis: 2).scalars == [-1.89, -0.40999985, 1.0700002, 2.5500002, 4.03, 5.51])
        #expect(r.argmax(axis: 1).scalars == [2, 2, 2, 2, 2, 2, 2, 2])
        #expect(r.argmax(axis: 2).shape == [2, 3])
        #expect(r.argmin(axis: 0).scalars == Array(repeating: 0, count: 12))
    }

    @Test func keepDimsKeepsAxesOfOne() {
        #expect(r.sum(axis: 1, keepDims: true).shape == [2, 1, 4])
        #expect(r.mean(axis: 1, keepDims: true).scalars == r.mean(axis: 1).scalars)
        #expect(r.sum(axis: 0).shape == [3, 4])
    }

    @Test func sumsArePairwiseLikeNumPyBitForBit() {
        let v = summationData(100_000)
        // np.sum: 6.8907665e+06; a plain running sum gives 6.890765e+06.
        #expect(v.sum().scalar == 6.8907665e+06)
        #expect(v.mean().scalar == 68.90766)
        let rows = v.reshaped([100, 1000]).sum(axis: 1).scalars
        #expect([rows[0], rows[1], rows[99]] == [69444.04, 69521.33, 67729.08])
        let columns = v.reshaped([1000, 100]).sum(axis: 0).scalars  // a leading axis: rows added in order
        #expect([columns[0], columns[1], columns[99]] == [73764.54, 71551.664, 71436.16])
    }

    @Test func largeSumsSplitAcrossThreadsKeepNumPysBits() {
        // 2·10⁶ elements take the two-thread path; np.tile(v, 20).sum() = 1.3781533e+08.
        let v = summationData(100_000)
        #expect(concatenate(Array(repeating: v, count: 20)).sum().scalar == 1.3781533e+08)
    }

    @Test func float32MeanOverflowsToInfinityAsInNumPy() {
        let big = Tensor<Float>(repeating: 1e36, shape: [10_000])
        #expect(big.mean().scalar == .infinity)
        // In float64 the same data has a finite mean (NumPy: 9.999999616903162e+35).
        #expect(Tensor<Double>(big).mean().scalar == 9.999999616903162e+35)
    }

    @Test func nanPropagatesThroughReductions() {
        let t = Tensor<Float>([[1, .nan, 3], [4, 5, 6]])
        #expect(t.sum().scalar.isNaN)
        #expect(t.max().scalar.isNaN && t.min().scalar.isNaN)
        #expect(t.sum(axis: 0).scalars[1].isNaN && t.sum(axis: 0).scalars[2] == 9)
        #expect(t.max(axis: 1).scalars[0].isNaN && t.max(axis: 1).scalars[1] == 6)
        #expect(t.argmax(axis: 1).scalars == [1, 2])  // NumPy: the first NaN wins
    }

    @Test func badAxesAreReported() {
        #expect(normalizedAxis(-1, rank: 3) == 2)
        #expect(normalizedAxis(3, rank: 3) == nil)
        #expect(axisFailure(3, shape: [2, 3, 4]) == "axis 3 is out of bounds for a tensor of shape [2, 3, 4]")
    }
}
