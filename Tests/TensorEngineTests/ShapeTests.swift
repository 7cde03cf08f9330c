import Testing
@testable import TensorEngine

@Suite struct ShapeTests {
    let m = Tensor<Float>(shape: [3, 4], scalars: (0..<12).map(Float.init))

    @Test func literalsAndCreation() {
        #expect(Tensor<Float>([[1, 2], [3, 4]]).shape == [2, 2])
        #expect(Tensor<Float>([1, 2, 3]).count == 3)
        #expect(Tensor<Float>(5).shape == [] && Tensor<Float>(5).scalar == 5)
        #expect(Tensor<Float>([[[1], [2]], [[3], [4]]]).shape == [2, 2, 1])
        #expect(Tensor<Float>(zeros: [2, 3]).scalars == [0, 0, 0, 0, 0, 0])
        #expect(Tensor<Float>(ones: [2]).scalars == [1, 1])
        #expect(Tensor<Float>(repeating: 0.5, shape: [2, 2]).scalars == [0.5, 0.5, 0.5, 0.5])
        #expect(Tensor<Float>.eye(3).scalars == [1, 0, 0, 0, 1, 0, 0, 0, 1])
        #expect(diag(Tensor<Float>([1, 2])).scalars == [1, 0, 0, 2])
        #expect(diag(Tensor<Float>([[1, 2], [3, 4]])).scalars == [1, 4])
        #expect(diag(Tensor<Float>(ones: [4])) == Tensor<Float>.eye(4))
    }

    @Test func arangeAndLinspaceMatchNumPy() {
        // np.arange(-8, 8, 0.1, dtype=float32): 160 values, float32 steps.
        let a = Tensor<Float>(arange: -8, 8, step: 0.1)
        #expect(a.count == 160)
        let picks = [0, 1, 2, 3, 4, 79, 80, 81, 159].map { a.scalars[$0] }
        #expect(picks == [-8.0, -7.9, -7.8, -7.7000003, -7.6000004, -0.100007534, -7.6293945e-06, 0.09999275, 7.8999844])
        #expect(Tensor<Float>(arange: 0, 5).scalars == [0, 1, 2, 3, 4])
        #expect(Tensor<Float>(linspace: 0, 1, count: 11).scalars == [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0])
    }

    @Test func reshapeTransposeIndexAndSlice() {
        #expect(m.reshaped([2, -1]).shape == [2, 6])
        #expect(m.reshaped([12]).scalars == m.scalars)
        #expect(m.T.shape == [4, 3])
        #expect(m.T.scalars == [0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11])
        #expect(m.T.T == m)
        let cube = m.reshaped([2, 3, 2])
        #expect(cube.T.shape == [2, 3, 2] && cube.T.scalars == [0, 6, 2, 8, 4, 10, 1, 7, 3, 9, 5, 11])
        #expect(m[1].scalars == [4, 5, 6, 7] && m[1].shape == [4])
        #expect(m[-1].scalars == [8, 9, 10, 11])
        #expect(m[1][2].shape == [] && m[1][2].scalar == 6)
        #expect(m[2, 3].scalar == 11)
        #expect(m[1..<3].shape == [2, 4] && m[1..<3].scalars == Array(4..<12).map(Float.init))
        // Blocked 4×4 transpose with ragged edges, against the general permutation.
        let odd = Tensor<Float>(shape: [37, 45], scalars: (0..<(37 * 45)).map(Float.init))
        #expect(odd.T.shape == [45, 37] && odd.T == odd.permuted([1, 0]))
        #expect(odd.T[44][36].scalar == 36 * 45 + 44)
    }

    @Test func concatenateAndStack() {
        let a = Tensor<Float>([[1, 2]]), b = Tensor<Float>([[3, 4], [5, 6]])
        #expect(concatenate([a, b], axis: 0).scalars == [1, 2, 3, 4, 5, 6])
        #expect(concatenate([b, b], axis: 1).scalars == [3, 4, 3, 4, 5, 6, 5, 6])
        let s = stack([Tensor<Float>([1, 2]), Tensor<Float>([3, 4])])
        #expect(s.shape == [2, 2] && s.scalars == [1, 2, 3, 4])
        let s1 = stack([Tensor<Float>([1, 2]), Tensor<Float>([3, 4])], axis: 1)
        #expect(s1.shape == [2, 2] && s1.scalars == [1, 3, 2, 4])
    }

    @Test func copyOnWriteKeepsValueSemantics() {
        var a = Tensor<Float>([1, 2, 3])
        let view = a.reshaped([3, 1])
        a.withUnsafeMutableScalars { $0[0] = 42 }
        #expect(a.scalars == [42, 2, 3])
        #expect(view.scalars == [1, 2, 3])
    }

    @Test func badShapesAreReported() {
        #expect(reshapedShape([3, -1], count: 16) == nil)
        #expect(reshapedShape([-1, -1], count: 16) == nil)
        #expect(reshapedShape([2, -1], count: 16) == [2, 8])
        #expect(reshapedShape([4, 4], count: 16) == [4, 4])
        #expect(sameExtents([2, 3], [2, 5], except: 1) && !sameExtents([2, 3], [4, 3], except: 1))
        #expect(reshapeFailure([4, 4], [3, -1]) == "cannot reshape a tensor of shape [4, 4] into shape [3, -1]")
        #expect(indexFailure(5, shape: [4, 4]) == "index 5 is out of range for axis 0 of shape [4, 4]")
        #expect(scalarFailure(shape: [2, 2]) == "scalar: a tensor of shape [2, 2] has 4 elements, not 1")
    }
}

@Suite struct StorageTests {
    @Test func largeBuffersAreReusedWithoutSharing() {
        // ≥ 128 KiB goes through the buffer cache: a dropped buffer is handed out
        // again, and two live tensors never share one.
        var a: Tensor<Float>? = Tensor(repeating: 1, shape: [512, 1024])
        a = nil
        let b = Tensor<Float>(repeating: 2, shape: [512, 1024])
        let c = b + 1
        #expect(a == nil)
        #expect(b.scalars.allSatisfy { $0 == 2 } && c.scalars.allSatisfy { $0 == 3 })
        let d = sigmoid(c) * 0 + b
        #expect(d.min().scalar == 2 && d.max().scalar == 2 && b.sum().scalar == 1_048_576)
    }
}
