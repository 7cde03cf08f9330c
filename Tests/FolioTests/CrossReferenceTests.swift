import Foundation
import Testing
@testable import Folio

/// Quarto's cross-references and callouts: section ids and numbers, `@sec-`/`@fig-`/`@tbl-`
/// references, `::: {.callout-…}` boxes, numbered images and table captions.
@Suite("Cross-references and callouts")
struct CrossReferenceTests {
    func parse(_ text: String) throws(NotebookError) -> Notebook {
        try NotebookParser.parse(source: text, path: "notebooks/refs.md")
    }

    @Test func pandocAttributesAreReadAsPandocReadsThem() {
        let attributes = PandocAttributes(braced: #"{#sec-a .unnumbered .x title="Two words" n=3}"#)
        #expect(attributes?.id == "sec-a")
        #expect(attributes?.classes == ["unnumbered", "x"])
        #expect(attributes?.value("title") == "Two words")
        #expect(attributes?.value("n") == "3")
        #expect(attributes?.isUnnumbered == true)
        #expect(PandocAttributes(braced: "{-}")?.isUnnumbered == true)
        #expect(PandocAttributes(braced: "{x}") == nil, "a word in braces is text, not attributes")
        #expect(PandocAttributes(braced: "{#a #b}") == nil)
        #expect(PandocAttributes.trailing(in: "## Title {#sec-t}  ").map { "## Title {#sec-t}  "[..<$0.start] } == "## Title ")
    }

    @Test func headingAttributesGiveIdsAndLeaveTheText() throws {
        let notebook = try parse("# Title\n\n## Intro {#sec-intro}\n\nText {#sec-setext}\n=====\n\n## Plain ## {.unnumbered}\n")
        #expect(notebook.headings.map(\.text) == ["Title", "Intro", "Text", "Plain"], "\(notebook.headings)")
        #expect(notebook.headings.map(\.id) == [nil, "sec-intro", "sec-setext", nil])
        #expect(notebook.headings.map(\.unnumbered) == [false, false, false, true])
        #expect(!notebook.markdown.text.contains("{#sec-intro}"), "cmark never sees the attributes")
        #expect(notebook.headings.allSatisfy { $0.number == nil }, "no numbers without number-sections")
    }

    @Test func sectionsAreNumberedAsQuartoNumbersThem() throws {
        let notebook = try parse("""
        ---
        number-sections: true
        ---
        # The title

        ## One
        ### One.one
        ### One.two
        ## Unnumbered {.unnumbered}
        ### Also not {-}
        ## Two
        #### Deep
        """)
        #expect(notebook.headings.map(\.number) == [nil, "1", "1.1", "1.2", nil, nil, "2", "2.0.1"])
    }

    @Test func sectionNumbersGoAfterQuoteAndListMarkers() throws {
        let notebook = try parse("---\nnumber-sections: true\n---\n## A {#sec-a}\n\n> ## Quoted\n\n- ## Listed\n\n2024 results\n---\n")
        let markdown = MarkdownReport.render(notebook, []).markdown
        #expect(markdown.hasSuffix("## 1 A\n\n> ## 2 Quoted\n\n- ## 3 Listed\n\n4 2024 results\n---\n"), "\(markdown)")
    }

    @Test func numberSectionsMustBeABoolean() {
        do {
            _ = try parse("---\nnumber-sections: maybe\n---\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 2)
            #expect(error.message.contains("number-sections must be true or false"))
        }
    }

    @Test func labelsMustBeUnique() {
        do {
            _ = try parse("## A {#sec-a}\n\n## B {#sec-a}\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 3)
            #expect(error.message.contains("label 'sec-a' is already used at line 1"))
        }
    }

    @Test func calloutsAreFoundOutsideCodeOnly() throws {
        let notebook = try parse("""
        ::: {.callout-note title="Heads up"}
        Body $x$.
        :::

        ::: callout-tip
        ## Tip title {#sec-not-a-section}
        Body.
        :::

        ```
        ::: {.callout-warning}
        :::
        ```

        :::: {.panel-tabset}
        Inside.
        ::::

        ::: {.callout-caution}
        never closed
        """)
        #expect(notebook.callouts.count == 2)
        #expect(notebook.callouts[0].kind == .note && notebook.callouts[0].openLine == 1 && notebook.callouts[0].closeLine == 3)
        #expect(notebook.callouts[0].title == "Heads up")
        #expect(notebook.callouts[1].kind == .tip && notebook.callouts[1].title == "Tip title" && notebook.callouts[1].titleLine == 6)
        #expect(notebook.headings.isEmpty, "a callout's title heading is no section")
        #expect(notebook.plainDivLines == [15, 17])
        #expect(notebook.markdown.text.contains("```\n::: {.callout-warning}\n:::\n```"), "code is never rewritten")
        #expect(notebook.markdown.text.split(separator: "\n", omittingEmptySubsequences: false).count
                == notebook.source.split(separator: "\n", omittingEmptySubsequences: false).count, "every line keeps its number")
    }

    @Test func imagesWithFigureLabelsShareTheCellsNumbering() throws {
        let notebook = try parse("""
        ```{swift}
        //| label: fig-first
        1
        ```

        ![An image *caption*](x.png){#fig-image}

        Inline ![not a figure](y.png){#fig-inline} in text.

        ```{swift}
        //| label: fig-last
        2
        ```
        """)
        #expect(notebook.figureImages == [FigureImage(label: "fig-image", line: 6, caption: "An image caption")])
        let numbers = FigureNumbers(notebook)
        #expect([numbers.number(of: "fig-first"), numbers.number(of: "fig-image"), numbers.number(of: "fig-last")] == [1, 2, 3])
    }

    @Test func tableCaptionsNumberTables() throws {
        let notebook = try parse("```{swift}\n//| label: tbl-a\n//| tbl-cap: \"Means.\"\nprint(1)\n```\n\nSee @tbl-a.\n")
        #expect(notebook.cells[0].options.tblCap == "Means.")
        let results = [CellResult(status: .succeeded, outputs: [.stdout("| a |\n|---|\n| 1 |\n")])]
        let markdown = MarkdownReport.render(notebook, results).markdown
        #expect(markdown.contains("```swift\nprint(1)\n```\n\n*Table 1: Means.*\n\n```text\n| a |"))
        #expect(markdown.contains("See Table 1."))
        let html = try HTMLReport.render(notebook, results)
        #expect(html.contains("<p class=\"table-caption\">Table 1: Means.</p>\n<pre class=\"cell-output cell-output-stdout\">"))
        #expect(html.contains("See <a class=\"xref\" href=\"#tbl-a\">Table&nbsp;1</a>."))
        let unsafe = try parse("```{swift}\n//| label: tbl-b\n//| tbl-cap: \"[x](javascript:alert(1))\"\nprint(1)\n```\n")
        let page = try HTMLReport.page(unsafe, results)
        #expect(page.warnings.map(\.line) == [3] && page.warnings.first?.message.hasPrefix("tbl-cap: link to 'javascript:") == true, "\(page.warnings)")
    }

    @Test func equationReferencesAreNamedInTheMarkdownReportToo() throws {
        let notebook = try parse("$$ x = 1 $$ {#eq-one}\n\nSee @eq-one, not @eq-two, and `@eq-one` in code.\n")
        let markdown = MarkdownReport.render(notebook, []).markdown
        #expect(markdown.contains("See Equation 1, not **?@eq-two**, and `@eq-one` in code."))
    }

    @Test func onlyPagesThatUseThemCarryTheirStyles() throws {
        let plain = try HTMLReport.render(try parse("# Plain\n\nText.\n"), [])
        #expect(!plain.contains(".callout {") && !plain.contains(".header-section-number {"))
        let callout = try HTMLReport.render(try parse("::: {.callout-caution}\nCareful.\n:::\n"), [])
        #expect(callout.contains(".callout-caution { --callout: #d1242f; }"))
        #expect(callout.contains("<div class=\"callout callout-caution\" role=\"note\">\n<p class=\"callout-title\">Caution</p>"))
    }

    @Test func unknownReferencesAreWarningsShownAsQuartoShowsThem() throws {
        let notebook = try parse("## Intro {#sec-intro}\n\nSee @sec-intr, @tbl-x and @fig-y.\n\n```{swift}\n//| label: fig-h\n//| include: false\n1\n```\n\n@fig-h.\n")
        let results = [CellResult(status: .succeeded)]
        let page = try HTMLReport.page(notebook, results)
        #expect(page.html.contains("<strong class=\"xref-missing\">?@sec-intr</strong>"))
        let messages = page.warnings.map { "\($0.line): \($0.message)" }
        #expect(messages.contains("3: reference '@sec-intr' names no section; did you mean '@sec-intro'?; it is shown as ?@sec-intr"), "\(messages)")
        #expect(messages.contains { $0.hasPrefix("3: reference '@tbl-x' names no table") })
        #expect(messages.contains { $0.hasPrefix("3: reference '@fig-y' names no figure") })
        #expect(messages.contains { $0.hasPrefix("11: reference '@fig-h' names a figure the report does not show (its cell at line 5") })
        let markdown = MarkdownReport.render(notebook, results).markdown
        #expect(markdown.contains("See **?@sec-intr**, **?@tbl-x** and **?@fig-y**."))
    }
}
