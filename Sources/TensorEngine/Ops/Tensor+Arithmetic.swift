// Arithmetic operators, NumPy broadcasting, with a Scalar on either side.
// Each carries `@_specialize` for Float and Double: called from a notebook
// (another module) the generic entry point jumps straight to a copy compiled
// for the concrete type, which matters for 4×4 operations costing ~40 ns.
extension Tensor {
    @_specialize(where Scalar == Float) @_specialize(where Scalar == Double) @_specialize(where Scalar == Int32)
    public static func + (a: Tensor, b: Tensor) -> Tensor { zip(.add, a, b) }
    @_specialize(where Scalar == Float) @_specialize(where Scalar == Double) @_specialize(where Scalar == Int32)
    public static func - (a: Tensor, b: Tensor) -> Tensor { zip(.subtract, a, b) }
    @_specialize(where Scalar == Float) @_specialize(where Scalar == Double) @_specialize(where Scalar == Int32)
    public static func * (a: Tensor, b: Tensor) -> Tensor { zip(.multiply, a, b) }
    @_specialize(where Scalar == Float) @_specialize(where Scalar == Double) @_specialize(where Scalar == Int32)
    public static func / (a: Tensor, b: Tensor) -> Tensor { zip(.divide, a, b) }

    @_specialize(where Scalar == Float) @_specialize(where Scalar == Double) @_specialize(where Scalar == Int32)
    public static func + (a: Tensor, s: Scalar) -> Tensor { zip(.add, a, s) }
    @_specialize(where Scalar == Float) @_specialize(where Scalar == Double) @_specialize(where Scalar == Int32)
    public static func - (a: Tensor, s: Scalar) -> Tensor { zip(.subtract, a, s) }
    @_specialize(where Scalar == Float) @_specialize(where Scalar == Double) @_specialize(where Scalar == Int32)
    public static func * (a: Tensor, s: Scalar) -> Tensor { zip(.multiply, a, s) }
    @_specialize(where Scalar == Float) @_specialize(where Scalar == Double) @_specialize(where Scalar == Int32)
    public static func / (a: Tensor, s: Scalar) -> Tensor { zip(.divide, a, s) }

    @_specialize(where Scalar == Float) @_specialize(where Scalar == Double) @_specialize(where Scalar == Int32)
    public static func + (s: Scalar, a: Tensor) -> Tensor { zip(.add, a, s, scalarFirst: true) }
    @_specialize(where Scalar == Float) @_specialize(where Scalar == Double) @_specialize(where Scalar == Int32)
    public static func - (s: Scalar, a: Tensor) -> Tensor { zip(.subtract, a, s, scalarFirst: true) }
    @_specialize(where Scalar == Float) @_specialize(where Scalar == Double) @_specialize(where Scalar == Int32)
    public static func * (s: Scalar, a: Tensor) -> Tensor { zip(.multiply, a, s, scalarFirst: true) }
    @_specialize(where Scalar == Float) @_specialize(where Scalar == Double) @_specialize(where Scalar == Int32)
    public static func / (s: Scalar, a: Tensor) -> Tensor { zip(.divide, a, s, scalarFirst: true) }

    public static func += (a: inout Tensor, b: Tensor) { zipAssign(.add, &a, b) }
    public static func -= (a: inout Tensor, b: Tensor) { zipAssign(.subtract, &a, b) }
    public static func *= (a: inout Tensor, b: Tensor) { zipAssign(.multiply, &a, b) }
    public static func /= (a: inout Tensor, b: Tensor) { zipAssign(.divide, &a, b) }

    public static func += (a: inout Tensor, s: Scalar) { zipAssign(.add, &a, Tensor(s)) }
    public static func -= (a: inout Tensor, s: Scalar) { zipAssign(.subtract, &a, Tensor(s)) }
    public static func *= (a: inout Tensor, s: Scalar) { zipAssign(.multiply, &a, Tensor(s)) }
    public static func /= (a: inout Tensor, s: Scalar) { zipAssign(.divide, &a, Tensor(s)) }
}

// Comparisons give masks of 0 and 1 in the tensor's own scalar type, so a
// mask multiplies straight into arithmetic (`(x .> 0) * w`, ReLU's derivative).
extension Tensor {
    @_specialize(where Scalar == Float) @_specialize(where Scalar == Double) @_specialize(where Scalar == Int32)
    public static func .> (a: Tensor, b: Tensor) -> Tensor { zip(.greater, a, b) }
    @_specialize(where Scalar == Float) @_specialize(where Scalar == Double) @_specialize(where Scalar == Int32)
    public static func .< (a: Tensor, b: Tensor) -> Tensor { zip(.less, a, b) }
    @_specialize(where Scalar == Float) @_specialize(where Scalar == Double) @_specialize(where Scalar == Int32)
    public static func .>= (a: Tensor, b: Tensor) -> Tensor { zip(.greaterEqual, a, b) }
    @_specialize(where Scalar == Float) @_specialize(where Scalar == Double) @_specialize(where Scalar == Int32)
    public static func .<= (a: Tensor, b: Tensor) -> Tensor { zip(.lessEqual, a, b) }
    @_specialize(where Scalar == Float) @_specialize(where Scalar == Double) @_specialize(where Scalar == Int32)
    public static func .== (a: Tensor, b: Tensor) -> Tensor { zip(.equal, a, b) }

