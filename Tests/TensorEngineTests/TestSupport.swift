@testable import TensorEngine

/// Relative closeness for transcendental results, which may differ from
/// NumPy's in the last bit or two.
func close(_ a: [Float], _ b: [Float], ulps: Float = 4) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { x, y in
        if x.isNaN || y.isNaN { return x.isNaN && y.isNaN }
        if x.isInfinite || y.isInfinite { return x == y }
        return Swift.abs(x - y) <= ulps * Swift.max(Swift.abs(x), Swift.abs(y)).ulp + Float.leastNormalMagnitude
    }
}

/// Bitwise equality (distinguishes -0 from 0; NaN equals NaN).
func identical(_ a: [Float], _ b: [Float]) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { $0.bitPattern == $1.bitPattern || ($0.isNaN && $1.isNaN) }
}

/// The test data behind the pairwise-summation checks, reproducible in NumPy
/// as `((i*7919) % 10007).astype(float32) * float32(0.1337) - float32(600)`.
func summationData(_ n: Int) -> Tensor<Float> {
    Tensor(shape: [n], scalars: (0..<n).map { Float(($0 * 7919) % 10007) * 0.1337 - 600 })
}
