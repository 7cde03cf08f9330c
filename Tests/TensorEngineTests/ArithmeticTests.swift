import Testing
@testable import TensorEngine
#if canImport(Glibc)
import Glibc
#endif

/// Expected values are NumPy 2.4.6 float32 results for the same inputs,
/// pasted from python3 (`np.exp(x)`, `1/(1+np.exp(-x))`, …).
@Suite struct ArithmeticTests {
    let x = Tensor<Float>([-3.5, -1.25, -0.0, 0.5, 1.0, 2.75, 10.0, 88.5])
    let y = Tensor<Float>([2.0, -0.5, 3.0, 0.25, -4.0, 2.75, 0.1, 1.5])

    @Test func basicArithmeticIsExactlyNumPys() {
        #expect(identical((x + y).scalars, [-1.5, -1.75, 3.0, 0.75, -3.0, 5.5, 10.1, 90.0]))
        #expect(identical((x - y).scalars, [-5.5, -0.75, -3.0, 0.25, 5.0, 0.0, 9.9, 87.0]))
        #expect(identical((x * y).scalars, [-7.0, 0.625, -0.0, 0.125, -4.0, 7.5625, 1.0, 132.75]))
        #expect(identical((x / y).scalars, [-1.75, 2.5, -0.0, 2.0, -0.25, 1.0, 100.0, 59.0]))
        #expect(identical((-x).scalars, [3.5, 1.25, 0.0, -0.5, -1.0, -2.75, -10.0, -88.5]))
    }

    @Test func elementwiseFunctionsMatchNumPy() {
        #expect(identical(abs(x).scalars, [3.5, 1.25, 0.0, 0.5, 1.0, 2.75, 10.0, 88.5]))
        #expect(close(exp(x).scalars, [0.030197384, 0.28650478, 1.0, 1.6487212, 2.718282, 15.6426325, 22026.467, 2.7230877e+38]))
        #expect(close(log(abs(x) + 0.5).scalars, [1.3862944, 0.5596158, -0.6931472, 0.0, 0.4054651, 1.178655, 2.3513753, 4.4886365]))
        #expect(close(sqrt(abs(x)).scalars, [1.8708287, 1.118034, 0.0, 0.70710677, 1.0, 1.6583124, 3.1622777, 9.407444], ulps: 0))
        #expect(identical(relu(x).scalars, [0.0, 0.0, 0.0, 0.5, 1.0, 2.75, 10.0, 88.5]))
        #expect(close(sigmoid(x).scalars, [0.02931223, 0.22270013, 0.5, 0.62245935, 0.7310586, 0.93991333, 0.9999546, 1.0]))
        #expect(close(tanh(x).scalars, [-0.9981779, -0.84828365, -0.0, 0.4621172, 0.7615942, 0.99185973, 1.0, 1.0]))
        #expect(identical(pow(x, 2).scalars, [12.25, 1.5625, 0.0, 0.25, 1.0, 7.5625, 100.0, 7832.25]))
        #expect(close(pow(abs(x) + 1, y).scalars, [20.25, 0.6666667, 1.0, 1.106682, 0.0625, 37.895355, 1.2709816, 846.7097]))
        #expect(identical(maximum(x, y).scalars, [2.0, -0.5, 3.0, 0.5, 1.0, 2.75, 10.0, 88.5]))
        #expect(identical(minimum(x, y).scalars, [-3.5, -1.25, -0.0, 0.25, -4.0, 2.75, 0.1, 1.5]))
        #expect(identical(x.abs().scalars, abs(x).scalars))
    }

    @Test func comparisonsGiveMasksOfTheSameType() {
        #expect((x .> y).scalars == [0, 0, 0, 1, 1, 0, 1, 1])
        #expect((x .< y).scalars == [1, 1, 1, 0, 0, 0, 0, 0])
        #expect((x .>= y).scalars == [0, 0, 0, 1, 1, 1, 1, 1])
        #expect((x .<= y).scalars == [1, 1, 1, 0, 0, 1, 0, 0])
        #expect((x .== y).scalars == [0, 0, 0, 0, 0, 1, 0, 0])
        #expect((x .> 0).scalars == [0, 0, 0, 1, 1, 1, 1, 1])
        #expect((Tensor<Double>([1, .nan]) .== Tensor<Double>([1, .nan])).scalars == [1, 0])
    }

