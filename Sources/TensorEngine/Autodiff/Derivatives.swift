// The backward rule of every differentiable primitive, in one place (micrograd's and tinygrad's
// shape). Each forward primitive in Ops/ ends with one call here when an input is tracked; every
// composed op (softmax, mean, subscripts, losses, …) is differentiated through the primitives it
// is built from. Rules capture detached values and are written with ordinary tensor operations,
// which record nothing: the tape has stopped recording by the time pullbacks run.
enum Derivatives {
    /// `y = op(x)` elementwise.
    static func unary<S: TensorScalar>(_ op: UnaryOp, x: Tensor<S>, y: Tensor<S>) -> Tensor<S> {
        guard op.isDifferentiable else { return y }
        let x0 = x.detached, y0 = y.detached
        return y.recorded(from: [x]) { g, _ in [unaryGradient(op, x: x0, y: y0, g)] }
    }

    /// dL/dx given dL/dy for `y = op(x)`.
    private static func unaryGradient<S: TensorScalar>(_ op: UnaryOp, x: Tensor<S>, y: Tensor<S>, _ g: Tensor<S>) -> Tensor<S> {
        switch op {
        case .negate: -g
        // PyTorch's subgradients at the kinks: |x|' = relu' = 0 at 0.
        case .abs: g * ((x .> 0) - (x .< 0))
        case .relu: g * (x .> 0)
        case .exp: g * y
        case .log: g / x
        case .sqrt: g / (2 * y)
        case .sigmoid: g * y * (1 - y)
        case .tanh: g * (1 - y * y)
        case .sin: g * cos(x)
        case .cos: -g * sin(x)
        case .square: g * (2 * x)
        // Piecewise constant: zero almost everywhere, and zero at the jumps too, as in PyTorch.
        case .floor, .ceil, .round, .sign: Tensor(zerosLike: g)
        case .log10: g / (x * S(2.302585092994045684))
        case .log2: g / (x * S(0.693147180559945309))
        case .log1p: g / (1 + x)
        case .expm1: g * (y + 1)
        case .isnan, .isinf, .isfinite: Tensor(zerosLike: g)
        }
    }

    /// `y = op(a, b)` with broadcasting; each gradient is summed back to its operand's shape.
    /// Comparisons are constants (masks), as in PyTorch.
    static func binary<S: TensorScalar>(_ op: BinaryOp, _ a: Tensor<S>, _ b: Tensor<S>, y: Tensor<S>) -> Tensor<S> {
        guard op.isDifferentiable else { return y }
        let a0 = a.detached, b0 = b.detached, y0 = y.detached
        return y.recorded(from: [a, b]) { g, needs in
            binaryGradients(op, a0, b0, y0, g, needs).enumerated().map { k, grad in
                grad?.summed(toShape: k == 0 ? a0.shape : b0.shape)
            }
        }
    }

    /// `y = op(a, s)`, or `op(s, a)` when `scalarFirst`: the same rule with `s` a constant.
    static func binary<S: TensorScalar>(_ op: BinaryOp, _ a: Tensor<S>, _ s: S, scalarFirst: Bool, y: Tensor<S>) -> Tensor<S> {
        guard op.isDifferentiable else { return y }
        let a0 = a.detached, s0 = Tensor(s), y0 = y.detached
        return y.recorded(from: [a]) { g, _ in
            let grads = scalarFirst
                ? binaryGradients(op, s0, a0, y0, g, [false, true])[1]
                : binaryGradients(op, a0, s0, y0, g, [true, false])[0]
            return [grads?.summed(toShape: a0.shape)]
        }
    }

