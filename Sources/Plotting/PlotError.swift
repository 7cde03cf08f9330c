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
    /// `imshow` ends of the colour map the wrong way round (matplotlib refuses them too).
    case invertedValueLimits(vmin: Double, vmax: Double)
    /// A categorical colormap without colours.
    case emptyColormap
    /// A histogram with fewer than one bin.
    case badBins(Int)
    /// Histogram edges that decrease at `index`.
    case decreasingEdges(index: Int)
    /// A histogram range that is not finite or runs backwards.
    case badRange(Double, Double)
    /// A per-point list (error bars, sizes, colours, a band's second curve) of the wrong length.
    case perPointMismatch(function: String, name: String, count: Int, points: Int)

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
        case .invertedValueLimits(let vmin, let vmax):
            return "imshow: vmin (\(vmin)) must not exceed vmax (\(vmax)); swap them"
        case .emptyColormap:
            return "imshow: a categorical colormap needs at least one colour"
        case .badBins(let bins):
            return "hist: bins must be at least 1, not \(bins); give a count (bins: 20) or two or more edges"
        case .decreasingEdges(let index):
            return "hist: bin edge \(index) is smaller than edge \(index - 1); edges must increase"
        case .badRange(let low, let high):
            return "hist: range (\(low), \(high)) must be finite with low ≤ high, say range: (0, 1)"
        case .perPointMismatch(let function, let name, let count, let points):
            return "\(function): \(name) has \(count) value\(count == 1 ? "" : "s") for \(points) point\(points == 1 ? "" : "s"); "
                + "give one per point"
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
