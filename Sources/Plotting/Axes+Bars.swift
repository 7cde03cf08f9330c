extension Axes {
    /// Vertical bars centred on `x`, rising from `bottom` by `heights` (matplotlib's `ax.bar`).
    ///
    /// The bars' bases are sticky: the view stops at them without a margin, so bars from 0
    /// stand on the axis. On a log y axis a base of 0 lies below the view and the bars rise
    /// from the bottom of the axes. A non-finite position or height leaves its bar out.
    public func bar<X: PlotSeries, H: PlotSeries>(
        _ x: X, _ heights: H, width: Double = 0.8, bottom: Double = 0, label: String? = nil,
        color: Color? = nil, alpha: Double = 1
    ) {
        addBars(x.plotValues, heights.plotValues, across: width, base: bottom, horizontal: false,
                function: "bar", label: label, color: color, cycle: .patches, alpha: alpha)
    }

    /// Horizontal bars centred on `y`, growing from `left` by `widths` (matplotlib's `ax.barh`).
    public func barh<Y: PlotSeries, W: PlotSeries>(
        _ y: Y, _ widths: W, height: Double = 0.8, left: Double = 0, label: String? = nil,
        color: Color? = nil, alpha: Double = 1
    ) {
        addBars(y.plotValues, widths.plotValues, across: height, base: left, horizontal: true,
                function: "barh", label: label, color: color, cycle: .patches, alpha: alpha)
    }

    /// Bars at `positions` (their centres, or with `alignedAtEdge` their low edges), `across`
    /// wide (or `acrossEach[i]`), and `lengths` from `base` along the value axis.
    func addBars(
        _ positions: [Double], _ lengths: [Double], across: Double, acrossEach: [Double]? = nil,
        base: Double, horizontal: Bool, alignedAtEdge: Bool = false, function: String, label: String?,
        color: Color?, cycle: ColorCycle, alpha: Double
    ) {
        if positions.count != lengths.count {
            let name = horizontal ? "widths" : "heights"
            fatalError(PlotError.perPointMismatch(function: function, name: name, count: lengths.count,
                                                  points: positions.count).description)
        }
        var rects: [BarRect] = []
        rects.reserveCapacity(positions.count)
        for index in positions.indices {
            let across = acrossEach?[index] ?? across
            let start = alignedAtEdge ? positions[index] : positions[index] - across / 2
            let low = start, high = start + across
            let value = base + lengths[index]
            guard low.isFinite, high.isFinite, value.isFinite else { continue }
            rects.append(horizontal ? BarRect(x0: base, x1: value, y0: low, y1: high)
                                    : BarRect(x0: low, x1: high, y0: base, y1: value))
        }
        patches.append(Patch(shape: .bars(rects, horizontal: horizontal), label: label, color: resolveColor(color, cycle: cycle),
                             alpha: Self.opacity(alpha), order: nextOrder()))
    }

    /// An alpha kept within 0…1 (NaN is opaque).
    static func opacity(_ alpha: Double) -> Double { alpha.isNaN ? 1 : min(max(alpha, 0), 1) }
}

/// `bar` on the current figure (see ``figure(figsize:)``), or on a new one; returns it.
@discardableResult
public func bar<X: PlotSeries, H: PlotSeries>(
    _ x: X, _ heights: H, width: Double = 0.8, bottom: Double = 0, label: String? = nil,
    color: Color? = nil, alpha: Double = 1
) -> Figure {
    let figure = Figure.currentOrNew()
    figure.axes.bar(x, heights, width: width, bottom: bottom, label: label, color: color, alpha: alpha)
    return figure
}

/// `barh` on the current figure, or on a new one; returns it.
@discardableResult
public func barh<Y: PlotSeries, W: PlotSeries>(
    _ y: Y, _ widths: W, height: Double = 0.8, left: Double = 0, label: String? = nil,
    color: Color? = nil, alpha: Double = 1
) -> Figure {
    let figure = Figure.currentOrNew()
    figure.axes.barh(y, widths, height: height, left: left, label: label, color: color, alpha: alpha)
    return figure
}
