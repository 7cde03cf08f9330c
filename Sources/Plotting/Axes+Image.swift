extension Axes {
    /// Draws a grid of values as coloured cells over `extent` (matplotlib's
    /// `ax.imshow(Z, extent=(xMin, xMax, yMin, yMax), origin='lower', cmap=…, alpha=…)`),
    /// say a classifier's decision regions under a scatter of its points.
    ///
    /// `values[row][column]`: **row 0 is at the bottom** (`yMin`), column 0 at the left (`xMin`),
    /// as with matplotlib's `origin='lower'`, so a grid built from `for y in ys { for x in xs }`
    /// lands the right way up. Each cell is (xMax − xMin) / columns wide and (yMax − yMin) / rows
    /// high. NaN cells are left empty. The image lies beneath every series whatever the call
    /// order, is clipped to the axes, and its extent counts as data for the limits, with no
    /// margin added beyond it (matplotlib's sticky edges), so it fills the axes.
    ///
    /// - Parameters:
    ///   - colormap: `.viridis` for a continuous quantity, `.categorical(colours)` or
    ///     `.tab10Categorical` for class labels.
    ///   - alpha: fill opacity, 0…1, so that gridded regions can stay light under the points.
    ///   - label: a legend entry, a square in the map's middle colour; none without it.
    public func imshow<G: PlotGrid>(
        _ values: G, extent: (xMin: Double, xMax: Double, yMin: Double, yMax: Double),
        colormap: Colormap = .viridis, alpha: Double = 1, label: String? = nil
    ) {
        let grid = values.plotGrid
        let columns = grid.first?.count ?? 0
        for (index, row) in grid.enumerated() where row.count != columns {
            fatalError(PlotError.raggedGrid(row: index, count: row.count, expected: columns).description)
        }
        guard extent.xMin.isFinite, extent.xMax.isFinite, extent.yMin.isFinite, extent.yMax.isFinite else {
            fatalError(PlotError.nonFiniteExtent.description)
        }
        if case .categorical(let palette) = colormap, palette.isEmpty {
            fatalError(PlotError.emptyColormap.description)
        }
        images.append(AxesImage(
            values: grid, columns: columns, extent: extent, colormap: colormap,
            alpha: alpha.isNaN ? 1 : min(max(alpha, 0), 1), label: label))
    }
}

/// `imshow` in one call, one figure: a grid of values as coloured cells, row 0 at the bottom
/// (see ``Axes/imshow(_:extent:colormap:alpha:label:)``). The figure is d2l's 3.5 × 2.5 in, as
/// `plot`'s is; draw points over it with `fig.axes.scatter`.
@discardableResult
public func imshow<G: PlotGrid>(
    _ values: G, extent: (xMin: Double, xMax: Double, yMin: Double, yMax: Double),
    colormap: Colormap = .viridis, alpha: Double = 1, label: String? = nil,
    figsize: (width: Double, height: Double) = (3.5, 2.5)
) -> Figure {
    let figure = Figure(figsize: figsize)
    figure.axes.imshow(values, extent: extent, colormap: colormap, alpha: alpha, label: label)
    return figure
}
