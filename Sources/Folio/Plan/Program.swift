/// The Plan stage's product: one Swift program that runs every cell of a notebook in order.
public struct Program: Sendable, Equatable {
    /// The text of `main.swift`.
    public var source: String
    public var seed: UInt64
    /// For each cell: whether the program runs it (`eval: true`, and not left out).
    public var runs: [Bool]
    /// For each cell: seconds it may take before the program is stopped.
    public var timeouts: [Double]
    /// The path that `#sourceLocation` names, so diagnostics naming it belong to the notebook.
    public var notebookPath: String
}
