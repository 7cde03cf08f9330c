import Glibc
import Testing
@testable import TensorEngine

/// Every differentiable op against central finite differences, in float64 (relative error
/// ≤ 1e-6) and float32 (≤ 1e-2), on plain and broadcast shapes.
struct GradientTests {
    struct Case<S: TensorScalar> {
        var name: String
        var shapes: [[Int]]
        var low: Double, high: Double
        var f: ([Tensor<S>]) -> Tensor<S>
        init(_ name: String, _ shapes: [[Int]], _ low: Double, _ high: Double, _ f: @escaping ([Tensor<S>]) -> Tensor<S>) {
            (self.name, self.shapes, self.low, self.high, self.f) = (name, shapes, low, high, f)
        }

        var inputs: [Tensor<S>] {
            shapes.enumerated().map { testInput($0.element, low: low, high: high, salt: $0.offset) }
        }
    }

    /// Ops × shapes, one table for float64 and float32. Inputs avoid kinks (0 for abs/relu,
    /// ties for max/min) where a finite difference straddles two slopes.
    static func cases<S: TensorScalar>(_: S.Type) -> [Case<S>] {
        var cases: [Case<S>] = []
        let unary: [(String, (Tensor<S>) -> Tensor<S>, Double, Double)] = [
            ("negate", { -$0 }, -2, 2), ("abs", abs, 0.1, 2), ("abs<0", abs, -2, -0.1),
            ("exp", exp, -2, 2), ("log", log, 0.2, 3), ("sqrt", sqrt, 0.2, 3),
            ("relu", relu, 0.05, 2), ("relu<0", relu, -2, -0.05), ("sigmoid", sigmoid, -4, 4),
            ("tanh", tanh, -2, 2), ("sin", sin, -3, 3), ("cos", cos, -3, 3),
            ("pow2", { pow($0, 2) }, -2, 2), ("pow3", { pow($0, 3) }, -2, 2),
            ("abs method", { $0.abs() }, 0.1, 2),
            // Piecewise constant, checked away from their jumps.
            ("floor", floor, 0.1, 0.9), ("ceil", ceil, -0.9, -0.1), ("round", { round($0) }, 0.55, 1.45),
            ("sign", sign, 0.1, 2), ("sign<0", sign, -2, -0.1),
            ("log10", log10, 0.2, 3), ("log2", log2, 0.2, 3), ("log1p", log1p, -0.5, 2), ("expm1", expm1, -2, 2),
        ]
        for (name, op, low, high) in unary {
            for shape in [[5], [3, 4], [2, 3, 2]] {
                cases.append(Case(name, [shape], low, high, { weightedSum(op($0[0])) }))
            }
        }
        let binary: [(String, (Tensor<S>, Tensor<S>) -> Tensor<S>, Double, Double)] = [
            ("+", (+), -2, 2), ("-", (-), -2, 2), ("*", (*), -2, 2), ("/", (/), 0.5, 2),
            ("pow", pow, 0.5, 2), ("maximum", maximum, -2, 2), ("minimum", minimum, -2, 2),
        ]
        let pairs: [[[Int]]] = [[[3, 4], [3, 4]], [[3, 4], [4]], [[3, 1], [1, 4]], [[2, 3, 4], [3, 1]],
                                 [[4], [2, 3, 4]], [[3, 4], []], [[], [3]]]
        for (name, op, low, high) in binary {
            for shapes in pairs {
                cases.append(Case(name, shapes, low, high, { weightedSum(op($0[0], $0[1])) }))
            }
        }
        let withScalar: [(String, (Tensor<S>) -> Tensor<S>)] = [
            ("x+s", { $0 + 1.5 }), ("s+x", { 1.5 + $0 }), ("x-s", { $0 - 1.5 }), ("s-x", { 1.5 - $0 }),
            ("x*s", { $0 * 1.5 }), ("s*x", { 1.5 * $0 }), ("x/s", { $0 / 1.5 }), ("s/x", { 1.5 / $0 }),
            ("pow(x,s)", { pow($0, 1.5) }), ("maximum(x,s)", { maximum($0, 1.1) }),
            ("minimum(x,s)", { minimum($0, 1.1) }), ("clamp", { clamp($0, min: 0.8, max: 1.6) }),
            ("clip", { clip($0, min: 0.8, max: 1.6) }), ("clip max", { clip($0, max: 1.3) }),
            ("where(c,x,s)", { `where`($0 .> 1.2, $0, 0.5) }), ("which(c,s,x)", { which($0 .> 1.2, 0.5, $0 * 2) }),
        ]
        for (name, op) in withScalar {
            cases.append(Case(name, [[3, 4]], 0.5, 2, { weightedSum(op($0[0])) }))
        }
        let reductions: [(String, [Int], (Tensor<S>) -> Tensor<S>)] = [
            ("sum", [3, 4], { $0.sum() }), ("mean", [3, 4], { $0.mean() }),
            ("max", [3, 4], { $0.max() }), ("min", [2, 3, 2], { $0.min() }),
            ("sum axis 0", [3, 4], { weightedSum($0.sum(axis: 0)) }),
            ("sum axis -1 keepDims", [2, 3, 4], { weightedSum($0.sum(axis: -1, keepDims: true)) }),
            ("mean axis 1", [2, 3, 4], { weightedSum($0.mean(axis: 1)) }),
            ("mean axis 0 keepDims", [3, 4], { weightedSum($0.mean(axis: 0, keepDims: true)) }),
            ("max axis 1", [3, 4], { weightedSum($0.max(axis: 1)) }),
            ("max axis 0 keepDims", [2, 3, 4], { weightedSum($0.max(axis: 0, keepDims: true)) }),
            ("min axis 1", [3, 4], { weightedSum($0.min(axis: 1)) }),
            ("softmax", [3, 4], { weightedSum(softmax($0, axis: 1)) }),
            ("softmax axis 0", [3, 4], { weightedSum(softmax($0, axis: 0)) }),
            ("logSoftmax", [3, 4], { weightedSum(logSoftmax($0, axis: 1)) }),
            ("logSumExp", [3, 4], { weightedSum($0.logSumExp(axis: 1)) }),
            ("logSumExp keepDims", [3, 4], { weightedSum($0.logSumExp(axis: 0, keepDims: true)) }),
            ("logSumExp all", [3, 4], { $0.logSumExp() }),
            ("variance", [3, 4], { $0.variance() }),
            ("variance axis 1 ddof 1", [3, 4], { weightedSum($0.variance(axis: 1, ddof: 1)) }),
            ("std axis 0 keepDims", [3, 4], { weightedSum($0.std(axis: 0, keepDims: true)) }),
            ("cumsum", [3, 4], { weightedSum($0.cumsum()) }),
            ("cumsum axis 0", [3, 4], { weightedSum($0.cumsum(axis: 0)) }),
            ("cumsum axis 1", [2, 3, 4], { weightedSum($0.cumsum(axis: 1)) }),
            ("cumprod", [5], { weightedSum($0.cumprod()) }),
            ("cumprod axis 0", [3, 4], { weightedSum($0.cumprod(axis: 0)) }),
            ("cumprod axis -1", [2, 3, 4], { weightedSum($0.cumprod(axis: -1)) }),
            ("median", [3, 4], { $0.median() }),
            ("median axis 0", [3, 4], { weightedSum($0.median(axis: 0)) }),
            ("median axis 1", [3, 4], { weightedSum($0.median(axis: 1, keepDims: true)) }),
            ("quantile", [3, 4], { weightedSum($0.quantile(0.3, axis: 1)) }),
            ("quantile top", [5], { $0.quantile(1) * 2 }),
            ("quantiles", [2, 5], { weightedSum($0.quantile([0.2, 0.9], axis: 1)) }),
        ]
        for (name, shape, op) in reductions {
            cases.append(Case(name, [shape], -2, 2, { op($0[0]) }))
        }
        let matmuls: [[[Int]]] = [[[3, 4], [4, 5]], [[3, 4], [4]], [[4], [4, 5]], [[4], [4]], [[1, 4], [4, 1]]]
        for shapes in matmuls {
            cases.append(Case("matmul", shapes, -2, 2, { weightedSum(matmul($0[0], $0[1])) }))
        }
        let shapeOps: [(String, [[Int]], ([Tensor<S>]) -> Tensor<S>)] = [
            (".T", [[3, 4]], { weightedSum($0[0].T) }),
            (".T rank 3", [[2, 3, 4]], { weightedSum($0[0].T) }),
            ("permuted", [[2, 3, 4]], { weightedSum($0[0].permuted([1, 2, 0])) }),
            ("reshaped", [[3, 4]], { weightedSum($0[0].reshaped([2, -1]) * testInput([2, 6], salt: 3)) }),
            ("subscript", [[3, 4]], { weightedSum($0[0][1]) }),
            ("subscript negative", [[3, 4]], { weightedSum($0[0][-1]) }),
            ("subscript i, j", [[3, 4]], { $0[0][2, 1] * 3 }),
            ("slice", [[5, 2]], { weightedSum($0[0][1..<4]) }),
            ("rows", [[4, 3]], { weightedSum($0[0].rows([3, 0, 3, 1])) }),
            ("concatenate axis 0", [[2, 3], [4, 3]], { weightedSum(concatenate([$0[0], $0[1]], axis: 0)) }),
            ("concatenate axis 1", [[2, 3], [2, 1]], { weightedSum(concatenate([$0[0], $0[1], $0[0]], axis: 1)) }),
            ("stack", [[3], [3]], { weightedSum(stack([$0[0], $0[1]], axis: 1)) }),
            ("where", [[3, 4], [3, 4]], { weightedSum(`where`(testInput([3, 4], salt: 5) .> 0, $0[0], $0[1])) }),
            ("where broadcast", [[3, 1], [4]], { weightedSum(`where`(testInput([3, 4], salt: 5) .> 0, $0[0], $0[1])) }),
            ("clip tensors", [[3, 4], [4], [3, 1]], { weightedSum(clip($0[0], min: $0[1] - 1, max: $0[2] + 1)) }),
            // An exact zero in a running product: the inputs with one element taken away from
            // itself (a constant), so that element is 0 where the gradient is taken.
            ("cumprod through a zero", [[5]], { x in
                weightedSum((x[0] - testInput([5]) * Tensor([0, 0, 1, 0, 0])).cumprod()) }),
            ("cumprod from a zero", [[2, 4]], { x in
                weightedSum((x[0] - testInput([2, 4]) * Tensor([1, 0, 0, 0])).cumprod(axis: 1)) }),
            ("mseLoss", [[4, 2], [4, 2]], { mseLoss($0[0], $0[1]) }),
            ("crossEntropy", [[4, 3]], { crossEntropy(logits: $0[0], labels: Tensor([2, 0, 1, 2])) }),
            ("binaryCrossEntropy", [[5]], { binaryCrossEntropy(logits: $0[0], labels: Tensor([1, 0, 1, 1, 0])) }),
        ]
        for (name, shapes, f) in shapeOps { cases.append(Case(name, shapes, -2, 2, f)) }
        return cases
    }

