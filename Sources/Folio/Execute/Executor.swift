import Foundation

/// Execute: `Program` → one `CellResult` per cell.
///
/// Compiles once, runs once in the notebook's folder; a compile error fails the cells it names
/// and leaves the rest not run, as no part of the program can run without the whole. Running
/// again without cells that were expected to fail is the orchestrator's call (Project/).
public struct Executor {
    public var toolchain: Toolchain
    public var numeric: NumericEnvironment
    /// Compile with `-O` (`optimize: true`, `--optimize`).
    public var optimize: Bool
    /// Called with a cell's index as it starts, for progress display.
    public var progress: (Int) -> Void

    public init(toolchain: Toolchain, numeric: NumericEnvironment = .detect(), optimize: Bool = false,
                progress: @escaping (Int) -> Void = { _ in }) {
        self.toolchain = toolchain
        self.numeric = numeric
        self.optimize = optimize
        self.progress = progress
    }

    /// What a run produced: a result per cell, and the BLAS the program ran on.
    public struct Execution: Sendable, Equatable, Codable {
        public var results: [CellResult]
        /// "OpenBLAS 0.3.21 …; running Haswell kernels" as the kernel reported it; nil when nothing ran.
        public var blas: String?
    }

    public func execute(_ notebook: Notebook, _ program: Program) throws -> Execution {
        guard program.runs.contains(true) else {
            return Execution(results: notebook.cells.map { _ in CellResult(status: .notEvaluated) })
        }
        let workDirectory = try Self.temporaryDirectory()
        // FOLIO_KEEP_WORK=1 keeps the generated main.swift, the binary and the run's files, to debug Folio itself.
        let keep = ProcessInfo.processInfo.environment["FOLIO_KEEP_WORK"] != nil
        if !keep { RunRegistry.shared.add(path: workDirectory) }
        defer {
            if keep {
                FileHandle.standardError.write(Data("folio: kept \(workDirectory)\n".utf8))
            } else {
                try? FileManager.default.removeItem(atPath: workDirectory)
                RunRegistry.shared.remove(path: workDirectory)
            }
        }
        switch try Compiler(toolchain: toolchain, optimize: optimize).compile(program, in: workDirectory) {
        case .failed(let output, let generatedFile):
            let diagnostics = CompileDiagnostics(notebook: notebook, program: program, generatedFile: generatedFile)
            // Cells expected to fail (`error: true`) are left out and the rest run again by the
            // orchestrator (`ExpectedFailures`), which decides what a render does next.
            return Execution(results: Self.compileFailure(diagnostics, output: output, workDirectory: workDirectory))
        case .binary(let binary):
            let runDirectory = workDirectory + "/run"
            try FileManager.default.createDirectory(atPath: runDirectory, withIntermediateDirectories: true)
            let notebookDirectory = (notebook.path as NSString).deletingLastPathComponent
            let transcript = try Runner(program: program, numeric: numeric, progress: progress)
                .run(binary: binary, in: notebookDirectory.isEmpty ? "." : notebookDirectory, runDirectory: runDirectory)
            let results = TranscriptReader(notebook: notebook, program: program, runDirectory: runDirectory).results(of: transcript)
            return Execution(results: results, blas: transcript.blas)
        }
    }

    static func compileFailure(_ diagnostics: CompileDiagnostics, output: String, workDirectory: String) -> [CellResult] {
        let notebook = diagnostics.notebook, program = diagnostics.program
        // An error no cell owns (a linker error, say) still has to show somewhere.
        let fallback = notebook.cells.first { program.runs[$0.index] }?.index
        var entries = CompileDiagnostics.parse(output)
        if entries.isEmpty {
            let text = output.replacingOccurrences(of: workDirectory + "/", with: "").trimmingCharacters(in: .whitespacesAndNewlines)
            entries = [.init(error: .init(file: "", line: 0, column: 0, kind: "error", text: text))]
        }
        var owned: [Int: [CompileDiagnostics.Entry]] = [:]
        for entry in entries {
            guard let index = diagnostics.cell(of: entry) ?? fallback else { continue }
            owned[index, default: []].append(entry)
        }
        return notebook.cells.map { cell in
            if program.excluded.contains(cell.index) { return CellResult(status: .notRun(reason: "it did not compile")) }
            guard program.runs[cell.index] else { return CellResult(status: .notEvaluated) }
            guard let found = owned[cell.index] else {
                return CellResult(status: .notRun(reason: "the notebook did not compile"))
            }
            let text = found.map(diagnostics.text(of:)).joined(separator: "\n")
            let line = found.lazy.flatMap { [$0.error] + $0.notes }.first { $0.file == notebook.path }.map { diagnostics.place($0).line }
            return CellResult(status: .failed(CellFailure(kind: .compileError, line: line, message: text)))
        }
    }

    /// A fresh, private folder under the system's temporary directory, marked as this process's.
    /// The first one a process makes also removes those that killed renders left behind.
    public static func temporaryDirectory() throws -> String {
        _ = sweptStaleFolders
        var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("folio-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw SetupError("cannot create a temporary directory in \(NSTemporaryDirectory())")
        }
        let folder = String(cString: made)
        StaleTemporaries.markOwned(folder)
        return folder
    }

    private static let sweptStaleFolders: Void = StaleTemporaries.sweepFolders()
}
