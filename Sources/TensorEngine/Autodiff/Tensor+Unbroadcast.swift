// The shape bookkeeping of pullbacks: broadcasting forward is summing backward.
extension Tensor {
    /// This gradient summed over the axes that broadcasting added or stretched, so that it has
    /// `shape` (PyTorch's `sum_to_size`, Swift for TensorFlow's `BroadcastingPullback`).
    func summed(toShape shape: [Int]) -> Tensor {
        if self.shape == shape { return self }
        var g = self
        while g.rank > shape.count { g = g.sum(axis: 0) }
        for axis in 0..<shape.count where shape[axis] == 1 && g.shape[axis] != 1 {
            g = g.sum(axis: axis, keepDims: true)
        }
        return g.reshaped(shape)
    }

    /// This tensor repeated along its extent-1 axes (and leading new axes) to `shape`.
    func broadcasted(to shape: [Int]) -> Tensor {
        self.shape == shape ? self : Tensor(zeros: shape) + self
    }

    /// The elements at positions `range` along `axis`.
    func slice(axis: Int, _ range: Range<Int>) -> Tensor {
        let (outer, n, inner) = lanes(axis: axis)
        var outShape = shape
        outShape[axis] = range.count
        let out = Tensor(uninitialized: Shape(outShape))
        let run = range.count * inner
        withUnsafeScalars { x in
            for o in 0..<outer where run > 0 {
                (out.storage.base + o * run)
                    .update(from: x.baseAddress! + (o * n + range.lowerBound) * inner, count: run)
            }
        }
        return out
    }
}
