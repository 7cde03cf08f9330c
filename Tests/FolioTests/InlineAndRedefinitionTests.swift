import Foundation
import Testing
@testable import Folio

/// Jupyter's and Quarto's habits, rendered by the built CLI: redefining a name in a later cell,
/// and `{swift} expr` values in the prose.
@Suite("End to end: redefinition and inline values", .serialized)
struct InlineAndRedefinitionTests {
    @Test func aLaterCellRedefinesValuesTypesAndFunctions() throws {
        let (outcome, folder) = try FolioCLI.render("redefinition.md")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let markdown = FolioCLI.read("\(folder)/redefinition.md")
        #expect(markdown.contains("```text\n1 Point(x: 1) first\n```"))
        #expect(markdown.contains("```text\ntwo Point(x: 1, y: 2) second, after 1 2 Notebook.Box\n```"),
                "a redefined type still prints under its name; the old x is meant before the new one")
        #expect(markdown.contains("```text\n[\"two!\", \"TWO!\"] 4\n```"), "a closure's own x is not the global")
        #expect(markdown.contains("```text\n3\n```"))
        #expect(markdown.contains("let x = \"two\"\nstruct Point { var x, y: Int }"), "the report shows the author's code")
        #expect(!markdown.contains("__folio"))
    }

    @Test func aCompileErrorAfterARedefinitionShowsTheAuthorsNamesAndColumns() throws {
        let (outcome, folder) = try FolioCLI.render("redefinition-error.md")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("redefinition-error.md:12: error: cell 3 failed (compile error): cannot assign to value: 'x' is a 'let' constant"),
                "\(outcome.stderr)")
        let markdown = FolioCLI.read("\(folder)/redefinition-error.md")
        #expect(markdown.contains("redefinition-error.md:12:11: error: cannot assign to value: 'x' is a 'let' constant\n"
                                  + ">    12 | print(x); x = \"three\"\n>       |           ^"),
                "column 11 is the author's, although the x before it was renamed")
        #expect(markdown.contains("redefinition-error.md:8:1: note: change 'let' to 'var' to make it mutable"))
        for text in [markdown, FolioCLI.read("\(folder)/redefinition-error.html"), outcome.stderr] {
            #expect(!text.contains("__folio"))
        }
    }

    @Test func inlineValuesStandInTheProseOfBothReports() throws {
        let (outcome, folder) = try FolioCLI.render("inline.md")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let markdown = FolioCLI.read("\(folder)/inline.md")
        #expect(markdown.contains("Before any cell: 42.\n"))
        // NumPy 2.x: str(np.float32(0.1)) == '0.1', str(1e-7) == '1e-07', str(np.float32(2.5)) == '2.5'.
        #expect(markdown.contains("The rate is 0.1, tiny is 1e-07, the answer is 42 and\n"
                                  + "the mean is 2.5; in words: hello \\<b\\>\\&\\</b\\> \\*world\\*.\n"),
                "a string stands without quotes, its Markdown characters escaped")
        #expect(markdown.contains("Shown as code, not run: `` `{swift} n` `` and `swift n`."))
        #expect(markdown.contains("| n squared | 1764 |"))
        #expect(markdown.contains("Now n is redefined."), "an inline value means the latest definition")

        let html = FolioCLI.read("\(folder)/inline.html")
        #expect(html.contains("<p>The rate is 0.1, tiny is 1e-07, the answer is 42 and\n"
                              + "the mean is 2.5; in words: hello &lt;b&gt;&amp;&lt;/b&gt; *world*.\n"))
        #expect(html.contains("<code>`{swift} n`</code>"), "a code span showing the syntax is not evaluated")
        #expect(html.contains("<td>1764</td>"))
        #expect(html.contains("<p>Now n is redefined.</p>"))
        #expect(!html.contains("{swift} rate"))
    }

    @Test func aBadInlineExpressionIsAnErrorAtItsLine() throws {
        let (outcome, folder) = try FolioCLI.render("inline-error.md")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("inline-error.md:7: error:") && outcome.stderr.contains("cannot find 'rat' in scope"),
                "\(outcome.stderr)")
        let markdown = FolioCLI.read("\(folder)/inline-error.md")
        #expect(markdown.contains("inline-error.md:7:60: error: cannot find 'rat' in scope\n"
                                  + ">     7 | The rate is `{swift} rate` and the missing one is `{swift} rat.bogus`.\n"
                                  + ">       |                                                            ^"))
        #expect(!markdown.contains("_FolioKernel"))
    }

    @Test func inlineValuesComeFromTheCacheAndAnEditedExpressionRunsAgain() throws {
        let root = NSTemporaryDirectory() + "folio-inline-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: "\(FolioCLI.fixtures)/inline.md", toPath: "\(root)/inline.md")
        func render() throws -> (cached: Bool, report: String) {
            let outcome = try FolioCLI.run(["render", "inline.md", "-o", "out", "--format", "json"], in: root, cache: true)
            #expect(outcome.status == 0, "\(outcome.stderr)")
            let document = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
            let cached = (document?["notebooks"] as? [[String: Any]])?.first?["cached"] as? Bool ?? false
            return (cached, FolioCLI.read("\(root)/out/inline.md"))
        }
        let first = try render()
        let second = try render()
        #expect(!first.cached && second.cached)
        #expect(second.report == first.report && second.report.contains("| n squared | 1764 |"))
        let text = FolioCLI.read("\(root)/inline.md").replacingOccurrences(of: "{swift} n * n", with: "{swift} n + n")
        try text.write(toFile: "\(root)/inline.md", atomically: true, encoding: .utf8)
        let edited = try render()
        #expect(!edited.cached, "the expression is part of the program")
        #expect(edited.report.contains("| n squared | 84 |"))
    }
}
