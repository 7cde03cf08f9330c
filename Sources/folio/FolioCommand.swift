import ArgumentParser
import Folio
import Foundation

@main
struct FolioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "Render Markdown notebooks with Swift cells into HTML and GitHub Markdown reports.",
        discussion: """
        Exit codes: 0 every cell ran (and, for check, every report is current); 1 a cell failed \
        or a report is stale; 2 bad usage or a bad notebook.
        """,
        subcommands: [Render.self, Check.self, New.self, Index.self, Clean.self],
        defaultSubcommand: Render.self)

    /// ArgumentParser exits 64 on a usage error; Folio documents 2 for it, as most Unix tools do.
    static func main() {
        RunRegistry.shared.handleInterruptions()
        // `folio render -dash.md` would read -d -a -s -h: help, exit 0, nothing rendered.
        for argument in CommandLine.arguments.dropFirst().prefix(while: { $0 != "--" })
        where argument.hasPrefix("-") && !argument.hasPrefix("--") && argument.count > 2 && FileManager.default.fileExists(atPath: argument) {
            report("folio: error: '\(argument)' reads as options but names a file; write './\(argument)', or put '--' before it")
            Foundation.exit(2)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
            RunRegistry.shared.waitIfInterrupted()
        } catch let exit as ExitCode {
            RunRegistry.shared.waitIfInterrupted()
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
