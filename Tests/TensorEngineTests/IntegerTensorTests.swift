import Testing
@testable import TensorEngine

// Expected values are NumPy 2.4's (int32 arrays), computed once and quoted.
@Suite struct IntegerTensorTests {
    @Test func arithmeticWrapsAndDivisionFloorsAsNumPyInt32() {
        let a = Tensor<Int32>([7, -7, 7, -7, 5, Int32.min]), b = Tensor<Int32>([2, 2, -2, -2, 0, -1])
        // a // b, a * b, a + b, a - b
        #expect((a / b).scalars == [3, -4, -4, 3, 0, Int32.min])
        #expect((a * b).scalars == [14, -14, -14, 14, 0, Int32.min])
        #expect((a + b).scalars == [9, -5, 5, -9, 5, Int32.max])
        #expect((a - b).scalars == [5, -9, 9, -5, 5, -2_147_483_647])
        #expect((Tensor<Int32>([Int32.max]) + 1).scalars == [Int32.min])
        #expect((-Tensor<Int32>([3, -4])).scalars == [-3, 4])
        #expect((Tensor<Int32>([[1, 2], [3, 4]]) * Tensor<Int32>([10, 100])).scalars == [10, 200, 30, 400])
    }

    @Test func comparisonsGiveInt32Masks() {
        let a = Tensor<Int32>([1, 5, 3])
        #expect((a .> 2).scalars == [0, 1, 1])
        #expect((a .== Tensor<Int32>([1, 0, 3])).scalars == [1, 0, 1])
        #expect(maximum(a, 3).scalars == [3, 5, 3])
    }

    @Test func reductionsAndShapeOps() {
        let i = Tensor<Int32>([[5, -3, 2], [-3, 9, 0]])
        #expect(i.sum().scalar == 10)
        #expect(i.max(axis: 1).scalars == [5, 9])
        #expect(i.min(axis: 0).scalars == [-3, -3, 0])
        #expect(i.sum(axis: 0).scalars == [2, 6, 2])
        #expect(i.T.scalars == [5, -3, -3, 9, 2, 0])
        #expect(i.argmax(axis: 1).scalars == [0, 1])
        #expect(i.reshaped([3, 2])[2].scalars == [9, 0])
        #expect(concatenate([i, i], axis: 0).shape == [4, 3])
        #expect(Tensor<Int32>(arange: 2, 7, step: 2).scalars == [2, 4, 6])
        #expect(Tensor<Int32>(zeros: [0]).sum().scalar == 0)
    }

    @Test func printsAsNumPyPrintsInt32Arrays() {
        #expect(Tensor<Int32>([1, -20, 300]).numpyText == "[  1 -20 300]")
        #expect(Tensor<Int32>([[1, -20], [300, 4]]).numpyText == "[[  1 -20]\n [300   4]]")
        #expect(Tensor<Int32>(arange: 0, 2000).numpyText == "[   0    1    2 ... 1997 1998 1999]")
        #expect(Tensor<Int32>(-5).numpyText == "-5" && Tensor<Int32>(-5).shapeLine == "<Tensor scalar int32>")
        #expect(Tensor<Int32>([1, 2, 3]).numpyText == "[1 2 3]" && Tensor<Int32>([1, 2, 3]).shapeLine == "<Tensor 3 int32>")
        #expect(Tensor<Int32>(zeros: [0]).numpyText == "[]")
    }

    @Test func conversionsFollowNumPyAstype() {
        // np.array([nan, 3e9, -3e9, 2.7, -2.7, inf], float32).astype(int32)
        let f = Tensor<Float>([.nan, 3e9, -3e9, 2.7, -2.7, .infinity])
        #expect(Tensor<Int32>(f).scalars == [Int32.min, Int32.min, Int32.min, 2, -2, Int32.min])
        #expect(Tensor<Float>(Tensor<Int32>([16_777_217, -3])).scalars == [16_777_216, -3])
        #expect(Tensor<Double>(Tensor<Int32>([Int32.max])).scalars == [2_147_483_647])
    }

    @Test func oneElementTensorsConvertToNumbers() {
        let t = Tensor<Float>([[2.75]])
        #expect(Float(t) == 2.75)
        #expect(Double(t) == 2.75)
        #expect(Int(t) == 2)
        #expect(Int(Tensor<Float>(-2.75)) == -2)
        #expect(Float(Tensor<Float>([1, 2, 3]).sum()) == 6)
        #expect(Int(Tensor<Int32>([7])) == 7)
        #expect(oneElementFailure("Float", shape: [3]).contains("shape [3] (3 elements)"))
    }

    @Test func literalsAndIntOperands() {
        let x: Tensor<Float> = [1, 2, 3]
        #expect(x.shape == [3])
        #expect(Tensor<Float>([[1, 2], [3, 4]]).shape == [2, 2])
        let n = 4
        #expect((x / n).scalars == [0.25, 0.5, 0.75])
        #expect((n * x).scalars == [4, 8, 12])
        #expect((x - n).scalars == [-3, -2, -1])
        #expect((1 - x).scalars == [0, -1, -2])
        #expect((Tensor<Int32>([7, -7]) / n).scalars == [1, -2])
        // A literal still reads as the scalar type where an Int is not accepted.
        #expect((x * 0.5).scalars == [0.5, 1, 1.5])
    }

    @Test func randomIntegersDependOnlyOnKeyAndPosition() {
        let key = Philox4x32(seed: 7)
        func draw(_ n: Int, threshold: Int = RandomGrain.threshold) -> Tensor<Int32> {
            Tensor<Int32>.randomIntegers(-3..<5, philox: key, firstBlock: 0, shape: Shape([n]), threshold: threshold)
        }
        let a = draw(1000)
        #expect(Array(a.scalars.prefix(3)) == draw(3).scalars)
        #expect(a.min().scalar == -3 && a.max().scalar == 4)
        // Each of the 8 values about 125 times in 1000 draws.
        for v in Int32(-3)..<5 {
            let hits = (a .== Tensor(v)).sum().scalar
            #expect(hits > 80 && hits < 170, "value \(v) drawn \(hits) times")
        }
        // The same values however the fill is split across threads.
        let big = draw(300_001), split = draw(300_001, threshold: .max)
        #expect(big == split && Array(big.scalars.prefix(1000)) == a.scalars)
        let floats = Tensor<Float>.randomIntegers(-3..<5, philox: key, firstBlock: 0, shape: Shape([1000]))
        #expect(floats.scalars == a.scalars.map(Float.init))
        // Through the default generator: a seed fixes the draws (the counter moves on after).
        #expect(Tensor<Int32>(randomInt: 0..<10, shape: [5]).shape == [5])
    }

    @Test func integerLabelsWorkWithTrainingHelpers() {
        let logits = Tensor<Float>([[0, 1], [3, 1], [0, 2]])
        #expect(accuracy(logits: logits, labels: Tensor<Int32>([1, 1, 1])) == Float(2) / 3)
        let batches = minibatches(logits, Tensor<Int32>([0, 1, 2]), size: 2, shuffled: false)
        #expect(batches.map(\.labels.scalars) == [[0, 1], [2]])
    }
}
