// Losses as PyTorch's functional ones with their default mean reduction, composed from
// differentiable primitives so that `valueWithGradient` differentiates them like any code.

/// The mean of the squared differences (PyTorch's `mse_loss`). Shapes must match, so that a
/// [n, 1] prediction against an [n] target is an error rather than an [n, n] broadcast.
public func mseLoss<S: TensorScalar>(_ predictions: Tensor<S>, _ targets: Tensor<S>) -> Tensor<S> {
    require(predictions.shape == targets.shape, lossShapeFailure("mseLoss", predictions.shape, targets.shape))
    return pow(predictions - targets, 2).mean()
}

/// The mean over rows of −log softmax(logits)[label] (PyTorch's `cross_entropy`). `logits` is
/// [n, classes]; `labels` holds n class indices 0..<classes (as whole numbers of the tensor's type).
public func crossEntropy<S: TensorScalar>(logits: Tensor<S>, labels: Tensor<S>) -> Tensor<S> {
    require(logits.rank == 2 && labels.shape == [logits.shape[0]],
            "crossEntropy: logits must be [n, classes] and labels [n], got \(logits.shape) and \(labels.shape)")
    let picked = logSoftmax(logits, axis: 1) * oneHot(labels, classes: logits.shape[1])
    return -picked.sum() / S(logits.shape[0])
}

/// The mean binary cross-entropy of sigmoid(logits) against 0/1 labels (PyTorch's
/// `binary_cross_entropy_with_logits`), as max(z, 0) − z·y + log(1 + exp(−|z|)): exp never
/// overflows, and the gradient is sigmoid(z) − y everywhere (ties of `maximum` share the
/// gradient, which gives the correct ½ at z = 0).
public func binaryCrossEntropy<S: TensorScalar>(logits: Tensor<S>, labels: Tensor<S>) -> Tensor<S> {
    require(logits.shape == labels.shape, lossShapeFailure("binaryCrossEntropy", logits.shape, labels.shape))
    return (maximum(logits, 0) - logits * labels + log(1 + exp(-abs(logits)))).mean()
}

/// Rows of the identity: `[n]` class indices to an `[n, classes]` matrix of 0 and 1.
public func oneHot<S>(_ labels: Tensor<S>, classes: Int) -> Tensor<S> {
    var out = Tensor<S>(zeros: [labels.count, classes])
    labels.withUnsafeScalars { l in
        out.withUnsafeMutableScalars { o in
            for (i, v) in l.enumerated() {
                let c = Int(exactly: v._double) ?? -1
                require(c >= 0 && c < classes, "oneHot: label \(v) at row \(i) is not a class index in 0..<\(classes)")
                o[i * classes + c] = 1
            }
        }
    }
    return out
}

/// `crossEntropy` with integer class labels. (Disfavoured, so that `labels: Tensor([2, 0])`
/// still reads its literal in the logits' type.)
@_disfavoredOverload
public func crossEntropy<S: TensorScalar>(logits: Tensor<S>, labels: Tensor<Int32>) -> Tensor<S> {
    crossEntropy(logits: logits, labels: Tensor<S>(labels))
}

/// `accuracy` with integer class labels.
@_disfavoredOverload
public func accuracy<S: TensorScalar>(logits: Tensor<S>, labels: Tensor<Int32>) -> S {
    accuracy(logits: logits, labels: Tensor<S>(labels))
}

/// The fraction of rows whose largest logit is at the label's index.
public func accuracy<S: TensorScalar>(logits: Tensor<S>, labels: Tensor<S>) -> S {
    (logits.argmax(axis: 1) .== labels).mean().scalar
}

private func lossShapeFailure(_ name: String, _ a: [Int], _ b: [Int]) -> String {
    "\(name): predictions of shape \(a) and targets of shape \(b) differ; reshape one to match"
}
