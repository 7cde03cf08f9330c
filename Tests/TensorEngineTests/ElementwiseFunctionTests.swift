import Testing
@testable import TensorEngine

/// Rounding, logarithms, masks, `clip` and `where`. Expected values: NumPy 2.4.6 on the same
/// float32 inputs, quoted as it prints them.
@Suite struct ElementwiseFunctionTests {
    let x = Tensor<Float>([-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, -1.7, 1.2, 3.999])

    @Test func floorCeilAndRoundHalfToEven() {
        #expect(identical(floor(x).scalars, [-3.0, -2.0, -1.0, 0.0, 1.0, 2.0, -2.0, 1.0, 3.0]))
        #expect(identical(ceil(x).scalars, [-2.0, -1.0, -0.0, 1.0, 2.0, 3.0, -1.0, 2.0, 4.0]))
        #expect(identical(round(x).scalars, [-2.0, -2.0, -0.0, 0.0, 2.0, 2.0, -2.0, 1.0, 4.0]))
        #expect(round(Tensor<Float>([1.005, 2.675, -0.125, 123.456, 0.3333333]), decimals: 2).scalars == [1.0, 2.68, -0.12, 123.46, 0.33])
        #expect(round(Tensor<Float>([15, 25, -35, 144.9]), decimals: -1).scalars == [20.0, 20.0, -40.0, 140.0])
        #expect(floor(Tensor<Float>([.nan, .infinity])).scalars[0].isNaN)
        #expect(round(Tensor<Double>([0.5, 1.5])).scalars == [0, 2])
    }

    @Test func signOfZeroIsZeroAndOfNaNIsNaN() {
        let y = sign(Tensor<Float>([-0.0, 0.0, .nan, -3, 2, .infinity, -.infinity]))
        #expect(identical(y.scalars, [0, 0, .nan, -1, 1, 1, -1]), "NumPy's sign(-0.0) is +0.0")
    }

    @Test func logarithmsAndTheirAccurateFormsNearZero() {
        let p = Tensor<Float>([1e-3, 0.5, 1, 2, 7, 1000, 1e6, 3e-7])
        #expect(close(log10(p).scalars, [-3.0000002, -0.30103, 0.0, 0.30103, 0.8450981, 3.0000002, 6.0000005, -6.522879], ulps: 1))
        #expect(close(log2(p).scalars, [-9.965784, -1.0, 0.0, 1.0, 2.807355, 9.965784, 19.931568, -21.668533], ulps: 1))
        #expect(close(log1p(p).scalars, [0.0009995004, 0.40546513, 0.6931472, 1.0986123, 2.0794415, 6.908755, 13.815512, 2.9999995e-07], ulps: 1))
        #expect(close(expm1(p).scalars, [0.0010005003, 0.6487213, 1.7182819, 6.389056, 1095.6332, .infinity, .infinity, 3.0000007e-07], ulps: 1))
        // The C library's log10f is exact here; NumPy's SVML loop on AVX-512 gives 3.0000002
        // (1 ulp), which is why the comparisons above allow one ulp.
        #expect(log10(Tensor<Float>([1000])).scalar == 3)
        #expect(close(expm1(Tensor<Float>([1e-10, -1e-5, 0.25, -3])).scalars, [1e-10, -9.99995e-06, 0.28402543, -0.9502129], ulps: 1))
        #expect(close(log1p(Tensor<Float>([1e-10, -0.5, -1, -2])).scalars, [1e-10, -0.6931472, -.infinity, .nan], ulps: 1))
        #expect(close(log10(Tensor<Float>([0, -1, .infinity])).scalars, [-.infinity, .nan, .infinity]))
        #expect(log2(Tensor<Double>([8, 0.25])).scalars == [3, -2])
    }

    @Test func masksOfNaNAndInfinity() {
        let v = Tensor<Float>([1, .nan, .infinity, -.infinity, 0, -0.0])
        #expect(isnan(v).scalars == [0, 1, 0, 0, 0, 0])
        #expect(isinf(v).scalars == [0, 0, 1, 1, 0, 0])
        #expect(isfinite(v).scalars == [1, 0, 0, 0, 1, 1])
        #expect(isnan(Tensor<Double>(zeros: [2, 0])).shape == [2, 0])
    }

    @Test func masksAreConstantsToGradients() {
        let x = Tensor<Float>([1, 2, 3])
        #expect(gradient(at: x) { x in (isfinite(x) * x).sum() }.scalars == [1, 1, 1])
        #expect(gradient(at: x) { x in (floor(x * 1.5) + x).sum() }.scalars == [1, 1, 1])
        // Each branch gets the gradient where it was taken (here 1/(x − 1) at x = 1) and 0 elsewhere.
        #expect(gradient(at: x) { x in `where`(x .> 1.5, x * 2, 1 / (x - 1)).sum() }.scalars == [-.infinity, 2, 2])
    }

    @Test func clipIsNumPysAndClampIsTheSame() {
        let v = Tensor<Float>([-1, 0.5, .nan, 3])
        #expect(identical(clip(v, min: 0, max: 1).scalars, [0, 0.5, .nan, 1]))
        #expect(identical(clamp(v, min: 0, max: 1).scalars, clip(v, min: 0, max: 1).scalars))
        #expect(clip(Tensor<Float>([1, 5, 9]), min: 6, max: 2).scalars == [2, 2, 2], "min > max gives max, as NumPy")
        #expect(clip(Tensor<Float>([1, 5, 9]), max: 4).scalars == [1, 4, 4])
        #expect(clip(Tensor<Float>([1, 5, 9]), min: 4).scalars == [4, 5, 9])
        let m = Tensor<Float>([[1, 5], [9, -3]])
        #expect(clip(m, min: Tensor([0, 6]), max: Tensor([2, 7])).scalars == [1, 6, 2, 6])
    }

    @Test func whereSelectsWithBroadcastingAndNeverMixesTheBranches() {
        let y = `where`(Tensor<Float>([1, 0, .nan]), Tensor([1, 2, 3]), Tensor([.infinity, -1, -2]))
        #expect(y.scalars == [1, -1, 3], "NaN is true; the inf not taken does not leak")
        let c = Tensor<Float>([[1], [0]])
        let z = which(c, Tensor([10, 20, 30]), -0.0)
        #expect(z.shape == [2, 3])
        #expect(identical(z.scalars, [10, 20, 30, -0.0, -0.0, -0.0]))
        #expect(which(Tensor<Float>([0, 1]), 5, 6).scalars == [6, 5])
        #expect(which(Tensor<Float>([0, 1]), 5, Tensor([7, 8])).scalars == [7, 5])
        #expect(`where`(Tensor<Double>(1), Tensor([1, 2]), Tensor(zeros: [3, 1])).shape == [3, 2])
        #expect(which(Tensor<Float>(zeros: [0]), Tensor(zeros: [2, 1]), 1).shape == [2, 0], "empty stays empty, broadcast")
    }

    @Test func whereNamesAllThreeShapesWhenTheyDoNotBroadcast() {
        #expect(whereFailure([3], [2], [3]) == "where: shapes [3], [2] and [3] do not broadcast")
    }

    @Test func existingFunctionsAreThere() {
        #expect(close(sin(Tensor<Float>([0, 1])).scalars, [0, 0.84147096], ulps: 1))
        #expect(close(cos(Tensor<Float>([0, 1])).scalars, [1, 0.5403023], ulps: 1))
        #expect(close(tanh(Tensor<Float>([0, 1])).scalars, [0, 0.7615942], ulps: 2))
    }
}
