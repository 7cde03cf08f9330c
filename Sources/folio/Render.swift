import ArgumentParser
import Folio
import Foundation

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run every notebook and write <name>.html and <name>.md into the output folder.")

    @OptionGroup var options: RenderOptions

    func run() throws {
        let failed = try options.renderAll(into: options.output)
        throw ExitCode(failed ? 1 : 0)
    }
}

struct RenderOptions: ParsableArguments {
    @Argument(help: "Notebooks, or folders whose .md files are notebooks.")
    var paths: [String] = ["notebooks"]

    @Option(name: .shortAndLong, help: "The folder for the reports.")
    var output = "output"

    @Option(help: "The random seed, overriding each notebook's front matter.")
    var seed: UInt64?

    /// Renders every notebook; returns whether any cell failed unexpectedly.
    func renderAll(into directory: String) throws -> Bool {
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
        var anyFailed = false
        var badInput = false
        for path in notebooks {
            do {
                let outcome = try job.render(path)
                for problem in outcome.problems {
                    report("\(path):\(problem.line): error: \(problem.message)")
                    anyFailed = true
                }
            } catch let error as NotebookError {
                report(error)
                badInput = true
            } catch {
                report(error)
                badInput = true
            }
        }
        if badInput { throw ExitCode(2) }
        return anyFailed
    }
}

func report(_ error: Error) {
    report(String(describing: error))
}

func report(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
