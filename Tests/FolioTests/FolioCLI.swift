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

    static func run(_ arguments: [String], in directory: String = fixtures) throws -> Outcome {
        guard FileManager.default.isExecutableFile(atPath: executable) else { throw NotBuilt() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                       stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Renders one fixture into a fresh folder; returns the outcome and the folder.
    static func render(_ fixture: String, extra: [String] = []) throws -> (Outcome, String) {
        let folder = NSTemporaryDirectory() + "folio-e2e-\(UUID().uuidString)"
        let outcome = try run(["render", fixture, "-o", folder] + extra)
        return (outcome, folder)
    }

    static func read(_ path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }
}