    @Test("float64 gradients match finite differences to 1e-6", arguments: cases(Double.self).indices)
    func float64(_ i: Int) {
        let c = Self.cases(Double.self)[i]
        let error = gradientError(at: c.inputs, step: 1e-5, of: c.f)
        #expect(error <= 1e-6, "\(c.name) \(c.shapes): relative error \(error)")
    }

    /// float32 rounding (1e-7 relative) over a step of 1e-3 leaves about 1e-4 of noise in a
    /// finite difference, well inside 1e-2; inputs are at least 4e-3 apart, so no step
    /// reorders them under a max.
    @Test("float32 gradients match finite differences to 1e-2", arguments: cases(Float.self).indices)
    func float32(_ i: Int) {
        let c = Self.cases(Float.self)[i]
        let error = gradientError(at: c.inputs, step: 1e-3, of: c.f)
        #expect(error <= 1e-2, "\(c.name) \(c.shapes): relative error \(error)")
    }

    @Test("a value used twice accumulates both gradients")
    func accumulation() {
        let x = Tensor<Double>([1, -2, 3])
        let g = gradient(at: x) { x in (x * x + x + sin(x) * x).sum() }
        let expected = x.scalars.map { 2 * $0 + 1 + Glibc.sin($0) + $0 * Glibc.cos($0) }
        #expect(zip(g.scalars, expected).allSatisfy { Swift.abs($0 - $1) < 1e-12 })
        // x + x and x - x: the same variable on both sides of one op.
        #expect(gradient(at: x) { ($0 + $0).sum() }.scalars == [2, 2, 2])
        #expect(gradient(at: x) { ($0 - $0).sum() }.scalars == [0, 0, 0])
    }

