/// How `imshow` turns the values of a grid into colours.
public enum Colormap: Sendable, Hashable {
    /// matplotlib's default: values scaled linearly from the grid's smallest finite value (dark
    /// purple, `#440154`) to its largest (yellow, `#fde725`); +∞ takes the top colour, −∞ the
    /// bottom one. When every finite value is the same, all take the bottom colour, as in
    /// matplotlib (its `Normalize` maps a zero-width range to 0).
    case viridis
    /// Class regions: a value v, rounded to the nearest integer, takes `colors[v mod count]`
    /// (negative classes wrap around too). Infinite values are left empty, as NaN is.
    case categorical([Color])

    /// Classes in the tab10 colours the series cycle through (see ``Color/cycle(_:)``), so that
    /// class k's region matches the scatter of class k drawn in the k-th cycle colour.
    public static var tab10Categorical: Colormap { .categorical(Color.tab10) }

    /// The colour of each cell, `nil` for cells left empty (NaN, or ±∞ in a categorical map).
    /// `limits` are matplotlib's `vmin`/`vmax` for a continuous map (values beyond take the end
    /// colours); nil ends come from the grid.
    func colors(_ grid: [[Double]], limits: (Double?, Double?) = (nil, nil)) -> [[Color?]] {
        switch self {
        case .viridis:
            let data = Self.finiteRange(grid) ?? (0, 0)
            let (low, high) = (limits.0 ?? data.0, limits.1 ?? data.1)
            let span = high - low
            return grid.map { row in
                row.map { value -> Color? in
                    if value.isNaN { return nil }
                    // A zero or overflowing span maps everything to the bottom colour.
                    let t = span > 0 && span.isFinite ? (value - low) / span : 0
                    return Viridis.color(t)
                }
            }
        case .categorical(let palette):
            return grid.map { row in row.map { Self.category($0, palette) } }
        }
    }

    /// The legend swatch: viridis' middle colour, or the class of the middle of the grid's range.
    func legendColor(_ grid: [[Double]]) -> Color {
        switch self {
        case .viridis:
            return Viridis.color(0.5)
        case .categorical(let palette):
            let middle = Self.finiteRange(grid).map { $0.0 / 2 + $0.1 / 2 } ?? 0
            return Self.category(middle, palette) ?? palette[0]
        }
    }

    private static func category(_ value: Double, _ palette: [Color]) -> Color? {
        guard value.isFinite, !palette.isEmpty else { return nil }
        // Remainder in floating point: any finite value has a class, however large.
        let count = Double(palette.count)
        var index = value.rounded().truncatingRemainder(dividingBy: count)
        if index < 0 { index += count }
        return palette[Int(index)]
    }

    static func finiteRange(_ grid: [[Double]]) -> (Double, Double)? {
        var low = Double.infinity, high = -Double.infinity
        for row in grid {
            for value in row where value.isFinite {
                if value < low { low = value }
                if value > high { high = value }
            }
        }
        return low <= high ? (low, high) : nil
    }
}
