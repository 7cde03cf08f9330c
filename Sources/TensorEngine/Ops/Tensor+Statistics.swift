// Spread and order statistics with NumPy's definitions and arithmetic: `variance` and `std`
// follow `_var` (mean with keepdims, squared deviations, their sum divided by n − ddof),
// `median` is the mean of the middle one or two sorted values, `quantile` is NumPy's default
// "linear" method, including its float32-versus-float64 arithmetic. NaN in a lane makes that
// lane's result NaN, as in NumPy. With no axis, the tensor is taken flattened.

extension Tensor where Scalar: TensorScalar {
    /// The variance, Σ(x − mean)² / (n − ddof): NumPy's `var` (ddof 0 is the population
    /// variance, 1 the sample variance). n − ddof ≤ 0 gives inf or NaN, as in NumPy.
    public func variance(axis: Int? = nil, keepDims: Bool = false, ddof: Int = 0) -> Tensor {
        guard let axis else {
            let v = reshaped([count]).variance(axis: 0, ddof: ddof)
            return keepDims ? v.reshaped(shape.map { _ in 1 }) : v
        }
        guard let ax = normalizedAxis(axis, rank: rank) else { fatalError(axisFailure(axis, shape: shape)) }
        let deviation = self - mean(axis: ax, keepDims: true)
        return (deviation * deviation).sum(axis: ax, keepDims: keepDims) / Scalar(Swift.max(shape[ax] - ddof, 0))
    }

    /// The standard deviation, `sqrt(variance(…))`: NumPy's `std`.
    public func std(axis: Int? = nil, keepDims: Bool = false, ddof: Int = 0) -> Tensor {
        sqrt(variance(axis: axis, keepDims: keepDims, ddof: ddof))
    }

    /// log Σ exp over every element (SciPy's `logsumexp` with no axis); `logSumExp(axis:)` is
    /// the per-axis form.
    public func logSumExp(keepDims: Bool = false) -> Tensor {
        let total = reshaped([count]).logSumExp(axis: 0)
        return keepDims ? total.reshaped(shape.map { _ in 1 }) : total
    }

    /// The median: the middle value of each sorted lane, or the mean of the middle two.
    /// An empty lane gives NaN, as in NumPy.
    public func median(axis: Int? = nil, keepDims: Bool = false) -> Tensor {
        orderStatistics(axis: axis, keepDims: keepDims, count: nil) { lane in
            let n = lane.count
            guard n > 0, !lane.hasNaN else { return [OrderPick(lower: 0, upper: 0, weight: 0, value: .nan)] }
            // NumPy takes the mean of the middle slice, whose sum starts from 0 (so -0 becomes 0).
            if n % 2 == 1 { return [OrderPick(lower: n / 2, upper: n / 2, weight: 0, value: 0 + lane[n / 2])] }
            let value = (0 + lane[n / 2 - 1] + lane[n / 2]) / 2
            return [OrderPick(lower: n / 2 - 1, upper: n / 2, weight: 0.5, value: value)]
        }
    }

    /// The `q`-th quantile (q in [0, 1]) by NumPy's default "linear" method: position
    /// (n − 1)·q in the sorted lane, interpolated between its two neighbours. As in NumPy for
    /// a Python float q, the interpolation is in the tensor's type.
    public func quantile(_ q: Double, axis: Int? = nil, keepDims: Bool = false) -> Tensor {
        requireQuantile(q)
        return orderStatistics(axis: axis, keepDims: keepDims, count: nil) { lane in
            [linearQuantile(lane, q: q, in: Scalar.self)]
        }
    }

    /// Several quantiles at once: the result has an axis of `qs.count` first, then the reduced
    /// shape (NumPy's layout). As in NumPy for a list of q, the interpolation is computed in
    /// float64; the results are then rounded to the tensor's type.
    public func quantile(_ qs: [Double], axis: Int? = nil, keepDims: Bool = false) -> Tensor {
        qs.forEach(requireQuantile)
        return orderStatistics(axis: axis, keepDims: keepDims, count: qs.count) { lane in
            qs.map { linearQuantile(lane, q: $0, in: Double.self) }
        }
    }

    private func requireQuantile(_ q: Double) {
        require(q >= 0 && q <= 1, "quantile: q must be in [0, 1], got \(q)")
    }

