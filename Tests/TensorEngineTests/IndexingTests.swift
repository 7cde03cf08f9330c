import Testing
@testable import TensorEngine

// Expected values are NumPy 2.4's, computed once and quoted.
@Suite struct IndexingTests {
    @Test func rowElementAndSliceAssignmentBroadcastAsNumPy() {
        var x = Tensor<Float>(arange: 0, 12).reshaped([3, 4])
        x[1] = Tensor([10, 20, 30, 40])
        x[0, 2] = 99
        #expect(x.scalars == [0, 1, 99, 3, 10, 20, 30, 40, 8, 9, 10, 11])
        x[1..<3] = Tensor([1, 2, 3, 4])
        #expect(x.scalars == [0, 1, 99, 3, 1, 2, 3, 4, 1, 2, 3, 4])
        x[-1] = 7
        #expect(x[2].scalars == [7, 7, 7, 7])
        x[1...] = Tensor([[5], [6]])
        #expect(x.scalars == [0, 1, 99, 3, 5, 5, 5, 5, 6, 6, 6, 6])
        x[..<1] = 0
        #expect(x[0].scalars == [0, 0, 0, 0])
        x[2, -1] = Tensor(-1)
        let corner: Float = x[2, 3]
        #expect(corner == -1)
        var v = Tensor<Float>([1, 2, 3])
        v[1] = 9
        let element: Float = v[1]
        #expect(element == 9 && v.scalars == [1, 9, 3])
        #expect(assignmentFailure([3], "x[0]", [4]) == "cannot assign a tensor of shape [3] to x[0] of shape [4]: shapes do not broadcast")
    }

    /// NumPy: `x = np.arange(10).reshape(5, 2)`; `x[3:]`, `x[:10]`, `x[-2:]`, `x[7:]` have 2, 5, 2
    /// and 0 rows; `x[1] = np.ones((1, 2)) * 7` fills row 1 (leading axes of extent 1 dropped).
    @Test func slicesClampAndCountFromTheEndAsNumPysDo() {
        var x = Tensor<Float>(arange: 0, 10).reshaped([5, 2])
        #expect(x[3...].shape == [2, 2] && x[3...].scalars == [6, 7, 8, 9])
        #expect(x[..<10].shape == [5, 2])
        #expect(x[(-2)...].scalars == [6, 7, 8, 9])
        #expect(x[(-3)...(-2)].scalars == [4, 5, 6, 7])
        #expect(x[7...].shape == [0, 2])
        x[1] = Tensor<Float>(repeating: 7, shape: [1, 2])
        #expect(x[1].scalars == [7, 7])
        x[3...] = Tensor<Float>(repeating: -1, shape: [1, 1, 2])
        #expect(x.scalars == [0, 1, 7, 7, 4, 5, -1, -1, -1, -1])
    }

    /// NumPy: `p = np.arange(8.).reshape(4, 2); p[np.array([1, 0, 1, 0]) == 1]` is
    /// `[[0, 1], [4, 5]]`: a mask over the leading axis picks rows.
    @Test func aMaskOverTheLeadingAxesPicksRows() {
        let points = Tensor<Float>(arange: 0, 8).reshaped([4, 2])
        let labels = Tensor<Float>([1, 0, 1, 0])
        let firstClass = points[labels .== 1]
        #expect(firstClass.shape == [2, 2] && firstClass.scalars == [0, 1, 4, 5])
        #expect(points[labels .== 2].shape == [0, 2])
    }

    @Test func assignmentCopiesSharedStorage() {
        var x = Tensor<Float>(arange: 0, 6).reshaped([2, 3])
        let copy = x, view = x.reshaped([6])
        x[0, 0] = -1
        x[1] = 5
        #expect(copy.scalars == [0, 1, 2, 3, 4, 5])
        #expect(view.scalars == [0, 1, 2, 3, 4, 5])
        #expect(x.scalars == [-1, 1, 2, 5, 5, 5])
    }

