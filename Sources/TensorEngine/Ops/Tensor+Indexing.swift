// Assignment through subscripts, boolean masks and integer-array gathers, with NumPy's
// semantics. A row, a range of rows or an element `[i, j]` is one contiguous block of the
// row-major storage, so every such assignment is a broadcast copy into a block.
//
// Writes are copy-on-write: the storage is copied first when another tensor shares it.
// Assignment is not differentiable: inside a gradient closure it stops with a message (build
// the value with arithmetic or `concatenate` instead); outside, a tensor that escaped a tape
// becomes a plain constant when written.

/// A contiguous run of elements, `shape` being what a subscript shows of it.
struct Block {
    var start: Int
    var shape: [Int]
    var count: Int { shape.reduce(1, *) }
}

func assignmentFailure(_ value: [Int], _ what: String, _ target: [Int]) -> String {
    "cannot assign a tensor of shape \(value) to \(what) of shape \(target): shapes do not broadcast"
}

func maskFailure(_ mask: [Int], _ shape: [Int]) -> String {
    "mask of shape \(mask) does not match the tensor's shape \(shape): a mask has the tensor's shape"
}

func maskValueFailure(_ value: String, at index: Int, shape: [Int]) -> String {
    "mask of shape \(shape) holds \(value) at flat index \(index); a mask holds only 0 and 1 (as x .> 0 gives)"
}

let taggedAssignmentFailure =
    "assignment into a tensor inside a gradient closure is not differentiable; "
    + "build the value from arithmetic, maximum/minimum or concatenate instead"

extension Tensor {
    /// `i` along the first axis, counted from the end when negative.
    func rowIndex(_ i: Int) -> Int {
        require(rank > 0, "cannot index a 0-d tensor")
        let n = dims[0]
        let j = i < 0 ? i + n : i
        require(j >= 0 && j < n, indexFailure(i, shape: shape))
        return j
    }

    var rowSize: Int { rank == 0 || dims[0] == 0 ? 0 : count / dims[0] }

    func rowBlock(_ i: Int) -> Block {
        Block(start: rowIndex(i) * rowSize, shape: Array(shape.dropFirst()))
    }

    func rowsBlock(_ range: Range<Int>) -> Block {
        require(rank > 0, "cannot slice a 0-d tensor")
        require(
            range.lowerBound >= 0 && range.upperBound <= dims[0],
            "range \(range) is out of range for axis 0 of shape \(shape)")
        return Block(start: range.lowerBound * rowSize, shape: [range.count] + shape.dropFirst())
    }

    func elementBlock(_ i: Int, _ j: Int) -> Block {
        require(rank >= 2, "x[\(i), \(j)] needs two axes; the tensor has shape \(shape)")
        let row = rowIndex(i), n = dims[1]
        let k = j < 0 ? j + n : j
        require(k >= 0 && k < n, "index \(j) is out of range for axis 1 of shape \(shape)")
        let inner = Array(shape.dropFirst(2))
        return Block(start: (row * n + k) * inner.reduce(1, *), shape: inner)
    }

    /// Prepares the storage for a write: unshared, and not on a recording tape.
    mutating func prepareForWrite(_ value: Tensor? = nil) {
        require(!isTracked && !(value?.isTracked ?? false), taggedAssignmentFailure)
        node = nil
        makeUnique()
    }

    /// Copies `value`, broadcast to the block's shape, into the block.
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    @_specialize(where Scalar == Int32)
    mutating func assign(_ value: Tensor, block: Block, as what: String) {
        var value = value
        // NumPy's setitem first drops the value's extra leading axes of extent 1, so that a
        // model's `[1, k]` output fits a row `[k]`.
        let extra = value.rank - block.shape.count
        if extra > 0, value.shape.prefix(extra).allSatisfy({ $0 == 1 }) {
            value = value.reshaped(Array(value.shape.dropFirst(extra)))
        }
        guard broadcastShape(value.shape, block.shape) == block.shape else {
            fatalError(assignmentFailure(value.shape, what, block.shape))
        }
        prepareForWrite(value)
        if block.count == 0 { return }
        let out = storage.base + block.start
        value.withUnsafeScalars { src in
            if value.count == 1 {
                out.update(repeating: src[0], count: block.count)
            } else if value.dims.count == block.count {
                out.update(from: src.baseAddress!, count: block.count)
            } else {
                let target = block.shape.isEmpty ? [1] : block.shape
                let strides = broadcastStrides(value.shape, to: target)
                let inner = target.last!, step = strides.last!
                forEachBroadcastRow(shape: target, aStrides: strides, bStrides: strides) { from, _, to in
                    if step == 1 {
                        (out + to).update(from: src.baseAddress! + from, count: inner)
                    } else {
                        (out + to).update(repeating: src[from], count: inner)
                    }
                }
            }
        }
    }

