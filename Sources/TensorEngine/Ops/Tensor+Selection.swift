// Masks and selection. Masks follow the engine's convention: 0 and 1 in the tensor's own
// scalar type, as the comparisons give them, so they multiply into arithmetic and feed
// `where`. A condition counts as true where it is non-zero (NaN included), as in NumPy.

/// 1 where an element is NaN, else 0 (NumPy's `isnan`).
public func isnan<S: TensorScalar>(_ a: Tensor<S>) -> Tensor<S> { a.map(.isnan) }

/// 1 where an element is +inf or -inf, else 0.
public func isinf<S: TensorScalar>(_ a: Tensor<S>) -> Tensor<S> { a.map(.isinf) }

/// 1 where an element is neither infinite nor NaN, else 0.
public func isfinite<S: TensorScalar>(_ a: Tensor<S>) -> Tensor<S> { a.map(.isfinite) }

/// NumPy's `where(condition, a, b)`: `a` where the condition is non-zero, else `b`, with all
/// three broadcast together. `where` is a Swift keyword, so write it `` `where`(c, a, b) ``, or
/// call `which(c, a, b)`. Unlike `c * a + (1 - c) * b`, an inf or NaN in the branch not taken
/// never leaks into the result. The gradient reaches `a` and `b` where each was taken.
@_specialize(where S == Float)
@_specialize(where S == Double)
public func `where`<S: TensorScalar>(_ condition: Tensor<S>, _ a: Tensor<S>, _ b: Tensor<S>) -> Tensor<S> {
    let y = selected(condition, a, b)
    return a.node == nil && b.node == nil ? y : Derivatives.selection(condition, a, b, y: y)
}

public func `where`<S: TensorScalar>(_ condition: Tensor<S>, _ a: Tensor<S>, _ b: S) -> Tensor<S> {
    `where`(condition, a, Tensor(b))
}

public func `where`<S: TensorScalar>(_ condition: Tensor<S>, _ a: S, _ b: Tensor<S>) -> Tensor<S> {
    `where`(condition, Tensor(a), b)
}

public func `where`<S: TensorScalar>(_ condition: Tensor<S>, _ a: S, _ b: S) -> Tensor<S> {
    `where`(condition, Tensor(a), Tensor(b))
}

/// `where` under a name that needs no backticks.
public func which<S: TensorScalar>(_ condition: Tensor<S>, _ a: Tensor<S>, _ b: Tensor<S>) -> Tensor<S> {
    `where`(condition, a, b)
}

public func which<S: TensorScalar>(_ condition: Tensor<S>, _ a: Tensor<S>, _ b: S) -> Tensor<S> {
    `where`(condition, a, b)
}

public func which<S: TensorScalar>(_ condition: Tensor<S>, _ a: S, _ b: Tensor<S>) -> Tensor<S> {
    `where`(condition, a, b)
}

public func which<S: TensorScalar>(_ condition: Tensor<S>, _ a: S, _ b: S) -> Tensor<S> {
    `where`(condition, a, b)
}

/// The values of `where`, recording nothing.
@_specialize(where S == Float)
@_specialize(where S == Double)
func selected<S: TensorScalar>(_ condition: Tensor<S>, _ a: Tensor<S>, _ b: Tensor<S>) -> Tensor<S> {
    let pair = broadcastShape(condition.shape, a.shape)
    guard let pair, let shape = broadcastShape(pair, b.shape) else {
        fatalError(whereFailure(condition.shape, a.shape, b.shape))
    }
    // Operands of another shape are first repeated out to the result's shape (rare, and
    // it keeps one plain loop).
    let c = condition.materialized(to: shape), x = a.materialized(to: shape), z = b.materialized(to: shape)
    let out = Tensor<S>(uninitialized: Shape(shape))
    let pc = c.storage.base, px = x.storage.base, pz = z.storage.base, py = out.storage.base
    withExtendedLifetime((c, x, z)) {
        for i in 0..<out.count { py[i] = pc[i] != 0 ? px[i] : pz[i] }
    }
    return out
}

func whereFailure(_ condition: [Int], _ a: [Int], _ b: [Int]) -> String {
    "where: shapes \(condition), \(a) and \(b) do not broadcast"
}

extension Tensor where Scalar: TensorScalar {
    /// This tensor's elements repeated along broadcast axes to `shape`, bit for bit (no
    /// arithmetic, so -0 and NaN payloads survive); itself when it already has that shape.
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    func materialized(to target: [Int]) -> Tensor {
        if shape == target { return detached }
        let out = Tensor(uninitialized: Shape(target))
        if out.count == 0 { return out }
        if target.isEmpty || count == 1 {
            out.storage.base.initialize(repeating: storage.base[0], count: out.count)
            return out
        }
        let strides = broadcastStrides(shape, to: target)
        let step = strides.last!, inner = target.last!
        let x = storage.base, y = out.storage.base
        withExtendedLifetime(self) {
            forEachBroadcastRow(shape: target, aStrides: strides, bStrides: strides) { offset, _, row in
                for i in 0..<inner { y[row + i] = x[offset + i * step] }
            }
        }
        return out
    }

    /// 1 (0-d) if any element is non-zero (NaN counts), NumPy's `any`; 0 for an empty tensor.
    /// With `axis`, one answer per lane along it.
    public func any(axis: Int? = nil, keepDims: Bool = false) -> Tensor {
        let nonZero = 1 - (self .== 0)
        return nonZero.reducedSum(axis: axis, keepDims: keepDims) .> 0
    }

    /// 1 (0-d) if every element is non-zero, NumPy's `all`; 1 for an empty tensor.
    public func all(axis: Int? = nil, keepDims: Bool = false) -> Tensor {
        (self .== 0).reducedSum(axis: axis, keepDims: keepDims) .== 0
    }

    /// `sum()` or `sum(axis:keepDims:)`; for no axis with keepDims, every axis kept as 1 (NumPy).
    func reducedSum(axis: Int?, keepDims: Bool) -> Tensor {
        guard let axis else {
            let total = sum()
            return keepDims ? total.reshaped(shape.map { _ in 1 }) : total
        }
        return sum(axis: axis, keepDims: keepDims)
    }
}
