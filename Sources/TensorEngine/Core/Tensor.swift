/// An n-dimensional array of `Float`, `Double` or `Int32`: a value type whose elements
/// live, row-major and contiguous, in copy-on-write storage.
///
/// Operations never mutate shared storage: a result gets a fresh buffer, and
/// the in-place operators (`+=` …) reuse the buffer only when it is uniquely
/// referenced. Views (reshape) share storage until one side is written.
public struct Tensor<Scalar: TensorElement> {
    var storage: TensorStorage<Scalar>
    var dims: Shape
    /// Where this value sits on a gradient tape; nil outside `gradient(at:of:)` (see Autodiff/).
    var node: TapeNode<Scalar>? = nil

    init(storage: TensorStorage<Scalar>, dims: Shape) {
        self.storage = storage
        self.dims = dims
    }

    /// A tensor with uninitialised elements, for operations to fill.
    init(uninitialized dims: Shape) {
        storage = TensorStorage.make(count: dims.count)
        self.dims = dims
    }

    /// A tensor of the given shape holding `scalars` in row-major order.
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    @_specialize(where Scalar == Int32)
    public init(shape: [Int], scalars: [Scalar]) {
        let dims = Shape(shape)
        require(
            dims.count == scalars.count,
            "shape \(shape) needs \(dims.count) scalars, got \(scalars.count)")
        self.init(uninitialized: dims)
        scalars.withUnsafeBufferPointer { src in
            if let p = src.baseAddress { storage.base.update(from: p, count: dims.count) }
        }
    }

    /// The extent of each axis: `[]` for a scalar, `[n]` for a vector.
    public var shape: [Int] { dims.dims }

    /// The number of axes.
    public var rank: Int { dims.rank }

    /// The number of elements.
    public var count: Int { dims.count }

    /// All elements, row-major.
    public var scalars: [Scalar] {
        @_specialize(where Scalar == Float)
        @_specialize(where Scalar == Double)
        get { Array(UnsafeBufferPointer(start: storage.base, count: dims.count)) }
    }

    /// The single value of a one-element tensor (a 0-d result such as `a.sum()`).
    public var scalar: Scalar {
        @_specialize(where Scalar == Float)
        @_specialize(where Scalar == Double)
        get {
            require(dims.count == 1, scalarFailure(shape: shape))
            return storage.base[0]
        }
    }

    /// Read access to the elements, row-major.
    public func withUnsafeScalars<R>(_ body: (UnsafeBufferPointer<Scalar>) throws -> R) rethrows -> R {
        try withExtendedLifetime(storage) {
            try body(UnsafeBufferPointer(start: storage.base, count: dims.count))
        }
    }

    /// Write access to the elements, copying the storage first if it is shared.
    public mutating func withUnsafeMutableScalars<R>(
        _ body: (UnsafeMutableBufferPointer<Scalar>) throws -> R
    ) rethrows -> R {
        makeUnique()
        return try withExtendedLifetime(storage) {
            try body(UnsafeMutableBufferPointer(start: storage.base, count: dims.count))
        }
    }

    mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) {
            let copy = TensorStorage<Scalar>.make(count: dims.count)
            copy.base.update(from: storage.base, count: dims.count)
            storage = copy
        }
    }
}

// Shared storage is never written (copy-on-write), so tensors may cross threads.
extension Tensor: @unchecked Sendable {}

func scalarFailure(shape: [Int]) -> String {
    "scalar: a tensor of shape \(shape) has \(shape.reduce(1, *)) elements, not 1"
}

extension Tensor: Equatable {
    /// Same shape and elementwise equal (so a tensor holding NaN is not equal to itself).
    public static func == (a: Tensor, b: Tensor) -> Bool {
        guard a.dims == b.dims else { return false }
        return a.withUnsafeScalars { x in b.withUnsafeScalars { y in x.elementsEqual(y) } }
    }
}

extension Tensor {
    /// The elements converted to another type, as NumPy's `astype`: floats round to nearest,
    /// floats to integers truncate toward zero (NaN, ±inf and values out of range give
    /// `Int32.min`, as NumPy's cast does on x86-64). A constant to gradients.
    @_specialize(where Scalar == Float, Other == Double)
    @_specialize(where Scalar == Double, Other == Float)
    @_specialize(where Scalar == Float, Other == Int32)
    @_specialize(where Scalar == Int32, Other == Float)
    @_specialize(where Scalar == Double, Other == Int32)
    @_specialize(where Scalar == Int32, Other == Double)
    public init<Other: TensorElement>(_ other: Tensor<Other>) {
        self.init(uninitialized: other.dims)
        let out = storage.base
        other.withUnsafeScalars { src in
            for i in 0..<src.count { out[i] = Scalar._fromDouble(src[i]._double) }
        }
    }
}
