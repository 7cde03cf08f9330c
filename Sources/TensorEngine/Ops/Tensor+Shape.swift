/// The shape for `reshaped`, with one -1 inferred; nil when the element count differs.
func reshapedShape(_ shape: [Int], count: Int) -> [Int]? {
    var out = shape
    let unknown = shape.indices.filter { shape[$0] == -1 }
    if unknown.count > 1 || shape.contains(where: { $0 < -1 }) { return nil }
    let known = shape.filter { $0 != -1 }.reduce(1, *)
    if let i = unknown.first {
        guard known > 0, count % known == 0 else { return nil }
        out[i] = count / known
    }
    return out.reduce(1, *) == count ? out : nil
}

func reshapeFailure(_ shape: [Int], _ newShape: [Int]) -> String {
    "cannot reshape a tensor of shape \(shape) into shape \(newShape)"
}

func indexFailure(_ index: Int, shape: [Int]) -> String {
    "index \(index) is out of range for axis 0 of shape \(shape)"
}

extension Tensor {
    /// The shape seen around `axis` as (outer, n, inner): `outer` lanes of `n` elements, each
    /// element `inner` apart, which is how every per-axis loop walks row-major storage.
    func lanes(axis: Int) -> (outer: Int, n: Int, inner: Int) {
        (shape[..<axis].reduce(1, *), shape[axis], shape[(axis + 1)...].reduce(1, *))
    }

    /// The same elements in a new shape (one extent may be -1); shares storage.
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    @_specialize(where Scalar == Int32)
    public func reshaped(_ newShape: [Int]) -> Tensor {
        guard let s = reshapedShape(newShape, count: count) else {
            fatalError(reshapeFailure(shape, newShape))
        }
        let y = Tensor(storage: storage, dims: Shape(s))
        if node == nil { return y }
        let original = shape
        return Derivatives.view(x: self, y: y) { $0.reshaped(original) }
    }

    /// The axes reversed (NumPy's `.T`); a vector or a scalar is unchanged.
    public var T: Tensor {
        if rank < 2 { return self }
        if rank == 2 {
            let y = transposed2D()
            return node == nil ? y : Derivatives.view(x: self, y: y) { $0.T }
        }
        return permuted(Array((0..<rank).reversed()))
    }

    private func transposed2D() -> Tensor {
        let r = dims[0], c = dims[1]
        let out = Tensor(uninitialized: Shape(c, r))
        withExtendedLifetime(self) {
            Scalar._transpose(storage.base, out.storage.base, rows: r, columns: c)
        }
        return out
    }

    /// The axes in the order given: `out.shape[i] == shape[axes[i]]`.
    public func permuted(_ axes: [Int]) -> Tensor {
        require(axes.sorted() == Array(0..<rank), "permuted: \(axes) is not a permutation of the axes of shape \(shape)")
        let inShape = shape
        let outShape = axes.map { inShape[$0] }
        var inStrides = [Int](repeating: 1, count: rank)
        for i in stride(from: rank - 2, through: 0, by: -1) { inStrides[i] = inStrides[i + 1] * inShape[i + 1] }
        let strides = axes.map { inStrides[$0] }
        let out = Tensor(uninitialized: Shape(outShape))
        let x = storage.base, y = out.storage.base
        withExtendedLifetime(self) {
            var index = [Int](repeating: 0, count: rank)
            var src = 0
            for dst in 0..<count {
                y[dst] = x[src]
                var axis = rank - 1
                while axis >= 0 {
                    index[axis] += 1
                    src += strides[axis]
                    if index[axis] < outShape[axis] { break }
                    src -= strides[axis] * outShape[axis]
                    index[axis] = 0
                    axis -= 1
                }
            }
        }
        if node == nil { return out }
        var inverse = axes
        for (i, a) in axes.enumerated() { inverse[a] = i }
        return Derivatives.view(x: self, y: out) { [inverse] in $0.permuted(inverse) }
    }

    /// Element `i` along the first axis (negative counts from the end); a
    /// vector gives a 0-d tensor. Assigning broadcasts the value over that row.
    public subscript(i: Int) -> Tensor {
        get {
            let j = rowIndex(i)
            return self[j..<(j + 1)].reshaped(Array(shape.dropFirst()))
        }
        set { assign(newValue, block: rowBlock(i), as: "x[\(i)]") }
    }

    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    @_specialize(where Scalar == Int32)
    func slice(_ range: Range<Int>) -> Tensor {
        require(rank > 0, "cannot slice a 0-d tensor")
        let n = dims[0]
        require(
            range.lowerBound >= 0 && range.upperBound <= n,
            "range \(range) is out of range for axis 0 of shape \(shape)")
        var s = shape
        s[0] = range.count
        let rowSize = n == 0 ? 0 : count / n
        let out = Tensor(uninitialized: Shape(s))
        withExtendedLifetime(self) {
            out.storage.base.update(from: storage.base + range.lowerBound * rowSize, count: out.count)
        }
        return node == nil ? out : Derivatives.slice(x: self, range: range, y: out)
    }

    /// Element `[i, j]` of a matrix, as a 0-d tensor (of a higher-rank tensor, the sub-tensor).
    /// Assigning broadcasts the value over it.
    public subscript(i: Int, j: Int) -> Tensor {
        get { self[i][j] }
        set { assign(newValue, block: elementBlock(i, j), as: "x[\(i), \(j)]") }
    }
}

func sameExtents(_ a: [Int], _ b: [Int], except axis: Int) -> Bool {
    a.count == b.count && a.indices.allSatisfy { $0 == axis || a[$0] == b[$0] }
}

/// Joins tensors along an existing axis; all other extents must agree.
public func concatenate<Scalar>(_ tensors: [Tensor<Scalar>], axis: Int = 0) -> Tensor<Scalar> {
    require(!tensors.isEmpty, "concatenate: need at least one tensor")
    let first = tensors[0].shape
    guard let ax = normalizedAxis(axis, rank: first.count) else {
        fatalError(axisFailure(axis, shape: first))
    }
    var outShape = first
    outShape[ax] = 0
    for t in tensors {
        require(
            sameExtents(first, t.shape, except: ax),
            "concatenate: shapes \(first) and \(t.shape) differ off axis \(axis)")
        outShape[ax] += t.shape[ax]
    }
    let outer = first[..<ax].reduce(1, *)
    let inner = first[(ax + 1)...].reduce(1, *)
    let out = Tensor<Scalar>(uninitialized: Shape(outShape))
    let y = out.storage.base
    var offset = 0
    let outRow = outShape[ax] * inner
    for t in tensors {
        let run = t.shape[ax] * inner
        if run > 0 {
            t.withUnsafeScalars { x in
                for o in 0..<outer {
                    (y + o * outRow + offset).update(from: x.baseAddress! + o * run, count: run)
                }
            }
        }
        offset += run
    }
    return tensors.allSatisfy({ $0.node == nil }) ? out : Derivatives.concatenation(tensors, axis: ax, y: out)
}

/// Joins equal-shaped tensors along a new axis.
public func stack<Scalar>(_ tensors: [Tensor<Scalar>], axis: Int = 0) -> Tensor<Scalar> {
    require(!tensors.isEmpty, "stack: need at least one tensor")
    let s = tensors[0].shape
    for t in tensors {
        require(t.shape == s, "stack: shapes \(s) and \(t.shape) differ")
    }
    guard let ax = normalizedAxis(axis, rank: s.count + 1) else {
        fatalError(axisFailure(axis, shape: s))
    }
    var expanded = s
    expanded.insert(1, at: ax)
    return concatenate(tensors.map { $0.reshaped(expanded) }, axis: ax)
}
