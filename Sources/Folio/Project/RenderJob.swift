import Foundation

/// One notebook through all four stages: parse → plan → execute → render.
public struct RenderJob {
    public var outputDirectory: String
    public var seed: UInt64?
    public var toolchain: Toolchain
    public var progress: Progress

    public init(outputDirectory: String, seed: UInt64?, toolchain: Toolchain, progress: Progress) {
        self.outputDirectory = outputDirectory
        self.seed = seed
        self.toolchain = toolchain
        self.progress = progress
    }

    public struct Outcome {
        public var notebook: Notebook
        public var results: [CellResult]
        /// Failures the author did not declare with `error: true`.
        public var unexpectedFailures: [(cell: Cell, failure: CellFailure)]
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
        let executor = Executor(toolchain: toolchain) { progress.cell($0, of: notebook) }
        let results = try executor.execute(notebook, program)
        let html = try HTMLReport.render(notebook, results)
        let markdown = MarkdownReport.render(notebook, results)
        try files.write(html: html, markdown: markdown)
        progress.finish(notebook)
        let failures = zip(notebook.cells, results).compactMap { cell, result in
            result.status.failure.flatMap { cell.options.error ? nil : (cell, $0) }
        }
        return Outcome(notebook: notebook, results: results, unexpectedFailures: failures)
    }

    private static func sameFile(_ a: String, _ b: String) -> Bool {
        let resolved = [a, b].map { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path }
        return resolved[0] == resolved[1]
    }
}
