/// An axis counted from the end when negative (NumPy); nil when out of range.
func normalizedAxis(_ axis: Int, rank: Int) -> Int? {
    let a = axis < 0 ? axis + rank : axis
    return a >= 0 && a < rank ? a : nil
}

func axisFailure(_ axis: Int, shape: [Int]) -> String {
    "axis \(axis) is out of bounds for a tensor of shape \(shape)"
}

extension Tensor where Scalar: TensorScalar {
    /// NumPy's mean: the float32 sum divided by the count in float32.
    public func mean() -> Tensor {
        node == nil ? Tensor(reduceAll(.sum) / Scalar(count)) : sum() / Scalar(count)
    }

    public func mean(axis: Int, keepDims: Bool = false) -> Tensor {
        var s = reduce(.sum, axis: axis, keepDims: keepDims)
        s /= Scalar(dims[normalizedAxis(axis, rank: rank)!])
        return s
    }
}

// Reductions return tensors, 0-d for a full reduction (as NumPy and MXNet
// do); `.scalar` reads the value. Float sums accumulate in Float, so the sum
// of 10⁴ values near 1e36 overflows to inf just as NumPy's does. Int32 sums wrap around in
// Int32 (NumPy would widen them to int64 first).
extension Tensor {
    public func sum() -> Tensor { reduced(.sum) }
    public func max() -> Tensor { reduced(.max) }
    public func min() -> Tensor { reduced(.min) }

    private func reduced(_ op: ReduceOp) -> Tensor {
        let y = Tensor(reduceAll(op))
        return node == nil ? y : Derivatives.reduction(op, x: self, y: y, axis: nil)
    }

    public func sum(axis: Int, keepDims: Bool = false) -> Tensor {
        reduce(.sum, axis: axis, keepDims: keepDims)
    }

    public func max(axis: Int, keepDims: Bool = false) -> Tensor {
        reduce(.max, axis: axis, keepDims: keepDims)
    }

    public func min(axis: Int, keepDims: Bool = false) -> Tensor {
        reduce(.min, axis: axis, keepDims: keepDims)
    }

    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    @_specialize(where Scalar == Int32)
    func reduceAll(_ op: ReduceOp) -> Scalar {
        let n = count
        if n == 0 {
            require(op == .sum, "\(op) of an empty tensor (shape \(shape)) has no identity")
            return 0
        }
        let p = storage.base
        return withExtendedLifetime(self) {
            // Past a million elements, the two halves of the top pairwise split
            // go to two threads: the same additions, so the same bits.
            if op == .sum && n >= ParallelGrain.elementwiseThreshold && ProcessInfoCores.count > 1 {
                let half = n / 2 - (n / 2) % 8
                let halves = inParallel(
                    { Scalar._reduce(.sum, p, count: half) },
                    { Scalar._reduce(.sum, p + half, count: n - half) })
                // `_reduce(.sum)` adds NumPy's initial 0; so does this.
                return 0 + (halves.0 + halves.1)
            }
            return Scalar._reduce(op, p, count: n)
        }
    }

    /// Reduces one axis. Viewing the shape as (outer, n, inner): with inner
    /// = 1 each run of n is reduced on its own (pairwise for sums, as NumPy
    /// does for the last axis); otherwise rows of `inner` are combined in
    /// order, which is how NumPy's iterator sums a leading axis.
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    @_specialize(where Scalar == Int32)
    func reduce(_ op: ReduceOp, axis: Int, keepDims: Bool) -> Tensor {
        guard let ax = normalizedAxis(axis, rank: rank) else {
            fatalError(axisFailure(axis, shape: shape))
        }
        var outShape = shape
        let (outer, n, inner) = lanes(axis: ax)
        outShape[ax] = 1
        require(n > 0 || op == .sum, "\(op) along an empty axis \(axis) of shape \(shape)")
        let out = Tensor(uninitialized: Shape(keepDims ? outShape : outShape.enumerated().filter { $0.offset != ax }.map(\.element)))
        let x = storage.base, y = out.storage.base
        withExtendedLifetime(self) {
            if inner == 1 {
                for o in 0..<outer { y[o] = n == 0 ? 0 : Scalar._reduce(op, x + o * n, count: n) }
                return
            }
            let combine: BinaryOp = op == .sum ? .add : op == .max ? .maximum : .minimum
            for o in 0..<outer {
                let row = y + o * inner, src = x + o * n * inner
                if op == .sum {
                    row.initialize(repeating: 0, count: inner)
                    for i in 0..<n { Scalar._binary(.add, row, 1, src + i * inner, 1, row, count: inner) }
                } else {
                    row.update(from: src, count: inner)
                    for i in 1..<n { Scalar._binary(combine, row, 1, src + i * inner, 1, row, count: inner) }
                }
            }
        }
        return node == nil ? out : Derivatives.reduction(op, x: self, y: out, axis: ax)
    }

    /// Indices of the largest element along `axis` (the first one on ties; a
    /// NaN counts as largest, as in NumPy), as values of the tensor's type.
    public func argmax(axis: Int) -> Tensor { argExtreme(axis: axis, greater: true) }

    /// Indices of the smallest element along `axis`.
    public func argmin(axis: Int) -> Tensor { argExtreme(axis: axis, greater: false) }

    /// The flat index of the largest element.
    public func argmax() -> Int { Int(reshaped([count]).argmax(axis: 0).scalar._double) }

    /// The flat index of the smallest element.
    public func argmin() -> Int { Int(reshaped([count]).argmin(axis: 0).scalar._double) }

    private func argExtreme(axis: Int, greater: Bool) -> Tensor {
        guard let ax = normalizedAxis(axis, rank: rank) else {
            fatalError(axisFailure(axis, shape: shape))
        }
        let (outer, n, inner) = lanes(axis: ax)
        require(n > 0, "argmax/argmin along an empty axis of shape \(shape)")
        var outShape = shape
        outShape.remove(at: ax)
        let out = Tensor(uninitialized: Shape(outShape))
        let x = storage.base, y = out.storage.base
        withExtendedLifetime(self) {
            for o in 0..<outer {
                for j in 0..<inner {
                    let base = x + o * n * inner + j
                    var best = base[0], at = 0
                    if best._isNaN { y[o * inner + j] = 0; continue }
                    for i in 1..<n {
                        let v = base[i * inner]
                        if v._isNaN { at = i; break }
                        if greater ? v > best : v < best { best = v; at = i }
                    }
                    y[o * inner + j] = Scalar._fromDouble(Double(at))
                }
            }
        }
        return out
    }
}
