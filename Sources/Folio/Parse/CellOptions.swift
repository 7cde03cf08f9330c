/// A cell's `//| key: value` options, with Quarto's names and meanings.
public struct CellOptions: Sendable, Equatable {
    /// Names the cell; a `fig-` label numbers its figure and makes `@label` a reference.
    public var label: String?
    /// Show the cell's source.
    public var echo = true
    /// Run the cell. A cell that is not run shows its source only.
    public var eval = true
    /// Show what the cell prints and displays.
    public var output = true
    /// `false` runs the cell but shows nothing of it.
    public var include = true
    /// The cell is expected to fail: its error is shown and the render still succeeds.
    public var error = false
    public var figCap: String?
    public var figAlt: String?
    /// `tbl-cap` with a `tbl-` label: "Table N: caption" above the cell's output.
    public var tblCap: String?
    /// Inches; they override the figure's own `figsize`.
    public var figWidth: Double?
    public var figHeight: Double?
    /// Seconds the cell may run before the program is stopped.
    public var timeout: Double = 600
    /// How `folio check` compares the cell's outputs with the committed report.
    public var check: CheckMode = .tolerant
    /// Bytes of printed output (and of each displayed value) the report keeps; nil: the
    /// notebook's `output-limit`, else `OutputLimit.standard`.
    public var outputLimit: Int?
    /// The notebook line each given option was written on, for errors that concern one.
    public var lines: [String: Int] = [:]

    public init() {}

    public static let names = ["label", "echo", "eval", "output", "include", "error",
                               "fig-cap", "fig-alt", "fig-width", "fig-height", "timeout", "check", "output-limit", "tbl-cap"]

    /// A label that numbers a table, as Quarto's `tbl-` prefix does.
    public var tableLabel: String? {
        guard let label, label.hasPrefix("tbl-") else { return nil }
        return label
    }

    /// A label that numbers a figure, as Quarto's `fig-` prefix does.
    public var figureLabel: String? {
        guard let label, label.hasPrefix("fig-") else { return nil }
        return label
    }
}

/// The cell option `check`: how `folio check` compares a cell's outputs.
public enum CheckMode: String, Sendable, Equatable {
    /// `true`, the default: numbers within the tolerance, everything else exactly.
    case tolerant
    /// `exact`: to the byte.
    case exact
    /// `false`: not compared, for outputs that legitimately change (a timing, a date).
    case skip
}