    @Test("a three-layer MLP's full gradient, all six parameters")
    func threeLayerMLP() {
        let x: Tensor<Double> = testInput([5, 4], salt: 9)
        let labels = Tensor<Double>([0, 2, 1, 1, 0])
        let params: [Tensor<Double>] = [
            testInput([4, 6], low: -1, high: 1, salt: 1), testInput([6], low: -0.5, high: 0.5, salt: 2),
            testInput([6, 6], low: -1, high: 1, salt: 3), testInput([6], low: -0.5, high: 0.5, salt: 4),
            testInput([6, 3], low: -1, high: 1, salt: 5), testInput([3], low: -0.5, high: 0.5, salt: 6),
        ]
        let error = gradientError(at: params, step: 1e-5) { p in
            let h1 = tanh(matmul(x, p[0]) + p[1])
            let h2 = sigmoid(matmul(h1, p[2]) + p[3])
            return crossEntropy(logits: matmul(h2, p[4]) + p[5], labels: labels)
        }
        #expect(error <= 1e-6, "relative error \(error)")
    }

    @Test("the tuple forms give each argument its gradient")
    func tupleForms() {
        let a = Tensor<Double>([1, 2]), b = Tensor<Double>([3, 4]), c = Tensor<Double>(2), d = Tensor<Double>([[1, 0], [0, 1]])
        let (value, (ga, gb)) = valueWithGradient(at: a, b) { a, b in (a * b).sum() }
        #expect(value.scalar == 11)
        #expect(ga.scalars == [3, 4] && gb.scalars == [1, 2])
        let (g1, g2, g3) = gradient(at: a, b, c) { a, b, c in (a * b * c).sum() }
        #expect(g1.scalars == [6, 8] && g2.scalars == [2, 4] && g3.scalar == 11)
        let four = gradient(at: a, b, c, d) { a, b, c, d in (matmul(d, a) * b).sum() * c }
        #expect(four.3.scalars == [6, 12, 8, 16] && four.3.shape == [2, 2])
        let list = gradient(at: [a, b]) { p in (p[0] * p[0] * p[1]).sum() }
        #expect(list[0].scalars == [6, 16] && list[1].scalars == [1, 4])
    }

