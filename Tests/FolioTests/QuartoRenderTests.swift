import Testing
@testable import Folio

/// How Quarto's options show in the two reports, from results made up for the purpose.
@Suite("Render: Quarto's front matter and cell options")
struct QuartoRenderTests {
    func render(_ source: String, _ results: [CellResult]) throws -> (html: String, markdown: String) {
        let notebook = try NotebookParser.parse(source: source, path: "q.md")
        return (try HTMLReport.render(notebook, results), MarkdownReport.render(notebook, results).markdown)
    }

    let ran = CellResult(status: .succeeded, outputs: [.stdout("hello\n")])

    @Test func theTitleBlockStandsUnderTheTitle() throws {
        let (html, markdown) = try render("""
        ---
        title: Growth
        subtitle: Of <b>things</b>
        author: [Ada Lovelace, Charles Babbage]
        date: 2024-05-01
        abstract: "We *measure* $x^2$."
        lang: fr
        ---

        Text.
        """, [])
        #expect(html.contains("<html lang=\"fr\">"))
        #expect(html.contains("<h1 class=\"title\">Growth</h1>\n<p class=\"subtitle\">Of &lt;b&gt;things&lt;/b&gt;</p>\n"
            + "<p class=\"byline\"><span class=\"author\">Ada Lovelace</span>, <span class=\"author\">Charles Babbage</span> · <span class=\"date\">2024-05-01</span></p>\n"
            + "<section class=\"abstract\" aria-label=\"Abstract\">\n<p class=\"abstract-title\">Abstract</p>\n<p>We <em>measure</em> <math>"))
        #expect(markdown.hasPrefix("---\ntitle: Growth\n"), "GitHub shows the front matter itself as a table")
    }

    @Test func theTitleBlockFollowsTheNotebooksOwnHeading() throws {
        let (html, _) = try render("---\nsubtitle: Sub\n---\n\n# Own title\n\nText.\n", [])
        #expect(html.contains("Own title</h1>\n<p class=\"subtitle\">Sub</p>\n"))
    }

    @Test func tocTurnsTheContentsBoxOnAndOffAndNamesIt() throws {
        let body = "\n## One\n\n### One.a\n\n#### Deep\n\n## Two\n"
        #expect(try render("---\ntoc: false\n---\n" + body, []).html.contains("<nav class=\"contents\"") == false)
        let named = try render("---\ntoc-title: In this document\ntoc-depth: 4\n---\n" + body, []).html
        #expect(named.contains("<nav class=\"contents\" aria-label=\"In this document\">\n<p class=\"contents-title\">In this document</p>"))
        #expect(named.contains("<li class=\"level-4\"><a href=\"#deep\">Deep</a></li>"))
        #expect(!(try render(body, []).html.contains("<li class=\"level-4\"")), "three levels by default")
        #expect(try render("---\ntoc: true\n---\n\n## Only\n", []).html.contains("<nav class=\"contents\""), "toc: true shows even one heading")
        #expect(!(try render("\n## Only\n", []).html.contains("<nav class=\"contents\"")))
    }

    @Test func codeFoldIsADetailsElementInBothReports() throws {
        let source = "```{swift}\n//| code-fold: true\n//| code-summary: Show <it>\nprint(\"hello\")\n```\n\n```{swift}\n//| code-fold: show\n1\n```\n"
        let (html, markdown) = try render(source, [ran, CellResult(status: .succeeded)])
        #expect(html.contains("<details class=\"code-fold\">\n<summary>Show &lt;it&gt;</summary>\n<pre class=\"cell-code\"><code class=\"language-swift\">"))
        #expect(html.contains("<details class=\"code-fold\" open>\n<summary>Code</summary>\n"))
        #expect(markdown.hasPrefix("<details>\n<summary>Show &lt;it&gt;</summary>\n\n```swift\nprint(\"hello\")\n```\n\n</details>\n\n```text\nhello\n```"))
        #expect(markdown.contains("<details open>\n<summary>Code</summary>\n\n```swift\n1\n```\n\n</details>"))
    }

    @Test func lineNumbersStandInAGutterBesideTheCode() throws {
        let (html, markdown) = try render("```{swift}\n//| code-line-numbers: true\nlet a = 1\nprint(a)\n```\n", [ran])
        #expect(html.contains("<pre class=\"cell-code line-numbers\"><span class=\"line-number-gutter\" aria-hidden=\"true\">1\n2</span><code class=\"language-swift\">"))
        #expect(markdown.hasPrefix("```swift\nlet a = 1\nprint(a)\n```"), "GitHub numbers no lines: the code is shown as is")
    }

    @Test func echoFencedShowsTheCellAsWritten() throws {
        let (html, markdown) = try render("> ```{swift}\n> //| echo: fenced\n> print(\"hello\")\n> ```\n", [ran])
        #expect(html.contains("<code class=\"language-swift\">```{swift}\n<span class=\"co\">//| echo: fenced</span>\nprint(<span class=\"st\">&quot;hello&quot;</span>)\n```</code>"))
        #expect(markdown.hasPrefix("> ````markdown\n> ```{swift}\n> //| echo: fenced\n> print(\"hello\")\n> ```\n> ````"))
    }

    @Test func asisOutputIsMarkdownMadeSafeAsProseIs() throws {
        let printed = CellResult(status: .succeeded, outputs: [.stdout("| a | b |\n|---|---|\n| 1 | 2 |\n\n**bold** <script>x()</script>\n")])
        let source = "```{swift}\n//| output: asis\nprint(table)\n```\n"
        let notebook = try NotebookParser.parse(source: source, path: "q.md")
        let page = try HTMLReport.page(notebook, [printed])
        #expect(page.html.contains("<div class=\"cell-output cell-output-asis\">\n<table>\n<thead>\n<tr>\n<th>a</th>"))
        #expect(page.html.contains("<strong>bold</strong> &lt;script&gt;x()&lt;/script&gt;"))
        #expect(page.warnings.map(\.line) == [2], "the removal is named at the output option's line")
        let markdown = MarkdownReport.render(notebook, [printed]).markdown
        #expect(markdown.contains("```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n**bold** <script>x()</script>"))
    }

    @Test func figuresAlignAndFormPanelsWithSubcaptions() throws {
        let svg = { (n: Int) in CellOutput.figure(svg: "<svg id=\"f\(n)\"><title id=\"f\(n)-title\">t</title>\n</svg>") }
        let source = """
        ```{swift}
        //| label: fig-pair
        //| fig-cap: "Two runs."
        //| fig-subcap: ["Train", "Test | held out"]
        //| layout-ncol: 2
        //| fig-align: right
        draw()
        ```

        ```{swift}
        //| fig-align: left
        draw()
        ```
        """
        let results = [CellResult(status: .succeeded, outputs: [svg(1), .stdout("between\n"), svg(2), svg(3)]),
                       CellResult(status: .succeeded, outputs: [svg(4)])]
        let (html, markdown) = try render(source, results)
        #expect(html.contains("<figure class=\"cell-figure align-right figure-panel\">\n<div class=\"subfigures\" style=\"grid-template-columns: repeat(2, minmax(0, 1fr))\">\n<figure class=\"subfigure\">\n<svg id=\"f1\"><title id=\"f1-title\">Figure 1: Two runs. (a) Train</title>"))
        #expect(html.contains("<figcaption>(a) Train</figcaption>"))
        #expect(html.contains("<figcaption>(b) Test | held out</figcaption>"))
        #expect(html.contains("<svg id=\"f3\"><title id=\"f3-title\">Figure 1: Two runs.</title>"), "a third figure has no sub-caption")
        #expect(html.contains("</div>\n<figcaption>Figure 1: Two runs.</figcaption>\n</figure>\n<pre class=\"cell-output cell-output-stdout\">between</pre>"))
        #expect(html.contains("<figure class=\"cell-figure align-left\">\n<svg id=\"f4\">"))
        #expect(markdown.contains("""
        | ![Figure 1: Two runs. (a) Train](q_files/figure-1.svg) | ![Figure 1: Two runs. (b) Test \\| held out](q_files/figure-2.svg) |
        | :-: | :-: |
        | (a) Train | (b) Test \\| held out |
        | ![Figure 1: Two runs.](q_files/figure-3.svg) |  |
        """))
        #expect(markdown.contains("*Figure 1: Two runs.*\n\n```text\nbetween\n```"))
        #expect(MarkdownReport.render(try NotebookParser.parse(source: source, path: "q.md"), results).figures.map(\.name)
                == ["figure-1.svg", "figure-2.svg", "figure-3.svg", "figure-4.svg"], "every figure of a panel is written")
    }

    @Test func subcaptionMarksGoOnPastZ() {
        #expect(Subcaptions.mark(0) == "(a)" && Subcaptions.mark(25) == "(z)" && Subcaptions.mark(26) == "(aa)" && Subcaptions.mark(27) == "(ab)")
    }
}
