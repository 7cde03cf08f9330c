import Foundation
import Testing

/// What Folio sets for every notebook program: Swift's deterministic hashing, and the
/// optimisation level an author or the command line asks for.
@Suite("Execution settings: hashing and -O", .serialized)
struct ExecutionSettingsTests {
    /// Without `SWIFT_DETERMINISTIC_HASHING`, 24 keys come out in the same order in two runs once
    /// in 24! orders: two renders that agree show the seed is fixed.
    @Test func dictionariesAndSetsPrintInTheSameOrderOnEveryRun() throws {
        let (first, a) = try FolioCLI.render("hashing.md")
        let (second, b) = try FolioCLI.render("hashing.md")
        defer { for folder in [a, b] { try? FileManager.default.removeItem(atPath: folder) } }
        #expect(first.status == 0 && second.status == 0, "\(first.stderr)\(second.stderr)")
        let report = FolioCLI.read("\(a)/hashing.md")
        #expect(report.contains("\"n24\": 576"), "\(report)")
        #expect(report.contains("\"w24\""))
        for file in ["hashing.md", "hashing.html"] {
            #expect(FolioCLI.read("\(a)/\(file)") == FolioCLI.read("\(b)/\(file)"), "\(file)")
        }
    }

    @Test func optimizeFromTheCommandLineOrTheFrontMatterCompilesWithO() throws {
        let (plain, a) = try FolioCLI.render("optimize.md")
        let (flagged, b) = try FolioCLI.render("optimize.md", extra: ["--optimize"])
        defer { for folder in [a, b] { try? FileManager.default.removeItem(atPath: folder) } }
        #expect(plain.status == 0 && flagged.status == 0, "\(plain.stderr)\(flagged.stderr)")
        #expect(FolioCLI.read("\(a)/optimize.md").contains("```text\ncompiled with -Onone\n```"))
        #expect(FolioCLI.read("\(b)/optimize.md").contains("```text\ncompiled with -O\n```"))

        let root = NSTemporaryDirectory() + "folio-optimize-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let source = FolioCLI.read("\(FolioCLI.fixtures)/optimize.md")
        try ("---\noptimize: true\n---\n" + source).write(toFile: "\(root)/fast.md", atomically: true, encoding: .utf8)
        let outcome = try FolioCLI.run(["render", "fast.md", "-o", "out"], in: root)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(FolioCLI.read("\(root)/out/fast.md").contains("```text\ncompiled with -O\n```"))

        try ("---\noptimize: fast\n---\n" + source).write(toFile: "\(root)/bad.md", atomically: true, encoding: .utf8)
        let bad = try FolioCLI.run(["render", "bad.md", "-o", "out"], in: root)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("bad.md:2: error: optimize must be true"), "\(bad.stderr)")
    }

    /// The level is part of the cache key: a cached `-Onone` run never stands for a `-O` one.
    @Test func theOptimisationLevelIsPartOfTheCacheKey() throws {
        let root = NSTemporaryDirectory() + "folio-optimize-cache-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: "\(FolioCLI.fixtures)/optimize.md", toPath: "\(root)/optimize.md")
        func render(_ extra: [String]) throws -> (cached: Bool, report: String) {
            let outcome = try FolioCLI.run(["render", "optimize.md", "-o", "out", "--format", "json"] + extra, in: root, cache: true)
            #expect(outcome.status == 0, "\(outcome.stderr)")
            let document = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
            let cached = (document?["notebooks"] as? [[String: Any]])?.first?["cached"] as? Bool ?? false
            return (cached, FolioCLI.read("\(root)/out/optimize.md"))
        }
        #expect(try render([]).cached == false)
        #expect(try render([]).cached == true)
        let optimized = try render(["--optimize"])
        #expect(!optimized.cached)
        #expect(optimized.report.contains("compiled with -O\n"))
        #expect(try render(["--optimize"]).cached == true)
    }
}
