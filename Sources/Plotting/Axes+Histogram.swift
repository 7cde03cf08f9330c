extension Axes {
    /// A histogram of `values` in `bins` equal bins (matplotlib's `ax.hist`, binned by
    /// ``histogram(_:bins:range:density:)``, NumPy's rule): one bar per bin from 0, edge to edge.
    /// Works on a log y axis, where the bars rise from the bottom of the axes and empty bins
    /// show nothing.
    ///
    /// - Returns: the counts (densities with `density`) and the `bins + 1` edges.
    @discardableResult
    public func hist<S: PlotSeries>(
        _ values: S, bins: Int = 10, range: (Double, Double)? = nil, density: Bool = false,
        label: String? = nil, color: Color? = nil, alpha: Double = 1
    ) -> (counts: [Double], edges: [Double]) {
        let result = histogram(values, bins: bins, range: range, density: density)
        addHistogram(result, label: label, color: color, alpha: alpha)
        return result
    }

    /// A histogram over explicit, increasing bin edges; the last bin is closed.
    @discardableResult
    public func hist<S: PlotSeries>(
        _ values: S, bins edges: [Double], density: Bool = false,
        label: String? = nil, color: Color? = nil, alpha: Double = 1
    ) -> (counts: [Double], edges: [Double]) {
        let result = histogram(values, bins: edges, density: density)
        addHistogram(result, label: label, color: color, alpha: alpha)
        return result
    }

    private func addHistogram(_ result: (counts: [Double], edges: [Double]), label: String?, color: Color?, alpha: Double) {
        let edges = result.edges
        addBars(Array(edges.dropLast()), result.counts, across: 0,
                acrossEach: (0..<result.counts.count).map { edges[$0 + 1] - edges[$0] },
                base: 0, horizontal: false, alignedAtEdge: true, function: "hist", label: label,
                color: color, cycle: .lines, alpha: alpha)
    }
}

/// `hist` on the current figure (see ``figure(figsize:)``), or on a new one; returns it.
/// ``histogram(_:bins:range:density:)`` gives the numbers without drawing.
@discardableResult
public func hist<S: PlotSeries>(
    _ values: S, bins: Int = 10, range: (Double, Double)? = nil, density: Bool = false,
    label: String? = nil, color: Color? = nil, alpha: Double = 1
) -> Figure {
    let figure = Figure.currentOrNew()
    figure.axes.hist(values, bins: bins, range: range, density: density, label: label, color: color, alpha: alpha)
    return figure
}

/// `hist` over explicit bin edges on the current figure, or on a new one; returns it.
@discardableResult
public func hist<S: PlotSeries>(
    _ values: S, bins edges: [Double], density: Bool = false,
    label: String? = nil, color: Color? = nil, alpha: Double = 1
) -> Figure {
    let figure = Figure.currentOrNew()
    figure.axes.hist(values, bins: edges, density: density, label: label, color: color, alpha: alpha)
    return figure
}