    /// Sets every element of the block to `value`.
    mutating func fill(_ value: Scalar, block: Block) {
        prepareForWrite()
        (storage.base + block.start).update(repeating: value, count: block.count)
    }

    /// Element `i` of a vector as a number; assigning a number fills row `i` (NumPy's `x[i] = 0`).
    @_disfavoredOverload
    public subscript(i: Int) -> Scalar {
        get {
            require(rank == 1, notANumberFailure("x[\(i)]", shape: Array(shape.dropFirst())))
            return withUnsafeScalars { $0[rowIndex(i)] }
        }
        set { fill(newValue, block: rowBlock(i)) }
    }

    /// Element `[i, j]` of a matrix as a number; assigning a number fills what `[i, j]` selects.
    @_disfavoredOverload
    public subscript(i: Int, j: Int) -> Scalar {
        get {
            let block = elementBlock(i, j)
            require(block.count == 1, notANumberFailure("x[\(i), \(j)]", shape: block.shape))
            return withUnsafeScalars { $0[block.start] }
        }
        set { fill(newValue, block: elementBlock(i, j)) }
    }

    /// Rows `range` along the first axis: `x[2...]`, `x[..<3]`, `x[0...1]`.
    public subscript<R: RangeExpression>(range: R) -> Tensor where R.Bound == Int {
        get { slice(rowRange(range)) }
        set { assign(newValue, block: rowsBlock(rowRange(range)), as: "x[\(range)]") }
    }

    /// Assigning a number to rows fills them: `x[2..<5] = 0`.
    @_disfavoredOverload
    public subscript<R: RangeExpression>(range: R) -> Scalar where R.Bound == Int {
        get { fatalError(tensorReadFailure("x[\(range)]")) }
        set { fill(newValue, block: rowsBlock(rowRange(range))) }
    }

    /// The rows a range names, read as NumPy reads a slice: a negative bound counts from the end,
    /// bounds past the ends are clamped, and bounds that cross give no rows (`x[3...]` of two
    /// rows is empty, where `relative(to:)` would trap with a message naming no shape).
    func rowRange<R: RangeExpression>(_ range: R) -> Range<Int> where R.Bound == Int {
        require(rank > 0, "cannot slice a 0-d tensor")
        let n = dims[0]
        let place = { (index: Int) in index < 0 ? index + n : index }
        var low = 0, high = n
        switch range {
        case let r as Range<Int>: (low, high) = (place(r.lowerBound), place(r.upperBound))
        case let r as ClosedRange<Int>: (low, high) = (place(r.lowerBound), place(r.upperBound) + 1)
        case let r as PartialRangeFrom<Int>: low = place(r.lowerBound)
        case let r as PartialRangeUpTo<Int>: high = place(r.upperBound)
        case let r as PartialRangeThrough<Int>: high = place(r.upperBound) + 1
        default: return range.relative(to: 0..<n)
        }
        low = Swift.min(Swift.max(low, 0), n)
        return low..<Swift.min(Swift.max(high, low), n)
    }
}

func notANumberFailure(_ what: String, shape: [Int]) -> String {
    "\(what) is a tensor of shape \(shape), not one number; read it as a Tensor"
}

/// For the number-typed subscripts that exist only to assign numbers.
func tensorReadFailure(_ what: String) -> String {
    "\(what) selects a tensor, not a number; read it as a Tensor"
}

