// Sorting along an axis, as NumPy's `sort`, `argsort(kind="stable")` and `unique`: NaN sorts
// last; -0.0 and 0.0 are equal (they keep their order); the sort is stable.

extension Tensor {
    /// The elements sorted along `axis` (NumPy's `np.sort(x, axis)`). Differentiable: each
    /// element's gradient goes back to where it came from.
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    @_specialize(where Scalar == Int32)
    public func sorted(axis: Int = -1) -> Tensor {
        let ax = sortAxis(axis, "sorted")
        if node != nil {
            let flat = flatSortingPermutation(axis: ax)
            return reshaped([-1]).rows(flat).reshaped(shape)
        }
        var out = self
        out.makeUnique()
        forEachLane(axis: ax, of: &out) { lane, n in Scalar._sort(lane, count: n) }
        return out
    }

    /// The positions along `axis` that sort the tensor (NumPy's `argsort(kind="stable")`):
    /// ties keep their order; NaN sorts last.
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    @_specialize(where Scalar == Int32)
    public func argsort(axis: Int = -1) -> Tensor<Int32> {
        let ax = sortAxis(axis, "argsort")
        let (outer, n, inner) = lanes(axis: ax)
        let out = Tensor<Int32>(uninitialized: dims)
        if count == 0 { return out }
        let y = out.storage.base
        withUnsafeScalars { x in
            let base = x.baseAddress!
            if inner == 1 {
                for o in 0..<outer { Scalar._argsort(base + o * n, y + o * n, count: n) }
                return
            }
            let lane = UnsafeMutablePointer<Scalar>.allocate(capacity: n)
            let order = UnsafeMutablePointer<Int32>.allocate(capacity: n)
            defer { lane.deallocate(); order.deallocate() }
            for o in 0..<outer {
                for j in 0..<inner {
                    let start = o * n * inner + j
                    for i in 0..<n { lane[i] = base[start + i * inner] }
                    Scalar._argsort(lane, order, count: n)
                    for i in 0..<n { y[start + i * inner] = order[i] }
                }
            }
        }
        return out
    }

    /// The distinct elements, sorted, as a vector (NumPy's `np.unique`, which flattens first):
    /// -0.0 and 0.0 are one value, and all NaNs one NaN at the end. A constant to gradients.
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    @_specialize(where Scalar == Int32)
    public func unique() -> Tensor {
        var values = detached.reshaped([-1]).sorted()
        var kept = 0
        values.withUnsafeMutableScalars { v in
            for i in v.indices {
                let same = kept > 0 && (v[i] == v[kept - 1] || (v[i]._isNaN && v[kept - 1]._isNaN))
                if !same {
                    v[kept] = v[i]
                    kept += 1
                }
            }
        }
        return values[0..<kept]
    }

    private func sortAxis(_ axis: Int, _ name: String) -> Int {
        require(rank > 0, "\(name): a 0-d tensor has no axis to sort along; reshape it to [1] first")
        guard let ax = normalizedAxis(axis, rank: rank) else { fatalError(axisFailure(axis, shape: shape)) }
        return ax
    }

    /// Runs `body` on each lane along `axis` of `t` as a contiguous run, copying strided lanes
    /// out and back.
    private func forEachLane(
        axis: Int, of t: inout Tensor, _ body: (UnsafeMutablePointer<Scalar>, Int) -> Void
    ) {
        let (outer, n, inner) = lanes(axis: axis)
        if t.count == 0 { return }
        t.withUnsafeMutableScalars { x in
            let base = x.baseAddress!
            if inner == 1 {
                for o in 0..<outer { body(base + o * n, n) }
                return
            }
            let lane = UnsafeMutablePointer<Scalar>.allocate(capacity: n)
            defer { lane.deallocate() }
            for o in 0..<outer {
                for j in 0..<inner {
                    let start = o * n * inner + j
                    for i in 0..<n { lane[i] = base[start + i * inner] }
                    body(lane, n)
                    for i in 0..<n { base[start + i * inner] = lane[i] }
                }
            }
        }
    }

    /// For gradients of `sorted`: the flat source index of every element of the result.
    private func flatSortingPermutation(axis: Int) -> [Int] {
        let (_, n, inner) = lanes(axis: axis)
        let order = detached.argsort(axis: axis).scalars
        return order.indices.map { k in
            let i = (k / inner) % n
            return k + (Int(order[k]) - i) * inner
        }
    }
}
