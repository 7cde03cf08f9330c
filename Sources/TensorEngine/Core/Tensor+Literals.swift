// Tensors from literals, one-element tensors as numbers, and `Int` operands in arithmetic.

extension Tensor: ExpressibleByArrayLiteral {
    /// `let x: Tensor<Float> = [1, 2, 3]`, a vector. A matrix is `Tensor<Float>([[1, 2], [3, 4]])`
    /// (a literal has one element type, so nested literals go through `init(_ rows:)`).
    public init(arrayLiteral elements: Scalar...) {
        self.init(elements)
    }
}

func oneElementFailure(_ type: String, shape: [Int]) -> String {
    "\(type)(_:) needs a tensor of one element; this one has shape \(shape) "
        + "(\(shape.reduce(1, *)) elements): reduce it first (.sum(), .mean()) or index one element"
}

extension Tensor {
    /// The one element, for the conversions below.
    func onlyElement(as type: String) -> Scalar {
        require(count == 1, oneElementFailure(type, shape: shape))
        return withUnsafeScalars { $0[0] }
    }

    /// An `Int` operand as this tensor's scalar: rounded to nearest for floats (as NumPy
    /// treats a Python int), and required to fit for integer tensors.
    static func scalar(_ value: Int) -> Scalar {
        let s = Scalar._fromDouble(Double(value))
        require(
            Scalar.self != Int32.self || s._double == Double(value),
            "\(value) does not fit in an \(Scalar.dtypeName) tensor's elements")
        return s
    }
}

extension Float {
    /// The value of a one-element tensor (NumPy's `float(t)`); stops naming the shape otherwise.
    public init<S: TensorElement>(_ t: Tensor<S>) { self = Float(t.onlyElement(as: "Float")._double) }
}

extension Double {
    /// The value of a one-element tensor; stops naming the shape otherwise.
    public init<S: TensorElement>(_ t: Tensor<S>) { self = t.onlyElement(as: "Double")._double }
}

extension Int {
    /// The value of a one-element tensor, truncated toward zero as Python's `int(t)`; stops
    /// naming the shape for a tensor of another size, or the value for NaN or infinity.
    public init<S: TensorElement>(_ t: Tensor<S>) {
        let v = t.onlyElement(as: "Int")._double
        require(v.isFinite && Swift.abs(v) < 0x1p63, "Int(_:): \(v) has no integer value")
        self = Int(v)
    }
}

// `t / n` with an `Int` variable, `2 * t`: the Int becomes the tensor's scalar type, as NumPy
// treats a Python int (`Tensor<Float>` stays float32). Integer literals choose these overloads
// too; the result is the same as with the literal read as the scalar type.
extension Tensor {
    @_specialize(where Scalar == Float) @_specialize(where Scalar == Double) @_specialize(where Scalar == Int32)
    public static func + (a: Tensor, s: Int) -> Tensor { zip(.add, a, scalar(s)) }
    @_specialize(where Scalar == Float) @_specialize(where Scalar == Double) @_specialize(where Scalar == Int32)
    public static func - (a: Tensor, s: Int) -> Tensor { zip(.subtract, a, scalar(s)) }
    @_specialize(where Scalar == Float) @_specialize(where Scalar == Double) @_specialize(where Scalar == Int32)
    public static func * (a: Tensor, s: Int) -> Tensor { zip(.multiply, a, scalar(s)) }
    @_specialize(where Scalar == Float) @_specialize(where Scalar == Double) @_specialize(where Scalar == Int32)
    public static func / (a: Tensor, s: Int) -> Tensor { zip(.divide, a, scalar(s)) }

    @_specialize(where Scalar == Float) @_specialize(where Scalar == Double) @_specialize(where Scalar == Int32)
    public static func + (s: Int, a: Tensor) -> Tensor { zip(.add, a, scalar(s), scalarFirst: true) }
    @_specialize(where Scalar == Float) @_specialize(where Scalar == Double) @_specialize(where Scalar == Int32)
    public static func - (s: Int, a: Tensor) -> Tensor { zip(.subtract, a, scalar(s), scalarFirst: true) }
    @_specialize(where Scalar == Float) @_specialize(where Scalar == Double) @_specialize(where Scalar == Int32)
    public static func * (s: Int, a: Tensor) -> Tensor { zip(.multiply, a, scalar(s), scalarFirst: true) }
    @_specialize(where Scalar == Float) @_specialize(where Scalar == Double) @_specialize(where Scalar == Int32)
    public static func / (s: Int, a: Tensor) -> Tensor { zip(.divide, a, scalar(s), scalarFirst: true) }
}
