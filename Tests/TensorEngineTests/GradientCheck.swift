@testable import TensorEngine

/// Central finite differences of `f` at `xs`, one element at a time, in `S` arithmetic.
func numericGradient<S: TensorScalar>(
    at xs: [Tensor<S>], step h: S, of f: ([Tensor<S>]) -> Tensor<S>
) -> [Tensor<S>] {
    xs.indices.map { k in
        var g = [S](repeating: 0, count: xs[k].count)
        for e in g.indices {
            var plus = xs, minus = xs
            plus[k].withUnsafeMutableScalars { $0[e] += h }
            minus[k].withUnsafeMutableScalars { $0[e] -= h }
            g[e] = (f(plus).scalar - f(minus).scalar) / (2 * h)
        }
        return Tensor(shape: xs[k].shape, scalars: g)
    }
}

/// The largest difference between the autodiff and the finite-difference gradients, relative
/// to the largest finite-difference component (at least 1, so zero gradients compare absolutely).
func gradientError<S: TensorScalar>(at xs: [Tensor<S>], step: S, of f: ([Tensor<S>]) -> Tensor<S>) -> Double {
    let analytic = valueWithGradient(at: xs, of: f).gradient
    let numeric = numericGradient(at: xs, step: step, of: f)
    var worst = 0.0
    for (a, n) in zip(analytic, numeric) {
        guard a.shape == n.shape else { return .infinity }
        let scale = Swift.max(1, n.scalars.map { Swift.abs(Double($0)) }.max() ?? 0)
        for (x, y) in zip(a.scalars, n.scalars) {
            worst = Swift.max(worst, Swift.abs(Double(x) - Double(y)) / scale)
        }
    }
    return worst
}

/// A scalar made from `y` that weighs every element differently, so that a gradient wrongly
/// summed, transposed or broadcast shows: Σ yᵢ·(1 + 0.1·i)·(−1)ⁱ.
func weightedSum<S: TensorScalar>(_ y: Tensor<S>) -> Tensor<S> {
    let w = (0..<y.count).map { i in S(1 + 0.1 * Double(i)) * (i % 2 == 0 ? 1 : -1) }
    return (y * Tensor(shape: y.shape, scalars: w)).sum()
}

/// Deterministic inputs in [low, high) without the random generator's global state.
func testInput<S: TensorScalar>(_ shape: [Int], low: Double = -2, high: Double = 2, salt: Int = 0) -> Tensor<S> {
    let n = shape.reduce(1, *)
    let values = (0..<n).map { i -> S in
        let u = Double((i * 7919 + salt * 104_729 + 13) % 1009) / 1009
        return S(low + (high - low) * u)
    }
    return Tensor(shape: shape, scalars: values)
}
