// Shuffling and batching, seeded by the notebook: the same seed gives the same batches.

extension Random {
    /// A uniformly random permutation of 0..<n (Fisher–Yates, one uniform draw per element
    /// from the default generator).
    public static func permutation(_ n: Int) -> [Int] {
        var order = Array(0..<n)
        if n < 2 { return order }
        let u = Tensor<Double>(randomUniform: [n]).scalars
        for i in stride(from: n - 1, to: 0, by: -1) {
            order.swapAt(i, Swift.min(i, Int(u[i] * Double(i + 1))))
        }
        return order
    }
}

/// The rows of `features` and `labels` in batches of `size` (the last may be smaller), in a
/// fresh random order on every call when `shuffled` (d2l's `data_iter`).
public func minibatches<S, L>(
    _ features: Tensor<S>, _ labels: Tensor<L>, size: Int, shuffled: Bool = true
) -> [(features: Tensor<S>, labels: Tensor<L>)] {
    let n = features.shape.first ?? 0
    require(size > 0, "minibatches: size must be positive, got \(size)")
    require(labels.shape.first == n,
            "minibatches: \(n) feature rows but labels of shape \(labels.shape)")
    let order = shuffled ? Random.permutation(n) : Array(0..<n)
    return stride(from: 0, to: n, by: size).map { start in
        let rows = Array(order[start..<Swift.min(start + size, n)])
        return (features.rows(rows), labels.rows(rows))
    }
}

/// A random split of the rows into a training and a test part, `testFraction` of them (rounded)
/// for testing.
public func trainTestSplit<S, L>(
    _ features: Tensor<S>, _ labels: Tensor<L>, testFraction: Double
) -> (train: (features: Tensor<S>, labels: Tensor<L>), test: (features: Tensor<S>, labels: Tensor<L>)) {
    require(testFraction >= 0 && testFraction <= 1, "trainTestSplit: testFraction must be in [0, 1], got \(testFraction)")
    let n = features.shape.first ?? 0
    require(labels.shape.first == n, "trainTestSplit: \(n) feature rows but labels of shape \(labels.shape)")
    let order = Random.permutation(n)
    let testCount = Int((Double(n) * testFraction).rounded())
    let test = Array(order[..<testCount]), train = Array(order[testCount...])
    return ((features.rows(train), labels.rows(train)), (features.rows(test), labels.rows(test)))
}

extension Tensor {
    /// The rows (entries along the first axis) at `indices`, in that order; an index may
    /// repeat. Differentiable: each row's gradient is added back to the row it came from.
    public func rows(_ indices: [Int]) -> Tensor {
        require(rank > 0, "rows: cannot index rows of a 0-d tensor")
        let n = shape[0], row = n == 0 ? 0 : count / n
        var outShape = shape
        outShape[0] = indices.count
        let out = Tensor(uninitialized: Shape(outShape))
        withUnsafeScalars { x in
            for (k, i) in indices.enumerated() {
                require(i >= 0 && i < n, indexFailure(i, shape: shape))
                (out.storage.base + k * row).update(from: x.baseAddress! + i * row, count: row)
            }
        }
        return node == nil ? out : Derivatives.gather(x: self, rows: indices, y: out)
    }
}
