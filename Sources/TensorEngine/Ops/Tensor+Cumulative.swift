// Running sums and products, NumPy's `cumsum` and `cumprod` (`add.accumulate`,
// `multiply.accumulate`): element i of a lane is element i−1 of the result combined with
// element i of the input, sequentially in the tensor's type. That is NumPy's order exactly
// (its accumulate is not pairwise), so float32 running sums agree with NumPy's bit for bit,
// rounding error and all.

extension Tensor where Scalar: TensorScalar {
    /// The running sum along `axis`; with no axis, of the flattened tensor (a vector), as NumPy.
    public func cumsum(axis: Int? = nil) -> Tensor { accumulated(.add, axis: axis) }

    /// The running product along `axis`; with no axis, of the flattened tensor.
    public func cumprod(axis: Int? = nil) -> Tensor { accumulated(.multiply, axis: axis) }

    private func accumulated(_ op: BinaryOp, axis: Int?) -> Tensor {
        guard let axis else { return reshaped([count]).accumulated(op, axis: 0, fromEnd: false) }
        guard let ax = normalizedAxis(axis, rank: rank) else { fatalError(axisFailure(axis, shape: shape)) }
        return accumulated(op, axis: ax, fromEnd: false)
    }

    /// `op` accumulated along the (normalised) `axis`, from the first element or, for
    /// `fromEnd`, from the last (the gradient of a running sum).
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    func accumulated(_ op: BinaryOp, axis: Int, fromEnd: Bool) -> Tensor {
        let out = Tensor(uninitialized: dims)
        let (outer, n, inner) = lanes(axis: axis)
        guard out.count > 0 else { return out }
        let x = storage.base, y = out.storage.base
        withExtendedLifetime(self) {
            for o in 0..<outer {
                let src = x + o * n * inner, dst = y + o * n * inner
                if inner == 1 {
                    switch op {
                    case .add: Self.scan(src, dst, n, fromEnd: fromEnd) { $0 + $1 }
                    default: Self.scan(src, dst, n, fromEnd: fromEnd) { $0 * $1 }
                    }
                    continue
                }
                // Whole rows at a time: each output row is the previous one combined with the
                // next input row, one vectorised kernel call per row.
                let first = fromEnd ? n - 1 : 0, step = fromEnd ? -1 : 1
                (dst + first * inner).update(from: src + first * inner, count: inner)
                var previous = first
                for _ in 1..<n {
                    let i = previous + step
                    Scalar._binary(op, dst + previous * inner, 1, src + i * inner, 1, dst + i * inner, count: inner)
                    previous = i
                }
            }
        }
        return node == nil ? out : Derivatives.accumulation(op, x: self, y: out, axis: axis)
    }

    /// One contiguous lane: a single dependency chain, as NumPy's loop.
    @inline(__always)
    private static func scan(
        _ x: UnsafePointer<Scalar>, _ y: UnsafeMutablePointer<Scalar>, _ n: Int, fromEnd: Bool,
        _ combine: (Scalar, Scalar) -> Scalar
    ) {
        if fromEnd {
            var total = x[n - 1]
            y[n - 1] = total
            var i = n - 2
            while i >= 0 { total = combine(total, x[i]); y[i] = total; i -= 1 }
        } else {
            var total = x[0]
            y[0] = total
            for i in 1..<n { total = combine(total, x[i]); y[i] = total }
        }
    }

    /// The gradient of `y = cumprod(x)` along `axis` given `g`, lane by lane. Before the lane's
    /// first zero, element i gets Σ_{j≥i} g_j·y_j / x_i; the first zero gets
    /// Σ_{j≥z} g_j·Π_{k≤j, k≠z} x_k; elements after it get 0 (every product through them
    /// still holds the zero).
    func cumprodGradient(_ y: Tensor, _ g: Tensor, axis: Int) -> Tensor {
        let (outer, n, inner) = lanes(axis: axis)
        var grad = Tensor(zeros: shape)
        let xs = scalars, ys = y.scalars, gs = g.scalars
        grad.withUnsafeMutableScalars { out in
            for o in 0..<outer {
                for j in 0..<inner {
                    let at = { (i: Int) in o * n * inner + i * inner + j }
                    let zero = (0..<n).first { xs[at($0)] == 0 } ?? n
                    var suffix: Scalar = 0
                    for i in stride(from: n - 1, through: 0, by: -1) {
                        suffix += gs[at(i)] * ys[at(i)]
                        if i < zero { out[at(i)] = suffix / xs[at(i)] }
                    }
                    guard zero < n else { continue }
                    var product: Scalar = zero == 0 ? 1 : ys[at(zero - 1)]
                    var total = gs[at(zero)] * product
                    for i in (zero + 1)..<n {
                        product *= xs[at(i)]
                        total += gs[at(i)] * product
                    }
                    out[at(zero)] = total
                }
            }
        }
        return grad
    }
}
