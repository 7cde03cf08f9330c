import Dispatch
import Foundation

/// Renders what command-line paths name: each notebook through `RenderJob`, several at once,
/// a CI shard of them if asked, and a book's index when a folder was named.
public struct ProjectRun: Sendable {
    public var paths: [String]
    public var outputDirectory: String
    public var seed: UInt64?
    /// Notebooks rendered at once; output bytes never depend on it.
    public var jobs: Int
    public var useCache: Bool
    public var shard: Shard?
    public var math: MathMode?
    /// `--output-limit`, overriding each notebook's `output-limit`.
    public var outputLimit: Int?
    /// `--optimize`: every notebook compiled with `-O`.
    public var optimize: Bool
    /// Folders never searched for notebooks besides `outputDirectory`: `folio check` renders into a
    /// scratch folder, and the committed reports inside a book are not its chapters either.
    public var skipping: [String]
    /// Adds a check's findings for a rendered notebook (`folio check`); called from any thread.
    public var compare: @Sendable (RenderJob.Outcome) -> [Finding]

    public init(paths: [String], outputDirectory: String, seed: UInt64? = nil, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                useCache: Bool = true, shard: Shard? = nil, math: MathMode? = nil, outputLimit: Int? = nil, optimize: Bool = false, skipping: [String] = [], compare: @escaping @Sendable (RenderJob.Outcome) -> [Finding] = { _ in [] }) {
        self.paths = paths
        self.outputDirectory = outputDirectory
        self.seed = seed
        self.jobs = jobs
        self.useCache = useCache
        self.shard = shard
        self.math = math
        self.outputLimit = outputLimit
        self.optimize = optimize
        self.skipping = skipping
        self.compare = compare
    }

    public struct Result {
        public var verdicts: [NotebookVerdict] = []
        /// A notebook could not be read or parsed: exit 2 once everything is reported.
        public var badInput = false
        /// `file: warning: …` lines for standard error.
        public var warnings: [String] = []
        /// The book rendered, if a folder was named.
        public var book: Book?
    }

    /// Exit-2 problems before anything runs (no notebook, no compiler, a bad `folio.yml`) throw.
    public func run() throws -> Result {
        let entries = try NotebookPaths.entries(paths, skipping: [outputDirectory] + skipping)
        let book = try Book.of(entries, paths: paths)
        let ordered = book?.chapters ?? entries
        let selected = shard.map { $0.select(ordered, weights: Self.weights(of: ordered)) } ?? ordered
        try Self.refuseOverwritingInputs(entries, outputDirectory: outputDirectory)
        let toolchain = try Toolchain.locate()
        let memo = useCache ? entries.first.map { ResultCache(root: $0.root).toolchainMemo } : nil
        if let memo { try? FileManager.default.createDirectory(atPath: (memo as NSString).deletingLastPathComponent, withIntermediateDirectories: true) }
        let identity = ToolchainIdentity.of(toolchain, memo: memo)
        // A book's chapters are parsed once, here: their titles label their neighbours' links.
        let parsed = book.map { Self.parse($0.chapters) } ?? [:]
        let titles = parsed.mapValues(\.title)
        let progress = Progress(notebooks: selected.map(\.path), jobs: jobs)
        let job = RenderJob(outputDirectory: outputDirectory, seed: seed, toolchain: toolchain, identity: identity,
                            progress: progress, useCache: useCache, math: math, outputLimit: outputLimit, optimize: optimize, notebooks: entries)

        let slots = Slots<(verdict: NotebookVerdict, bad: Bool, warnings: [String])>(count: selected.count)
        let compare = self.compare
        Self.forEach(selected.indices, jobs: jobs) { index in
            let entry = selected[index]
            let slot: (NotebookVerdict, Bool, [String])
            do {
                let outcome = try job.render(entry, parsed: parsed[entry.path], navigation: book?.navigation(for: entry.path, titles: titles))
                var verdict = NotebookVerdict(notebook: outcome.notebook, results: outcome.results, findings: compare(outcome))
                verdict.cached = outcome.cached
                slot = (verdict, false, outcome.warnings)
                progress.finish(entry.path, outcome.cached ? "cached" : (outcome.problems.isEmpty ? "done" : "failed"))
            } catch let error as NotebookError {
                let findings = error.all.map { Finding(file: $0.file, line: $0.line ?? 1, message: $0.message) }
                slot = (NotebookVerdict(notebook: entry.path, cells: [], findings: findings), true, error.warnings.map(\.description))
                progress.finish(entry.path, "not rendered")
            } catch {
                let message = (error as? SetupError)?.message ?? String(describing: error)
                slot = (NotebookVerdict(notebook: entry.path, cells: [], findings: [Finding(file: entry.path, line: 1, message: message)]), true, [])
                progress.finish(entry.path, "not rendered")
            }
            slots.set(index, slot)
        }
        var result = Result(book: book)
        for slot in slots.values {
            result.verdicts.append(slot.verdict)
            result.badInput = result.badInput || slot.bad
            result.warnings += slot.warnings
        }
        // Shards leave the index to the job that gathers them (`folio index`).
        if let book, shard == nil { try Self.writeIndex(of: book, in: outputDirectory) }
        return result
    }

