/// A figure: one or more axes in a grid, a size in inches, and an optional overall title.
///
/// ```swift
/// let fig = Figure(figsize: (6, 4))
/// fig.axes.plot(x, y, label: "relu")
/// let grid = Figure(rows: 1, columns: 3, figsize: (12, 3))
/// grid[0, 1].plot(x, y)
/// ```
public final class Figure: CustomStringConvertible {
    /// Width and height in inches (matplotlib's default is 6.4 × 4.8); the SVG is 72 pt per inch.
    public var figsize: (width: Double, height: Double)
    /// A title above all axes (matplotlib's `suptitle`).
    public var title: String?
    public let rows: Int
    public let columns: Int
    /// All axes, row by row.
    public let allAxes: [Axes]

    /// A figure with a single axes.
    public convenience init(figsize: (width: Double, height: Double) = (6.4, 4.8)) {
        self.init(rows: 1, columns: 1, figsize: figsize)
    }

    /// A figure with a `rows` × `columns` grid of axes (matplotlib's `plt.subplots`).
    public init(rows: Int, columns: Int, figsize: (width: Double, height: Double) = (6.4, 4.8)) {
        guard rows >= 1 && columns >= 1 else {
            fatalError("Figure: needs at least one row and one column, not \(rows) × \(columns)")
        }
        self.rows = rows
        self.columns = columns
        self.figsize = figsize
        allAxes = (0..<(rows * columns)).map { _ in Axes() }
        FigureRegistry.created(self)
    }

    /// The axes (the first one, for a grid).
    public var axes: Axes { allAxes[0] }

    /// The axes at `row`, `column`, counted from the top left.
    public subscript(row: Int, column: Int) -> Axes {
        guard (0..<rows).contains(row) && (0..<columns).contains(column) else {
            fatalError("Figure: no axes at [\(row), \(column)] in a \(rows) × \(columns) grid")
        }
        return allAxes[row * columns + column]
    }

    /// Notes on points that cannot be shown, from every axes in order.
    public var notes: [String] { allAxes.flatMap(\.notes) }

    public var description: String {
        let count = allAxes.reduce(0) { $0 + $1.seriesCount }
        let grid = rows * columns == 1 ? "" : ", \(rows) × \(columns) axes"
        return "Figure(\(SVGWriter.format(figsize.width)) × \(SVGWriter.format(figsize.height)) in\(grid), "
            + "\(count) series)"
    }
}
