/// Mistakes in a plotting call. The plotting functions stop the program with the description,
/// as an index out of range does; the checks are public so that callers (and tests) can make
/// them without stopping. They stop with `fatalError`, not `preconditionFailure`, because
/// in an optimised build (`-O`) a precondition failure drops its message.
public enum PlotError: Error, Equatable, CustomStringConvertible {
    /// x and y of one series differ in length.
    case lengthMismatch(x: Int, y: Int, label: String?)
    /// More legend labels than series.
    case tooManyLabels(labels: Int, series: Int)
    /// A row of an `imshow` grid differs in length from row 0.
    case raggedGrid(row: Int, count: Int, expected: Int)
    /// An `imshow` extent with an end that is NaN or infinite.
    case nonFiniteExtent
    /// A categorical colormap without colours.
    case emptyColormap

    public var description: String {
        switch self {
        case .lengthMismatch(let x, let y, let label):
            let name = label.map { " of series \"\($0)\"" } ?? ""
            return "plot: x has \(x) value\(x == 1 ? "" : "s") but y\(name) has \(y); "
                + "x and y must have the same length"
        case .tooManyLabels(let labels, let series):
            return "plot: \(labels) legend labels for \(series) series; give at most one label per series"
        case .raggedGrid(let row, let count, let expected):
            return "imshow: row \(row) has \(count) value\(count == 1 ? "" : "s") but row 0 has \(expected); "
                + "every row of the grid must have the same length"
        case .nonFiniteExtent:
            return "imshow: the extent (xMin, xMax, yMin, yMax) must be finite"
        case .emptyColormap:
            return "imshow: a categorical colormap needs at least one colour"
        }
    }

    /// The error for a series with `xCount` x values and `yCount` y values, or nil if they match.
    public static func lengthMismatch(xCount: Int, yCount: Int, label: String? = nil) -> PlotError? {
        xCount == yCount ? nil : .lengthMismatch(x: xCount, y: yCount, label: label)
    }
}

/// Checks that x and y can form one series, without trapping.
public func checkLengths<X: PlotSeries, Y: PlotSeries>(_ x: X, _ y: Y, label: String? = nil) throws(PlotError) {
    if let error = PlotError.lengthMismatch(xCount: x.plotValues.count, yCount: y.plotValues.count, label: label) {
        throw error
    }
}