// Boolean masks: `x[x .> 0]` gathers the selected elements into a vector, in row-major order;
// `x[mask] = 0` writes them. A mask is a tensor of the same shape and scalar type holding 0
// and 1 (what the comparisons give). Float tensors take it as `x[mask]`; for Int32 tensors
// `x[t]` gathers by index (NumPy's meaning of an integer array), so a mask is `x[mask: m]`.
extension Tensor where Scalar: TensorScalar {
    public subscript(mask: Tensor) -> Tensor {
        get { masked(mask) }
        set { assign(newValue, mask: mask) }
    }

    /// Assigning a number to the selected elements: `x[x .< 0] = 0`.
    @_disfavoredOverload
    public subscript(mask: Tensor) -> Scalar {
        get { fatalError(tensorReadFailure("x[mask]")) }
        set { fill(newValue, mask: mask) }
    }
}

extension Tensor {
    public subscript(mask mask: Tensor) -> Tensor {
        get { masked(mask) }
        set { assign(newValue, mask: mask) }
    }

    @_disfavoredOverload
    public subscript(mask mask: Tensor) -> Scalar {
        get { fatalError(tensorReadFailure("x[mask: m]")) }
        set { fill(newValue, mask: mask) }
    }

    /// How many elements `mask` selects, and the flat index of the last one (-1 for none);
    /// stops with the shapes if they differ, or the first value that is neither 0 nor 1.
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    @_specialize(where Scalar == Int32)
    func selection(_ mask: Tensor) -> (count: Int, last: Int) {
        require(mask.dims == dims, maskFailure(mask.shape, shape))
        return mask.withUnsafeScalars { m in
            let (ones, invalid, last) = Scalar._maskCount(m.baseAddress!, count: m.count)
            if invalid > 0, let bad = m.firstIndex(where: { $0 != 0 && $0 != 1 }) {
                fatalError(maskValueFailure("\(m[bad])", at: bad, shape: mask.shape))
            }
            return (ones, last)
        }
    }

    /// The flat indices `mask` selects, in order.
    func selectedIndices(_ mask: Tensor) -> [Int] {
        _ = selection(mask)
        return mask.withUnsafeScalars { m in m.indices.filter { m[$0] != 0 } }
    }

    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    @_specialize(where Scalar == Int32)
    func masked(_ mask: Tensor) -> Tensor {
        if mask.rank > 0, mask.rank < rank, Array(shape.prefix(mask.rank)) == mask.shape {
            // NumPy: a mask over the leading axes picks whole sub-arrays, so that
            // `points[labels .== 0]` gives the rows of one class.
            let flat = mask.reshaped([-1])
            return reshaped([flat.count] + shape.dropFirst(mask.rank)).rows(flat.selectedIndices(flat))
        }
        if node != nil { return reshaped([-1]).rows(selectedIndices(mask)) }
        require(mask.dims == dims, maskFailure(mask.shape, shape))
        // Fixed chunks, counted and then compressed in parallel: each chunk's output starts
        // where the earlier chunks' counts end, so the result is the same on any core count.
        let n = count, chunk = ParallelGrain.elementwiseChunk
        var parts = [(ones: Int, invalid: Int, last: Int)](
            repeating: (0, 0, -1), count: Swift.max(1, (n + chunk - 1) / chunk))
        let x = storage.base, m = mask.storage.base
        func eachChunk(_ body: (_ index: Int, _ start: Int, _ end: Int) -> Void) {
            parallelChunks(count: n, chunk: chunk, threshold: ParallelGrain.elementwiseThreshold) { lo, hi in
                var start = lo
                while start < hi {
                    let end = Swift.min(hi, start + chunk)
                    body(start / chunk, start, end)
                    start = end
                }
            }
        }
        return withExtendedLifetime((self, mask)) {
            parts.withUnsafeMutableBufferPointer { parts in
                let p = parts.baseAddress!
                eachChunk { c, start, end in p[c] = Scalar._maskCount(m + start, count: end - start) }
            }
            if parts.contains(where: { $0.invalid > 0 }) { _ = selection(mask) }
            var offsets = [Int](repeating: 0, count: parts.count)
            for c in 1..<Swift.max(parts.count, 1) { offsets[c] = offsets[c - 1] + parts[c - 1].ones }
            let out = Tensor(uninitialized: Shape(offsets.last! + parts.last!.ones))
            let y = out.storage.base
            parts.withUnsafeBufferPointer { parts in
                offsets.withUnsafeBufferPointer { offsets in
                    let p = parts.baseAddress!, o = offsets.baseAddress!
                    eachChunk { c, start, _ in
                        if p[c].last >= 0 { Scalar._compress(x + start, mask: m + start, into: y + o[c], last: p[c].last) }
                    }
                }
            }
            return out
        }
    }

