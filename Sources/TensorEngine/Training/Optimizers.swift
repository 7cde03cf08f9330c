#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

// Optimisers that update a parameter list in place, with PyTorch's update formulas (including
// the order of operations, so that float32 runs track PyTorch's to rounding).

/// Something that moves parameters along their gradients, one step per call.
public protocol Optimizer {
    associatedtype Scalar: TensorScalar
    mutating func update(_ parameters: inout [Tensor<Scalar>], along gradients: [Tensor<Scalar>])
}

/// Stochastic gradient descent (PyTorch's `SGD` without dampening or Nesterov): with weight
/// decay λ the gradient is g + λ·p; with momentum μ, b ← μ·b + g (b = g on the first step) and
/// the step is along b.
public struct SGD<Scalar: TensorScalar>: Optimizer {
    public var learningRate: Scalar
    public var momentum: Scalar
    public var weightDecay: Scalar
    private var velocity: [Tensor<Scalar>] = []

    public init(learningRate: Scalar, momentum: Scalar = 0, weightDecay: Scalar = 0) {
        self.learningRate = learningRate
        self.momentum = momentum
        self.weightDecay = weightDecay
    }

    public mutating func update(_ parameters: inout [Tensor<Scalar>], along gradients: [Tensor<Scalar>]) {
        checkParameters(parameters, gradients)
        for i in parameters.indices {
            var g = gradients[i]
            if weightDecay != 0 { g = g + weightDecay * parameters[i] }
            if momentum != 0 {
                if velocity.count < parameters.count { velocity.append(g) } else {
                    velocity[i] = momentum * velocity[i] + g
                }
                g = velocity[i]
            }
            parameters[i] -= learningRate * g
        }
    }
}

/// Adam (PyTorch's `Adam`, weight decay as an L2 term added to the gradient, not AdamW):
/// m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g², p ← p − (lr / (1−β₁ᵗ))·m / (√v / √(1−β₂ᵗ) + ε).
public struct Adam<Scalar: TensorScalar>: Optimizer {
    public var learningRate: Scalar
    public var beta1: Scalar
    public var beta2: Scalar
    public var epsilon: Scalar
    public var weightDecay: Scalar
    private var step = 0
    private var firstMoments: [Tensor<Scalar>] = []
    private var secondMoments: [Tensor<Scalar>] = []

    public init(
        learningRate: Scalar = 1e-3, beta1: Scalar = 0.9, beta2: Scalar = 0.999,
        epsilon: Scalar = 1e-8, weightDecay: Scalar = 0
    ) {
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        self.weightDecay = weightDecay
    }

    public mutating func update(_ parameters: inout [Tensor<Scalar>], along gradients: [Tensor<Scalar>]) {
        checkParameters(parameters, gradients)
        if firstMoments.isEmpty {
            firstMoments = parameters.map { Tensor(zerosLike: $0) }
            secondMoments = firstMoments
        }
        step += 1
        // As PyTorch: the bias corrections are computed in double precision, then rounded.
        let correction1 = 1 - Glibc.pow(Double(beta1), Double(step))
        let correction2Root = (1 - Glibc.pow(Double(beta2), Double(step))).squareRoot()
        let stepSize = Scalar(Double(learningRate) / correction1)
        for i in parameters.indices {
            var g = gradients[i]
            if weightDecay != 0 { g = g + weightDecay * parameters[i] }
            firstMoments[i] = beta1 * firstMoments[i] + (1 - beta1) * g
            secondMoments[i] = beta2 * secondMoments[i] + (1 - beta2) * g * g
            let denominator = sqrt(secondMoments[i]) / Scalar(correction2Root) + epsilon
            parameters[i] -= stepSize * firstMoments[i] / denominator
        }
    }
}

private func checkParameters<S>(_ parameters: [Tensor<S>], _ gradients: [Tensor<S>]) {
    require(parameters.count == gradients.count,
            "update: \(parameters.count) parameters but \(gradients.count) gradients")
    for (i, (p, g)) in zip(parameters, gradients).enumerated() {
        require(p.shape == g.shape, "update: parameter \(i) has shape \(p.shape), its gradient \(g.shape)")
    }
}
