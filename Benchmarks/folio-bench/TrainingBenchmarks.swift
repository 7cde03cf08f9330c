// Times TensorEngine's reverse-mode gradients against PyTorch on the CPU, same run, same
// threads: Folio's side here, PyTorch's in Benchmarks/torch_bench.py (see TorchSide.swift).
import Foundation
import TensorEngine

/// d2l's MLP from scratch (784 → 256 → 10, ReLU, batch 256, cross-entropy, SGD lr 0.1):
/// one training step is forward, backward and the update.
private struct MLPStep {
    let x = Tensor<Float>(randomNormal: [256, 784])
    let labels = Tensor<Float>((0..<256).map { Float($0 % 10) })
    var params = [
        Tensor<Float>(randomNormal: [784, 256], std: 0.01), Tensor<Float>(zeros: [256]),
        Tensor<Float>(randomNormal: [256, 10], std: 0.01), Tensor<Float>(zeros: [10]),
    ]
    var sgd = SGD<Float>(learningRate: 0.1)

    mutating func step() {
        let (x, labels) = (x, labels)
        let grads = gradient(at: params) { p in
            let h = relu(matmul(x, p[0]) + p[1])
            return crossEntropy(logits: matmul(h, p[2]) + p[3], labels: labels)
        }
        sgd.update(&params, along: grads)
    }
}

/// The seed notebook's 50-layer sigmoid network (k = 100): the gradient of the sum of its output
/// with respect to the input and all 50 weight matrices.
private struct SigmoidNetworkGradient {
    let weights = (0..<50).map { _ in Tensor<Float>(randomNormal: [100, 100], std: 0.1) }
    let x = Tensor<Float>(randomNormal: [100])

    func step() {
        _ = gradient(at: [x] + weights) { p in
            var h = p[0]
            for w in p.dropFirst() { h = sigmoid(matmul(w, h)) }
            return h.sum()
        }
    }
}

/// Prints Folio's and PyTorch's medians and the ratio (PyTorch time / Folio time).
func runTrainingBenchmarks(repeats: Int = 15) {
    Random.seed(0)
    var mlp = MLPStep()
    let network = SigmoidNetworkGradient()
    let folio = [
        "mlp_step": timed(repeats: repeats, number: 10) { mlp.step() },
        "sigmoid50_grad": timed(repeats: repeats, number: 10) { network.step() },
    ]
    let torch = runTorch(repeats: repeats)
    print("TensorEngine gradients vs PyTorch \(torch?.torch ?? "?") on the CPU (\(torch?.threads ?? 0) threads; "
          + "Folio: \(ProcessInfo.processInfo.activeProcessorCount) cores for large products); medians of \(repeats) repeats of 10 steps")
    print(pad("work", 52) + pad("Folio", 11) + pad("PyTorch", 11) + pad("ratio", 9) + pad("goal", 14) + "met")
    let rows = [
        ("mlp_step", "MLP training step 784→256→10, batch 256", "≥ 1× PyTorch"),
        ("sigmoid50_grad", "gradient of the seed's 50-layer sigmoid network", "-"),
    ]
    for (key, work, goal) in rows {
        let f = median(folio[key]!)
        let t = torch?.results[key].map(median)
        let ratio = t.map { String(format: "%.2f×", $0 / f) } ?? "-"
        let met = goal == "-" ? "" : t.map { $0 / f >= 1 ? "yes" : "NO" } ?? "?"
        print(pad(work, 52) + pad(format(f), 11) + pad(t.map(format) ?? "-", 11) + pad(ratio, 9) + pad(goal, 14) + met)
    }
}
