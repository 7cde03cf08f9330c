extension Tensor {
    /// A float32 tensor's values as they are, so that `hist` and `histogram` bin them in
    /// float32 as NumPy does (the `PlotSeries` conformance is in Display.swift).
    public var plotFloat32: [Float]? {
        // `plotValues` stops a tensor of more than one dimension with the message that says why.
        if shape.count > 1 { _ = plotValues }
        return scalars as? [Float]
    }
}