    @Test("constants: comparison masks, argmax, detach and untouched variables get no gradient")
    func constants() {
        let x = Tensor<Double>([-1, 2, 3])
        // d/dx [x · (x > 0)] = (x > 0): the mask is a constant.
        #expect(gradient(at: x) { x in (x * (x .> 0)).sum() }.scalars == [0, 1, 1])
        #expect(gradient(at: x) { x in (x * x.detach()).sum() }.scalars == [-1, 2, 3])
        #expect(gradient(at: x) { x in (x * x.argmax(axis: 0)).sum() }.scalars == [2, 2, 2])
        let (ga, gb) = gradient(at: x, x) { a, _ in a.sum() }
        #expect(ga.scalars == [1, 1, 1] && gb.scalars == [0, 0, 0])
        #expect(gradient(at: x) { _ in Tensor(5) }.scalars == [0, 0, 0])
    }

    @Test("values escaping the closure and the caller's tensors are not tracked")
    func noLeaks() {
        var escaped = Tensor<Double>(0)
        let x = Tensor<Double>([1, 2])
        let (value, _) = valueWithGradient(at: x) { x in
            escaped = x * 2
            return (x * x).sum()
        }
        #expect(value.node == nil && x.node == nil)
        #expect(!escaped.isTracked && !(escaped + 1).isTracked)
    }

    @Test("maximum ties share the gradient; binaryCrossEntropy's gradient at 0 is sigmoid(0) − y")
    func kinks() {
        #expect(gradient(at: Tensor<Double>([1])) { maximum($0, Tensor([1])).sum() }.scalars == [0.5])
        let g = gradient(at: Tensor<Double>([0, 0])) { binaryCrossEntropy(logits: $0, labels: Tensor([1, 0])) }
        #expect(g.scalars == [-0.25, 0.25])
    }

    @Test("in-place operators inside a closure are differentiated")
    func inPlace() {
        let g = gradient(at: Tensor<Double>([1, 2])) { x in
            var y = x * 3
            y += x
            y *= x
            return y.mean(axis: 0)
        }
        #expect(g.scalars == [4, 8])  // d/dx mean(4x²) = 4x
    }

    @Test("the gradient of a non-scalar stops with a message naming the shape")
    func nonScalar() async {
        #expect(nonScalarGradientFailure(shape: [3, 4]).contains("shape [3, 4]"))
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = gradient(at: Tensor<Float>([1, 2, 3])) { $0 * 2 }
        }
        let stderr = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
        #expect(stderr.contains("returned a tensor of shape [3]"))
    }
}

