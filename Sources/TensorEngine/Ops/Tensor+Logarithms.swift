// Logarithms in other bases and the accurate forms near zero, each one primitive computed
// by the C library per element, so that log1p(1e-10) is not rounded to 0 as log(1 + 1e-10)
// is. NumPy calls the C library for these too, except on AVX-512 machines, where its SVML
// loops are much faster (~15 ns an element here against NumPy's 0.3) and may differ by an ulp.

/// The base-10 logarithm of each element; `log10(0) = -inf`, negative values give NaN.
public func log10<S: TensorScalar>(_ a: Tensor<S>) -> Tensor<S> { a.map(.log10) }

/// The base-2 logarithm of each element.
public func log2<S: TensorScalar>(_ a: Tensor<S>) -> Tensor<S> { a.map(.log2) }

/// log(1 + x), accurate for tiny x.
public func log1p<S: TensorScalar>(_ a: Tensor<S>) -> Tensor<S> { a.map(.log1p) }

/// exp(x) − 1, accurate for tiny x.
public func expm1<S: TensorScalar>(_ a: Tensor<S>) -> Tensor<S> { a.map(.expm1) }
