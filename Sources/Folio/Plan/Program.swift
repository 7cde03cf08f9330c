/// The Plan stage's product: one Swift program that runs every cell of a notebook in order.
public struct Program: Sendable, Equatable {
    /// The text of `main.swift`.
    public var source: String
    public var seed: UInt64
    /// For each cell: whether the program runs it (`eval: true`, and not left out).
    public var runs: [Bool]
    /// For each cell: seconds it may take before the program is stopped.
    public var timeouts: [Double]
    /// For each cell: bytes of output its report keeps (see `OutputLimit`).
    public var outputLimits: [Int]
    /// `--output-limit`, kept for plans made again from this one.
    public var outputLimitOverride: Int?
    /// The path that `#sourceLocation` names, so diagnostics naming it belong to the notebook.
    public var notebookPath: String
    /// Where each cell's stretch lies in `main.swift`, so that a diagnostic in the generated code
    /// around a cell (an unclosed brace runs into it) still finds its cell.
    public var generatedLines: [GeneratedCell] = []
    /// Display wrappers and renamed identifiers inserted into notebook lines, whose columns the
    /// compiler counts.
    public var insertions: [ColumnInsertion] = []
    /// Where each inline expression of the prose is evaluated.
    public var inlineHosts: [InlineHost] = []

    /// Cells the plan left out although they have `eval: true`.
    public var excluded: Set<Int> = []
}

public struct GeneratedCell: Sendable, Equatable {
    public var cell: Int
    /// 1-based lines of `main.swift`, from the cell's `begin` call to its `end` call.
    public var lines: ClosedRange<Int>
}
