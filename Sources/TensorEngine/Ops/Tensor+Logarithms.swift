// Logarithms in other bases and the accurate forms near zero, each one primitive computed
// by the C library per element (as NumPy's float32 loops do for these four), so that
// log10(1000) is exactly 3 and log1p(1e-10) is not rounded to 0 as log(1 + 1e-10) is.

/// The base-10 logarithm of each element; `log10(0) = -inf`, negative values give NaN.
public func log10<S: TensorScalar>(_ a: Tensor<S>) -> Tensor<S> { a.map(.log10) }

/// The base-2 logarithm of each element.
public func log2<S: TensorScalar>(_ a: Tensor<S>) -> Tensor<S> { a.map(.log2) }

/// log(1 + x), accurate for tiny x.
public func log1p<S: TensorScalar>(_ a: Tensor<S>) -> Tensor<S> { a.map(.log1p) }

/// exp(x) − 1, accurate for tiny x.
public func expm1<S: TensorScalar>(_ a: Tensor<S>) -> Tensor<S> { a.map(.expm1) }