    private static func binaryGradients<S: TensorScalar>(
        _ op: BinaryOp, _ a: Tensor<S>, _ b: Tensor<S>, _ y: Tensor<S>, _ g: Tensor<S>, _ needs: [Bool]
    ) -> [Tensor<S>?] {
        func when(_ need: Bool, _ grad: @autoclosure () -> Tensor<S>) -> Tensor<S>? { need ? grad() : nil }
        switch op {
        case .add: return [g, g]
        case .subtract: return [g, when(needs[1], -g)]
        case .multiply: return [when(needs[0], g * b), when(needs[1], g * a)]
        case .divide: return [when(needs[0], g / b), when(needs[1], -g * y / b)]
        case .pow:
            return [when(needs[0], g * b * pow(a, b - 1)), when(needs[1], g * y * log(a))]
        case .maximum, .minimum:
            // Ties share the gradient equally (PyTorch's rule), which also makes
            // max(z, 0) differentiable at 0 with slope 1/2, as its smooth uses expect.
            let chosen = (op == .maximum ? a .> b : a .< b) + (a .== b) * 0.5
            return [when(needs[0], g * chosen), when(needs[1], g * (1 - chosen))]
        case .greater, .less, .greaterEqual, .lessEqual, .equal:
            return [nil, nil]
        }
    }

    /// `where(condition, a, b)`: the gradient goes to `a` where the condition held and to `b`
    /// elsewhere, each summed back to its shape; the condition is a constant.
    static func selection<S: TensorScalar>(_ condition: Tensor<S>, _ a: Tensor<S>, _ b: Tensor<S>, y: Tensor<S>) -> Tensor<S> {
        let c0 = condition.detached, aShape = a.shape, bShape = b.shape
        return y.recorded(from: [a, b]) { g, needs in
            let zero = Tensor<S>(0)
            return [needs[0] ? selected(c0, g, zero).summed(toShape: aShape) : nil,
                    needs[1] ? selected(c0, zero, g).summed(toShape: bShape) : nil]
        }
    }

    /// A running sum or product along `axis`. The sum's gradient is the running sum of `g`
    /// from the other end; the product's is computed lane by lane so that zeros in `x` get
    /// their exact gradient rather than 0/0 (see `cumprodGradient`).
    static func accumulation<S: TensorScalar>(_ op: BinaryOp, x: Tensor<S>, y: Tensor<S>, axis: Int) -> Tensor<S> {
        let x0 = x.detached, y0 = y.detached
        return y.recorded(from: [x]) { g, _ in
            [op == .add ? g.accumulated(.add, axis: axis, fromEnd: true) : x0.cumprodGradient(y0, g, axis: axis)]
        }
    }

    /// Values picked from `x` by position, each interpolated between two elements
    /// (median, quantile): `y[e] = (1 − w[e])·x[lower[e]] + w[e]·x[upper[e]]` as far as the
    /// gradient goes, which lands on those elements.
    static func interpolation<S>(x: Tensor<S>, y: Tensor<S>, lower: [Int], upper: [Int], weight: [S]) -> Tensor<S> {
        let shape = x.shape
        return y.recorded(from: [x]) { g, _ in
            var full = Tensor<S>(zeros: shape)
            full.withUnsafeMutableScalars { out in
                g.withUnsafeScalars { src in
                    for e in 0..<src.count {
                        out[lower[e]] += src[e] * (1 - weight[e])
                        out[upper[e]] += src[e] * weight[e]
                    }
                }
            }
            return [full]
        }
    }

    /// `y = reduction(x)` over `axis` (nil: all axes) that kept `y`'s reduced axes as extent 1
    /// or dropped them. The sum's gradient is spread back; the max's and min's go to the
    /// elements equal to the result, shared among ties.
    static func reduction<S>(_ op: ReduceOp, x: Tensor<S>, y: Tensor<S>, axis: Int?) -> Tensor<S> {
        let x0 = x.detached, y0 = y.detached
        let kept = keptShape(x.shape, axis: axis)
        return y.recorded(from: [x]) { g, _ in
            let spread = g.reshaped(kept).broadcasted(to: x0.shape)
            if op == .sum { return [spread] }
            let hits = x0 .== y0.reshaped(kept)
            let ties = axis.map { hits.sum(axis: $0, keepDims: true) } ?? hits.sum()
            return [spread * hits / ties]
        }
    }

