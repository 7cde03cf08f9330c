extension Axes {
    /// Fills the region between `y1` and `y2` over `x` (matplotlib's `ax.fill_between`), beneath
    /// the lines; a point with a non-finite value (or ≤ 0 on a log axis) breaks the band.
    public func fillBetween<X: PlotSeries, Y1: PlotSeries, Y2: PlotSeries>(
        _ x: X, _ y1: Y1, _ y2: Y2, alpha: Double = 1, label: String? = nil, color: Color? = nil
    ) {
        let xs = x.plotValues, low = y1.plotValues, high = y2.plotValues
        for (name, values) in [("y1", low), ("y2", high)] where values.count != xs.count {
            fatalError(PlotError.perPointMismatch(function: "fillBetween", name: name, count: values.count,
                                                  points: xs.count).description)
        }
        patches.append(Patch(shape: .band(x: xs, y1: low, y2: high), label: label, color: resolveColor(color, cycle: .patches),
                             alpha: Self.opacity(alpha), order: nextOrder()))
    }

    /// Fills between `y1` and a constant (0 by default), as `fill_between(x, y1)` does.
    public func fillBetween<X: PlotSeries, Y1: PlotSeries>(
        _ x: X, _ y1: Y1, _ y2: Double = 0, alpha: Double = 1, label: String? = nil, color: Color? = nil
    ) {
        let xs = x.plotValues
        fillBetween(xs, y1, [Double](repeating: y2, count: xs.count), alpha: alpha, label: label, color: color)
    }

    /// Points joined by a line, each with a vertical error bar from y − e to y + e
    /// (matplotlib's `ax.errorbar`, drawn as `fmt='o-'`; `style: .none` leaves the line out).
    public func errorbar<X: PlotSeries, Y: PlotSeries, E: PlotSeries>(
        _ x: X, _ y: Y, yerr: E, label: String? = nil, style: LineStyle = .solid,
        marker: Marker = .circle, color: Color? = nil, markerSize: Double = 4
    ) {
        let xs = x.plotValues, errors = yerr.plotValues
        if errors.count != xs.count {
            fatalError(PlotError.perPointMismatch(function: "errorbar", name: "yerr", count: errors.count,
                                                  points: xs.count).description)
        }
        add(xs, y.plotValues, label: label, style: style, marker: marker, color: color,
            lineWidth: Theme.lineWidth, markerSize: markerSize)
        series[series.count - 1].yErrors = errors.map(abs)
    }

    /// Error bars of one size for every point.
    public func errorbar<X: PlotSeries, Y: PlotSeries>(
        _ x: X, _ y: Y, yerr: Double, label: String? = nil, style: LineStyle = .solid,
        marker: Marker = .circle, color: Color? = nil, markerSize: Double = 4
    ) {
        let xs = x.plotValues
        errorbar(xs, y, yerr: [Double](repeating: yerr, count: xs.count), label: label, style: style,
                 marker: marker, color: color, markerSize: markerSize)
    }
}

/// `fillBetween` on the current figure (see ``figure(figsize:)``), or on a new one; returns it.
@discardableResult
public func fillBetween<X: PlotSeries, Y1: PlotSeries, Y2: PlotSeries>(
    _ x: X, _ y1: Y1, _ y2: Y2, alpha: Double = 1, label: String? = nil, color: Color? = nil
) -> Figure {
    let figure = Figure.currentOrNew()
    figure.axes.fillBetween(x, y1, y2, alpha: alpha, label: label, color: color)
    return figure
}

/// `errorbar` on the current figure, or on a new one; returns it.
@discardableResult
public func errorbar<X: PlotSeries, Y: PlotSeries, E: PlotSeries>(
    _ x: X, _ y: Y, yerr: E, label: String? = nil, style: LineStyle = .solid,
    marker: Marker = .circle, color: Color? = nil, markerSize: Double = 4
) -> Figure {
    let figure = Figure.currentOrNew()
    figure.axes.errorbar(x, y, yerr: yerr, label: label, style: style, marker: marker, color: color,
                         markerSize: markerSize)
    return figure
}

/// `errorbar` with one error for every point, on the current figure, or on a new one.
@discardableResult
public func errorbar<X: PlotSeries, Y: PlotSeries>(
    _ x: X, _ y: Y, yerr: Double, label: String? = nil, style: LineStyle = .solid,
    marker: Marker = .circle, color: Color? = nil, markerSize: Double = 4
) -> Figure {
    let figure = Figure.currentOrNew()
    figure.axes.errorbar(x, y, yerr: yerr, label: label, style: style, marker: marker, color: color,
                         markerSize: markerSize)
    return figure
}
