import Foundation
import Testing
@testable import Folio

/// Inputs that made `Fuzz/folio-fuzz` (`scripts/fuzz`) fail, kept byte for byte in
/// `Fixtures/fuzz/`: each must parse to a notebook or to an error naming a line of the file, and
/// its Markdown report must splice without trapping, one origin per report line.
@Suite("Fuzz findings: Parse and the Markdown report splice")
struct FuzzFindingsTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fuzz")

    enum Expected: Sendable {
        /// Parses; its report is checked.
        case parses
        /// A `NotebookError` at this line.
        case error(line: Int)
    }

    /// One entry per saved input: what went wrong, and what it must give now.
    static let findings: [(file: String, expected: Expected)] = [
        // `//| fig-cap: "…\n…"`: YAML's escape put a line break into the caption, which the
        // Markdown report spliced as two lines with one origin (MarkdownText.oneLine).
        ("caption-line-break.md", .parses),
        // `# Figur$")…` over more lines up to a `$`: math opened in a one-line heading closed four
        // lines later, so the title held line breaks and the navigation links split (MathProtector's
        // heading lines; MarkdownText.linkText also keeps link text on one line).
        ("heading-math-crosses-lines.md", .parses),
        // Front matter with U+0085 (NEL), which YAML counts as a line break and the notebook does
        // not: libyaml's error named line 23 of 22 (FrontMatter's YAMLLines); it is on line 13, after
        // the line's second NEL.
        ("yaml-next-line.md", .error(line: 13)),
        // A CRLF followed by U+05B8 (a combining mark), which Foundation's replacingOccurrences
        // does not match: the parser made it two lines, so the report cited line 43 of 42
        // (NotebookParser.normalizingLineEndings).
        ("crlf-before-combining-mark.md", .parses),
    ]

    @Test(arguments: findings.map(\.file))
    func savedInput(_ file: String) throws {
        let expected = try #require(Self.findings.first { $0.file == file }).expected
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(file))
        let text = String(decoding: data, as: UTF8.self)
        // Lines as an editor counts them, byte by byte (CRLF, CR and LF each end one).
        var lineCount = 1
        for (index, byte) in data.enumerated() where byte == 13 || (byte == 10 && (index == 0 || data[index - 1] != 13)) {
            lineCount += 1
        }
        let notebook: Notebook
        do {
            notebook = try NotebookParser.parse(source: text, path: "notebooks/fuzz.md")
        } catch {
            guard case .error(let line) = expected else {
                Issue.record("expected a notebook, got \(error)")
                return
            }
            #expect(error.line == line)
            #expect((1...lineCount).contains(error.line ?? 0))
            return
        }
        guard case .parses = expected else {
            Issue.record("expected an error, got a notebook with \(notebook.cells.count) cells")
            return
        }
        // Every cell succeeds and prints, draws and fails in turn, so every piece is spliced.
        let figure = "<svg viewBox=\"0 0 1 1\" aria-labelledby=\"f-title\">\n<title id=\"f-title\">t</title>\n</svg>\n"
        let results = notebook.cells.map { cell in
            CellResult(status: cell.index % 2 == 0 ? .succeeded
                           : .failed(CellFailure(kind: .crash, line: cell.codeLine, message: cell.code)),
                       outputs: [.stdout(cell.code), .figure(svg: figure), .value("1")])
        }
        let navigation = BookNavigation(previous: .init(title: notebook.title, name: "a"), next: nil)
        let report = MarkdownReport.render(notebook, results, navigation: navigation)
        let lines = report.markdown.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(report.origins.count == lines.count)
        for case .prose(let line) in report.origins { #expect((1...lineCount).contains(line)) }
    }

    @Test func captionLineBreakStaysOnOneLine() throws {
        let notebook = try NotebookParser.parse(source: """
            > ```{swift}
            > //| label: fig-a
            > //| fig-cap: "first\\n\\nsecond"
            > 1
            > ```
            """, path: "notebooks/quote.md")
        let report = MarkdownReport.render(notebook, [CellResult(status: .succeeded, outputs: [.figure(svg: "<svg/>")])])
        #expect(report.markdown.contains("> *Figure 1: first  second*"))
        #expect(report.markdown.contains("![Figure 1: first  second]("))
        #expect(report.origins.count == report.markdown.split(separator: "\n", omittingEmptySubsequences: false).count)
    }

    @Test func mathOpenedInAHeadingEndsWithIt() throws {
        let notebook = try NotebookParser.parse(source: """
            # Cost $a
            b$ and $x$.
            """, path: "notebooks/cost.md")
        #expect(notebook.title == "Cost $a")
        #expect(notebook.markdown.math.map(\.tex) == ["x"])
    }

    @Test func titleLineBreakStaysInItsLink() throws {
        let notebook = try NotebookParser.parse(source: "---\ntitle: \"One\\n\\nTwo\"\n---\ntext\n", path: "notebooks/t.md")
        let navigation = BookNavigation(previous: .init(title: notebook.title, name: "t"), next: nil)
        let report = MarkdownReport.render(notebook, [], navigation: navigation)
        #expect(report.markdown.contains("[← One  Two](t.md)"))
        #expect(report.origins.count == report.markdown.split(separator: "\n", omittingEmptySubsequences: false).count)
    }

    @Test func yamlLineSeparatorsKeepTheNotebooksLineNumbers() throws {
        // An unknown key is a warning now, a bad value an error: both must name line 3.
        let notebook = try NotebookParser.parse(source: "---\ntitle: a\u{2028} b\u{85} c\nsed: 1\n---\ntext\n", path: "notebooks/t.md")
        #expect(notebook.warnings.map(\.line) == [3])
        #expect(notebook.warnings.first?.message.contains("unknown front matter key 'sed'") == true)
        let error = #expect(throws: NotebookError.self) {
            try NotebookParser.parse(source: "---\ntitle: a\u{2028} b\u{85} c\nseed: x\n---\ntext\n", path: "notebooks/t.md")
        }
        #expect(error?.line == 3)
    }

    @Test func lineEndingsBeforeCombiningMarksAreNormalized() throws {
        let notebook = try NotebookParser.parse(source: "a\r\n\u{5B8}b\r\u{5B8}c\n```{swift}\n1\n```\n", path: "notebooks/t.md")
        #expect(notebook.source == "a\n\u{5B8}b\n\u{5B8}c\n```{swift}\n1\n```\n")
        #expect(notebook.cells.first?.fenceLine == 4)
        #expect(MarkdownText.oneLine("a\n\u{5B8}b\r\n\u{5B8}c") == "a \u{5B8}b \u{5B8}c")
    }
}
