import Foundation
import Testing
@testable import Folio

@Suite("Parse: cells, options, front matter")
struct ParserTests {
    func parse(_ text: String) throws -> Notebook {
        try NotebookParser.parse(source: text, path: "notebooks/test.md")
    }

    func parseError(_ text: String) -> NotebookError? {
        do {
            _ = try parse(text)
            return nil
        } catch let error as NotebookError {
            return error
        } catch {
            return nil
        }
    }

    @Test func cellsKeepTheirLinesAndCode() throws {
        let notebook = try parse("""
        # Title

        Some prose.

        ```{swift}
        let a = 1
        ```

        ```swift
        let shown = true
        ```

        ```{swift}
        //| label: second
        //| echo: false
        print(a)
        ```
        """)
        #expect(notebook.cells.count == 2)
        #expect(notebook.cells[0].fenceLine == 5)
        #expect(notebook.cells[0].codeLine == 6)
        #expect(notebook.cells[0].endLine == 7)
        #expect(notebook.cells[0].code == "let a = 1\n")
        #expect(notebook.cells[1].fenceLine == 13)
        #expect(notebook.cells[1].codeLine == 16)
        #expect(notebook.cells[1].code == "print(a)\n")
        #expect(notebook.cells[1].options.label == "second")
        #expect(notebook.cells[1].options.echo == false)
        #expect(notebook.firstHeading == "Title")
    }

    @Test func everyOptionIsRead() throws {
        let notebook = try parse("""
        ```{swift}
        //| label: fig-a
        //| echo: false
        //| eval: false
        //| output: false
        //| include: false
        //| error: true
        //| fig-cap: "A caption: with a colon"
        //| fig-alt: Lines rising
        //| fig-width: 4.5
        //| fig-height: 2
        //| timeout: 2
        1 + 1
        ```
        """)
        let options = try #require(notebook.cells.first).options
        #expect(options.label == "fig-a")
        #expect(!options.echo && !options.eval && !options.output && !options.include)
        #expect(options.error)
        #expect(options.figCap == "A caption: with a colon")
        #expect(options.figAlt == "Lines rising")
        #expect(options.figWidth == 4.5)
        #expect(options.figHeight == 2)
        #expect(options.timeout == 2)
        #expect(notebook.cells[0].code == "1 + 1\n")
        #expect(notebook.cells[0].codeLine == 13)
    }

    @Test func unknownOptionNamesItsLineAndTheNearestName() {
        let error = parseError("Text\n\n```{swift}\n//| echo: true\n//| fig-capt: x\nlet a = 1\n```\n")
        #expect(error?.line == 5)
        #expect(error?.message.contains("unknown cell option 'fig-capt'") == true)
        #expect(error?.message.contains("did you mean 'fig-cap'?") == true)
        #expect(error?.description.hasPrefix("notebooks/test.md:5: error:") == true)
    }

    @Test(arguments: [
        ("//| echo: maybe", "true or false"),
        ("//| timeout: -1", "a positive number of seconds"),
        ("//| fig-width: wide", "a positive number of inches"),
        ("//| label: 9lives", "starts with a letter"),
        ("//| fig-cap:", "some text"),
        ("//| echo false", "'//| key: value'"),
        (#"//| fig-cap: "a \sqrt{n}""#, "put TeX in single quotes"),
    ])
    func badOptionValuesAreErrorsAtTheirLine(line: String, expected: String) {
        let error = parseError("```{swift}\n\(line)\nlet a = 1\n```\n")
        #expect(error?.line == 2)
        #expect(error?.message.contains(expected) == true, "\(String(describing: error))")
    }

    @Test func repeatedOptionAndDuplicateLabelAreErrors() {
        #expect(parseError("```{swift}\n//| echo: true\n//| echo: false\n```\n")?.line == 3)
        let duplicate = parseError("```{swift}\n//| label: a\n```\n\n```{swift}\n//| echo: true\n//| label: a\n```\n")
        #expect(duplicate?.line == 7, "the line of the repeated label")
    }

    @Test func frontMatterGivesTitleAndSeedAndKeepsLineNumbers() throws {
        let notebook = try parse("---\ntitle: Growth\nseed: 42\n---\n\n```{swift}\nlet a = 1\n```\n")
        #expect(notebook.frontMatter.title == "Growth")
        #expect(notebook.frontMatter.seed == 42)
        #expect(notebook.title == "Growth")
        #expect(notebook.cells[0].fenceLine == 6)
    }

    @Test func badFrontMatterNamesItsLine() {
        let unknown = try? parse("---\ntitle: A\nsead: 3\n---\n")
        #expect(unknown?.warnings.map(\.description) == ["notebooks/test.md:3: warning: unknown front matter key 'sead' is ignored; did you mean 'seed'?"],
                "an unknown key is a warning, not a failed render")
        #expect(parseError("---\nseed: -4\n---\n")?.line == 2)
        #expect(parseError("---\nseed: lots\n---\n")?.message.contains("whole number") == true)
        #expect(parseError("---\ntitle: [unclosed\n---\n")?.line != nil)
        #expect(parseError("---\ntitle: never closed\n")?.line == 1)
    }

