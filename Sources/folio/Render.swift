import ArgumentParser
import Folio
import Foundation

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run every notebook and write <name>.html and <name>.md into the output folder.")

    @OptionGroup var options: RenderOptions

    func run() throws {
        let run = try options.renderAll(into: options.output)
        try options.finish(run, command: "folio render")
    }
}

extension VerdictFormat: ExpressibleByArgument {}

struct RenderOptions: ParsableArguments {
    @Argument(help: "Notebooks, or folders whose .md files are notebooks.")
    var paths: [String] = ["notebooks"]

    @Option(name: .shortAndLong, help: "The folder for the reports.")
    var output = "output"

    @Option(help: "The random seed, overriding each notebook's front matter.")
    var seed: UInt64?

    @Option(help: "How to report what failed or differs: text (on standard error), github (annotations for GitHub Actions, on standard output) or json (on standard output).")
    var format: VerdictFormat = .text

    @Option(help: "Also write a JUnit XML report (a test suite per notebook, a test case per cell) to this file.")
    var junit: String?

    /// What rendering every notebook found.
    struct Run {
        var verdicts: [NotebookVerdict] = []
        /// An input could not be read or parsed: exit 2 once everything is reported.
        var badInput = false
    }

    /// Renders every notebook into `directory`, one verdict each; `compare` adds a check's
    /// findings for a rendered notebook.
    func renderAll(into directory: String, compare: (RenderJob.Outcome) -> [Finding] = { _ in [] }) throws -> Run {
        let notebooks: [String]
        let toolchain: Toolchain
        do {
            notebooks = try NotebookPaths.expand(paths)
            toolchain = try Toolchain.locate()
        } catch {
            report(error)
            throw ExitCode(2)
        }
        let progress = Progress(notebooks: notebooks.count)
        let job = RenderJob(outputDirectory: directory, seed: seed, toolchain: toolchain, progress: progress)
        var run = Run()
        for path in notebooks {
            do {
                let outcome = try job.render(path)
                run.verdicts.append(NotebookVerdict(notebook: outcome.notebook, results: outcome.results, findings: compare(outcome)))
            } catch let error as NotebookError {
                run.verdicts.append(NotebookVerdict(notebook: path, cells: [], findings: [Finding(file: error.file, line: error.line ?? 1, message: error.message)]))
                run.badInput = true
            } catch {
                let message = (error as? SetupError)?.message ?? String(describing: error)
                run.verdicts.append(NotebookVerdict(notebook: path, cells: [], findings: [Finding(file: path, line: 1, message: message)]))
                run.badInput = true
            }
        }
        return run
    }

    /// Reports the verdicts in the chosen format, writes the JUnit file, and exits 0, 1 or 2.
    func finish(_ run: Run, command: String) throws {
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
    report(String(describing: error))
}

func report(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
