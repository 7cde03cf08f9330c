import Testing
@testable import Folio

/// Quarto's front matter and cell options, as Quarto documents write them.
@Suite("Parse: Quarto's front matter and cell options")
struct QuartoTests {
    func parse(_ text: String) throws -> Notebook {
        try NotebookParser.parse(source: text, path: "doc.md")
    }

    func parseError(_ text: String) -> NotebookError? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error as? NotebookError
        }
    }

    @Test func theTitleBlockKeysAreRead() throws {
        let notebook = try parse("""
        ---
        title: "Growth"
        subtitle: A subtitle
        author:
          - name: Ada Lovelace
            affiliations: Analytical Society
          - name: {given: Charles, family: Babbage}
          - Mary Somerville
        date: 2024-05-01
        abstract: |
          Two *paragraphs*.

          Second.
        description: For the index.
        lang: de-CH
        toc: false
        toc-title: Inhalt
        toc-depth: 4
        ---
        """)
        let front = notebook.frontMatter
        #expect(front.title == "Growth")
        #expect(front.subtitle == "A subtitle")
        #expect(front.authors == ["Ada Lovelace", "Charles Babbage", "Mary Somerville"])
        #expect(front.date == "2024-05-01", "the date as written, not a parsed timestamp")
        #expect(front.abstract == "Two *paragraphs*.\n\nSecond.\n")
        #expect(front.description == "For the index.")
        #expect(front.lang == "de-CH")
        #expect(front.toc == false && front.tocTitle == "Inhalt" && front.tocDepth == 4)
        #expect(notebook.warnings.isEmpty, "\(notebook.warnings)")
        #expect(try parse("---\nauthor: Solo\n---\n").frontMatter.authors == ["Solo"])
    }

    @Test func aDateOfTheRenderDayIsLeftOutWithAWarning() throws {
        let notebook = try parse("---\ntitle: T\ndate: today\n---\n")
        #expect(notebook.frontMatter.date == nil)
        #expect(notebook.warnings.map(\.line) == [3])
        #expect(notebook.warnings.first?.message.contains("would make the report change with the day it is rendered") == true)
    }

    @Test func quartoKeysThatMeanNothingHereAreWarningsOneEach() throws {
        let notebook = try parse("""
        ---
        title: Basics
        format:
          html:
            theme: cosmo
            css: x.css
          pdf: default
        jupyter: python3
        engine: knitr
        editor: visual
        bibliography: refs.bib
        ---
        """)
        #expect(notebook.warnings.map(\.description) == [
            "doc.md:3: warning: 'format' is a Quarto option ignored by Folio (but for toc, code-fold and the other keys of 'format: html' that its README lists)",
            "doc.md:8: warning: 'jupyter' is a Quarto option ignored by Folio",
            "doc.md:9: warning: 'engine' is a Quarto option ignored by Folio",
            "doc.md:10: warning: 'editor' is a Quarto option ignored by Folio",
            "doc.md:11: warning: 'bibliography' is a Quarto option ignored by Folio",
        ])
    }

    @Test func formatHtmlGivesTheKeysFolioHonours() throws {
        let notebook = try parse("---\nformat:\n  html:\n    toc: true\n    code-fold: true\n    code-summary: Show it\n---\n\n```{swift}\n1\n```\n")
        #expect(notebook.frontMatter.toc == true)
        #expect(notebook.cells[0].options.codeFold == .folded)
        #expect(notebook.cells[0].options.codeSummary == "Show it")
    }

    @Test func anUnknownKeyIsAWarningThatSuggestsOnlyANearName() throws {
        let notebook = try parse("---\nsead: 3\ncolour: red\ntoc-titel: X\n---\n")
        #expect(notebook.warnings.map(\.description) == [
            "doc.md:2: warning: unknown front matter key 'sead' is ignored; did you mean 'seed'?",
            "doc.md:3: warning: unknown front matter key 'colour' is ignored",
            "doc.md:4: warning: unknown front matter key 'toc-titel' is ignored; did you mean 'toc-title'?",
        ])
    }

    @Test func suggestionsNeedASmallDistanceForTheWordsLength() {
        #expect(Suggestion.nearest(to: "format", in: ["title", "author", "seed"]) == nil)
        #expect(Suggestion.nearest(to: "echo", in: ["author", "title"]) == nil)
        #expect(Suggestion.nearest(to: "ech", in: ["echo", "eval"]) == "echo")
        #expect(Suggestion.nearest(to: "fig-algn", in: ["fig-alt", "fig-align"]) == "fig-align")
        #expect(Suggestion.nearest(to: "sed", in: ["seed"]) == "seed")
        #expect(Suggestion.nearest(to: "ab", in: ["echo"]) == nil)
        #expect(Suggestion.allowedDistance(for: "echo") == 1)
        #expect(Suggestion.allowedDistance(for: "fig-cap") == 2)
        #expect(Suggestion.allowedDistance(for: "code-summary") == 3)
    }

    @Test func executeGivesEveryCellItsDefaultsAndACellsOwnOptionWins() throws {
        let notebook = try parse("""
        ---
        execute:
          echo: false
          output: false
          warning: false
          timeout: 30
          freeze: auto
        code-line-numbers: true
        ---

        ```{swift}
        1
        ```

        ```{swift}
        //| echo: true
        2
        ```
        """)
        #expect(!notebook.cells[0].options.echo && !notebook.cells[0].options.output)
        #expect(notebook.cells[0].options.timeout == 30 && notebook.cells[0].options.codeLineNumbers)
        #expect(notebook.cells[1].options.echo, "the cell's own option wins")
        #expect(!notebook.cells[1].options.output)
        #expect(notebook.warnings.map(\.description) == ["doc.md:7: warning: 'execute.freeze' is a Quarto option ignored by Folio"])
        #expect(try parse("---\nexecute:\n  cache: false\n---\n").usesCache == false)
        #expect(try parse("---\necho: false\n---\n\n```{swift}\n1\n```\n").cells[0].options.echo == false, "Quarto also takes echo at the top")
    }

    @Test func theCellOptionsQuartoDocumentsUseAreRead() throws {
        let notebook = try parse("""
        ```{swift}
        //| code-fold: true
        //| code-summary: "Show the code"
        //| code-line-numbers: true
        //| fig-align: left
        //| fig-subcap:
        //|   - "Train"
        //|   - "Test: held out"
        //| layout-ncol: 2
        //| output: asis
        //| echo: fenced
        //| warning: false
        //| message: false
        //| cache: false
        print(1)
        ```

        ```{swift}
        //| code-fold: show
        //| fig-subcap: ["A", "B"]
        //| fig-align: default
        2
        ```
        """)
        let first = notebook.cells[0].options
        #expect(first.codeFold == .folded && first.codeSummary == "Show the code" && first.codeLineNumbers)
        #expect(first.figAlign == .left)
        #expect(first.figSubcaps == ["Train", "Test: held out"] && first.layoutColumns == 2 && first.figurePanel)
        #expect(first.outputAsIs && first.output && first.echoFenced && first.echo)
        #expect(first.cache == false && !notebook.usesCache)
        #expect(notebook.cells[0].code == "print(1)\n", "the option lines, continuation lines too, are not code")
        #expect(notebook.cells[0].codeLine == 15)
        let second = notebook.cells[1].options
        #expect(second.codeFold == .shown && second.figSubcaps == ["A", "B"] && second.figAlign == nil)
        #expect(notebook.warnings.isEmpty)
    }

    @Test func aLayoutOptionWithNoMeaningHereIsAWarning() throws {
        let notebook = try parse("```{swift}\n//| column: page\n//| fig-align: center\n1\n```\n")
        #expect(notebook.warnings.map(\.description) == ["doc.md:2: warning: 'column' is a Quarto option ignored by Folio"])
        #expect(notebook.cells[0].options.figAlign == .center)
    }

    @Test func everyProblemOfANotebookIsReportedInOneRun() throws {
        let error = try #require(parseError("""
        ---
        toc: maybe
        lang: "en us"
        jupyter: python3
        ---

        ```{swift}
        //| echo: maybe
        //| fig-align: middle
        //| layout-ncol: 0
        //| fig-algn: left
        1
        ```

        See @fig-nowhere.
        """))
        // `@fig-nowhere` is no parse error: Render shows it as Quarto does, `?@fig-nowhere`, and warns.
        #expect(error.all.map(\.line) == [2, 3, 8, 9, 10, 11])
        #expect(error.all[0].message == "toc must be true (show the contents box) or false, not 'maybe'")
        #expect(error.all[1].message == "lang must be a language tag such as en, fr or de-CH, not 'en us'")
        #expect(error.all[2].message.hasPrefix("cell option 'echo' must be true or false, or fenced"))
        #expect(error.all[3].message == "cell option 'fig-align' must be left, center, right or default, not 'middle'")
        #expect(error.all[5].message == "unknown cell option 'fig-algn'; did you mean 'fig-align'?")
        #expect(error.warnings.map(\.line) == [4], "warnings travel with the errors")
        #expect(error.description.split(separator: "\n").count == 6)
        #expect(error.description.hasPrefix("doc.md:2: error: toc must be"))
    }

    @Test func aKnownQuartoKeyWithABadValueIsStillAnError() {
        #expect(parseError("---\nauthor: [{affiliation: X}]\n---\n")?.message.hasPrefix("author must be a name") == true)
        #expect(parseError("---\ntoc-depth: 9\n---\n")?.line == 2)
        #expect(parseError("---\nexecute: {echo: sometimes}\n---\n")?.message.hasPrefix("'execute.echo' must be true or false") == true)
        #expect(parseError("---\ncode-fold: maybe\n---\n")?.message.hasPrefix("'code-fold' must be true (folded)") == true)
    }
}
