import ArgumentParser
import Folio
import Foundation

struct Index: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a book's index (index.html, index.md) from the reports already in the output folder.",
        discussion: "For the CI job that gathers shards rendered with --shard: the index is exactly the one a full render writes.")

    @Argument(help: "The book's folder of notebooks.")
    var paths: [String] = ["notebooks"]

    @Option(name: .shortAndLong, help: "The folder holding the reports.")
    var output = "output"

    func run() throws {
        try Self.writeIndex(paths, into: output)
    }

    static func writeIndex(_ paths: [String], into output: String) throws {
        do {
            guard let book = try Book.of(try NotebookPaths.entries(paths, skipping: [output]), paths: paths) else {
                report("folio: error: an index is written for a folder of notebooks; \(paths.joined(separator: " ")) names none")
                throw ExitCode(2)
            }
            try ProjectRun.writeIndex(of: book, in: output)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            report(error)
            throw ExitCode(2)
        }
    }
}

struct Clean: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Remove the result cache (.folio/cache) of the notebooks' project.")

    @Argument(help: "Notebooks or folders, as given to render.")
    var paths: [String] = ["notebooks"]

    func run() throws {
        let entries: [NotebookPaths.Entry]
        do { entries = try NotebookPaths.entries(paths) } catch {
            report(error)
            throw ExitCode(2)
        }
        var roots: [String] = []
        for root in entries.map(\.root) where !roots.contains(root) { roots.append(root) }
        for root in roots {
            let cache = ResultCache(root: root)
            if try cache.clean() { print("removed \(cache.directory)") }
        }
    }
}
