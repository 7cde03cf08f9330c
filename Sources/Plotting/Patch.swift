/// A filled shape drawn beneath the lines (matplotlib's patches and collections, zorder 1):
/// the bars of `bar`, `barh` and `hist`, or the band of `fillBetween`.
struct Patch {
    enum Shape {
        /// Rectangles in data coordinates; `horizontal` bars grow along x from their base.
        case bars([BarRect], horizontal: Bool)
        /// The region between two curves over the same x; a non-finite value leaves a gap.
        case band(x: [Double], y1: [Double], y2: [Double])
    }

    var shape: Shape
    var label: String?
    var color: Color
    /// Fill opacity, 0…1.
    var alpha: Double
    /// Position among everything drawn on the axes, for the legend's order.
    var order: Int

    var legendLabel: String? {
        guard let label, !label.isEmpty else { return nil }
        return label
    }

    /// Data values along x and y that the view limits must show.
    var xValues: [Double] {
        switch shape {
        case .bars(let rects, _): rects.flatMap { [$0.x0, $0.x1] }
        case .band(let x, _, _): x
        }
    }

    var yValues: [Double] {
        switch shape {
        case .bars(let rects, _): rects.flatMap { [$0.y0, $0.y1] }
        case .band(_, let y1, let y2): y1 + y2
        }
    }

    /// Bar bases, where the view stops without a margin (matplotlib's sticky edges), so bars
    /// stand on the axis.
    var stickyX: [Double] {
        guard case .bars(let rects, true) = shape else { return [] }
        return rects.map(\.x0)
    }

    var stickyY: [Double] {
        guard case .bars(let rects, false) = shape else { return [] }
        return rects.map(\.y0)
    }
}

/// One bar: x0…x1 × y0…y1 in data units, its base at y0 (x0 for a horizontal bar).
struct BarRect {
    var x0: Double
    var x1: Double
    var y0: Double
    var y1: Double
}

/// A line across the whole axes at one data value (`axhline`, `axvline`).
struct ReferenceLine {
    var value: Double
    var horizontal: Bool
    var label: String?
    var style: LineStyle
    var color: Color
    var lineWidth: Double
    var order: Int

    /// The label shown in the legend, if any.
    var legendLabel: String? {
        guard let label, !label.isEmpty else { return nil }
        return label
    }

    /// The line as a series without points, for the legend's handle.
    var legendSeries: Series {
        Series(x: [], y: [], label: label, style: style == .none ? .solid : style, marker: .none,
               color: color, lineWidth: lineWidth, markerSize: 0)
    }
}