    @Test func fencesInsideListsAreCells() throws {
        let notebook = try parse("1. First step:\n\n   ```{swift}\n   let inList = 1\n   ```\n2. Next.\n")
        #expect(notebook.cells.count == 1)
        #expect(notebook.cells[0].fenceLine == 3)
        #expect(notebook.cells[0].indent == 3)
        #expect(notebook.cells[0].code == "let inList = 1\n")
    }

    @Test func figureReferencesAreFoundInProse() throws {
        let good = try parse("See @fig-growth.\n\n```{swift}\n//| label: fig-growth\n1\n```\n")
        #expect(good.references == [FigureReference(label: "fig-growth", line: 1)])
        #expect(FigureReferences.find(in: "mail me@fig-x.org, or see @fig-x-.") == ["fig-x"])
        // A reference that names nothing is a warning at render (CrossReferenceTests), as in Quarto.
        let bad = try parse("Text\n\nSee @fig-grwth here.\n\n```{swift}\n//| label: fig-growth\n1\n```\n")
        #expect(bad.references == [FigureReference(label: "fig-grwth", line: 3)])
        // Line breaks inside emphasis and links before a reference count towards its line.
        let nested = try parse("An *emphasised\nphrase* and a [long\nlink](x.md), then\n@fig-growth.\n")
        #expect(nested.references == [FigureReference(label: "fig-growth", line: 4)])
    }

    @Test func onlyShownFiguresAreNumbered() throws {
        let notebook = try parse("""
        ```{swift}
        //| label: fig-a
        1
        ```

        ```{swift}
        //| label: fig-hidden
        //| output: false
        2
        ```

        ```{swift}
        //| label: fig-b
        3
        ```
        """)
        let numbers = FigureNumbers(notebook)
        #expect(numbers.number(of: "fig-a") == 1)
        #expect(numbers.number(of: "fig-hidden") == nil)
        #expect(numbers.number(of: "fig-b") == 2)
    }

    @Test func invalidUTF8IsAnErrorNamingItsLine() throws {
        let path = NSTemporaryDirectory() + "/folio-bad-utf8-\(UUID().uuidString).md"
        let bytes: [UInt8] = Array("line one\nline two\n".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: NotebookError(file: path, line: 3, "the file is not valid UTF-8; save it as UTF-8")) {
            _ = try NotebookParser.parse(contentsOf: path)
        }
    }

    @Test func aByteOrderMarkAndOldMacLineEndingsAreReadAsTheAuthorMeantThem() throws {
        let notebook = try NotebookParser.parse(source: "\u{FEFF}---\r\nseed: 5\r\n---\r# Title\r\rText.\r", path: "bom.md")
        #expect(notebook.frontMatter.seed == 5, "the front matter is found behind the byte-order mark")
        #expect(notebook.firstHeading == "Title")
        #expect(!notebook.source.contains("\r"))
    }

    @Test func theFrontMattersSeedTakesTheRangeOfSeed() throws {
        #expect(try NotebookParser.parse(source: "---\nseed: 18446744073709551615\n---\n", path: "s.md").frontMatter.seed == UInt64.max)
        for bad in ["-1", "18446744073709551616", "1.5"] {
            #expect(throws: NotebookError.self, "\(bad)") { try NotebookParser.parse(source: "---\nseed: \(bad)\n---\n", path: "s.md") }
        }
    }

    /// An unclosed bracket or quote is blamed on the line that opened it, not where libyaml
    /// noticed (the next key).
    @Test(arguments: [
        ("---\ntitle: A\ninputs: [a.csv, b.csv\nseed: 3\n---\n", 3, "flow sequence"),
        ("---\ncheck: {rtol: 1e-3\nseed: 3\n---\n", 2, "flow mapping"),
        ("---\ntitle: \"unclosed\nseed: 3\n---\n", 2, "quoted scalar"),
        ("---\ntitle: A\n  bad: indent\nseed: 3\n---\n", 3, "mapping values are not allowed"),
    ])
    func yamlErrorsPointAtWhatOpenedThem(_ text: String, _ line: Int, _ words: String) {
        let error = parseError(text)
        #expect(error?.line == line, "\(String(describing: error))")
        #expect(error.map { "\($0)".contains(words) } == true, "\(String(describing: error))")
    }
}
