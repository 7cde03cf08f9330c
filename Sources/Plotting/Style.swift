/// How a series' line is stroked; the names are matplotlib's `linestyle`s.
public enum LineStyle: Sendable, Hashable, CaseIterable {
    case solid
    case dashed
    case dotted
    case dashdot
    /// No line: markers only (what `scatter` draws).
    case none

    /// matplotlib's `lines.*_pattern` in units of the line width; it scales them by the width
    /// (`lines.scale_dashes`), so a 1.5 pt dashed line has 5.55 pt dashes.
    var dashPattern: [Double]? {
        switch self {
        case .solid, .none: nil
        case .dashed: [3.7, 1.6]
        case .dotted: [1, 1.65]
        case .dashdot: [6.4, 1.6, 1, 1.6]
        }
    }
}

/// The symbol drawn at each data point.
public enum Marker: Sendable, Hashable, CaseIterable {
    case none
    /// matplotlib's `o`.
    case circle
    /// matplotlib's `.`: a small dot.
    case point
    /// matplotlib's `s`.
    case square
    /// matplotlib's `^`.
    case triangle
    /// matplotlib's `v`.
    case triangleDown
    /// matplotlib's `D`.
    case diamond
    /// matplotlib's `x`: drawn with strokes only.
    case cross
    /// matplotlib's `+`: drawn with strokes only.
    case plus

    /// Strokes only, no fill: these markers have no area.
    var isOpen: Bool { self == .cross || self == .plus }
}

/// A colour, written into the SVG as given (any CSS colour: `#1f77b4`, `rgb(…)`, `red`).
public struct Color: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let css: String

    public init(_ css: String) { self.css = css }
    public init(stringLiteral css: String) { self.css = css }
    public var description: String { css }

    /// matplotlib's default colour cycle (`axes.prop_cycle`), identical to d3's category10.
    public static let tab10: [Color] = [
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
        "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
    ]
    public static let blue = tab10[0]
    public static let orange = tab10[1]
    public static let green = tab10[2]
    public static let red = tab10[3]
    public static let purple = tab10[4]
    public static let brown = tab10[5]
    public static let pink = tab10[6]
    public static let gray = tab10[7]
    public static let olive = tab10[8]
    public static let cyan = tab10[9]
    public static let black: Color = "#000000"
    public static let white: Color = "#ffffff"

    /// The `index`-th colour of the cycle, wrapping around after ten as matplotlib does.
    public static func cycle(_ index: Int) -> Color { tab10[((index % 10) + 10) % 10] }
}

/// matplotlib's default sizes (`matplotlibrc`), in points.
enum Theme {
    static let fontSize = 10.0
    static let titleSize = 12.0
    static let noteSize = 8.0
    static let lineWidth = 1.5
    static let spineWidth = 0.8
    static let majorTickLength = 3.5
    static let minorTickLength = 2.0
    static let majorTickWidth = 0.8
    static let minorTickWidth = 0.6
    static let tickPad = 3.5
    static let labelPad = 4.0
    static let titlePad = 6.0
    static let gridColor = "#b0b0b0"
    static let gridWidth = 0.8
    static let textColor = "#000000"
    static let noteColor = "#555555"
    static let legendEdge = "#cccccc"
    /// Space kept free around the figure's edge (matplotlib's tight bbox pads 0.1 in).
    static let outerPad = 5.0
    static let fontFamily = "DejaVu Sans, Arial, sans-serif"
}
