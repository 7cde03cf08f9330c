import Foundation

/// The built `folio` executable, run as a user runs it.
///
/// `scripts/test` builds the package before `swift test`, so `folio` and the kernel library it
/// compiles notebooks against sit beside this test bundle.
struct FolioCLI {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path

    static var executable: String {
        let bundleDirectory = ((try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]) as NSString
        return bundleDirectory.deletingLastPathComponent + "/folio"
    }

    struct NotBuilt: Error, CustomStringConvertible {
        var description: String { "\(FolioCLI.executable) is missing: run 'swift build' before 'swift test' (scripts/test does)" }
    }

    /// `environment` sets variables for this run (nil removes one). Renders and checks run with
    /// `--no-cache` unless `cache` is set: a test that a notebook runs must see it run, and the
    /// source tree must not gain `.folio/` folders.
    static func run(_ arguments: [String], in directory: String = fixtures, executable command: String = executable,
                    environment: [String: String?] = [:], cache: Bool = false) throws -> Outcome {
        guard FileManager.default.isExecutableFile(atPath: executable) else { throw NotBuilt() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command)
        let rendersOrChecks = command == executable && ["render", "check"].contains(arguments.first ?? "")
        // Right after the command: after a `--`, it would be read as a notebook's name.
        process.arguments = rendersOrChecks && !cache ? [arguments[0], "--no-cache"] + arguments.dropFirst() : arguments
        if !environment.isEmpty {
            var variables = ProcessInfo.processInfo.environment
            for (name, value) in environment { variables[name] = value }
            process.environment = variables
        }
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        // Files, not pipes: a command that fills one pipe while the test drains the other would hang.
        let capture = NSTemporaryDirectory() + "folio-cli-\(UUID().uuidString)"
        FileManager.default.createFile(atPath: capture + ".out", contents: nil)
        FileManager.default.createFile(atPath: capture + ".err", contents: nil)
        defer { for end in [".out", ".err"] { try? FileManager.default.removeItem(atPath: capture + end) } }
        process.standardOutput = FileHandle(forWritingAtPath: capture + ".out")
        process.standardError = FileHandle(forWritingAtPath: capture + ".err")
        try process.run()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: read(capture + ".out"), stderr: read(capture + ".err"))
    }

    /// Renders one fixture into a fresh folder; returns the outcome and the folder. From another
    /// working directory (`in:`), the fixture is named by its absolute path.
    static func render(_ fixture: String, extra: [String] = [], in directory: String? = nil) throws -> (Outcome, String) {
        let folder = NSTemporaryDirectory() + "folio-e2e-\(UUID().uuidString)"
        let path = directory == nil || fixture.hasPrefix("/") ? fixture : "\(fixtures)/\(fixture)"
        let outcome = try run(["render", path, "-o", folder] + extra, in: directory ?? fixtures)
        return (outcome, folder)
    }

    static func read(_ path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }
}
