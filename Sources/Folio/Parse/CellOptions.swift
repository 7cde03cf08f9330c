/// A cell's `//| key: value` options, with Quarto's names and meanings.
public struct CellOptions: Sendable, Equatable {
    /// Names the cell; a `fig-` label numbers its figure and makes `@label` a reference.
    public var label: String?
    /// Show the cell's source.
    public var echo = true
    /// `echo: fenced`: show the source with its ` ```{swift} ` fence and option lines, as a
    /// tutorial about writing notebooks does.
    public var echoFenced = false
    /// Run the cell. A cell that is not run shows its source only.
    public var eval = true
    /// Show what the cell prints and displays.
    public var output = true
    /// `output: asis`: what the cell prints is Markdown, rendered into the page like prose.
    public var outputAsIs = false
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
    /// Where the cell's figures stand on the page; nil: centred, as by default.
    public var figAlign: FigureAlignment?
    /// `fig-subcap: [A, B]`: the cell's figures shown as one panel, captioned (a) A, (b) B.
    public var figSubcaps: [String] = []
    /// `layout-ncol: 2`: the cell's figures side by side, this many to a row.
    public var layoutColumns: Int?
    /// `code-fold`: the source behind a `<details>` element that opens on a click.
    public var codeFold: CodeFold = .none
    /// The folded source's summary line; Quarto's "Code" when not given.
    public var codeSummary: String?
    /// `code-line-numbers: true`: the HTML page numbers the source's lines.
    public var codeLineNumbers = false
    /// `cache: false`: the notebook runs on every render instead of reusing its cached results.
    /// The cells share one program, so it is the notebook, not the cell, that runs again.
    public var cache: Bool?
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

    /// The options a cell may carry; one a line, so that additions merge.
    public static let names = [
        "label",
        "echo",
        "eval",
        "output",
        "include",
        "error",
        "warning",
        "message",
        "fig-cap",
        "fig-alt",
        "fig-width",
        "fig-height",
        "fig-align",
        "fig-subcap",
        "layout-ncol",
        "code-fold",
        "code-summary",
        "code-line-numbers",
        "cache",
        "timeout",
        "check",
        "output-limit",
        "tbl-cap",
    ]

    /// Options that may also stand at the top of the front matter, as defaults for every cell.
    public static let documentDefaults = [
        "echo",
        "eval",
        "output",
        "include",
        "error",
        "warning",
        "message",
        "fig-width",
        "fig-height",
        "fig-align",
        "code-fold",
        "code-summary",
        "code-line-numbers",
    ]

    /// Options that may stand under the front matter's `execute:` (besides `cache`).
    public static let executeDefaults = ["echo", "eval", "output", "include", "error", "warning", "message", "timeout"]

    /// Quarto's `execute:` keys that mean nothing for Folio.
    static let quartoExecuteKeys = ["freeze", "daemon", "daemon-restart", "enabled", "ipynb", "keep-ipynb", "kernel-keepalive", "debug"]

    /// Quarto cell options that mean nothing for Folio's reports (page columns, LaTeX placement,
    /// knitr's own options): accepted, each with a warning.
    static let quartoIgnored = [
        "column", "fig-column", "tbl-column", "fig-pos", "fig-env", "fig-scap", "fig-format", "fig-dpi",
        "fig-cap-location", "cap-location", "out-width", "out-height", "classes", "tags", "filename",
        "code-overflow", "code-tools", "code-copy", "lst-label", "lst-cap", "layout", "layout-nrow",
        "layout-align", "layout-valign", "panel", "comment", "results", "collapse", "prompt",
        "purl", "dependson", "autodep", "html-table-processing", "fig-responsive",
    ]

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

    /// Whether the cell's figures form one panel: sub-captions or several to a row.
    public var figurePanel: Bool {
        !figSubcaps.isEmpty || (layoutColumns ?? 1) > 1
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

/// The cell option `code-fold`.
public enum CodeFold: Sendable, Equatable {
    /// `false`, the default: the source is shown as is.
    case none
    /// `true`: folded; a click shows it.
    case folded
    /// `show`: foldable, shown at first.
    case shown
}

/// The cell option `fig-align`.
public enum FigureAlignment: String, Sendable, Equatable {
    case left, center, right
}
