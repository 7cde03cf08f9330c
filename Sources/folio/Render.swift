import ArgumentParser
import Folio
import Foundation

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run every notebook and write <name>.html and <name>.md into the output folder.")

    @OptionGroup var options: RenderOptions

    @Flag(help: "Write only the book's index, from the reports already in the output folder (to gather CI shards).")
    var indexOnly = false

    func run() throws {
        if indexOnly { return try Index.writeIndex(options.paths, into: options.output) }
        let run = try options.renderAll(into: options.output)
        try options.finish(run, command: "folio render")
    }
}

extension VerdictFormat: ExpressibleByArgument {}
extension MathMode: ExpressibleByArgument {}

extension Shard: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

struct RenderOptions: ParsableArguments {
    @Argument(help: "Notebooks, or folders whose .md files are notebooks (a folder is rendered as a book, with an index).")
    var paths: [String] = ["notebooks"]

    @Option(name: .shortAndLong, help: "The folder for the reports.")
    var output = "output"

    @Option(help: "The random seed, overriding each notebook's front matter.")
    var seed: UInt64?

    @Option(name: [.short, .long], help: "Notebooks rendered at once (default: the number of cores; 1 renders one after another).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Compile and run every notebook, and neither read nor write the result cache (.folio/cache).")
    var noCache = false

    @Option(help: "Render only part i of n (such as 2/4) of the notebooks, balanced by their last timings, for a CI matrix.")
    var shard: Shard?

    @Option(help: "How to typeset maths, overriding each notebook's 'math:': mathml (by Folio, no network) or mathjax.")
    var math: MathMode?

    @Option(help: "Bytes of output each cell's report keeps (such as 4 MiB), overriding each notebook's 'output-limit:' (default 1 MiB).",
            transform: { text in
                guard let bytes = ByteSize.parse(text) else { throw ValidationError("--output-limit must be a size such as 1 MiB, 512 KiB or 10 MB, not '\(text)'") }
                return bytes
            })
    var outputLimit: Int?

    @Flag(help: "Compile notebook programs with -O (as 'optimize: true' in a notebook's front matter does): slower to compile, faster loops.")
    var optimize = false

    @Option(help: "How to report what failed or differs: text (on standard error), github (annotations for GitHub Actions, on standard output) or json (on standard output).")
    var format: VerdictFormat = .text

    @Option(help: "Also write a JUnit XML report (a test suite per notebook, a test case per cell) to this file.")
    var junit: String?

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1, not \(jobs)") }
    }

    /// Renders every notebook into `directory`, one verdict each; `compare` adds a check's
    /// findings for a rendered notebook.
    func renderAll(into directory: String, compare: @escaping @Sendable (RenderJob.Outcome) -> [Finding] = { _ in [] }) throws -> ProjectRun.Result {
        let run = ProjectRun(paths: paths, outputDirectory: directory, seed: seed, jobs: jobs, useCache: !noCache,
                             shard: shard, math: math, outputLimit: outputLimit, optimize: optimize, skipping: [output], compare: compare)
        do {
            let result = try run.run()
            for warning in result.warnings { report(warning) }
            return result
        } catch {
            report(error)
            throw ExitCode(2)
        }
    }

    /// Reports the verdicts in the chosen format, writes the JUnit file, and exits 0, 1 or 2.
    func finish(_ run: ProjectRun.Result, command: String) throws {
        let verdicts = run.verdicts
        let text = VerdictReport.render(verdicts, format: format, command: command)
        if format == .text {
            FileHandle.standardError.write(Data(text.utf8))
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        if let junit {
            do {
                try JUnitReport.xml(verdicts, command: command).write(toFile: junit, atomically: true, encoding: .utf8)
            } catch {
                report("folio: error: cannot write the JUnit report to \(junit): \(error.localizedDescription)")
                throw ExitCode(2)
            }
        }
        if run.badInput { throw ExitCode(2) }
        throw ExitCode(verdicts.allSatisfy(\.passed) ? 0 : 1)
    }
}

func report(_ error: Error) {
    if let error = error as? NotebookError { return report(error.description) }
    if let error = error as? SetupError { return report(error.description) }
    report(String(describing: error))
}

func report(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