    /// NumPy 2.4's `_quantile` with `method="linear"` on one sorted lane: the virtual index
    /// (n−1)·q, its floor and the next index (both the last from n−1 on) and γ = index − floor,
    /// all in float64; then `_lerp`, a + (b−a)·γ below γ = 0.5 and b − (b−a)·(1−γ) from there,
    /// with b − a in `Scalar` and the rest in `T`: `Scalar` for a single q (NumPy's weak Python
    /// float), `Double` for a list.
    private func linearQuantile<T: BinaryFloatingPoint>(_ lane: LaneOrder<Scalar>, q: Double, in _: T.Type) -> OrderPick<Scalar> {
        let n = lane.count
        require(n > 0, "quantile of an empty lane (tensor of shape \(shape)): there is no value to take")
        if lane.hasNaN { return OrderPick(lower: 0, upper: 0, weight: 0, value: .nan) }
        let position = Double(n - 1) * q
        var lower = Int(position.rounded(.down)), upper = lower + 1
        var floorForGamma = Double(lower)
        if position >= Double(n - 1) {
            // NumPy points both at index -1 (the last), and γ is then taken against -1.
            (lower, upper, floorForGamma) = (n - 1, n - 1, -1)
        }
        let gamma = position - floorForGamma
        let a = lane[lower], b = lane[upper]
        let difference = T(b - a)
        let value = gamma >= 0.5 ? T(b) - difference * T(1 - gamma) : T(a) + difference * T(gamma)
        return OrderPick(lower: lower, upper: upper, weight: Scalar(gamma), value: Scalar(value))
    }

    /// Finds order statistics in every lane along `axis` and lets `pick` choose values from
    /// them: one, or `count` of them, which then form a leading axis before the reduced shape.
    /// Under a gradient, each value is recorded as the interpolation of the two elements it
    /// came from (for equal values, the first of them in the lane; for NaN, the first NaN).
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    private func orderStatistics(
        axis: Int?, keepDims: Bool, count picked: Int?, _ pick: (LaneOrder<Scalar>) -> [OrderPick<Scalar>]
    ) -> Tensor {
        let ax: Int?
        if let axis {
            guard let a = normalizedAxis(axis, rank: rank) else { fatalError(axisFailure(axis, shape: shape)) }
            ax = a
        } else {
            ax = nil
        }
        let n = ax.map { shape[$0] } ?? count
        let inner = ax.map { shape[($0 + 1)...].reduce(1, *) } ?? 1
        let lanes = n > 0 ? count / n : ax.map { a in shape.enumerated().filter { $0.offset != a }.map(\.element).reduce(1, *) } ?? 1
        var reduced = shape
        if let ax { reduced[ax] = 1 } else { reduced = shape.map { _ in 1 } }
        if !keepDims { reduced = ax.map { a in shape.enumerated().filter { $0.offset != a }.map(\.element) } ?? [] }
        let picks = picked ?? 1
        let outShape = picked.map { [$0] + reduced } ?? reduced

        let tracked = node != nil && n > 0
        var result = [Scalar](repeating: 0, count: picks * lanes)
        var lower = [Int](repeating: 0, count: tracked ? picks * lanes : 0), upper = lower
        var weight = [Scalar](repeating: 0, count: tracked ? picks * lanes : 0)
        let lane = LaneOrder<Scalar>(capacity: n)
        withUnsafeScalars { values in
            for l in 0..<lanes {
                let start = (l / inner) * n * inner + l % inner
                if n > 0 { lane.load(from: values.baseAddress! + start, step: inner, count: n) }
                for (k, chosen) in pick(lane).enumerated() {
                    let e = k * lanes + l
                    result[e] = chosen.value
                    guard tracked else { continue }
                    weight[e] = chosen.weight
                    let from = { (rank: Int) in
                        start + inner * lane.position(of: lane.hasNaN ? .nan : lane[rank])
                    }
                    (lower[e], upper[e]) = (from(chosen.lower), from(chosen.upper))
                }
            }
        }
        let y = Tensor(shape: outShape, scalars: result)
        return tracked ? Derivatives.interpolation(x: self, y: y, lower: lower, upper: upper, weight: weight) : y
    }
}

/// One value chosen from a lane: the ranks in the lane of the two elements it
/// lies between, the weight of the upper one, and the value as NumPy computes it.
struct OrderPick<Scalar> {
    var lower: Int
    var upper: Int
    var weight: Scalar
    var value: Scalar
}
