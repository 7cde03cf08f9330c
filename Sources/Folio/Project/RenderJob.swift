import Foundation

/// One notebook through all four stages: parse → plan → execute → render, with execution
/// served from the result cache when nothing that determines the results has changed.
public struct RenderJob: Sendable {
    public var outputDirectory: String
    public var seed: UInt64?
    public var toolchain: Toolchain
    public var identity: ToolchainIdentity
    public var progress: Progress
    public var numeric: NumericEnvironment
    /// Whether results may come from and go to `.folio/cache` (`--no-cache` turns it off).
    public var useCache: Bool
    /// `--math`, overriding each notebook's `math:`.
    public var math: MathMode?
    /// `--output-limit`, overriding each notebook's `output-limit`.
    public var outputLimit: Int?
    /// `--optimize`: compile every notebook with `-O`, whatever its `optimize:` says.
    public var optimize: Bool
    /// The notebooks of the run, whose pages a notebook's links to them point at in HTML.
    public var notebooks: [NotebookPaths.Entry]

    public init(outputDirectory: String, seed: UInt64?, toolchain: Toolchain, identity: ToolchainIdentity,
                progress: Progress, numeric: NumericEnvironment = .detect(), useCache: Bool = true, math: MathMode? = nil,
                outputLimit: Int? = nil, optimize: Bool = false, notebooks: [NotebookPaths.Entry] = []) {
        self.outputDirectory = outputDirectory
        self.seed = seed
        self.toolchain = toolchain
        self.identity = identity
        self.progress = progress
        self.numeric = numeric
        self.useCache = useCache
        self.math = math
        self.outputLimit = outputLimit
        self.optimize = optimize
        self.notebooks = notebooks
    }

    public struct Outcome {
        public var notebook: Notebook
        /// Where it was found, which places its reports (`entry.reportDirectory(in:)`).
        public var entry: NotebookPaths.Entry
        public var results: [CellResult]
        /// The reports as written, for `folio check` to compare with the committed ones.
        public var html: String
        public var markdown: MarkdownReport.Output
        /// What makes the render fail (exit 1): failures the author did not declare with
        /// `error: true`, and cells that never ran. Each is `(line, message)` for `file:line: error:`.
        public var problems: [(line: Int, message: String)]
        /// The results came from the cache: nothing was compiled or run.
        public var cached: Bool
        /// `file: warning: …` lines, such as an unreadable cache entry.
        public var warnings: [String]
    }

    /// Parse errors throw `NotebookError` before anything is compiled or written. `parsed` is the
    /// notebook already parsed, if it was.
    public func render(_ entry: NotebookPaths.Entry, parsed: Notebook? = nil, navigation: BookNavigation? = nil) throws -> Outcome {
        let path = entry.path
        let notebook = try parsed ?? NotebookParser.parse(contentsOf: path)
        // `ProjectRun` has made sure that no report lands on a notebook of the run.
        let files = ReportFiles(directory: entry.reportDirectory(in: outputDirectory), name: notebook.name)
        let program = ProgramPlanner.plan(notebook, seed: seed ?? notebook.frontMatter.seed, outputLimit: outputLimit)
        let cache = useCache && notebook.usesCache ? ResultCache(root: entry.root) : nil
        let optimizes = optimize || notebook.frontMatter.optimize
        let key = CacheKey.of(program, notebook: notebook, toolchain: identity, numeric: numeric, optimize: optimizes)
        var warnings = notebook.warnings.map(\.description)
            + (Self.foreignWarning(notebook).map { ["\(path):\($0.line): warning: \($0.message)"] } ?? [])
        var execution: Executor.Execution
        var cached = false
        var ran: Date?
        switch cache?.lookup(path) {
        case .hit(let saved) where saved.key == key && saved.usable(for: notebook):
            execution = saved.execution
            cached = true
        case .unreadable(let file):
            warnings.append("\(file): warning: not a readable cache entry; running \(path) again")
            fallthrough
        default:
            progress.start(notebook)
            ran = Date()
            let executor = Executor(toolchain: toolchain, numeric: numeric, optimize: optimizes) { progress.cell($0, of: notebook) }
            execution = try ExpectedFailures(notebook: notebook, executor: executor).execute(program)
        }
        let results = execution.results
        let problems = Self.problems(notebook, results)
        // A failed render is not remembered: the next one runs again and shows the failure live.
        if let cache, let ran, problems.isEmpty {
            let entry = CacheEntry(notebook: path, key: key, codeLines: notebook.cells.map(\.codeLine),
                                   seconds: Date().timeIntervalSince(ran), execution: execution)
            do { try cache.store(entry) } catch { warnings.append("\(cache.directory): warning: cannot remember the results: \(error)") }
        }
        let provenance = ReportProvenance(compiler: identity.compilerVersion, blas: execution.blas,
                                          kernelNote: numeric.kernelNote, threadPolicy: NumericEnvironment.threadPolicy)
        let pages = Dictionary(notebooks.map { (NotebookPaths.resolved($0.path), Book.relative($0.reportName, from: entry.folder)) },
                               uniquingKeysWith: { first, _ in first })
        let (attachments, missing) = LocalFiles.gather(notebook, pages: pages)
        let page = try HTMLReport.page(notebook, results, provenance: provenance, failed: !problems.isEmpty, navigation: navigation,
                                       math: math ?? notebook.frontMatter.math ?? .mathml, attachments: attachments)
        let html = page.html
        // By line, and in their own order on one line: Swift's sort is not stable.
        warnings += (missing + page.warnings).enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
            .map { "\(path):\($0.element.line): warning: \($0.element.message)" }
        let markdown = MarkdownReport.render(notebook, results, navigation: navigation, attachments: attachments)
        try files.write(html: html, markdown: markdown)
        return Outcome(notebook: notebook, entry: entry, results: results, html: html, markdown: markdown, problems: problems,
                       cached: cached, warnings: warnings)
    }

    /// One warning for all the chunks in other languages, at the first: a Quarto or d2lbook
    /// document may hold dozens, and one line says what the author needs to know.
    static func foreignWarning(_ notebook: Notebook) -> (line: Int, message: String)? {
        guard let first = notebook.foreignCells.first else { return nil }
        let count = notebook.foreignCells.count
        let languages = notebook.foreignCells.reduce(into: [String]()) { if !$0.contains($1.language) { $0.append($1.language) } }
        let what = count == 1 ? "a \(first.language) chunk is" : "\(count) chunks in \(languages.joined(separator: ", ")) are"
        return (first.fenceLine, "\(what) shown as code, not run: Folio runs only {swift} cells")
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
}