    mutating func fill(_ value: Scalar, mask: Tensor) {
        _ = selection(mask)
        fill(value, checkedMask: mask)
    }

    /// `fill` for a mask `selection` has already checked.
    private mutating func fill(_ value: Scalar, checkedMask mask: Tensor) {
        prepareForWrite()
        let x = storage.base
        mask.withUnsafeScalars { m in
            if m.count > 0 { Scalar._fill(x, mask: m.baseAddress!, with: value, count: m.count) }
        }
    }

    /// A vector of the selected count, or one element for all of them.
    mutating func assign(_ value: Tensor, mask: Tensor) {
        let (selected, _) = selection(mask)
        if value.count == 1 && value.rank <= 1 {
            require(!value.isTracked, taggedAssignmentFailure)
            fill(value.withUnsafeScalars { $0[0] }, checkedMask: mask)
            return
        }
        require(
            value.shape == [selected],
            "cannot assign a tensor of shape \(value.shape) to x[mask], which selects \(selected) elements "
                + "(mask of shape \(mask.shape)): give one value or \(selected)")
        prepareForWrite(value)
        let x = storage.base
        value.withUnsafeScalars { v in
            mask.withUnsafeScalars { m in
                var k = 0
                for i in m.indices where m[i] != 0 {
                    x[i] = v[k]
                    k += 1
                }
            }
        }
    }
}

// Integer-array indexing: rows along the first axis, picked by index (negative from the end),
// repeats allowed. The result's shape is the indices' shape followed by a row's shape.
extension Tensor {
    public subscript(indices: Tensor<Int32>) -> Tensor {
        get { gathered(indices.scalars.map(Int.init), shape: indices.shape) }
        set { scatter(newValue, rows: indices.scalars.map(Int.init), shape: indices.shape) }
    }

    public subscript(indices: [Int]) -> Tensor {
        get { gathered(indices, shape: [indices.count]) }
        set { scatter(newValue, rows: indices, shape: [indices.count]) }
    }

    /// Assigning a number to the rows picked: `x[[0, 2]] = 0`.
    @_disfavoredOverload
    public subscript(indices: Tensor<Int32>) -> Scalar {
        get { fatalError(tensorReadFailure("x[indices]")) }
        set { scatter(Tensor(newValue), rows: indices.scalars.map(Int.init), shape: indices.shape) }
    }

    @_disfavoredOverload
    public subscript(indices: [Int]) -> Scalar {
        get { fatalError(tensorReadFailure("x[indices]")) }
        set { scatter(Tensor(newValue), rows: indices, shape: [indices.count]) }
    }

    func rowIndices(_ indices: [Int]) -> [Int] {
        require(rank > 0, "cannot index a 0-d tensor")
        return indices.map(rowIndex)
    }

    func gathered(_ indices: [Int], shape indexShape: [Int]) -> Tensor {
        rows(rowIndices(indices)).reshaped(indexShape + shape.dropFirst())
    }

    mutating func scatter(_ value: Tensor, rows indices: [Int], shape indexShape: [Int]) {
        let rowsAt = rowIndices(indices)
        let target = indexShape + shape.dropFirst()
        var full = Tensor(uninitialized: Shape(target))
        full.assign(value, block: Block(start: 0, shape: target), as: "x[indices]")
        prepareForWrite(value)
        let row = rowSize, x = storage.base
        full.withUnsafeScalars { src in
            for (k, i) in rowsAt.enumerated() where row > 0 {
                (x + i * row).update(from: src.baseAddress! + k * row, count: row)
            }
        }
    }
}
