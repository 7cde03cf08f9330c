/// What a render or a check found for one notebook: one entry per cell, and what belongs to no
/// cell (prose, whole files, a notebook that could not be read). The text, GitHub, JSON and
/// JUnit reports are all written from it.
public struct NotebookVerdict: Sendable, Equatable, Codable {
    public var notebook: String
    public var cells: [CellVerdict]
    public var findings: [Finding]
    /// The results came from the result cache: nothing was compiled or run.
    public var cached = false

    public var passed: Bool { findings.isEmpty && cells.allSatisfy(\.passed) }

    /// Every finding, the notebook's own first, then the cells' in order.
    public var allFindings: [Finding] { findings + cells.flatMap(\.findings) }

    public init(notebook: String, cells: [CellVerdict], findings: [Finding]) {
        self.notebook = notebook
        self.cells = cells
        self.findings = findings
    }

    /// A notebook's cells with the render's failures and the check's differences filed under them.
    public init(notebook: Notebook, results: [CellResult], findings: [Finding]) {
        self.notebook = notebook.path
        cells = zip(notebook.cells, results).map { cell, result in
            let own = findings.filter { $0.cell == cell.index }
            let failure = RenderJob.problem(cell, result).map { [Finding(file: notebook.path, line: $0.line, message: $0.message, cell: cell.index)] } ?? []
            let status: CellVerdict.Status = switch result.status {
            case .notEvaluated: .skipped
            case .notRun: .notRun
            case .failed where !cell.options.error: .failed
            default: own.isEmpty ? .passed : .differs
            }
            return CellVerdict(index: cell.index + 1, name: cell.displayName, line: cell.codeLine, status: status,
                               seconds: result.seconds, findings: failure + own)
        }
        self.findings = findings.filter { $0.cell == nil }
    }
}

public struct CellVerdict: Sendable, Equatable, Codable {
    public enum Status: String, Sendable, Codable {
        case passed
        /// It ran, but its outputs differ from the committed report's.
        case differs
        case failed
        case notRun = "not run"
        /// `eval: false`.
        case skipped
    }

    /// 1-based, as messages count cells.
    public var index: Int
    public var name: String
    public var line: Int
    public var status: Status
    public var seconds: Double?
    public var findings: [Finding]

    public var passed: Bool { status == .passed || status == .skipped }
}
