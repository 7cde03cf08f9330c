import Foundation

/// One notebook through all four stages: parse → plan → execute → render.
public struct RenderJob {
    public var outputDirectory: String
    public var seed: UInt64?
    public var toolchain: Toolchain
    public var progress: Progress
    public var numeric: NumericEnvironment

    public init(outputDirectory: String, seed: UInt64?, toolchain: Toolchain, progress: Progress,
                numeric: NumericEnvironment = .detect()) {
        self.outputDirectory = outputDirectory
        self.seed = seed
        self.toolchain = toolchain
        self.progress = progress
        self.numeric = numeric
    }

    public struct Outcome {
        public var notebook: Notebook
        public var results: [CellResult]
        /// The reports as written, for `folio check` to compare with the committed ones.
        public var html: String
        public var markdown: MarkdownReport.Output
        /// What makes the render fail (exit 1): failures the author did not declare with
        /// `error: true`, and cells that never ran. Each is `(line, message)` for `file:line: error:`.
        public var problems: [(line: Int, message: String)]
    }

    /// Parse errors throw `NotebookError` before anything is compiled or written.
    public func render(_ path: String) throws -> Outcome {
        let notebook = try NotebookParser.parse(contentsOf: path)
        let files = ReportFiles(directory: outputDirectory, name: notebook.name)
        if Self.sameFile(files.markdownPath, path) {
            throw NotebookError(file: path, "the Markdown report would overwrite the notebook itself; choose another output folder with -o")
        }
        let program = ProgramPlanner.plan(notebook, seed: seed ?? notebook.frontMatter.seed)
        progress.start(notebook)
        let executor = Executor(toolchain: toolchain, numeric: numeric) { progress.cell($0, of: notebook) }
        let execution = try executor.execute(notebook, program)
        let results = execution.results
        let provenance = ReportProvenance(compiler: toolchain.compilerVersion, blas: execution.blas,
                                          kernelNote: numeric.kernelNote, threadPolicy: NumericEnvironment.threadPolicy)
        let html = try HTMLReport.render(notebook, results, provenance: provenance)
        let markdown = MarkdownReport.render(notebook, results)
        try files.write(html: html, markdown: markdown)
        progress.finish(notebook)
        return Outcome(notebook: notebook, results: results, html: html, markdown: markdown, problems: Self.problems(notebook, results))
    }

    /// A crash ends the program even in an `error: true` cell, so the cells after it did not run:
    /// that is a failed render too, not a quiet success.
    static func problems(_ notebook: Notebook, _ results: [CellResult]) -> [(line: Int, message: String)] {
        zip(notebook.cells, results).compactMap(problem)
    }

    /// Why one cell makes the render fail, if it does: `(line, message)` for `file:line: error:`.
    static func problem(_ cell: Cell, _ result: CellResult) -> (line: Int, message: String)? {
        switch result.status {
        case .failed(let failure) where !cell.options.error:
            let first = failure.message.split(separator: "\n").first.map(String.init) ?? ""
            let text = first.range(of: "error: ").map { String(first[$0.upperBound...]) } ?? first
            return (failure.line ?? cell.codeLine, "\(cell.displayName) failed (\(failure.kind.rawValue)): \(text)")
        case .notRun(let reason):
            return (cell.codeLine, "\(cell.displayName) was not run: \(reason)")
        default:
            return nil
        }
    }

    private static func sameFile(_ a: String, _ b: String) -> Bool {
        let resolved = [a, b].map { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path }
        return resolved[0] == resolved[1]
    }
}
