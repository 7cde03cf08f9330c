import Foundation
import Testing

/// `folio check` against committed reports that were edited after rendering, as CI meets them.
@Suite("End to end: folio check", .serialized)
struct CheckTests {
    /// Renders `check.md`, lets `edit` change the committed files, and checks them.
    static func check(_ extra: [String] = [], edit: (String) throws -> Void = { _ in }) throws -> FolioCLI.Outcome {
        let (rendered, folder) = try FolioCLI.render("check.md")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(rendered.status == 0, "\(rendered.stderr)")
        try edit(folder)
        return try FolioCLI.run(["check", "check.md", "-o", folder] + extra)
    }

    static func replace(_ old: String, with new: String, in path: String) throws {
        let text = FolioCLI.read(path)
        #expect(text.contains(old), "\(path) holds \(old)")
        try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test func currentReportsPassSilently() throws {
        let outcome = try Self.check()
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.isEmpty && outcome.stderr.isEmpty)
    }

    @Test func aNumberMovedBeyondTheToleranceIsNamedAtTheCellsLine() throws {
        let outcome = try Self.check { folder in
            try Self.replace("mean 0.5 count 5", with: "mean 0.51 count 5", in: "\(folder)/check.md")
        }
        #expect(outcome.status == 1)
        #expect(outcome.stderr == "check.md:12: error: output differs: \"mean 0.51 count 5\" → \"… 0.5 count 5\" (relative 0.02 > rtol 1e-5)\n")
    }

    @Test func lastBitNoiseAndFigurePixelRoundingPass() throws {
        let outcome = try Self.check { folder in
            try Self.replace("mean 0.5 count 5", with: "mean 0.500001 count 5", in: "\(folder)/check.md")
            try Self.replace("mean 0.5 count 5", with: "mean 0.500001 count 5", in: "\(folder)/check.html")
            let figure = "\(folder)/check_files/figure-1.svg"
            let svg = FolioCLI.read(figure)
            let coordinate = try #require(svg.firstMatch(of: /d="M(\d+\.\d\d)/)?.1)
            let moved = String(format: "%.2f", Double(coordinate)! + 0.01)
            try Self.replace("d=\"M\(coordinate)", with: "d=\"M\(moved)", in: figure)
        }
        #expect(outcome.status == 0, "\(outcome.stderr)")
    }

    @Test func toleranceComesFromTheCommandLine() throws {
        let edit = { (folder: String) in try Self.replace("mean 0.5 count 5", with: "mean 0.51 count 5", in: "\(folder)/check.md") }
        #expect(try Self.check(["--rtol", "0.05"], edit: edit).status == 0)
        #expect(try Self.check(["--rtol", "0.001"], edit: edit).status == 1)
        #expect(try Self.check(["--rtol", "-1"], edit: edit).status == 2)
    }

    @Test func checkFalseSkipsACellAndCheckExactComparesItToTheByte() throws {
        let skipped = try Self.check { folder in
            for file in ["check.md", "check.html"] { try Self.replace("took 12.5 ms", with: "took 80.25 ms", in: "\(folder)/\(file)") }
            try Self.replace("digest 3.14159", with: "digest 3.14159", in: "\(folder)/check.md")
        }
        #expect(skipped.status == 0, "\(skipped.stderr)")
        let exact = try Self.check { folder in try Self.replace("digest 3.14159", with: "digest 3.141590", in: "\(folder)/check.md") }
        #expect(exact.status == 1)
        #expect(exact.stderr.contains("check.md:31: error: output differs (check: exact)"), "\(exact.stderr)")
        #expect(exact.stderr.contains("    -digest 3.141590\n    +digest 3.14159\n"))
    }

    @Test func aMovedCurveAProseEditAndAStaleFigureAreAllReported() throws {
        let outcome = try Self.check { folder in
            let figure = "\(folder)/check_files/figure-1.svg"
            let svg = FolioCLI.read(figure)
            let coordinate = try #require(svg.firstMatch(of: /d="M(\d+\.\d\d),(\d+\.\d\d)L/)?.2)
            try Self.replace(",\(coordinate)L", with: ",\(Double(coordinate)! + 5)L", in: figure)
            try Self.replace("Numbers a reader compares", with: "Numbers a writer compares", in: "\(folder)/check.md")
            try "<svg/>".write(toFile: "\(folder)/check_files/figure-2.svg", atomically: true, encoding: .utf8)
        }
        #expect(outcome.status == 1)
        let lines = outcome.stderr.split(separator: "\n").filter { !$0.hasPrefix("    ") }
        #expect(lines.count == 3, "\(outcome.stderr)")
        #expect(lines.first == "check.md:8: error: the prose differs from the committed report; run 'folio render' to refresh it")
        #expect(outcome.stderr.contains("    -Numbers a writer compares within a tolerance.\n    +Numbers a reader compares within a tolerance.\n"))
        #expect(lines.contains { $0.hasPrefix("check.md:38: error: figure-1.svg: axes0-series0 moved by up to 5 (relative ") })
        #expect(lines.contains { $0.hasSuffix("check_files/figure-2.svg:1: error: stale figure: the notebook no longer draws it; run 'folio render' to remove it") })
    }

