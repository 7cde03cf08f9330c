/// NumPy's `str(array)` layout (`_formatArray` in numpy/_core/arrayprint.py):
/// line width 75, elements separated by one space, rows wrapped with a
/// hanging indent, and past 1000 elements only 3 items at each edge of every
/// axis, with "..." between.
enum ArrayLayout {
    static let lineWidth = 75
    static let threshold = 1000
    static let edgeItems = 3

    static func text(shape: [Int], summarize: Bool, element: (Int) -> String) -> String {
        var strides = [Int](repeating: 1, count: shape.count)
        for i in stride(from: shape.count - 2, through: 0, by: -1) { strides[i] = strides[i + 1] * shape[i + 1] }

        func extend(_ s: inout String, _ line: inout String, _ word: String, _ width: Int, _ prefix: String) {
            // Wrap unless the line holds only its indent (wrapping would not help).
            if line.count + word.count > width && line.count > prefix.count {
                s += rstrip(line) + "\n"
                line = prefix
            }
            line += word
        }

        func recurse(_ axis: Int, _ offset: Int, _ hanging: String, _ width: Int) -> String {
            if axis == shape.count { return element(offset) }
            let nextHanging = hanging + " ", nextWidth = width - 1
            let n = shape[axis]
            let summary = summarize && 2 * edgeItems < n
            let leading = summary ? edgeItems : 0, trailing = summary ? edgeItems : n
            func child(_ i: Int) -> String {
                recurse(axis + 1, offset + i * strides[axis], nextHanging, nextWidth)
            }
            var s = ""
            if axis == shape.count - 1 {
                let elementWidth = width - 1  // room for the separator or "]"
                var line = hanging
                for i in 0..<leading {
                    extend(&s, &line, child(i), elementWidth, hanging)
                    line += " "
                }
                if summary {
                    extend(&s, &line, "...", elementWidth, hanging)
                    line += " "
                }
                for i in stride(from: trailing, to: 1, by: -1) {
                    extend(&s, &line, child(n - i), elementWidth, hanging)
                    line += " "
                }
                extend(&s, &line, child(n - 1), elementWidth, hanging)
                s += line
            } else {
                let lineSeparator = String(repeating: "\n", count: shape.count - axis - 1)
                for i in 0..<leading { s += hanging + child(i) + lineSeparator }
                if summary { s += hanging + "..." + lineSeparator }
                for i in stride(from: trailing, to: 1, by: -1) { s += hanging + child(n - i) + lineSeparator }
                s += hanging + child(n - 1)
            }
            return "[" + s.dropFirst(hanging.count) + "]"
        }
        return recurse(0, 0, " ", lineWidth)
    }

    static func rstrip(_ s: String) -> String {
        var t = Substring(s)
        while t.last == " " { t = t.dropLast() }
        return String(t)
    }

    /// The flat indices that a summarised print shows: 3 at each edge of every axis.
    static func shownIndices(shape: [Int], summarize: Bool) -> [Int] {
        var indices = [0]
        var size = 1
        for axis in stride(from: shape.count - 1, through: 0, by: -1) {
            let n = shape[axis]
            let kept = summarize && n > 2 * edgeItems ? Array(0..<edgeItems) + Array((n - edgeItems)..<n) : Array(0..<n)
            indices = kept.flatMap { i in indices.map { i * size + $0 } }
            size *= n
        }
        return indices
    }
}

extension Tensor: CustomStringConvertible {
    /// What NumPy's `print` shows: the array alone (`numpyText`), a 0-d tensor as a bare
    /// number, so `print("mean:", x.mean())` reads `mean: 0.5`. A displayed value (a cell's
    /// last expression, `display(_:)`) adds the `shapeLine` beneath it.
    public var description: String { numpyText }

    /// Exactly NumPy's `str(np.array(values, dtype=...))`.
    public var numpyText: String {
        let values = scalars
        if rank == 0 { return Scalar._scalarText(values[0]) }
        if count == 0 { return "[]" }
        let summarize = count > ArrayLayout.threshold
        let shown = ArrayLayout.shownIndices(shape: shape, summarize: summarize)
        let format = Scalar._formatter(for: shown.map { values[$0] })
        return ArrayLayout.text(shape: shape, summarize: summarize) { format(values[$0]) }
    }

    /// `<Tensor 4x4 float32>`, as MXNet's `<NDArray 4x4 @cpu(0)>`.
    public var shapeLine: String {
        let extent = rank == 0 ? "scalar" : shape.map(String.init).joined(separator: "x")
        return "<Tensor \(extent) \(Scalar.dtypeName)>"
    }
}
