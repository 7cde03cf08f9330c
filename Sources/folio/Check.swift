import ArgumentParser
import Folio
import Foundation

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render into a temporary folder and fail if a cell fails or a report in the output folder differs.")

    @OptionGroup var options: RenderOptions

    func run() throws {
        let manager = FileManager.default
        let scratch = try Executor.temporaryDirectory()
        defer { try? manager.removeItem(atPath: scratch) }
        let failed = try options.renderAll(into: scratch)
        var stale: [String] = []
        let fresh = Self.files(in: scratch)
        for file in fresh {
            let new = manager.contents(atPath: "\(scratch)/\(file)")
            let committed = manager.contents(atPath: "\(options.output)/\(file)")
            if new != committed { stale.append(file) }
        }
        // A figure the notebook no longer draws is stale too, even when it now draws none.
        let names = fresh.filter { !$0.contains("/") && $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }
        for folder in names.map({ "\($0)_files" }) {
            let committed = Self.files(in: "\(options.output)/\(folder)").map { "\(folder)/\($0)" }
            stale += committed.filter { !fresh.contains($0) }
        }
        for file in stale {
            report("\(options.output)/\(file): error: differs from what the notebook renders now; run 'folio render' to refresh it")
        }
        throw ExitCode(failed || !stale.isEmpty ? 1 : 0)
    }

    /// Relative paths of every file under `root`, sorted.
    static func files(in root: String) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: root)
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: "\(root)/\(path)", isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(path)
            }
        }
        return files.sorted()
    }
}
