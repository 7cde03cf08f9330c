extension Tensor {
    /// A 0-d tensor: `Tensor<Float>(5)`.
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    @_specialize(where Scalar == Int32)
    public init(_ value: Scalar) {
        self.init(uninitialized: .scalar)
        storage.base[0] = value
    }

    /// A vector: `Tensor<Float>([1, 2, 3])`.
    public init(_ values: [Scalar]) {
        self.init(shape: [values.count], scalars: values)
    }

    /// A matrix from rows: `Tensor<Float>([[1, 2], [3, 4]])`. Rows must have equal length.
    public init(_ rows: [[Scalar]]) {
        let n = rows.first?.count ?? 0
        for (i, row) in rows.enumerated() {
            require(row.count == n, "row \(i) has \(row.count) elements, row 0 has \(n)")
        }
        self.init(shape: [rows.count, n], scalars: rows.flatMap { $0 })
    }

    /// A rank-3 tensor from nested arrays.
    public init(_ planes: [[[Scalar]]]) {
        let rows = planes.first?.count ?? 0, n = planes.first?.first?.count ?? 0
        for plane in planes {
            require(plane.count == rows && plane.allSatisfy { $0.count == n },
                         "ragged nested array: expected \(rows) rows of \(n) in every plane")
        }
        self.init(shape: [planes.count, rows, n], scalars: planes.flatMap { $0.flatMap { $0 } })
    }

    /// Every element equal to `value`.
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    @_specialize(where Scalar == Int32)
    public init(repeating value: Scalar, shape: [Int]) {
        self.init(uninitialized: Shape(shape))
        storage.base.initialize(repeating: value, count: dims.count)
    }

    public init(zeros shape: [Int]) { self.init(repeating: 0, shape: shape) }

    public init(ones shape: [Int]) { self.init(repeating: 1, shape: shape) }

    /// A tensor of zeros with the shape of `other`.
    public init(zerosLike other: Tensor) { self.init(repeating: 0, shape: other.shape) }

    /// A tensor of ones with the shape of `other`.
    public init(onesLike other: Tensor) { self.init(repeating: 1, shape: other.shape) }

    /// The k×k identity matrix.
    public static func eye(_ k: Int) -> Tensor {
        let t = Tensor(zeros: [k, k])
        let p = t.storage.base
        for i in 0..<k { p[i * k + i] = 1 }
        return t
    }

    /// NumPy's `arange`: `ceil((stop − start) / step)` values. As NumPy does,
    /// the step actually used is `Scalar(start + step) − Scalar(start)` and
    /// value i is `start + i·step` in `Scalar` arithmetic, so the float32
    /// values (e.g. −7.7000003 in `arange(-8, 8, 0.1)`) match NumPy's. For an
    /// `Int32` tensor give whole numbers: `Tensor<Int32>(arange: 0, 10)`.
    public init(arange start: Double, _ stop: Double, step: Double = 1) {
        require(step != 0, "arange: step must not be zero")
        let n = Swift.max(0, Int(((stop - start) / step).rounded(.up)))
        self.init(uninitialized: Shape(n))
        let p = storage.base
        let first = Scalar._fromDouble(start), second = Scalar._fromDouble(start + step), delta = second - first
        for i in 0..<n { p[i] = i == 0 ? first : i == 1 ? second : first + Scalar._fromDouble(Double(i)) * delta }
    }
}

extension Tensor where Scalar: TensorScalar {
    /// NumPy's `linspace` with the endpoint: computed in float64, then rounded.
    public init(linspace start: Double, _ stop: Double, count: Int) {
        require(count >= 0, "linspace: count must be non-negative, got \(count)")
        self.init(uninitialized: Shape(count))
        let p = storage.base
        let step = count > 1 ? (stop - start) / Double(count - 1) : 0
        for i in 0..<count { p[i] = Scalar(Double(i) * step + start) }
        if count > 1 { p[count - 1] = Scalar(stop) }
    }
}

/// NumPy's `diag`: a vector becomes a square matrix with it on the diagonal;
/// a matrix gives its main diagonal as a vector.
public func diag<Scalar>(_ v: Tensor<Scalar>) -> Tensor<Scalar> {
    switch v.rank {
    case 1:
        let k = v.count
        let m = Tensor<Scalar>(zeros: [k, k])
        let p = m.storage.base, src = v.storage.base
        for i in 0..<k { p[i * k + i] = src[i] }
        return m
    case 2:
        let r = v.dims[0], c = v.dims[1], k = min(r, c)
        let out = Tensor<Scalar>(uninitialized: Shape(k))
        for i in 0..<k { out.storage.base[i] = v.storage.base[i * c + i] }
        return out
    default:
        fatalError("diag: expected a vector or a matrix, got shape \(v.shape)")
    }
}