    private static func keptShape(_ shape: [Int], axis: Int?) -> [Int] {
        guard let axis, let ax = normalizedAxis(axis, rank: shape.count) else {
            return shape.map { _ in 1 }
        }
        var kept = shape
        kept[ax] = 1
        return kept
    }

    /// NumPy's `dot` for 1-D and 2-D operands: every case is (m×k)·(k×n) with vectors as a
    /// row (on the left) or a column (on the right), so one rule covers all four.
    static func matmul<S: TensorScalar>(_ a: Tensor<S>, _ b: Tensor<S>, y: Tensor<S>) -> Tensor<S> {
        let a0 = a.detached, b0 = b.detached
        return y.recorded(from: [a, b]) { g, needs in
            let a2 = a0.rank == 1 ? a0.reshaped([1, -1]) : a0
            let b2 = b0.rank == 1 ? b0.reshaped([-1, 1]) : b0
            let g2 = g.reshaped([a2.shape[0], b2.shape[1]])
            return [
                needs[0] ? TensorEngine.matmul(g2, transposed: false, b2, transposed: true).reshaped(a0.shape) : nil,
                needs[1] ? TensorEngine.matmul(a2, transposed: true, g2, transposed: false).reshaped(b0.shape) : nil,
            ]
        }
    }

    /// Reshape, transpose, permutation: the gradient goes back through the inverse.
    static func view<S>(x: Tensor<S>, y: Tensor<S>, inverse: @escaping (Tensor<S>) -> Tensor<S>) -> Tensor<S> {
        y.recorded(from: [x]) { g, _ in [inverse(g)] }
    }

    /// Rows `range` of `x`: the gradient lands in those rows of a zero tensor.
    static func slice<S>(x: Tensor<S>, range: Range<Int>, y: Tensor<S>) -> Tensor<S> {
        let shape = x.shape
        return y.recorded(from: [x]) { g, _ in
            var full = Tensor<S>(zeros: shape)
            let row = shape.dropFirst().reduce(1, *)
            full.withUnsafeMutableScalars { out in
                g.withUnsafeScalars { src in
                    for i in 0..<src.count { out[range.lowerBound * row + i] = src[i] }
                }
            }
            return [full]
        }
    }

    /// Rows `indices` of `x`, repeats allowed: each row of the gradient is added to its source.
    static func gather<S>(x: Tensor<S>, rows indices: [Int], y: Tensor<S>) -> Tensor<S> {
        let shape = x.shape
        return y.recorded(from: [x]) { g, _ in
            var full = Tensor<S>(zeros: shape)
            let row = shape.dropFirst().reduce(1, *)
            full.withUnsafeMutableScalars { out in
                g.withUnsafeScalars { src in
                    for (k, i) in indices.enumerated() {
                        for e in 0..<row { out[i * row + e] += src[k * row + e] }
                    }
                }
            }
            return [full]
        }
    }

    /// `concatenate(parts, axis)`: each part's gradient is its stretch of `g` along `axis`.
    static func concatenation<S>(_ parts: [Tensor<S>], axis: Int, y: Tensor<S>) -> Tensor<S> {
        let extents = parts.map { $0.shape[axis] }
        return y.recorded(from: parts) { g, needs in
            var start = 0
            return extents.enumerated().map { k, n in
                defer { start += n }
                return needs[k] ? g.slice(axis: axis, start..<(start + n)) : nil
            }
        }
    }
}

extension UnaryOp {
    /// The masks are constants, as comparisons are.
    var isDifferentiable: Bool {
        switch self {
        case .isnan, .isinf, .isfinite: false
        default: true
        }
    }
}

extension BinaryOp {
    var isDifferentiable: Bool {
        switch self {
        case .add, .subtract, .multiply, .divide, .pow, .maximum, .minimum: true
        case .greater, .less, .greaterEqual, .lessEqual, .equal: false
        }
    }
}