    @Test func transcendentalsHandleSpecialValues() {
        let s = Tensor<Float>([.nan, .infinity, -.infinity, 0, -1, Float(1e-40 as Double), 100, -100])
        let e = exp(s).scalars
        #expect(e[0].isNaN && e[1] == .infinity && e[2] == 0 && e[3] == 1 && e[6] == .infinity)
        #expect(close([e[4], e[5]], [0.36787945, 1]))
        // Subnormal and near-overflow results, against NumPy: exp(-100) is 3.8e-44.
        let edge = exp(Tensor<Float>([-100, -104, -88, 88.7, -87.5])).scalars
        let subnormals = [0x1b, 0x41_edc4, 0x6c_b2bc].map(Float.init(bitPattern:))  // NumPy's bits
        #expect(close(edge, [subnormals[0], 0, subnormals[1], 3.325977e+38, subnormals[2]], ulps: 1))
        let l = log(s).scalars
        #expect(l[0].isNaN && l[1] == .infinity && l[2].isNaN && l[3] == -.infinity && l[4].isNaN)
        #expect(close([l[5], l[6]], [-92.103404, 4.6051702]))  // a subnormal input, and 100
        #expect(identical(sigmoid(s).scalars.suffix(2), [1, 0]))
        #expect(identical(tanh(s).scalars.prefix(3).map { $0 }, [.nan, 1, -1]))
        #expect(sqrt(Tensor<Float>([-1, -0.0])).scalars[0].isNaN)
        #expect(sqrt(Tensor<Float>([-0.0])).scalars[0].sign == .minus)
        #expect(identical(maximum(Tensor<Float>([.nan, 1]), Tensor<Float>([1, .nan])).scalars, [.nan, .nan]))
        #expect(identical(relu(Tensor<Float>([.nan, -0.0])).scalars, [.nan, 0]))
    }

    @Test func floatMathAgreesWithLibmAcrossTheRange() {
        // A sweep of 20 001 points: the vectorised polynomials stay within a
        // few ulps of glibc's correctly rounded expf/logf/tanhf.
        let xs = (0...20_000).map { Float($0 - 10_000) * 0.0087 }
        let t = Tensor<Float>(xs)
        #expect(close(exp(t).scalars, xs.map { expf($0) }, ulps: 2))
        let pos = Tensor<Float>(xs.map { Swift.abs($0) * 7 + 1e-30 })
        #expect(close(log(pos).scalars, pos.scalars.map { logf($0) }, ulps: 2))
        #expect(close(tanh(t).scalars, xs.map { tanhf($0) }, ulps: 3))
    }

    @Test func float32OverflowsToInfinityAndNaN() {
        let big = Tensor<Float>([3e38, -3e38, 1e30])
        #expect((big * 2).scalars == [.infinity, -.infinity, 2e30])
        let inf = big * 2
        #expect((inf[0] - inf[0]).scalar.isNaN)  // inf - inf
        #expect((inf[0] + inf[1]).scalar.isNaN)
        #expect(exp(Tensor<Float>(89)).scalar == .infinity)
        // Double keeps what float32 loses.
        #expect(Tensor<Double>(big).scalars.map { $0 * 2 }.allSatisfy { $0.isFinite })
    }

    @Test func castsBetweenFloatAndDouble() {
        let d = Tensor<Double>([0.1, 1e300, -2.5])
        let f = Tensor<Float>(d)
        #expect(f.scalars == [0.1, .infinity, -2.5])
        #expect(Tensor<Double>(f).scalars[0] == Double(Float(0.1)))
        #expect(Tensor<Double>(Tensor<Float>([[1, 2], [3, 4]])).shape == [2, 2])
    }

    @Test func softmaxMatchesNumPy() {
        let m = Tensor<Float>([[1, 2, 3], [4, 5, 6]])
        #expect(close(softmax(m, axis: 1).scalars, [0.09003057, 0.24472846, 0.66524094, 0.09003057, 0.24472846, 0.66524094]))
        #expect(close(softmax(m, axis: 0).scalars, [0.047425874, 0.047425874, 0.047425874, 0.95257413, 0.95257413, 0.95257413]))
        // Large logits do not overflow: the row maximum is subtracted first.
        #expect(softmax(Tensor<Float>([[1000, 1000]]), axis: 1).scalars == [0.5, 0.5])
    }
}
