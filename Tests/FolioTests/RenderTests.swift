import Testing
@testable import Folio

@Suite("Render: HTML and Markdown reports")
struct RenderTests {
    let source = """
    ---
    title: Report
    ---
    # Report

    Intro with @fig-line.

    - A list:

      ```{swift}
      //| label: fig-line
      //| fig-cap: "A *line*."
      print("in a list")
      ```

    ## Section

    | a | b |
    |---|---|
    | 1 | 2 |
    """

    func rendered() throws -> (Notebook, [CellResult]) {
        let notebook = try NotebookParser.parse(source: source, path: "/somewhere/report.md")
        let results = [CellResult(status: .succeeded, outputs: [.stdout("in a list\n"), .figure(svg: "<svg><title>t</title></svg>")])]
        return (notebook, results)
    }

    @Test func markdownKeepsTheAuthorsTextAndIndentsSplicedBlocks() throws {
        let (notebook, results) = try rendered()
        let report = MarkdownReport.render(notebook, results)
        #expect(report.markdown.hasPrefix("---\ntitle: Report\n---\n# Report\n\nIntro with Figure 1.\n\n- A list:\n\n"), "references name what they refer to")
        #expect(report.markdown.contains("  ```swift\n  print(\"in a list\")\n  ```\n\n  ```text\n  in a list\n  ```\n\n  ![Figure 1: A *line*.](report_files/figure-1.svg)"))
        #expect(report.markdown.hasSuffix("| a | b |\n|---|---|\n| 1 | 2 |"))
        #expect(report.figures.map(\.name) == ["figure-1.svg"])
    }

    @Test func cellsOnAListMarkerOrInAQuoteStayInsideIt() throws {
        let notebook = try NotebookParser.parse(source: "- ```{swift}\n  print(1)\n  ```\n- next\n\n> ```{swift}\n> print(2)\n> ```\n",
                                                path: "my notes.md")
        let results = [CellResult(status: .succeeded, outputs: [.stdout("1\n"), .figure(svg: "<svg/>")]),
                       CellResult(status: .succeeded, outputs: [.stdout("2\n")])]
        let markdown = MarkdownReport.render(notebook, results).markdown
        #expect(markdown.hasPrefix("- ```swift\n  print(1)\n  ```\n\n  ```text\n  1\n  ```\n\n  ![Figure](my%20notes_files/figure-1.svg)\n- next\n"))
        #expect(markdown.contains("> ```swift\n> print(2)\n> ```\n>\n> ```text\n> 2\n> ```"))
    }

    @Test func aHiddenCellThatFailsStillShowsItsError() throws {
        let notebook = try NotebookParser.parse(source: "```{swift}\n//| include: false\nsecret()\n```\n", path: "h.md")
        let failure = CellFailure(kind: .crash, line: 3, message: "Fatal error: boom")
        let report = MarkdownReport.render(notebook, [CellResult(status: .failed(failure), outputs: [.stdout("hidden output\n")])])
        #expect(report.markdown.contains("Error in cell 1 at h.md:3"))
        #expect(report.markdown.contains("Fatal error: boom"))
        #expect(!report.markdown.contains("secret()") && !report.markdown.contains("hidden output"))
        let hidden = MarkdownReport.render(notebook, [CellResult(status: .succeeded, outputs: [.stdout("x\n")])])
        #expect(hidden.markdown == "", "a hidden cell that succeeds leaves nothing")
    }

    @Test func htmlHasAnchorsContentsCaptionsAndReferences() throws {
        let (notebook, results) = try rendered()
        let html = try HTMLReport.render(notebook, results)
        #expect(html.contains(#"<title>Report</title>"#))
        #expect(html.contains(##"id="section" href="#section""##))
        #expect(html.contains(##"<a class="xref" href="#fig-line">Figure&nbsp;1</a>"##))
        #expect(html.contains(#"<div class="cell" id="fig-line">"#))
        #expect(html.contains("<figcaption>Figure 1: A <em>line</em>.</figcaption>"))
        #expect(html.contains("<svg><title>t</title></svg>"), "SVG is spliced verbatim, not tag-filtered")
        #expect(html.contains("<td>1</td>"))
        #expect(!html.contains("/somewhere"), "no absolute path in the report")
    }

    @Test func contentsStandUnderTheNotebooksTitle() throws {
        let notebook = try NotebookParser.parse(source: "# Title\n\nIntro.\n\n## One\n\n## Two\n", path: "c.md")
        let html = try HTMLReport.render(notebook, [])
        let title = try #require(html.range(of: "Title</h1>"))
        let contents = try #require(html.range(of: #"<nav class="contents""#))
        #expect(title.upperBound < contents.lowerBound)
        #expect(html.contains(##"<li class="level-2"><a href="#two">Two</a></li>"##))
        let untitled = try HTMLReport.render(try NotebookParser.parse(source: "## One\n\n## Two\n", path: "u.md"), [])
        #expect(untitled.contains(#"<h1 class="title">u</h1>"#), "a notebook without a # heading gets its name as title")
    }

    @Test func swiftIsHighlightedFromSyntaxTokens() {
        let html = SwiftHighlighter.html("let x = \"<b>\" // note\n")
        #expect(html == #"<span class="kw">let</span> x = <span class="st">&quot;&lt;b&gt;&quot;</span> <span class="co">// note</span>"# + "\n")
    }

    @Test func slugsFollowGitHub() {
        var slugs = Slugs()
        #expect(slugs.make(for: "Product of Random Matrices") == "product-of-random-matrices")
        #expect(slugs.make(for: "ReLU!") == "relu")
        #expect(slugs.make(for: "ReLU") == "relu-1")
    }

    @Test func captionsAndAltTextAreWrittenIntoTheFigureAsPlottingWouldWriteThem() {
        let drawn = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"c2-fig1-title\" font-size=\"10\">\n"
            + "<title id=\"c2-fig1-title\">Plot of y against x</title>\n<defs>\n"
        let labelled = FigureLabels.apply(to: drawn, caption: "Figure 1: a <b> & \"c\"\tline", alt: "Dots\u{7}.")
        #expect(labelled == "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"c2-fig1-title c2-fig1-desc\" font-size=\"10\">\n"
            + "<title id=\"c2-fig1-title\">Figure 1: a &lt;b&gt; &amp; \"c\" line</title>\n<desc id=\"c2-fig1-desc\">Dots.</desc>\n<defs>\n")
        #expect(FigureLabels.apply(to: drawn, caption: nil, alt: nil) == drawn)
    }
}