    /// No report may land on a notebook of the run, whatever its extension (`page.html` rendered
    /// into its own folder, or `a.txt` beside the notebook `a.md`): checked before anything runs.
    static func refuseOverwritingInputs(_ entries: [NotebookPaths.Entry], outputDirectory: String) throws(NotebookError) {
        let resolve = { (path: String) in URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path }
        let inputs = Dictionary(entries.map { (resolve($0.path), $0.path) }, uniquingKeysWith: { first, _ in first })
        for entry in entries {
            let files = ReportFiles(directory: entry.reportDirectory(in: outputDirectory), name: Book.name(of: entry.path))
            for report in [files.htmlPath, files.markdownPath] {
                if let input = inputs[resolve(report)] {
                    let what = input == entry.path ? "the notebook itself" : "the notebook \(input)"
                    throw NotebookError(file: entry.path, "its report \(report) would overwrite \(what); choose another output folder with -o")
                }
            }
            // A Markdown file with no Folio page beside it is someone's notebook, not a report.
            if FileManager.default.fileExists(atPath: files.markdownPath), !HTMLPage.isReport(TextFile.read(files.htmlPath) ?? "") {
                throw NotebookError(file: entry.path, "its report would overwrite \(files.markdownPath), which is not a report Folio wrote; choose another output folder with -o")
            }
        }
    }

    /// Writes `index.html` and `index.md` from the chapters' reports already in `directory`.
    public static func writeIndex(of book: Book, in directory: String) throws {
        let chapters = book.chapters.compactMap { entry -> BookIndex.Chapter? in
            let name = entry.reportName
            guard let page = TextFile.read("\(directory)/\(name).html") else { return nil }
            return BookIndex.chapter(name: name, page: page)
        }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try AtomicFile.write(BookIndex.markdown(title: book.title, chapters: chapters), to: "\(directory)/\(BookNavigation.indexName).md")
        try AtomicFile.write(BookIndex.html(title: book.title, chapters: chapters), to: "\(directory)/\(BookNavigation.indexName).html")
    }

    /// The notebooks that parse; one that does not is left to its own render to report.
    static func parse(_ entries: [NotebookPaths.Entry]) -> [String: Notebook] {
        var notebooks: [String: Notebook] = [:]
        for entry in entries { notebooks[entry.path] = try? NotebookParser.parse(contentsOf: entry.path) }
        return notebooks
    }

    /// How long each notebook took last time, from the cache, when every one has a timing;
    /// else their sizes in bytes. Every job of a CI matrix must see the same cache to agree.
    static func weights(of entries: [NotebookPaths.Entry]) -> [Double] {
        let timings = entries.map { entry -> Double? in
            if case .hit(let saved) = ResultCache(root: entry.root).lookup(entry.path) { return saved.seconds }
            return nil
        }
        if timings.allSatisfy({ $0 != nil }) { return timings.map { $0! } }
        return entries.map { entry in
            Double((try? FileManager.default.attributesOfItem(atPath: entry.path)[.size] as? Int) ?? 0)
        }
    }

    /// Runs `body` for every index, `jobs` at a time; `body` may run on any thread.
    static func forEach(_ indices: Range<Int>, jobs: Int, _ body: @escaping @Sendable (Int) -> Void) {
        guard jobs > 1, indices.count > 1 else {
            indices.forEach(body)
            return
        }
        let next = NSLock()
        nonisolated(unsafe) var position = indices.lowerBound
        let group = DispatchGroup()
        for _ in 0..<min(jobs, indices.count) {
            DispatchQueue.global().async(group: group) {
                while true {
                    let index: Int? = next.withLock {
                        defer { position += 1 }
                        return position < indices.upperBound ? position : nil
                    }
                    guard let index else { return }
                    body(index)
                }
            }
        }
        group.wait()
    }
}

/// Results filled in from several threads, each into its own place.
private final class Slots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) { lock.withLock { storage[index] = value } }

    var values: [Value] { lock.withLock { storage.compactMap { $0 } } }
}
