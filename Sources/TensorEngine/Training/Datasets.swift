#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

// Synthetic datasets of the d2l lessons. Every draw comes from the default generator, so a
// notebook's seed fixes the data.

/// d2l's `synthetic_data`: features X ~ N(0, 1) of shape [count, w.count] and labels
/// y = X·w + b + ε with ε ~ N(0, noise²), as a column [count, 1]. `w` is a vector or a column.
public func syntheticLinearData<S: TensorScalar>(
    w: Tensor<S>, b: S, count: Int, noise: S
) -> (features: Tensor<S>, labels: Tensor<S>) {
    let weights = w.reshaped([-1])
    let x = Tensor<S>(randomNormal: [count, weights.count])
    let y = matmul(x, weights) + b + Tensor<S>(randomNormal: [count], std: noise)
    return (x, y.reshaped([count, 1]))
}

/// Interleaved spiral arms, one per class (the CS231n set): class c's i-th of n points is at
/// radius r = i/(n−1) and angle θ = 4(c + r) + noise·N(0, 1), at (r·sin θ, r·cos θ). Points
/// [classes·n, 2], labels [classes·n] holding 0..<classes.
public func spirals<S: TensorScalar>(
    classes: Int = 2, pointsPerClass n: Int, noise: S = 0.2
) -> (points: Tensor<S>, labels: Tensor<S>) {
    require(classes >= 1 && n >= 2, "spirals: need at least one class and two points per class")
    let jitter = Tensor<S>(randomNormal: [classes * n], std: noise).scalars
    var points: [S] = [], labels: [S] = []
    points.reserveCapacity(2 * classes * n)
    for c in 0..<classes {
        for i in 0..<n {
            let r = Double(i) / Double(n - 1)
            let theta = 4 * (Double(c) + r) + Double(jitter[c * n + i])
            points += [S(r * Glibc.sin(theta)), S(r * Glibc.cos(theta))]
            labels.append(S(c))
        }
    }
    return (Tensor(shape: [classes * n, 2], scalars: points), Tensor(labels))
}
