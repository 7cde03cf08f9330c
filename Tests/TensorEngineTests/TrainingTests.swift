import Testing
@testable import TensorEngine

struct TrainingTests {
    /// loss(p) = Σ wᵢ(pᵢ − tᵢ)², w = [1, 2, 3], t = [0.5, 1, −1], five steps from p = [1, −2, 0.5].
    /// The expected parameters are PyTorch 2.13's, float64 tensors, `opt.zero_grad();
    /// loss.backward(); opt.step()` five times:
    ///   torch.optim.SGD([p], lr=0.1, momentum=0.9, weight_decay=0.01) → [0.20408174804769888, 3.1784158841872023, -1.3383476375878]
    ///   torch.optim.Adam([p], lr=0.1, weight_decay=0.01)              → [0.5275335756127093, -1.5017812406355684, 0.004364945443032758]
    func fiveSteps<O: Optimizer>(_ optimizer: O) -> [Double] where O.Scalar == Double {
        var optimizer = optimizer
        var params = [Tensor<Double>([1, -2, 0.5])]
        let w = Tensor<Double>([1, 2, 3]), t = Tensor<Double>([0.5, 1, -1])
        for _ in 0..<5 {
            let grads = gradient(at: params) { p in (w * pow(p[0] - t, 2)).sum() }
            optimizer.update(&params, along: grads)
        }
        return params[0].scalars
    }

    func close(_ a: [Double], _ b: [Double]) -> Bool {
        zip(a, b).allSatisfy { Swift.abs($0 - $1) <= 1e-12 * Swift.max(1, Swift.abs($1)) }
    }

    @Test("SGD with momentum and weight decay follows PyTorch's formula")
    func sgd() {
        #expect(close(fiveSteps(SGD(learningRate: 0.1, momentum: 0.9, weightDecay: 0.01)),
                      [0.20408174804769888, 3.1784158841872023, -1.3383476375878]))
        // Plain SGD: one step is p − lr·g.
        var params = [Tensor<Double>([1, 2])]
        var plain = SGD<Double>(learningRate: 0.5)
        plain.update(&params, along: [Tensor([0.2, -0.4])])
        #expect(params[0].scalars == [0.9, 2.2])
    }

    @Test("Adam with weight decay follows PyTorch's formula")
    func adam() {
        #expect(close(fiveSteps(Adam(learningRate: 0.1, weightDecay: 0.01)),
                      [0.5275335756127093, -1.5017812406355684, 0.004364945443032758]))
    }

    @Test("losses agree with PyTorch's values")
    func losses() {
        // torch.nn.functional.cross_entropy(tensor([[1., 2, 3], [1, 1, 1]], dtype=float64), tensor([2, 0]))
        // = mean(-log_softmax) = (0.40760596 + 1.09861229) / 2 = 0.7531091265562451
        let ce = crossEntropy(logits: Tensor<Double>([[1, 2, 3], [1, 1, 1]]), labels: Tensor([2, 0]))
        #expect(Swift.abs(ce.scalar - 0.7531091265562451) < 1e-12)
        // binary_cross_entropy_with_logits(tensor([0., 2, -1000]), tensor([1., 0, 0]))
        // = (log 2 + 2.126928 + 0) / 3 = 0.9400250911712646 in PyTorch, finite even at -1000
        let bce = binaryCrossEntropy(logits: Tensor<Float>([0, 2, -1000]), labels: Tensor([1, 0, 0]))
        #expect(Swift.abs(bce.scalar - 0.9400251) < 1e-6)
        #expect(mseLoss(Tensor<Float>([1, 2]), Tensor([0, 4])).scalar == 2.5)
        // Stable where log(softmax) would give -inf: logits 1000 apart.
        let far = crossEntropy(logits: Tensor<Float>([[0, 1000]]), labels: Tensor([0]))
        #expect(far.scalar == 1000)
        #expect(accuracy(logits: Tensor<Float>([[0, 1], [3, 1], [0, 2]]), labels: Tensor([1, 1, 1])) == Float(2) / 3)
    }

    @Test("logSoftmax and logSumExp stay finite where exp overflows")
    func stableLogSoftmax() {
        let x = Tensor<Float>([[1000, 1001], [-1000, -1001]])
        #expect(x.logSumExp(axis: 1).scalars.allSatisfy { $0.isFinite })
        let l = logSoftmax(x, axis: 1)
        #expect(Swift.abs(l.scalars[0] - -1.3132616) < 1e-4 && Swift.abs(l.scalars[3] - -1.3132616) < 1e-4)
        #expect(x.logSumExp(axis: 0, keepDims: true).shape == [1, 2])
    }

    @Test("permutations and minibatches come from the seed and cover every row once")
    func minibatchOrder() {
        Random.seed(7)
        let p1 = Random.permutation(50)
        Random.seed(7)
        #expect(Random.permutation(50) == p1)
        #expect(p1.sorted() == Array(0..<50) && p1 != Array(0..<50))
        let x = Tensor<Float>(shape: [10, 2], scalars: (0..<20).map(Float.init))
        let y = Tensor<Float>((0..<10).map(Float.init))
        let batches = minibatches(x, y, size: 4)
        #expect(batches.map(\.features.shape) == [[4, 2], [4, 2], [2, 2]])
        let rows = batches.flatMap(\.labels.scalars)
        #expect(rows.sorted() == y.scalars && rows != y.scalars)
        // Features and labels stay paired: row r of x holds 2r, 2r + 1.
        for b in batches {
            #expect(b.features.scalars == b.labels.scalars.flatMap { [2 * $0, 2 * $0 + 1] })
        }
        #expect(minibatches(x, y, size: 3, shuffled: false)[1].labels.scalars == [3, 4, 5])
    }

    @Test("synthetic linear data, spirals and the train/test split")
    func datasets() {
        Random.seed(0)
        let (x, y) = syntheticLinearData(w: Tensor<Double>([2, -3.4]), b: 4.2, count: 2000, noise: 0.01)
        #expect(x.shape == [2000, 2] && y.shape == [2000, 1])
        let residual = y.reshaped([-1]) - (matmul(x, Tensor([2, -3.4])) + 4.2)
        #expect(Swift.abs(residual.mean().scalar) < 0.002 && Swift.abs(sqrt(pow(residual, 2).mean()).scalar - 0.01) < 0.001)
        let (points, labels) = spirals(classes: 3, pointsPerClass: 50, noise: Float(0.1))
        #expect(points.shape == [150, 2] && labels.shape == [150])
        #expect(labels.scalars.filter { $0 == 2 }.count == 50)
        #expect(points.abs().max().scalar <= 1)
        let split = trainTestSplit(points, labels, testFraction: 0.2)
        #expect(split.train.features.shape == [120, 2] && split.test.labels.shape == [30])
    }
}
