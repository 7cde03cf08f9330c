extension _FolioKernel {
    /// The value of an inline expression of the prose (`{swift} expr`), written for Folio to put
    /// in its place: a string as it is, a number or a one-element tensor as NumPy's `str` prints
    /// it, anything else by its description.
    public static func inline<T>(_ index: Int, _ value: T) {
        let text = inlineText(value)
        guard let directory = state.directory else {
            print(text)
            return
        }
        FileManager.default.createFile(atPath: "\(directory)/inline-\(index).txt", contents: Data(text.utf8))
    }

    static func inlineText<T>(_ value: T) -> String {
        switch value {
        case let text as String: text
        case let text as Substring: String(text)
        case let number as Float: number.numpyText
        case let number as Double: number.numpyText
        case let tensor as Tensor<Float> where tensor.count == 1: tensor.scalar.numpyText
        case let tensor as Tensor<Double> where tensor.count == 1: tensor.scalar.numpyText
        case let tensor as Tensor<Int32> where tensor.count == 1: String(tensor.scalar)
        default: String(describing: value)
        }
    }
}
