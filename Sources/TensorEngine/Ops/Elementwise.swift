/// The two elementwise primitives every arithmetic operator, comparison and
/// activation is built on: `map` (floating-point tensors) and `zip` (all).
extension Tensor where Scalar: TensorScalar {
    /// `op` applied to each element.
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    func map(_ op: UnaryOp) -> Tensor {
        let out = Tensor(uninitialized: dims)
        let x = storage.base, y = out.storage.base
        withExtendedLifetime(self) {
            parallelChunks(
                count: dims.count, chunk: ParallelGrain.elementwiseChunk,
                threshold: ParallelGrain.elementwiseThreshold
            ) { lo, hi in
                Scalar._unary(op, x + lo, y + lo, count: hi - lo)
            }
        }
        return node == nil ? out : Derivatives.unary(op, x: self, y: out)
    }

    /// `op` applied in place, when the storage is not shared.
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    mutating func apply(_ op: UnaryOp) {
        if node != nil { self = map(op); return }
        makeUnique()
        let x = storage.base
        Scalar._unary(op, x, x, count: dims.count)
    }
}

extension Tensor {
    /// `op(a, b)` elementwise with NumPy broadcasting.
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    @_specialize(where Scalar == Int32)
    static func zip(_ op: BinaryOp, _ a: Tensor, _ b: Tensor) -> Tensor {
        // The untracked result is returned straight from the call that makes it, with no local
        // copy on the way (see `Shape` on what copies of a tensor cost).
        if a.node == nil && b.node == nil { return zipValues(op, a, b) }
        return Scalar._recordBinary(op, a, b, y: zipValues(op, a, b))
    }

    @inline(__always)
    private static func zipValues(_ op: BinaryOp, _ a: Tensor, _ b: Tensor) -> Tensor {
        if a.dims == b.dims {
            let out = Tensor(uninitialized: a.dims)
            zipContiguous(op, a, 1, b, 1, into: out.storage.base, count: a.dims.count)
            return out
        }
        // One side a single element broadcast against the other, when that
        // does not raise the rank (a 0-d scalar, or shape [1] against a vector).
        if b.dims.count == 1 && b.dims.rank <= a.dims.rank {
            let out = Tensor(uninitialized: a.dims)
            zipContiguous(op, a, 1, b, 0, into: out.storage.base, count: a.dims.count)
            return out
        }
        if a.dims.count == 1 && a.dims.rank <= b.dims.rank {
            let out = Tensor(uninitialized: b.dims)
            zipContiguous(op, a, 0, b, 1, into: out.storage.base, count: b.dims.count)
            return out
        }
        return zipBroadcast(op, a, b)
    }

    /// `op(a, scalar)` or `op(scalar, a)` without building a tensor for the scalar.
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    @_specialize(where Scalar == Int32)
    static func zip(_ op: BinaryOp, _ a: Tensor, _ s: Scalar, scalarFirst: Bool = false) -> Tensor {
        let out = Tensor(uninitialized: a.dims)
        withUnsafePointer(to: s) { sp in
            let x = a.storage.base, y = out.storage.base
            withExtendedLifetime(a) {
                parallelChunks(
                    count: a.dims.count, chunk: ParallelGrain.elementwiseChunk,
                    threshold: ParallelGrain.elementwiseThreshold
                ) { lo, hi in
                    if scalarFirst {
                        Scalar._binary(op, sp, 0, x + lo, 1, y + lo, count: hi - lo)
                    } else {
                        Scalar._binary(op, x + lo, 1, sp, 0, y + lo, count: hi - lo)
                    }
                }
            }
        }
        return a.node == nil ? out : Scalar._recordBinary(op, a, s, scalarFirst: scalarFirst, y: out)
    }

    private static func zipContiguous(
        _ op: BinaryOp, _ a: Tensor, _ sa: Int, _ b: Tensor, _ sb: Int,
        into y: UnsafeMutablePointer<Scalar>, count: Int
    ) {
        let pa = a.storage.base, pb = b.storage.base
        withExtendedLifetime((a, b)) {
            parallelChunks(
                count: count, chunk: ParallelGrain.elementwiseChunk,
                threshold: ParallelGrain.elementwiseThreshold
            ) { lo, hi in
                Scalar._binary(op, pa + lo * sa, sa, pb + lo * sb, sb, y + lo, count: hi - lo)
            }
        }
    }

    /// The general case: one kernel call per innermost row of the result,
    /// each operand stepping by 1 along the row or repeating one element.
    private static func zipBroadcast(_ op: BinaryOp, _ a: Tensor, _ b: Tensor) -> Tensor {
        let sa = a.shape, sb = b.shape
        guard let shape = broadcastShape(sa, sb) else {
            fatalError(broadcastFailure(sa, sb))
        }
        let out = Tensor(uninitialized: Shape(shape))
        if out.count == 0 { return out }
        let aStrides = broadcastStrides(sa, to: shape), bStrides = broadcastStrides(sb, to: shape)
        let stepA = aStrides.last!, stepB = bStrides.last!
        let pa = a.storage.base, pb = b.storage.base, py = out.storage.base
        let inner = shape.last!
        withExtendedLifetime((a, b)) {
            forEachBroadcastRow(shape: shape, aStrides: aStrides, bStrides: bStrides) { ao, bo, yo in
                Scalar._binary(op, pa + ao, stepA, pb + bo, stepB, py + yo, count: inner)
            }
        }
        return out
    }

    /// `a = op(a, b)` in place when `b` broadcasts to `a`'s shape and `a`'s
    /// storage is not shared; otherwise an ordinary `zip`.
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    @_specialize(where Scalar == Int32)
    static func zipAssign(_ op: BinaryOp, _ a: inout Tensor, _ b: Tensor) {
        // A tracked operand takes the recording path; the tape keeps `a`'s old value.
        if a.node == nil && b.node == nil && (a.dims == b.dims || (b.dims.count == 1 && b.dims.rank <= a.dims.rank)) {
            a.makeUnique()
            let step = a.dims == b.dims ? 1 : 0
            zipContiguous(op, a, 1, b, step, into: a.storage.base, count: a.dims.count)
        } else {
            a = zip(op, a, b)
        }
    }
}
