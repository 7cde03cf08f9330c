// The functional API (JAX's `value_and_grad`, Swift for TensorFlow's `valueWithGradient`):
// the closure is ordinary tensor code, run once on variables that record onto a fresh tape.
// First-order only: a closure's arguments are new variables even if the caller's tensors were
// themselves being recorded by an enclosing gradient.

/// The value of `f` at `xs` and its gradient with respect to each of `xs` (same shapes).
/// `f` must return one element (a loss); reduce a vector first, e.g. with `.sum()`.
public func valueWithGradient<S: TensorScalar>(
    at xs: [Tensor<S>], of f: ([Tensor<S>]) -> Tensor<S>
) -> (value: Tensor<S>, gradient: [Tensor<S>]) {
    let tape = Tape<S>()
    let variables = xs.map(tape.leaf)
    let y = f(variables)
    require(y.count == 1, nonScalarGradientFailure(shape: y.shape))
    return (y.detached, tape.gradients(of: y, at: variables))
}

func nonScalarGradientFailure(shape: [Int]) -> String {
    "gradient: the function returned a tensor of shape \(shape); a gradient needs a scalar "
        + "(one element), such as a loss: reduce it first, e.g. with .sum() or .mean()"
}

public func valueWithGradient<S: TensorScalar>(
    at x: Tensor<S>, of f: (Tensor<S>) -> Tensor<S>
) -> (value: Tensor<S>, gradient: Tensor<S>) {
    let (value, g) = valueWithGradient(at: [x]) { f($0[0]) }
    return (value, g[0])
}

public func valueWithGradient<S: TensorScalar>(
    at x0: Tensor<S>, _ x1: Tensor<S>, of f: (Tensor<S>, Tensor<S>) -> Tensor<S>
) -> (value: Tensor<S>, gradient: (Tensor<S>, Tensor<S>)) {
    let (value, g) = valueWithGradient(at: [x0, x1]) { f($0[0], $0[1]) }
    return (value, (g[0], g[1]))
}

public func valueWithGradient<S: TensorScalar>(
    at x0: Tensor<S>, _ x1: Tensor<S>, _ x2: Tensor<S>,
    of f: (Tensor<S>, Tensor<S>, Tensor<S>) -> Tensor<S>
) -> (value: Tensor<S>, gradient: (Tensor<S>, Tensor<S>, Tensor<S>)) {
    let (value, g) = valueWithGradient(at: [x0, x1, x2]) { f($0[0], $0[1], $0[2]) }
    return (value, (g[0], g[1], g[2]))
}

public func valueWithGradient<S: TensorScalar>(
    at x0: Tensor<S>, _ x1: Tensor<S>, _ x2: Tensor<S>, _ x3: Tensor<S>,
    of f: (Tensor<S>, Tensor<S>, Tensor<S>, Tensor<S>) -> Tensor<S>
) -> (value: Tensor<S>, gradient: (Tensor<S>, Tensor<S>, Tensor<S>, Tensor<S>)) {
    let (value, g) = valueWithGradient(at: [x0, x1, x2, x3]) { f($0[0], $0[1], $0[2], $0[3]) }
    return (value, (g[0], g[1], g[2], g[3]))
}

/// The gradient of `f` (which returns one element) at `x`: a tensor shaped like `x`.
public func gradient<S: TensorScalar>(at x: Tensor<S>, of f: (Tensor<S>) -> Tensor<S>) -> Tensor<S> {
    valueWithGradient(at: x, of: f).gradient
}

public func gradient<S: TensorScalar>(
    at x0: Tensor<S>, _ x1: Tensor<S>, of f: (Tensor<S>, Tensor<S>) -> Tensor<S>
) -> (Tensor<S>, Tensor<S>) {
    valueWithGradient(at: x0, x1, of: f).gradient
}

public func gradient<S: TensorScalar>(
    at x0: Tensor<S>, _ x1: Tensor<S>, _ x2: Tensor<S>,
    of f: (Tensor<S>, Tensor<S>, Tensor<S>) -> Tensor<S>
) -> (Tensor<S>, Tensor<S>, Tensor<S>) {
    valueWithGradient(at: x0, x1, x2, of: f).gradient
}

public func gradient<S: TensorScalar>(
    at x0: Tensor<S>, _ x1: Tensor<S>, _ x2: Tensor<S>, _ x3: Tensor<S>,
    of f: (Tensor<S>, Tensor<S>, Tensor<S>, Tensor<S>) -> Tensor<S>
) -> (Tensor<S>, Tensor<S>, Tensor<S>, Tensor<S>) {
    valueWithGradient(at: x0, x1, x2, x3, of: f).gradient
}

public func gradient<S: TensorScalar>(at xs: [Tensor<S>], of f: ([Tensor<S>]) -> Tensor<S>) -> [Tensor<S>] {
    valueWithGradient(at: xs, of: f).gradient
}

extension Tensor {
    /// The same values as a constant: gradients do not flow through it (PyTorch's `detach()`).
    public func detach() -> Tensor { detached }
}
