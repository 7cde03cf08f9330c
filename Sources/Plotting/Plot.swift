/// `d2l.plot` in Swift: one call, one new figure, which free calls after it (`axhline`,
/// `text`, `scatter` …) draw on.
///
/// Defaults are d2l's, not bare matplotlib's: a 3.5 × 2.5 in figure with a grid, and several
/// series told apart by line style as well as colour (solid, dashed, dash-dot, dotted).
///
/// ```swift
/// plot(x, y, xlabel: "x", ylabel: "y")
/// plot(x, [y1, y2], legend: ["sigmoid", "gradient"], figsize: (4.5, 2.5))
/// plot(scales, means, xscale: .log, yscale: .log, xlim: (0.05, 1), ylim: nil, title: "…")
/// ```
@discardableResult
public func plot<X: PlotSeries, Y: PlotSeries>(
    _ x: X, _ y: Y,
    legend: [String] = [], xlabel: String? = nil, ylabel: String? = nil,
    xscale: Scale = .linear, yscale: Scale = .linear,
    xlim: (Double, Double)? = nil, ylim: (Double, Double)? = nil,
    title: String? = nil, grid: Bool = true,
    figsize: (width: Double, height: Double) = (3.5, 2.5)
) -> Figure {
    makePlot(x.plotValues, [y.plotValues], legend: legend, xlabel: xlabel, ylabel: ylabel,
             xscale: xscale, yscale: yscale, xlim: xlim, ylim: ylim, title: title, grid: grid,
             figsize: figsize)
}

/// Several series against one x, as `d2l.plot(x, [y1, y2], legend=[…])`.
@discardableResult
public func plot<X: PlotSeries, Y: PlotSeries>(
    _ x: X, _ ys: [Y],
    legend: [String] = [], xlabel: String? = nil, ylabel: String? = nil,
    xscale: Scale = .linear, yscale: Scale = .linear,
    xlim: (Double, Double)? = nil, ylim: (Double, Double)? = nil,
    title: String? = nil, grid: Bool = true,
    figsize: (width: Double, height: Double) = (3.5, 2.5)
) -> Figure {
    makePlot(x.plotValues, ys.map(\.plotValues), legend: legend, xlabel: xlabel, ylabel: ylabel,
             xscale: xscale, yscale: yscale, xlim: xlim, ylim: ylim, title: title, grid: grid,
             figsize: figsize)
}

/// Several series of different types (say a tensor and an array) against one x.
@discardableResult
public func plot<X: PlotSeries>(
    _ x: X, _ ys: [any PlotSeries],
    legend: [String] = [], xlabel: String? = nil, ylabel: String? = nil,
    xscale: Scale = .linear, yscale: Scale = .linear,
    xlim: (Double, Double)? = nil, ylim: (Double, Double)? = nil,
    title: String? = nil, grid: Bool = true,
    figsize: (width: Double, height: Double) = (3.5, 2.5)
) -> Figure {
    makePlot(x.plotValues, ys.map(\.plotValues), legend: legend, xlabel: xlabel, ylabel: ylabel,
             xscale: xscale, yscale: yscale, xlim: xlim, ylim: ylim, title: title, grid: grid,
             figsize: figsize)
}

/// d2l's default `fmts` ('-', 'm--', 'g-.', 'r:') as line styles; colours stay tab10.
let d2lStyles: [LineStyle] = [.solid, .dashed, .dashdot, .dotted]

private func makePlot(
    _ x: [Double], _ ys: [[Double]], legend: [String], xlabel: String?, ylabel: String?,
    xscale: Scale, yscale: Scale, xlim: (Double, Double)?, ylim: (Double, Double)?,
    title: String?, grid: Bool, figsize: (width: Double, height: Double)
) -> Figure {
    if legend.count > ys.count {
        fatalError(PlotError.tooManyLabels(labels: legend.count, series: ys.count).description)
    }
    // d2l's plot clears its axes: a new figure, current for the free calls after it.
    let figure = Plotting.figure(figsize: figsize)
    let axes = figure.axes
    for (index, y) in ys.enumerated() {
        axes.plot(x, y, label: index < legend.count ? legend[index] : nil,
                  style: d2lStyles[index % d2lStyles.count])
    }
    axes.xlabel = xlabel
    axes.ylabel = ylabel
    axes.xscale = xscale
    axes.yscale = yscale
    axes.xlim = xlim
    axes.ylim = ylim
    axes.title = title
    axes.grid = grid
    return figure
}
