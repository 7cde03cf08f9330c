extension Axes {
    /// A horizontal line across the whole axes at `y` (matplotlib's `ax.axhline`). The value
    /// counts for the y limits; the line is matplotlib's default colour, `C0`, unless given.
    public func axhline<Y: PlotScalar>(
        _ y: Y, style: LineStyle = .solid, color: Color = .blue, lineWidth: Double = 1.5, label: String? = nil
    ) {
        referenceLines.append(ReferenceLine(value: y.plotValue, horizontal: true, label: label, style: style,
                                            color: color, lineWidth: max(0, lineWidth), order: nextOrder()))
    }

    /// A vertical line across the whole axes at `x` (matplotlib's `ax.axvline`).
    public func axvline<X: PlotScalar>(
        _ x: X, style: LineStyle = .solid, color: Color = .blue, lineWidth: Double = 1.5, label: String? = nil
    ) {
        referenceLines.append(ReferenceLine(value: x.plotValue, horizontal: false, label: label, style: style,
                                            color: color, lineWidth: max(0, lineWidth), order: nextOrder()))
    }

    /// Writes `text` at `xytext` with an arrow to the point `xy` (matplotlib's `ax.annotate`
    /// with `arrowprops=dict(arrowstyle='->')`); without `xytext`, the text stands at `xy`
    /// and no arrow is drawn. Both are in data coordinates.
    public func annotate(
        _ text: String, xy: (Double, Double), xytext: (Double, Double)? = nil, color: Color = .black,
        fontSize: Double = 10
    ) {
        let place = xytext ?? xy
        annotations.append(Annotation(x: place.0, y: place.1, text: text, color: color, fontSize: fontSize,
                                      target: xytext == nil ? nil : (xy.0, xy.1)))
    }
}

/// `axhline` on the current figure (see ``figure(figsize:)``), or on a new one; returns it.
@discardableResult
public func axhline<Y: PlotScalar>(
    _ y: Y, style: LineStyle = .solid, color: Color = .blue, lineWidth: Double = 1.5, label: String? = nil
) -> Figure {
    let figure = Figure.currentOrNew()
    figure.axes.axhline(y, style: style, color: color, lineWidth: lineWidth, label: label)
    return figure
}

/// `axvline` on the current figure, or on a new one; returns it.
@discardableResult
public func axvline<X: PlotScalar>(
    _ x: X, style: LineStyle = .solid, color: Color = .blue, lineWidth: Double = 1.5, label: String? = nil
) -> Figure {
    let figure = Figure.currentOrNew()
    figure.axes.axvline(x, style: style, color: color, lineWidth: lineWidth, label: label)
    return figure
}

/// `text` on the current figure, or on a new one; returns it.
@discardableResult
public func text<X: PlotScalar, Y: PlotScalar>(
    _ x: X, _ y: Y, _ string: String, color: Color = .black, fontSize: Double = 10
) -> Figure {
    let figure = Figure.currentOrNew()
    figure.axes.text(x, y, string, color: color, fontSize: fontSize)
    return figure
}

/// `annotate` on the current figure, or on a new one; returns it.
@discardableResult
public func annotate(
    _ text: String, xy: (Double, Double), xytext: (Double, Double)? = nil, color: Color = .black,
    fontSize: Double = 10
) -> Figure {
    let figure = Figure.currentOrNew()
    figure.axes.annotate(text, xy: xy, xytext: xytext, color: color, fontSize: fontSize)
    return figure
}

/// `scatter` on the current figure, or on a new one; returns it.
@discardableResult
public func scatter<X: PlotSeries, Y: PlotSeries>(
    _ x: X, _ y: Y, sizes: (any PlotSeries)? = nil, colors: [Color]? = nil, label: String? = nil,
    marker: Marker = .circle, color: Color? = nil, size: Double = 6
) -> Figure {
    let figure = Figure.currentOrNew()
    figure.axes.scatter(x, y, sizes: sizes, colors: colors, label: label, marker: marker, color: color, size: size)
    return figure
}
