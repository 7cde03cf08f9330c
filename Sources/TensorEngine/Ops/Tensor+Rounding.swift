// Rounding, sign and clipping, elementwise, with NumPy's names and semantics. floor, ceil,
// round and sign are primitives (their gradient is zero); clip is composed from
// maximum/minimum, so NaN propagates and its gradient is theirs.

/// The largest integer not greater than each element (NumPy's `floor`).
public func floor<S: TensorScalar>(_ a: Tensor<S>) -> Tensor<S> { a.map(.floor) }

/// The smallest integer not less than each element (NumPy's `ceil`).
public func ceil<S: TensorScalar>(_ a: Tensor<S>) -> Tensor<S> { a.map(.ceil) }

/// Each element rounded to `decimals` decimal places, halves to even as NumPy's `round` does
/// (`round(2.5) = 2`, `round(-0.5) = -0`). With decimals, NumPy's own recipe: multiply by
/// 10^decimals in the tensor's type, round, divide back (or the reverse for negative decimals),
/// so `round(x, decimals: 2)` gives NumPy's bits.
public func round<S: TensorScalar>(_ a: Tensor<S>, decimals: Int = 0) -> Tensor<S> {
    if decimals == 0 { return a.map(.round) }
    let factor = S(pow10(Swift.abs(decimals)))
    return decimals > 0 ? (a * factor).map(.round) / factor : (a / factor).map(.round) * factor
}

private func pow10(_ k: Int) -> Double {
    (0..<k).reduce(1.0) { power, _ in power * 10 }
}

/// -1, 0 or 1 by the sign of each element; `sign(±0) = 0` and `sign(NaN) = NaN`, as NumPy.
public func sign<S: TensorScalar>(_ a: Tensor<S>) -> Tensor<S> { a.map(.sign) }

/// Each element limited to `[min, max]` (NumPy's `clip`): `minimum(maximum(a, min), max)`, so
/// NaN stays NaN and, when `min > max`, every element is `max`, as in NumPy. Either bound may
/// be left out.
public func clip<S: TensorScalar>(_ a: Tensor<S>, min low: S? = nil, max high: S? = nil) -> Tensor<S> {
    var y = a
    if let low { y = maximum(y, low) }
    if let high { y = minimum(y, high) }
    return y
}

/// `clip` with bounds that broadcast against `a` (per-column limits, say).
public func clip<S: TensorScalar>(_ a: Tensor<S>, min low: Tensor<S>, max high: Tensor<S>) -> Tensor<S> {
    minimum(maximum(a, low), high)
}
