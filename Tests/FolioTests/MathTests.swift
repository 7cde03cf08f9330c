import Testing
@testable import Folio

@Suite("Parse: math protection")
struct MathTests {
    func spans(_ text: String) -> [String] {
        MathProtector.protect(text).math.map(\.tex)
    }

    @Test func currencyIsNotMath() {
        #expect(spans("It costs $5 and $10 today.").isEmpty)
        #expect(spans("Up 2$ and $ 4 $ down.").isEmpty)
    }

    @Test func escapedDollarIsLiteralButEscapedBackslashIsNot() {
        #expect(spans(#"A \$x\$ price."#).isEmpty)
        #expect(spans(#"A \\$x$ pair."#) == ["x"])
    }

    @Test func dollarsInCodeAreLeftAlone() {
        #expect(spans("Run `echo $HOME $PATH` now.").isEmpty)
        #expect(spans("```sh\necho $a $b\n```\n").isEmpty)
        #expect(spans("Para.\n\n    $$ indented code $$\n").isEmpty)
        #expect(spans("<a title=\"$x$\">link</a>").isEmpty)
    }

    @Test func fencesAfterListMarkersAndQuotesAreCodeToo() {
        #expect(spans("- ```sh\n  echo $a $b\n  ```\n\nProse $a*b*c$ here.") == ["a*b*c"])
        #expect(spans("> ```sh\n> echo $a $b\n> ```\n") .isEmpty)
    }

    @Test func inlineAndDisplayMath() {
        let protected = MathProtector.protect("Let $x*y*z$ be.\n\n$$\n\\sum_i a_i\n* z\n$$\n\nAfter.")
        #expect(protected.math.map(\.tex) == ["x*y*z", "\n\\sum_i a_i\n* z\n"])
        #expect(protected.math.map(\.display) == [false, true])
        #expect(!protected.text.contains("*"))
        // The display span took four lines; "After." is on line 8 of the file, line 5 of the text.
        #expect(protected.originalLine(5) == 8)
    }

    @Test func nestedDollarsInBracesStayInOneSpan() {
        #expect(spans(#"Here $\text{if $x$ holds}$ ok."#) == [#"\text{if $x$ holds}"#])
    }

    @Test func mathNeverCrossesABlankLine() {
        #expect(spans("A $x\n\ny$ b").isEmpty)
        #expect(spans("$$\na\n\nb\n$$").isEmpty)
    }

    @Test func pipeInMathInsideATableCellStaysInTheCell() throws {
        let notebook = try NotebookParser.parse(source: "| a | b |\n|---|---|\n| $|x|$ | 2 |\n", path: "t.md")
        let html = try HTMLReport.render(notebook, [])
        #expect(html.contains(#"<td><math><semantics><mrow><mo stretchy="false">|</mo><mi>x</mi><mo stretchy="false">|</mo></mrow>"#))
        #expect(html.contains("<td>2</td>"))
    }

    @Test func emphasisAndEscapesInsideMathSurviveToThePage() throws {
        let notebook = try NotebookParser.parse(source: #"See $a_1 * b_2 \{x\} \\ y -- z$."#, path: "t.md")
        let html = try HTMLReport.render(notebook, [], math: .mathjax)
        #expect(html.contains(#"\(a_1 * b_2 \{x\} \\ y -- z\)"#))
        #expect(html.contains("tex-chtml.js"))
        let mathml = try HTMLReport.render(notebook, [])
        #expect(mathml.contains(#"<annotation encoding="application/x-tex">a_1 * b_2 \{x\} \\ y -- z</annotation>"#))
        #expect(!mathml.contains("<script"), "MathML needs no script")
    }

    @Test func placeholderAfterAURLIsNotSwallowed() throws {
        let notebook = try NotebookParser.parse(source: "Visit www.example.com $x$ now.", path: "t.md")
        let html = try HTMLReport.render(notebook, [])
        #expect(html.contains(#"<math><semantics><mi>x</mi>"#))
    }

    @Test func mathInALinkTargetOrAltTextStaysTeX() throws {
        let notebook = try NotebookParser.parse(source: "[l](http://e.com/$y$) and ![the $\\alpha$ curve](x.png)", path: "t.md")
        let html = try HTMLReport.render(notebook, [])
        #expect(html.contains(#"href="http://e.com/$y$""#))
        #expect(html.contains(#"alt="the $\alpha$ curve""#))
        #expect(!html.contains("<math><semantics><mi>y</mi>"))
    }

    @Test func mathInACaptionAloneStillLoadsMathJax() throws {
        let notebook = try NotebookParser.parse(source: "```{swift}\n//| fig-cap: 'Falls like $1/\\sqrt{n}$.'\n1\n```\n", path: "t.md")
        #expect(!notebook.hasMath)
        let results = [CellResult(status: .succeeded, outputs: [.figure(svg: "<svg/>")])]
        #expect(try HTMLReport.render(notebook, results, math: .mathjax).contains("tex-chtml.js"))
        #expect(try HTMLReport.render(notebook, results).contains("Falls like <math><semantics><mrow><mn>1</mn><mo>/</mo><msqrt><mi>n</mi></msqrt></mrow>"),
                "captions go through the same converter")
    }

    @Test func pagesWithoutMathLoadNoScript() throws {
        let notebook = try NotebookParser.parse(source: "Plain $5 text.", path: "t.md")
        #expect(try !HTMLReport.render(notebook, []).contains("<script"))
    }

    @Test func placeholdersAreReplacedInOnePassKnowingWhetherTheyStandInATag() {
        let protected = MathProtector.protect("$a$ and $$b$$")
        let html = "<p title=\"\(protected.math[0].placeholder)\">\(protected.math[0].placeholder) \(protected.math[1].placeholder)</p>"
        let (text, uses) = protected.substituting(in: html) { span, insideTag in insideTag ? "[\(span.tex)]" : span.written }
        #expect(text == "<p title=\"[a]\">$a$ $$b$$</p>")
        #expect(uses == [2, 1])
        let many = MathProtector.protect(String(repeating: "$x_i$ ", count: 3000))
        let restored = many.restoringMath(in: many.text)
        #expect(restored == String(repeating: "$x_i$ ", count: 3000), "3000 spans, each once")
    }
}
