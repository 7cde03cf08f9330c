import Foundation
import Testing

/// Quarto documents with Swift cells, rendered by the built CLI as a Quarto user renders them.
@Suite("End to end: Quarto documents", .serialized)
struct QuartoEndToEndTests {
    @Test func aQuartoDocumentRendersWithItsTitleBlockFoldsPanelsAndAsisOutput() throws {
        let (outcome, folder) = try FolioCLI.render("quarto.md")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(outcome.status == 0, "\(outcome.stderr)")
        for warning in ["quarto.md:17: warning: 'format' is a Quarto option ignored by Folio",
                        "quarto.md:23: warning: 'jupyter' is a Quarto option ignored by Folio",
                        "quarto.md:26: warning: 'bibliography' is a Quarto option ignored by Folio",
                        "quarto.md:30: warning: 'execute.freeze' is a Quarto option ignored by Folio",
                        "quarto.md:90: warning: 'column' is a Quarto option ignored by Folio",
                        "quarto.md:74: warning: output: asis: raw HTML <script> shown as text",
                        "quarto.md:116: warning: a python chunk is shown as code, not run: Folio runs only {swift} cells"] {
            #expect(outcome.stderr.contains(warning), "\(warning)\n\(outcome.stderr)")
        }
        #expect(!outcome.stderr.contains("error"))

        let html = FolioCLI.read("\(folder)/quarto.html")
        #expect(html.contains("<html lang=\"en-GB\">"))
        #expect(html.contains("Gradient Descent on a Quadratic</h1>\n<p class=\"subtitle\">A Quarto document with Swift cells</p>\n"
            + "<p class=\"byline\"><span class=\"author\">Ada Lovelace</span>, <span class=\"author\">Charles Babbage</span> · <span class=\"date\">2024-05-01</span></p>"))
        #expect(html.contains("<p class=\"abstract-title\">Abstract</p>\n<p>We minimise <math>"))
        #expect(html.contains("<nav class=\"contents\" aria-label=\"In this document\">"))
        // `format: html: code-fold: true` folds every cell; the setup cell numbers its lines.
        #expect(html.contains("<details class=\"code-fold\">\n<summary>Show the code</summary>\n<pre class=\"cell-code line-numbers\"><span class=\"line-number-gutter\" aria-hidden=\"true\">1\n2\n3\n"))
        #expect(html.contains("<details class=\"code-fold\" open>\n<summary>Show the code</summary>"))
        #expect(html.contains("<figure class=\"cell-figure align-center figure-panel\">\n<div class=\"subfigures\" style=\"grid-template-columns: repeat(2, minmax(0, 1fr))\">"))
        #expect(html.contains("<figcaption>(a) rate 0.1 converges</figcaption>") && html.contains("<figcaption>(b) rate 1.1 diverges</figcaption>"))
        #expect(html.contains("</div>\n<figcaption>Figure 1: Iterates for two step sizes.</figcaption>\n</figure>"))
        #expect(html.contains("As <a class=\"xref\" href=\"#fig-rates\">Figure&nbsp;1</a> shows"))
        #expect(html.contains("<div class=\"cell-output cell-output-asis\">\n<table>\n<thead>\n<tr>\n<th>rate</th>"))
        #expect(html.contains("<td>1.1</td>\n<td>6.191736422400007</td>"))
        #expect(html.contains("The <strong>last</strong> row diverges.&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<script>alert(1)"))
        #expect(html.contains("<code class=\"language-swift\">```{swift}\n<span class=\"co\">//| echo: fenced</span>"))
        #expect(html.contains("<figure class=\"cell-figure align-right\">"))
        // Cross-references, callouts, tables, inline values and other languages in the same document.
        #expect(html.contains("<span class=\"header-section-number\">2</span> Results"))
        #expect(html.contains("as <a class=\"xref\" href=\"#sec-results\">Section&nbsp;2</a> and <a class=\"xref\" href=\"#tbl-final\">Table&nbsp;1</a> show"))
        #expect(html.contains("<div class=\"callout callout-tip\""))
        #expect(html.contains("<p class=\"table-caption\">Table 1: Where each rate ends.</p>"))
        #expect(html.contains("The rate 0.5 lands on the minimum in 1 step."))
        #expect(html.contains("<code class=\"language-python\">print(&quot;Quarto would run this; Folio shows it&quot;)</code>"))

        let markdown = FolioCLI.read("\(folder)/quarto.md")
        #expect(markdown.hasPrefix("---\ntitle: \"Gradient Descent on a Quadratic\"\n"), "GitHub shows the front matter as a table")
        #expect(markdown.contains("<details open>\n<summary>Show the code</summary>\n\n```swift\nlet steps"))
        #expect(markdown.contains("| ![Figure 1: Iterates for two step sizes. (a) rate 0.1 converges](quarto_files/figure-1.svg) | "
            + "![Figure 1: Iterates for two step sizes. (b) rate 1.1 diverges](quarto_files/figure-2.svg) |\n| :-: | :-: |\n| (a) rate 0.1 converges | (b) rate 1.1 diverges |"))
        #expect(FileManager.default.fileExists(atPath: "\(folder)/quarto_files/figure-2.svg"))
        #expect(markdown.contains("| rate | x after 10 steps |\n|---|---|\n| 0.1 | 0.10737418240000003 |"))
        #expect(markdown.contains("````markdown\n```{swift}\n//| echo: fenced\n//| code-fold: false\n"))
        #expect(markdown.contains("> [!TIP]\n> **Choosing a rate**\n>\n> For $f(x) = x^2$ every rate below 1 converges, as [Section 2](#2-results) and Table 1 show."))
        #expect(markdown.contains("*Table 1: Where each rate ends.*\n\n```text\n0.1 0.10737418240000003\n"))
        #expect(markdown.contains("The rate 0.5 lands on the minimum in 1 step."))
        #expect(markdown.contains("```python\nprint(\"Quarto would run this; Folio shows it\")\n```"))

        let check = try FolioCLI.run(["check", "quarto.md", "-o", folder])
        #expect(check.status == 0, "a fresh report passes folio check: \(check.stderr)")
    }

    /// The keys the issue found in every real Quarto document (`format`, `toc`, `date`, `echo`,
    /// `jupyter`) used to stop the render with exit 2.
    @Test func theFrontMatterKeysEveryQuartoDocumentHasRender() throws {
        let (outcome, folder) = try FolioCLI.render("quarto-basics.md")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.split(separator: "\n").filter { $0.contains(": warning: ") }.count == 2, "format and jupyter: \(outcome.stderr)")
        let html = FolioCLI.read("\(folder)/quarto-basics.html")
        #expect(!html.contains("<pre class=\"cell-code"), "echo: false at the top hides every cell's code")
        #expect(html.contains("<pre class=\"cell-output cell-output-stdout\">[1, 4, 9, 16]</pre>"))
        #expect(html.contains("<span class=\"date\">2024-01-15</span>"))
        #expect(html.contains("<nav class=\"contents\""), "toc: true shows the box for a single heading")
    }

    @Test func everyProblemOfANotebookIsNamedBeforeExit2() throws {
        let (outcome, folder) = try FolioCLI.render("quarto-problems.md")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(outcome.status == 2)
        let errors = outcome.stderr.split(separator: "\n").filter { $0.contains(": error: ") }.map { String($0) }
        #expect(errors.count == 4, "\(outcome.stderr)")
        #expect(errors.first?.hasSuffix("quarto-problems.md:3: error: toc must be true (show the contents box) or false, not 'maybe'") == true)
        #expect(errors.contains { $0.hasSuffix("quarto-problems.md:9: error: cell option 'fig-align' must be left, center, right or default, not 'middle'") })
        #expect(errors.contains { $0.contains("quarto-problems.md:14: error: cell option 'layout-ncol'") })
        #expect(outcome.stderr.contains("quarto-problems.md:4: warning: 'jupyter' is a Quarto option ignored by Folio"))
        #expect(!FileManager.default.fileExists(atPath: "\(folder)/quarto-problems.html"))
    }

    @Test func aCellWithCacheFalseRunsTheNotebookOnEveryRender() throws {
        let project = try CacheTests.Project()
        defer { project.remove() }
        #expect(try !project.render().cached)
        #expect(try project.render().cached)
        try project.edit("//| label: draw\n", "//| label: draw\n//| cache: false\n")
        #expect(try !project.render().cached)
        #expect(try !project.render().cached, "not remembered: it runs again")
    }

    /// Where the browser puts what Quarto's options ask for: the panel's figures side by side, a
    /// folded cell's code hidden until opened, the gutter left of the code, a right-aligned figure
    /// at the right.
    @Test func theBrowserLaysOutPanelsFoldsGuttersAndAlignment() throws {
        let (outcome, folder) = try FolioCLI.render("quarto.md")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let probe = """
        <script>
        addEventListener('load', () => {
          const box = e => e.getBoundingClientRect();
          const [a, b] = [...document.querySelectorAll('figure.subfigure svg')].map(box);
          // Chromium hides a closed <details>' content with content-visibility, which keeps its box.
          const pre = document.querySelector('#setup details pre');
          const folded = !pre.checkVisibility();
          document.querySelector('#setup details').open = true;
          const opened = pre.checkVisibility() && box(pre).height > 0;
          const gutter = box(document.querySelector('.line-number-gutter'));
          const code = box(document.querySelector('#setup pre.line-numbers code'));
          const right = box(document.querySelector('#fig-right svg'));
          const article = box(document.querySelector('article'));
          document.body.setAttribute('data-probe', JSON.stringify({
            sideBySide: Math.abs(a.top - b.top) < 2 && b.left >= a.right,
            foldedHidden: folded, openedShown: opened,
            gutterLeft: gutter.width > 0 && gutter.right <= code.left + 1 && Math.abs(gutter.top - code.top) < 2,
            alignedRight: Math.abs(right.right - article.right) < 2 && right.left > article.left + 50 }));
        });
        </script>
        """
        let page = "\(folder)/quarto-probe.html"
        try FolioCLI.read("\(folder)/quarto.html").replacingOccurrences(of: "</body>", with: probe + "</body>")
            .write(toFile: page, atomically: true, encoding: .utf8)
        let dom = try Chromium.run("--dump-dom", page: page)
        let json = try #require(dom.firstMatch(of: /data-probe="([^"]*)"/).map { String($0.1).replacingOccurrences(of: "&quot;", with: "\"") })
        let found = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Bool])
        for check in ["sideBySide", "foldedHidden", "openedShown", "gutterLeft", "alignedRight"] {
            #expect(found[check] == true, "\(check): \(json)")
        }
    }
}
