import Foundation
import Testing
@testable import Folio

/// A cell's output is kept to its `output-limit`: the first and last halves around a notice.
@Suite("Output limits")
struct OutputLimitTests {
    @Test func sizesAreReadAsAuthorsWriteThemAndStatedAsTheyWereWritten() {
        #expect(ByteSize.parse("1 MiB") == 1 << 20)
        #expect(ByteSize.parse("512KiB") == 512 << 10)
        #expect(ByteSize.parse("10 MB") == 10_000_000)
        #expect(ByteSize.parse("2.5 kB") == 2500)
        #expect(ByteSize.parse("4096") == 4096)
        for bad in ["", "lots", "0", "-1 MiB", "1 MiBs", "1e3"] { #expect(ByteSize.parse(bad) == nil, "\(bad)") }
        #expect(ByteSize.limit(1 << 20) == "1 MiB" && ByteSize.limit(64 << 10) == "64 KiB" && ByteSize.limit(10_000_000) == "10 MB")
        #expect(ByteSize.limit(1234) == "1234 bytes")
        #expect(ByteSize.amount(198_300_000) == "198.3 MB" && ByteSize.amount(9_050) == "9.1 kB" && ByteSize.amount(640) == "640 bytes")
        #expect(OutputLimit.notice(notShown: 198_300_000, limit: 1 << 20) == "… 198.3 MB not shown (cell output limit 1 MiB)")
    }

    @Test func floodsValuesDisplaysFiguresAndStandardErrorAreCut() throws {
        let (outcome, folder) = try FolioCLI.render("output-limit.md")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let markdown = FolioCLI.read("\(folder)/output-limit.md")
        // 50 000 lines of "line i of the flood\n": 1 038 890 bytes, of which 65 536 are kept.
        let printed = (0..<50_000).reduce(0) { $0 + "line \($1) of the flood\n".utf8.count }
        #expect(markdown.contains("```text\nline 0 of the flood\nline 1 of the flood\n"))
        #expect(markdown.contains("line 49999 of the flood\n```"))
        #expect(markdown.contains("\n" + OutputLimit.notice(notShown: printed - 65_536, limit: 64 << 10) + "\n"))
        #expect(!markdown.contains("line 25000 of the flood"))
        #expect(markdown.count < 200_000, "the report holds two limits' worth (the flood, standard error), not the flood")

        #expect(markdown.contains("```text\n\"abcdefghijabcdefghij"), "a value's first half")
        #expect(markdown.contains("\n… 9.0 kB not shown (cell output limit 1 KiB)\n"))
        #expect(markdown.contains("abcdefghijTHE END\"\n```"), "and its last")
        #expect(markdown.contains("… 406 more displayed values of 9.3 kB not shown (cell output limit 2 KiB)"))
        #expect(markdown.contains("value 93 ----------") && !markdown.contains("value 94 ----------"))
        #expect(markdown.contains("```text\nafter\n```"), "printing goes on after the values are cut")

        #expect(markdown.contains("… a figure of "), "the oversized figure is named, not drawn")
        #expect(!FileManager.default.fileExists(atPath: "\(folder)/output-limit_files/figure-1.svg"))

        #expect(markdown.contains("Error in cell 5 at output-limit.md:39"), "the crash's line, found in the last half of standard error")
        #expect(markdown.contains("… 235.0 kB not shown (cell output limit 64 KiB)"))
        #expect(markdown.contains("output-limit.md:39: Fatal error: boom at the end\n>    39 | fatalError"))
    }

    @Test func theCommandLineOverridesTheNotebookAndBadSizesAreErrors() throws {
        let (outcome, folder) = try FolioCLI.render("output-limit.md", extra: ["--output-limit", "8KiB"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let markdown = FolioCLI.read("\(folder)/output-limit.md")
        #expect(markdown.contains("not shown (cell output limit 8 KiB)"), "the flood's cell takes --output-limit")
        #expect(markdown.contains("(cell output limit 1 KiB)"), "a cell's own option still wins")

        let bad = try FolioCLI.run(["render", "output-limit.md", "-o", folder, "--output-limit", "lots"])
        #expect(bad.status != 0 && bad.stderr.contains("--output-limit must be a size such as 1 MiB"), "\(bad.stderr)")
        #expect(throws: NotebookError.self) {
            _ = try NotebookParser.parse(source: "```{swift}\n//| output-limit: big\nprint(1)\n```\n", path: "a.md")
        }
        do {
            _ = try NotebookParser.parse(source: "---\noutput-limit: huge\n---\n", path: "a.md")
            Issue.record("a bad front matter output-limit is an error")
        } catch {
            #expect("\(error)".contains("a.md:2") && "\(error)".contains("output-limit must be a size such as 1 MiB"), "\(error)")
        }
    }

    /// While a cell prints past its limit, the part the report will not show takes no disk: the
    /// cell reads its own output file's size and allocated blocks after 40 MB.
    @Test func theCutPartOfAFloodTakesNoDisk() throws {
        let (outcome, folder) = try FolioCLI.render("sparse-output.md")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let markdown = FolioCLI.read("\(folder)/sparse-output.md")
        let numbers = markdown.components(separatedBy: "logical ").last?.split(separator: " ") ?? []
        let logical = numbers.first.flatMap { Int($0) } ?? 0, allocated = numbers.count > 2 ? Int(numbers[2].prefix { $0.isNumber }) ?? -1 : -1
        #expect(logical == 40_000_000, "\(numbers)")
        #expect(allocated >= 0 && allocated < 8_000_000, "40 MB printed, \(allocated) bytes on disk")
    }
}
