/// A Wengert list: the operations a gradient closure performed, in order, each with the tape
/// positions of its tracked inputs and its pullback (the vector–Jacobian product of the op).
///
/// Only `gradient(at:of:)` and its relatives make a tape, so code outside them records nothing
/// and pays one nil check per operation. Running the entries in reverse order is a topological
/// order of the graph by construction: an op is appended after all of its inputs.
final class Tape<Scalar: TensorElement> {
    /// The gradients of an op's inputs given the gradient of its output; `needs[i]` is false
    /// for an input that is a constant, whose gradient the rule may skip (returning nil).
    typealias Pullback = (_ gradient: Tensor<Scalar>, _ needs: [Bool]) -> [Tensor<Scalar>?]

    struct Entry {
        /// Tape positions of the op's inputs; -1 for an input that is a constant.
        let inputs: [Int]
        /// nil for a leaf (a variable the gradient is taken with respect to).
        let pullback: Pullback?
    }

    private(set) var entries: [Entry] = []
    /// False once the closure has returned: values that escaped it are constants from then on.
    private(set) var isRecording = true

    /// `value` as a variable of this tape.
    func leaf(_ value: Tensor<Scalar>) -> Tensor<Scalar> {
        var tracked = value.detached
        tracked.node = TapeNode(tape: self, index: append(Entry(inputs: [], pullback: nil)))
        return tracked
    }

    func append(_ entry: Entry) -> Int {
        entries.append(entry)
        return entries.count - 1
    }

    /// The gradient of `output` (one element) with respect to each of `leaves`; zeros for a
    /// leaf the output does not depend on. Ends the recording and frees every entry.
    func gradients(of output: Tensor<Scalar>, at leaves: [Tensor<Scalar>]) -> [Tensor<Scalar>] {
        isRecording = false
        defer { entries = [] }
        var grads = [Tensor<Scalar>?](repeating: nil, count: entries.count)
        if let node = output.node, node.tape === self {
            grads[node.index] = Tensor(onesLike: output)
            for i in stride(from: node.index, through: 0, by: -1) {
                guard let g = grads[i], let pullback = entries[i].pullback else { continue }
                grads[i] = nil  // an intermediate gradient is needed once; free it now
                let inputs = entries[i].inputs
                let inputGrads = pullback(g, inputs.map { $0 >= 0 })
                for (k, j) in inputs.enumerated() where j >= 0 {
                    guard let gk = inputGrads[k] else { continue }
                    if grads[j] == nil { grads[j] = gk } else { grads[j]! += gk }
                }
            }
        }
        return leaves.map { leaf in grads[leaf.node!.index] ?? Tensor(zerosLike: leaf) }
    }
}

/// A tensor's place on a tape. A class so that `Tensor` grows by one optional reference.
final class TapeNode<Scalar: TensorElement> {
    let tape: Tape<Scalar>
    let index: Int

    init(tape: Tape<Scalar>, index: Int) {
        self.tape = tape
        self.index = index
    }
}

extension Tensor {
    /// The same value with no place on any tape: what pullbacks capture, so that a tape's
    /// closures never hold their own outputs' nodes (no reference cycles) and never record.
    var detached: Tensor { Tensor(storage: storage, dims: dims) }

    /// True when this value is a variable of, or was computed on, a tape that is recording.
    var isTracked: Bool { node?.tape.isRecording ?? false }

    /// `self` (an op's output) recorded on the recording tape of the first tracked input,
    /// with `pullback` as its derivative. Inputs tracked on no recording tape are constants;
    /// when there are none, `self` is returned as it is.
    func recorded(from inputs: [Tensor], pullback: @escaping Tape<Scalar>.Pullback) -> Tensor {
        guard let tape = inputs.lazy.compactMap({ $0.node?.tape }).first(where: { $0.isRecording })
        else { return self }
        let positions = inputs.map { $0.node?.tape === tape ? $0.node!.index : -1 }
        var out = self
        out.node = TapeNode(tape: tape, index: tape.append(.init(inputs: positions, pullback: pullback)))
        return out
    }
}