    @Test func aHandEditedPageIsCaughtAndTheProvenanceIsNot() throws {
        let outcome = try Self.check { folder in
            try Self.replace("max-width: 52rem", with: "max-width: 60rem", in: "\(folder)/check.html")
            try Self.replace("swiftc: Swift version", with: "swiftc: Swift version 99 ", in: "\(folder)/check.html")
        }
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("check.html:"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("    -.page { max-width: 60rem;"))
        #expect(!outcome.stderr.contains("Swift version 99"))
    }

    @Test func missingAndOrphanedReports() throws {
        let (rendered, folder) = try FolioCLI.render("check.md")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(rendered.status == 0)
        let notebooks = NSTemporaryDirectory() + "folio-book-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: notebooks) }
        try FileManager.default.createDirectory(atPath: notebooks, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: "\(FolioCLI.fixtures)/seeded.md", toPath: "\(notebooks)/seeded.md")
        let outcome = try FolioCLI.run(["check", notebooks, "-o", folder])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("seeded.md:1: error: has no committed report \(folder)/seeded.md; run 'folio render' and commit it"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("\(folder)/check.html:1: error: a committed report with no notebook (no check.md among the notebooks)"))
    }

    @Test func githubAnnotationsJSONAndJUnitDescribeTheSameDifference() throws {
        let junit = NSTemporaryDirectory() + "folio-junit-\(UUID().uuidString).xml"
        defer { try? FileManager.default.removeItem(atPath: junit) }
        let edit = { (folder: String) in try Self.replace("mean 0.5 count 5", with: "mean 0.51 count 5", in: "\(folder)/check.md") }
        let github = try Self.check(["--format", "github", "--junit", junit], edit: edit)
        #expect(github.status == 1)
        #expect(github.stdout == "::error file=check.md,line=12,title=folio check::output differs: \"mean 0.51 count 5\" → \"… 0.5 count 5\" (relative 0.02 > rtol 1e-5)\n")
        #expect(github.stderr.isEmpty)

        let xml = FolioCLI.read(junit)
        #expect(xml.contains(#"<testsuite name="check.md" tests="5" failures="1" errors="0" skipped="0""#), "\(xml)")
        #expect(xml.contains(#"<testcase name="cell 1 (numbers)" classname="check.md" file="check.md" line="12""#))
        #expect(xml.contains(#"<failure message="output differs: &quot;mean 0.51 count 5&quot; → &quot;… 0.5 count 5&quot; (relative 0.02 &gt; rtol 1e-5)" type="differs">"#))
        let schema = "\(FolioCLI.fixtures)/junit.xsd"
        let lint = try FolioCLI.run(["--noout", "--schema", schema, junit], executable: "/usr/bin/xmllint")
        #expect(lint.status == 0, "\(lint.stderr)")

        let json = try Self.check(["--format", "json"], edit: edit)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(document["passed"] as? Bool == false)
        let notebook = try #require((document["notebooks"] as? [[String: Any]])?.first)
        let cells = try #require(notebook["cells"] as? [[String: Any]])
        #expect(cells.map { $0["status"] as? String } == ["differs", "passed", "passed", "passed"])
        let finding = try #require((cells[0]["findings"] as? [[String: Any]])?.first)
        #expect(finding["line"] as? Int == 12 && finding["file"] as? String == "check.md")
    }

    @Test func renderReportsFailingCellsInTheSameFormats() throws {
        let junit = NSTemporaryDirectory() + "folio-junit-\(UUID().uuidString).xml"
        defer { try? FileManager.default.removeItem(atPath: junit) }
        let (outcome, folder) = try FolioCLI.render("trap.md", extra: ["--format", "github", "--junit", junit])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(outcome.status == 1)
        #expect(outcome.stdout.hasPrefix("::error file=trap.md,line=14,title=folio render::cell 3 failed (crash): "), "\(outcome.stdout)")
        #expect(outcome.stdout.contains("::error file=trap.md,line=19,title=folio render::cell 4 was not run: an earlier cell failed\n"))
        let xml = FolioCLI.read(junit)
        #expect(xml.contains(#"failures="3""#), "cell 3 crashed; cells 4 and 5 did not run: \(xml)")
        let lint = try FolioCLI.run(["--noout", "--schema", "\(FolioCLI.fixtures)/junit.xsd", junit], executable: "/usr/bin/xmllint")
        #expect(lint.status == 0, "\(lint.stderr)")
    }
}
