/// Shows a value in the cell's output, where it stands among what the cell prints.
///
/// A `Figure` becomes an SVG figure; anything else, its description (a `String` shows quoted,
/// as Jupyter shows a `str`). A `Tensor` shows as NumPy prints it with a line of shape and
/// dtype beneath (`<Tensor 4x4 float32>`), as MXNet shows an NDArray; `print` gives the array alone.
public func display<T>(_ value: T) {
    switch value {
    case let figure as Figure: _FolioKernel.show(figure: figure)
    case let text as String: _FolioKernel.show(text: String(reflecting: text))
    case let tensor as any ShapedDisplay: _FolioKernel.show(text: tensor.displayText)
    default: _FolioKernel.show(text: String(describing: value))
    }
}

/// A value whose displayed form says more than its printed one.
protocol ShapedDisplay {
    var displayText: String { get }
}

extension Tensor: ShapedDisplay {
    var displayText: String { numpyText + "\n" + shapeLine }
}

extension Tensor: PlotSeries {
    public var plotValues: [Double] {
        requirePlottable()
        return Tensor<Double>(self).scalars
    }

    /// A float32 tensor's values as they are, so that `hist` and `histogram` bin them in
    /// float32 as NumPy does; nil for other element types, without copying them first.
    public var plotFloat32: [Float]? {
        requirePlottable()
        return Scalar.self == Float.self ? unsafeBitCast(scalars, to: [Float].self) : nil
    }

    private func requirePlottable() {
        // Not `precondition`: release builds drop its message, and the reader needs it.
        if shape.count > 1 {
            fatalError("a plotted tensor must be 1-D, not of shape \(shape); plot a row (x[i]), a column (x.T[j]) or x.reshaped([-1])")
        }
    }
}

extension Tensor: PlotGrid {
    /// The rows of a rank-2 tensor, row 0 first (drawn at the bottom by `imshow`).
    public var plotGrid: [[Double]] {
        guard shape.count == 2 else {
            fatalError("imshow: a tensor drawn as an image must be 2-D (rows × columns), not of shape \(shape)")
        }
        let columns = shape[1], values = Tensor<Double>(self).scalars
        return (0..<shape[0]).map { row in
            Array(values[(row * columns)..<((row + 1) * columns)])
        }
    }
}
