/// One plotting area of a figure: its series, scales, limits, labels and legend.
///
/// A class, as in matplotlib: `let ax = fig.axes; ax.plot(…)` changes the figure.
public final class Axes {
    public var title: String?
    public var xlabel: String?
    public var ylabel: String?
    public var xscale: Scale = .linear
    public var yscale: Scale = .linear
    /// View limits; nil fits the data with 5% margins. A non-finite end (`(0, .nan)`) is
    /// fitted while the other stays fixed; `(1, 0)` inverts the axis.
    public var xlim: (Double, Double)?
    public var ylim: (Double, Double)?
    /// Grid lines at the major ticks (matplotlib's `ax.grid()`).
    public var grid = false
    /// Where the legend goes; it is drawn when some series has a label.
    public var legendPosition: LegendPosition = .best

    var series: [Series] = []
    /// Drawn beneath the series, whatever the call order (matplotlib's images sit at zorder 0).
    var images: [AxesImage] = []
    var annotations: [Annotation] = []
    /// Bars and bands, drawn above the images and beneath the lines.
    var patches: [Patch] = []
    var referenceLines: [ReferenceLine] = []
    /// The image a colour bar beside the axes explains, if any (an index into `images`).
    var colorbarImage: Int?
    /// The next colour of each cycle; series with an explicit colour do not advance it.
    private var cycleIndex = 0, patchCycleIndex = 0
    /// How many things have been drawn, for the legend's order.
    private var drawCount = 0

    /// matplotlib's two colour cycles: lines (`plot`, `hist`, `errorbar`) and filled patches
    /// (`bar`, `barh`, `fill_between`), so that a band drawn under a line takes the line's colour.
    enum ColorCycle { case lines, patches }

    /// The explicit colour, or the next one of `cycle` (advancing it).
    func resolveColor(_ color: Color?, cycle: ColorCycle = .lines) -> Color {
        if let color { return color }
        switch cycle {
        case .lines:
            defer { cycleIndex += 1 }
            return Color.cycle(cycleIndex)
        case .patches:
            defer { patchCycleIndex += 1 }
            return Color.cycle(patchCycleIndex)
        }
    }

    /// The legend position of the next thing drawn.
    func nextOrder() -> Int {
        defer { drawCount += 1 }
        return drawCount
    }

    public init() {}

    /// Draws `y` against `x` as a line (matplotlib's `ax.plot`).
    ///
    /// Points with a non-finite coordinate, or a non-positive one on a log axis, leave a gap and
    /// are counted in a note under the axes. Lengths must match (see ``checkLengths(_:_:label:)``).
    public func plot<X: PlotSeries, Y: PlotSeries>(
        _ x: X, _ y: Y, label: String? = nil, style: LineStyle = .solid, marker: Marker = .none,
        color: Color? = nil, lineWidth: Double = 1.5, markerSize: Double = 6
    ) {
        add(x.plotValues, y.plotValues, label: label, style: style, marker: marker, color: color,
            lineWidth: lineWidth, markerSize: markerSize)
    }

    /// Draws `y` against its indices 0, 1, 2 … (matplotlib's `ax.plot(y)`).
    public func plot<Y: PlotSeries>(
        _ y: Y, label: String? = nil, style: LineStyle = .solid, marker: Marker = .none,
        color: Color? = nil, lineWidth: Double = 1.5, markerSize: Double = 6
    ) {
        let values = y.plotValues
        add(values.indices.map(Double.init), values, label: label, style: style, marker: marker,
            color: color, lineWidth: lineWidth, markerSize: markerSize)
    }

    /// Draws a marker at each point, without a line (matplotlib's `ax.scatter`).
    ///
    /// - Parameters:
    ///   - sizes: one marker area per point in pt², matplotlib's `s` (36 is a 6 pt marker).
    ///   - colors: one colour per point, matplotlib's `c`; the legend shows the first.
    ///   - size: one diameter in points for every marker, when `sizes` is not given.
    public func scatter<X: PlotSeries, Y: PlotSeries>(
        _ x: X, _ y: Y, sizes: (any PlotSeries)? = nil, colors: [Color]? = nil, label: String? = nil,
        marker: Marker = .circle, color: Color? = nil, size: Double = 6
    ) {
        let xs = x.plotValues
        let areas = sizes?.plotValues
        if let areas, areas.count != xs.count {
            fatalError(PlotError.perPointMismatch(function: "scatter", name: "sizes", count: areas.count, points: xs.count).description)
        }
        if let colors, colors.count != xs.count {
            fatalError(PlotError.perPointMismatch(function: "scatter", name: "colors", count: colors.count, points: xs.count).description)
        }
        let positive = areas?.map { $0.isFinite && $0 > 0 ? $0 : 0 }
        // The legend's marker has the mean of the smallest and largest areas, as matplotlib's.
        let legendArea = positive.flatMap { areas in areas.min().map { ($0 + areas.max()!) / 2 } }
        add(xs, y.plotValues, label: label, style: .none,
            marker: marker == .none ? .circle : marker, color: color ?? colors?.first, lineWidth: Theme.lineWidth,
            markerSize: legendArea?.squareRoot() ?? size)
        let diameters = positive?.map { $0.squareRoot() }
        series[series.count - 1].pointSizes = diameters
        series[series.count - 1].pointColors = colors
    }

    /// Writes `text` with its left end at the data point (x, y) (matplotlib's `ax.text`).
    /// Not drawn when the point has no place on the axes' scales.
    public func text<X: PlotScalar, Y: PlotScalar>(
        _ x: X, _ y: Y, _ text: String, color: Color = .black, fontSize: Double = 10
    ) {
        annotations.append(Annotation(x: x.plotValue, y: y.plotValue, text: text, color: color,
                                      fontSize: fontSize))
    }

    /// Labels the series in the order they were drawn (matplotlib's `ax.legend([...])`).
    public func legend(_ labels: [String]) {
        if labels.count > series.count {
            fatalError(PlotError.tooManyLabels(labels: labels.count, series: series.count).description)
        }
        for (index, label) in labels.enumerated() { series[index].label = label }
    }

    /// The number of series drawn so far.
    public var seriesCount: Int { series.count }

    /// Notes on points that cannot be shown, one per affected series, e.g.
    /// "relu: 1 point not shown (not finite)". The figure prints them under the axes.
    public var notes: [String] {
        let unnamed = series.count == 1 ? nil : "series"
        return series.enumerated().compactMap { index, series in
            series.droppedNote(name: series.legendLabel ?? unnamed.map { "\($0) \(index + 1)" },
                               xscale: xscale, yscale: yscale)
        }
    }

    func add(
        _ x: [Double], _ y: [Double], label: String?, style: LineStyle, marker: Marker,
        color: Color?, lineWidth: Double, markerSize: Double
    ) {
        if let error = PlotError.lengthMismatch(xCount: x.count, yCount: y.count, label: label) {
            fatalError(error.description)
        }
        series.append(Series(
            x: x, y: y, label: label, style: style, marker: marker, color: resolveColor(color),
            lineWidth: max(0, lineWidth), markerSize: max(0, markerSize), order: nextOrder()))
    }
}

/// Where the legend goes inside the axes.
public enum LegendPosition: Sendable, Hashable, CaseIterable {
    /// The place that overlaps the fewest data points (matplotlib's `loc="best"`).
    case best
    case upperRight, upperLeft, lowerLeft, lowerRight
    case right, centerLeft, centerRight, lowerCenter, upperCenter, center
    /// No legend, even when series have labels.
    case hidden
}
