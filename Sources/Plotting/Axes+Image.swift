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
    ///   - extent: nil puts cell (row, column) centred on (column, row), as matplotlib's
    ///     default extent does.
    ///   - vmin, vmax: the values at the map's ends (matplotlib's); nil takes the data's.
    ///   - colorbar: a bar beside the axes showing which value each colour stands for
    ///     (matplotlib's `fig.colorbar(im)`); continuous maps only.
    public func imshow<G: PlotGrid>(
        _ values: G, extent: (xMin: Double, xMax: Double, yMin: Double, yMax: Double)? = nil,
        colormap: Colormap = .viridis, alpha: Double = 1, label: String? = nil,
        vmin: Double? = nil, vmax: Double? = nil, colorbar: Bool = false
    ) {
        let grid = values.plotGrid
        let columns = grid.first?.count ?? 0
        let extent = extent ?? (-0.5, Double(columns) - 0.5, -0.5, Double(grid.count) - 0.5)
        for (index, row) in grid.enumerated() where row.count != columns {
            fatalError(PlotError.raggedGrid(row: index, count: row.count, expected: columns).description)
        }
        guard extent.xMin.isFinite, extent.xMax.isFinite, extent.yMin.isFinite, extent.yMax.isFinite else {
            fatalError(PlotError.nonFiniteExtent.description)
        }
        if let vmin, let vmax, vmin > vmax {
            fatalError(PlotError.invertedValueLimits(vmin: vmin, vmax: vmax).description)
        }
        if case .categorical(let palette) = colormap, palette.isEmpty {
            fatalError(PlotError.emptyColormap.description)
        }
        images.append(AxesImage(
            values: grid, columns: columns, extent: extent, colormap: colormap,
            alpha: alpha.isNaN ? 1 : min(max(alpha, 0), 1), label: label, valueLimits: (vmin, vmax)))
        if colorbar, case .viridis = colormap { colorbarImage = images.count - 1 }
    }
}

/// `imshow` in one call, one new figure: a grid of values as coloured cells, row 0 at the
/// bottom, with a colour bar for a continuous map (see ``Axes/imshow(_:extent:colormap:alpha:label:vmin:vmax:colorbar:)``).
/// The figure is d2l's 3.5 × 2.5 in, as `plot`'s is, and current: `scatter(…)` after it draws
/// points over the image.
@discardableResult
public func imshow<G: PlotGrid>(
    _ values: G, extent: (xMin: Double, xMax: Double, yMin: Double, yMax: Double)? = nil,
    colormap: Colormap = .viridis, alpha: Double = 1, label: String? = nil,
    vmin: Double? = nil, vmax: Double? = nil, colorbar: Bool = true,
    figsize: (width: Double, height: Double) = (3.5, 2.5)
) -> Figure {
    let figure = Plotting.figure(figsize: figsize)
    figure.axes.imshow(values, extent: extent, colormap: colormap, alpha: alpha, label: label,
                       vmin: vmin, vmax: vmax, colorbar: colorbar)
    return figure
}
