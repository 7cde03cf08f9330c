extension TensorScalar {
    /// NumPy's `str` of a scalar of this type (`0.1`, `5.0`, `1e-07`, `inf`): what a notebook's
    /// prose shows for an inline value.
    public var numpyText: String { FloatFormat<Self>.scalarText(self) }
}
