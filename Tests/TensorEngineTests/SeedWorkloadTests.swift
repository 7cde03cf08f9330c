import Testing
@testable import TensorEngine

/// The showcase notebook's synthetic-gradient experiment (k = 100, 50 ReLU
/// layers), written as the seed's MXNet code is: the notebook depends on
/// float32 overflowing at scale 0.8 and on a tiny gradient at scale 0.1.
extension DefaultGeneratorTests {
    func syntheticGradient(k: Int, scale: Float, repeats: Int = 10) -> Double {
        var results: [Double] = []
        for _ in 0..<repeats {
            _ = Tensor<Float>(randomNormal: [k])  // the seed draws x and never uses it
            var h = Tensor<Float>(ones: [k])
            var y = diag(Tensor<Float>(ones: [k]))
            for _ in 0..<50 {
                let w = Tensor<Float>(randomNormal: [k, k], mean: 0, std: scale)
                let wh = matmul(w, h)
                y = matmul((wh .> 0) * w.T, y)
                h = relu(wh)
            }
            results.append(Double(y.abs().mean().scalar))
        }
        return results.reduce(0, +) / Double(results.count)
    }

    @Test func reluAtScale08OverflowsFloat32() {
        Random.seed(0)
        let m = syntheticGradient(k: 100, scale: 0.8)
        #expect(!m.isFinite)  // MXNet printed nan
    }

    @Test func reluAtScale01VanishesLikeTheSeed() {
        Random.seed(0)
        let m = syntheticGradient(k: 100, scale: 0.1)
        // The seed printed 1.4038878531907883e-09; different draws, same decade or two.
        #expect(m > 1.4e-11 && m < 1.4e-7, "\(m)")
    }

    @Test func productOfRandomMatricesMatchesTheSeedsMagnitudes() {
        Random.seed(0)
        func product(_ scale: Float) -> Tensor<Float> {
            var y = diag(Tensor<Float>(ones: [4]))
            for _ in 0..<100 { y = matmul(Tensor<Float>(randomNormal: [4, 4], mean: 0, std: scale), y) }
            return y
        }
        let small = abs(product(0.5)).max().scalar, large = abs(product(0.7)).max().scalar
        // The seed: entries around 1e-5 at scale 0.5 and 1e7 at scale 0.7.
        #expect(small < 1e-2 && large > 1e3, "\(small) \(large)")
    }
}
