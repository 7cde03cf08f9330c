/// A grid of values drawn as coloured cells (`Axes.imshow`), beneath every series.
struct AxesImage {
    /// `values[row][column]`; row 0 lies along `extent.yMin` (matplotlib's `origin='lower'`).
    var values: [[Double]]
    var columns: Int
    var extent: (xMin: Double, xMax: Double, yMin: Double, yMax: Double)
    var colormap: Colormap
    /// Fill opacity, 0…1.
    var alpha: Double
    var label: String?
    /// matplotlib's `vmin`/`vmax`: the values at the colormap's ends; nil takes the data's.
    var valueLimits: (Double?, Double?) = (nil, nil)

    var rows: Int { values.count }

    /// The colours of the cells.
    var colors: [[Color?]] { colormap.colors(values, limits: valueLimits) }

    /// The values at the bottom and top of a continuous map, as a colour bar shows them:
    /// vmin/vmax, else the finite range of the values, widened when it is a single value.
    var valueRange: (Double, Double) {
        let data = Colormap.finiteRange(values) ?? (0, 1)
        let low = valueLimits.0 ?? data.0, high = valueLimits.1 ?? data.1
        return high > low ? (low, high) : (low - 0.5, low + 0.5)
    }

    /// The label shown in the legend, if any.
    var legendLabel: String? {
        guard let label, !label.isEmpty else { return nil }
        return label
    }

    /// The x of the boundary before column `index` (`columns` gives the right edge). Edges are
    /// computed once and shared by the cells on both sides, so neighbours meet exactly.
    func xEdge(_ index: Int) -> Double {
        index == columns ? extent.xMax : extent.xMin + (extent.xMax - extent.xMin) * Double(index) / Double(columns)
    }

    /// The y of the boundary below row `index` (`rows` gives the top edge).
    func yEdge(_ index: Int) -> Double {
        index == rows ? extent.yMax : extent.yMin + (extent.yMax - extent.yMin) * Double(index) / Double(rows)
    }
}
