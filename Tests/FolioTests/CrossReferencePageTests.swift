import Foundation
import Testing

/// A Quarto-style notebook with section ids and numbers, callouts, a numbered image and a table
/// caption, rendered by the built CLI.
@Suite("Cross-references: pages", .serialized)
struct CrossReferencePageTests {
    @Test func sectionsCalloutsFiguresAndTablesInBothReports() throws {
        let (outcome, folder) = try FolioCLI.render("cross-references.md")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(outcome.status == 0, "unknown references are warnings: \(outcome.stderr)")
        for (line, label) in [(12, "sec-nowhere"), (12, "fig-nothing"), (66, "sec-results-x")] {
            #expect(outcome.stderr.contains("cross-references.md:\(line): warning: reference '@\(label)' names no "), "\(label): \(outcome.stderr)")
        }
        #expect(!outcome.stderr.contains("'@sec-intro' names"), "a reference in code is no reference")

        let html = FolioCLI.read("\(folder)/cross-references.html")
        // Ids from the attributes, numbers from number-sections; the title and unnumbered headings have none.
        #expect(html.contains(##"<h2><a class="anchor" id="sec-intro" href="#sec-intro" aria-label="Link to this section"></a><span class="header-section-number">1</span> Introduction</h2>"##))
        #expect(html.contains(##"id="details" href="#details" aria-label="Link to this section"></a><span class="header-section-number">2.1</span> Details</h3>"##))
        #expect(html.contains(##"id="sec-appendix" href="#sec-appendix" aria-label="Link to this section"></a>Appendix</h2>"##))
        #expect(html.contains(##"<span class="header-section-number">3</span> Results"##), "unnumbered headings do not advance the count")
        #expect(!html.contains("{#sec-") && !html.contains("{.unnumbered}") && !html.contains("{-}"))
        #expect(html.contains(##"<li class="level-2"><a href="#sec-intro"><span class="header-section-number">1</span> Introduction</a></li>"##), "the contents box too")
        #expect(!html.contains("A tip with a heading title</a></li>"), "a callout's title is not in the contents")
        // References.
        #expect(html.contains(##"<a class="xref" href="#sec-method">Section&nbsp;2</a> explains the method; <a class="xref" href="#fig-photo">Figure&nbsp;1</a>, <a class="xref" href="#fig-growth">Figure&nbsp;2</a> and <a class="xref" href="#tbl-stats">Table&nbsp;1</a> show results."##))
        #expect(html.contains(##"The appendix is <a class="xref" href="#sec-appendix">Appendix</a>."##), "an unnumbered section is named by its text")
        #expect(html.contains(#"<strong class="xref-missing">?@sec-nowhere</strong> and <strong class="xref-missing">?@fig-nothing</strong>"#))
        // Callouts, with their titles, Markdown and maths inside.
        #expect(html.contains(#"<div class="callout callout-note" role="note">"# + "\n" + #"<p class="callout-title">Read this <math>"#))
        #expect(html.contains("<div class=\"callout-body\">\n<p>Callouts hold ordinary Markdown, such as <strong>bold</strong> text and <math>"))
        #expect(html.contains(#"<div class="callout callout-tip" role="note">"# + "\n" + #"<p class="callout-title">A tip with a heading title</p>"#))
        #expect(html.contains(#"<div class="callout callout-important" role="note">"#))
        #expect(html.contains("<code class=\"language-markdown\">::: {.callout-warning}\nThis fence is code, not a callout; @sec-intro stays as written."))
        #expect(html.contains("<p>A margin note is shown as ordinary text.</p>") && !html.contains("column-margin"))
        let warning = try #require(html.range(of: #"<div class="callout callout-warning" role="note">"#))
        #expect(html[warning.upperBound...].prefix(2000).contains(#"<div class="cell" id="fig-growth">"#), "the cell sits inside its callout")
        // Figures: the image is Figure 1, the cell's figure Figure 2; the table's caption is above its output.
        #expect(html.contains(#"<figure class="image-figure" id="fig-photo">"# + "\n" + #"<p><img src="https://example.org/setup.png" alt="A photo of the setup" /></p>"# + "\n<figcaption>Figure 1: A photo of the setup</figcaption>\n</figure>"))
        #expect(html.contains("<figcaption>Figure 2: Growth.</figcaption>"))
        #expect(html.contains("<p class=\"table-caption\">Table 1: Summary statistics.</p>\n<pre class=\"cell-output cell-output-stdout\">| n | mean |"))

        let markdown = FolioCLI.read("\(folder)/cross-references.md")
        #expect(markdown.contains("\n## 1 Introduction\n"))
        #expect(markdown.contains("\n### 2.1 Details\n"))
        #expect(markdown.contains("\n## Appendix\n\n### Not counted\n\n## 3 Results\n"))
        #expect(markdown.contains("[Section 2](#2-method) explains the method; Figure 1, Figure 2 and Table 1 show results.\nThe appendix is [Appendix](#appendix). **?@sec-nowhere** and **?@fig-nothing** name nothing."))
        #expect(markdown.contains("> [!NOTE]\n> **Read this $x^2$ first**\n>\n> Callouts hold ordinary Markdown, such as **bold** text and $y = 2$, and see [Section 1](#1-introduction).\n\n"))
        #expect(markdown.contains("> [!TIP]\n> **A tip with a heading title**\n>\n> Tips are green.\n\n"))
        #expect(markdown.contains("```markdown\n::: {.callout-warning}\nThis fence is code, not a callout; @sec-intro stays as written.\n:::\n```"))
        #expect(markdown.contains("> [!WARNING]\n> A cell inside a callout is quoted with it.\n>\n> ```swift\n> plot([1.0, 2, 3], [1.0, 4, 9])\n> ```\n>\n> ![Figure 2: Growth.](cross-references_files/figure-1.svg)\n>\n> *Figure 2: Growth.*\n\n"))
        #expect(markdown.contains("![A photo of the setup](https://example.org/setup.png)\n\n*Figure 1: A photo of the setup*\n"))
        #expect(markdown.contains("*Table 1: Summary statistics.*\n\n```text\n| n | mean |"))
        #expect(markdown.contains("\nA margin note is shown as ordinary text.\n") && !markdown.contains(":::\n\n> [!IMPORTANT]"))
        #expect(markdown.contains("> [!IMPORTANT]\n> Important, written without braces.\n"))
        #expect(markdown.contains("See `@sec-intro` in code, and **?@sec-results-x**."))
    }
}