    @Test func maskGatheringAndAssignment() {
        // x[x > 0] with a NaN: NaN > 0 is false.
        let y = Tensor<Float>([.nan, 1, -2, 3])
        #expect(y[y .> 0].scalars == [1, 3])
        var x = Tensor<Float>([[0, 1, 99, 3], [1, 2, 3, 4], [1, 2, 3, 4]])
        #expect(x[x .> 3].scalars == [99, 4, 4])
        x[x .> 3] = 0
        #expect(x.scalars == [0, 1, 0, 3, 1, 2, 3, 0, 1, 2, 3, 0])
        x[x .== 3] = Tensor([7, 8, 9])
        #expect(x.scalars == [0, 1, 0, 7, 1, 2, 8, 0, 1, 2, 9, 0])
        #expect(x[x .> 100].shape == [0])
        let empty = Tensor<Float>(zeros: [0])
        #expect(empty[empty .> 0].shape == [0])
        // Masks of an Int32 tensor are labelled: an unlabelled Int32 tensor gathers by index.
        var labels = Tensor<Int32>([2, 0, 2, 1])
        #expect(labels[mask: labels .== 2].scalars == [2, 2])
        labels[mask: labels .== 2] = 5
        #expect(labels.scalars == [5, 0, 5, 1])
        #expect(maskFailure([3], [2, 2]) == "mask of shape [3] does not match the tensor's shape [2, 2]: a mask has the tensor's shape")
        #expect(maskValueFailure("0.5", at: 1, shape: [2]).contains("holds 0.5 at flat index 1"))
    }

    /// Past a million elements the mask is counted and compressed in chunks on all cores.
    @Test func largeMasksGatherInOrder() {
        let n = (1 << 20) + 12_345
        let x = Tensor<Float>(arange: 0, Double(n))
        let mask = Tensor<Float>.randomIntegers(0..<2, philox: Philox4x32(seed: 11), firstBlock: 0, shape: Shape([n]))
        let expected = zip(x.scalars, mask.scalars).filter { $0.1 == 1 }.map(\.0)
        #expect(x[mask].scalars == expected)
        var y = x
        y[mask] = -1
        #expect(y[mask .== 0].scalars == x[mask .== 0].scalars && y[mask].scalars.allSatisfy { $0 == -1 })
    }

    @Test func integerArrayGatheringAsNumPy() {
        let z = Tensor<Float>(arange: 0, 12).reshaped([3, 4])
        #expect(z[Tensor<Int32>([2, -1, 0])].scalars == [8, 9, 10, 11, 8, 9, 10, 11, 0, 1, 2, 3])
        #expect(z[Tensor<Int32>([[0], [2]])].shape == [2, 1, 4])
        let v = Tensor<Float>([10, 20, 30])
        #expect(v[[2, 0, -1]].scalars == [30, 10, 30])
        let order = Tensor<Int32>([3, 1, 2]).argsort()
        #expect(Tensor<Int32>([3, 1, 2])[order].scalars == [1, 2, 3])
        var w = v
        w[[0, 2]] = 0
        w[Tensor<Int32>([1])] = Tensor([5])
        #expect(w.scalars == [0, 5, 0])
        #expect(v.scalars == [10, 20, 30])
    }

    @Test func gatheringIsDifferentiable() {
        let x = Tensor<Double>([-1, 2, 3, -4])
        let g = gradient(at: x) { t in (t[t .> 0] * Tensor([10, 100])).sum() }
        #expect(g.scalars == [0, 10, 100, 0])
        let h = gradient(at: x) { t in (t[[3, 3, 0]]).sum() }
        #expect(h.scalars == [1, 0, 0, 2])
        let s = gradient(at: x) { t in (t.sorted() * Tensor([1, 2, 3, 4])).sum() }
        #expect(s.scalars == [2, 3, 4, 1])
    }

    /// Misuse stops the program with a message naming what is wrong (exit tests run it in a
    /// child process).
    @Test func misuseStopsWithTheShapesAndTheReason() async {
        func text(_ result: ExitTest.Result?) -> String {
            String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
        }
        let shape = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = Tensor<Float>([1, 2, 3, 4])[Tensor<Float>([1, 0])]
        }
        #expect(text(shape).contains("mask of shape [2] does not match the tensor's shape [4]"))
        let values = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            let x = Tensor<Float>([1, 2])
            _ = x[x * 2]
        }
        #expect(text(values).contains("holds 2.0 at flat index 0"))
        let taped = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = gradient(at: Tensor<Float>([1, 2])) { t in
                var y = t
                y[0] = 5
                return y.sum()
            }
        }
        #expect(text(taped).contains("not differentiable"))
        let row = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            var x = Tensor<Float>(zeros: [2, 3])
            x[0] = Tensor([1, 2])
        }
        #expect(text(row).contains("cannot assign a tensor of shape [2] to x[0] of shape [3]"))
        let number = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = Float(Tensor<Float>([1, 2]))
        }
        #expect(text(number).contains("shape [2]"))
    }
}