    @_specialize(where Scalar == Float) @_specialize(where Scalar == Double) @_specialize(where Scalar == Int32)
    public static func .> (a: Tensor, s: Scalar) -> Tensor { zip(.greater, a, s) }
    @_specialize(where Scalar == Float) @_specialize(where Scalar == Double) @_specialize(where Scalar == Int32)
    public static func .< (a: Tensor, s: Scalar) -> Tensor { zip(.less, a, s) }
    @_specialize(where Scalar == Float) @_specialize(where Scalar == Double) @_specialize(where Scalar == Int32)
    public static func .>= (a: Tensor, s: Scalar) -> Tensor { zip(.greaterEqual, a, s) }
    @_specialize(where Scalar == Float) @_specialize(where Scalar == Double) @_specialize(where Scalar == Int32)
    public static func .<= (a: Tensor, s: Scalar) -> Tensor { zip(.lessEqual, a, s) }
    @_specialize(where Scalar == Float) @_specialize(where Scalar == Double) @_specialize(where Scalar == Int32)
    public static func .== (a: Tensor, s: Scalar) -> Tensor { zip(.equal, a, s) }
}

extension Tensor where Scalar: TensorScalar {
    public static prefix func - (a: Tensor) -> Tensor { a.map(.negate) }
}

// Elementwise functions, each one primitive.
public func abs<S: TensorScalar>(_ a: Tensor<S>) -> Tensor<S> { a.map(.abs) }
public func exp<S: TensorScalar>(_ a: Tensor<S>) -> Tensor<S> { a.map(.exp) }
public func log<S: TensorScalar>(_ a: Tensor<S>) -> Tensor<S> { a.map(.log) }
public func sqrt<S: TensorScalar>(_ a: Tensor<S>) -> Tensor<S> { a.map(.sqrt) }
public func sin<S: TensorScalar>(_ a: Tensor<S>) -> Tensor<S> { a.map(.sin) }
public func cos<S: TensorScalar>(_ a: Tensor<S>) -> Tensor<S> { a.map(.cos) }
public func tanh<S: TensorScalar>(_ a: Tensor<S>) -> Tensor<S> { a.map(.tanh) }
public func relu<S: TensorScalar>(_ a: Tensor<S>) -> Tensor<S> { a.map(.relu) }
public func sigmoid<S: TensorScalar>(_ a: Tensor<S>) -> Tensor<S> { a.map(.sigmoid) }
public func pow<S: TensorScalar>(_ a: Tensor<S>, _ b: Tensor<S>) -> Tensor<S> { Tensor.zip(.pow, a, b) }
public func pow<S: TensorScalar>(_ a: Tensor<S>, _ e: S) -> Tensor<S> {
    e == 2 ? a.map(.square) : Tensor.zip(.pow, a, e)
}
/// NumPy's `maximum`: elementwise, broadcasting; NaN in either operand propagates.
public func maximum<S>(_ a: Tensor<S>, _ b: Tensor<S>) -> Tensor<S> { Tensor.zip(.maximum, a, b) }
public func maximum<S>(_ a: Tensor<S>, _ s: S) -> Tensor<S> { Tensor.zip(.maximum, a, s) }
public func minimum<S>(_ a: Tensor<S>, _ b: Tensor<S>) -> Tensor<S> { Tensor.zip(.minimum, a, b) }
public func minimum<S>(_ a: Tensor<S>, _ s: S) -> Tensor<S> { Tensor.zip(.minimum, a, s) }

extension Tensor where Scalar: TensorScalar {
    /// `|a|` as a method, as MXNet writes it (`Y.abs().mean()`).
    public func abs() -> Tensor { map(.abs) }
}

/// exp(a − max) / Σ exp(a − max) along `axis`: composed from primitives;
/// subtracting the maximum first keeps exp from overflowing.
public func softmax<S: TensorScalar>(_ a: Tensor<S>, axis: Int = -1) -> Tensor<S> {
    let e = exp(a - a.max(axis: axis, keepDims: true).detach())
    return e / e.sum(axis: axis, keepDims: true)
}

/// log(softmax(a)) as a − logSumExp(a): stable where exp underflows to 0 and log would give
/// −inf, which is why cross-entropy is computed from it rather than from `softmax`.
public func logSoftmax<S: TensorScalar>(_ a: Tensor<S>, axis: Int = -1) -> Tensor<S> {
    a - a.logSumExp(axis: axis, keepDims: true)
}

extension Tensor where Scalar: TensorScalar {
    /// log Σ exp(x) along `axis`, computed as m + log Σ exp(x − m) with m the maximum, so that
    /// no exp overflows. m is a constant to the gradient (its contributions cancel exactly),
    /// which leaves the gradient softmax(x).
    public func logSumExp(axis: Int, keepDims: Bool = false) -> Tensor {
        let m = max(axis: axis, keepDims: true).detach()
        let s = log(exp(self - m).sum(axis: axis, keepDims: true)) + m
        return keepDims ? s : s.reshaped(shape.enumerated().filter { $0.offset != normalizedAxis(axis, rank: rank) }.map(\.element))
    }
}

/// PyTorch's name for `clip` (see Tensor+Rounding.swift).
public func clamp<S: TensorScalar>(_ a: Tensor<S>, min low: S, max high: S) -> Tensor<S> { clip(a, min: low, max: high) }
