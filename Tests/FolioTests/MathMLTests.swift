import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Folio

/// TeX → MathML Core, construct by construct, as MathML Core renderers read it.
@Suite("Math: TeX to MathML")
struct MathMLTests {
    /// Each construct lesson authors write, and the MathML it becomes (inside `<math><semantics>`).
    static let table: [(tex: String, mathml: String)] = [
        (#"\alpha + \Omega"#, #"<mrow><mi>α</mi><mo>+</mo><mi mathvariant="normal">Ω</mi></mrow>"#),
        (#"\frac{1}{2}"#, #"<mfrac><mn>1</mn><mn>2</mn></mfrac>"#),
        (#"\dfrac{a}{b}"#, #"<mstyle displaystyle="true"><mfrac><mi>a</mi><mi>b</mi></mfrac></mstyle>"#),
        (#"\tfrac12"#, #"<mstyle displaystyle="false"><mfrac><mn>1</mn><mn>2</mn></mfrac></mstyle>"#),
        (#"\sqrt[3]{x}"#, #"<mroot><mi>x</mi><mn>3</mn></mroot>"#),
        (#"\sqrt{2}"#, #"<msqrt><mn>2</mn></msqrt>"#),
        (#"x_i^2"#, #"<msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup>"#),
        (#"f''(x)"#, #"<mrow><msup><mi>f</mi><mo>′′</mo></msup><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo></mrow>"#),
        (#"\mathbf{W}"#, #"<mi>𝐖</mi>"#),
        (#"\mathrm{d}x"#, #"<mrow><mi mathvariant="normal">d</mi><mi>x</mi></mrow>"#),
        (#"\mathrm{softmax}"#, #"<mi>softmax</mi>"#),
        (#"\mathcal{L}"#, #"<mi>ℒ</mi>"#),
        (#"\mathbb{R}^n"#, #"<msup><mi>ℝ</mi><mi>n</mi></msup>"#),
        (#"\boldsymbol{\theta}"#, #"<mi>𝜽</mi>"#),
        (#"\mathit{ab}"#, #"<mi>𝑎𝑏</mi>"#),
        (#"\text{if } x"#, #"<mrow><mtext>if </mtext><mi>x</mi></mrow>"#),
        (#"\operatorname{tr}(A)"#, #"<mrow><mi>tr</mi><mo>⁡</mo><mo stretchy="false">(</mo><mi>A</mi><mo stretchy="false">)</mo></mrow>"#),
        (#"\sum_{i=1}^{n}"#, #"<munderover><mo movablelimits="true">∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></munderover>"#),
        (#"\prod_i"#, #"<munder><mo movablelimits="true">∏</mo><mi>i</mi></munder>"#),
        (#"\int_0^1"#, #"<msubsup><mo>∫</mo><mn>0</mn><mn>1</mn></msubsup>"#),
        (#"\lim_{x \to 0}"#, #"<munder><mo movablelimits="true" form="prefix">lim</mo><mrow><mi>x</mi><mo>→</mo><mn>0</mn></mrow></munder>"#),
        (#"\max_x"#, #"<munder><mo movablelimits="true" form="prefix">max</mo><mi>x</mi></munder>"#),
        (#"\arg\max_x"#, #"<mrow><mi>arg</mi><mo>⁡</mo><munder><mo movablelimits="true" form="prefix">max</mo><mi>x</mi></munder></mrow>"#),
        (#"\log x"#, #"<mrow><mi>log</mi><mo>⁡</mo><mi>x</mi></mrow>"#),
        (#"\exp(x)"#, #"<mrow><mi>exp</mi><mo>⁡</mo><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo></mrow>"#),
        (#"\left[ x \right]"#, #"<mrow><mo fence="true" form="prefix" stretchy="true">[</mo><mi>x</mi><mo fence="true" form="postfix" stretchy="true">]</mo></mrow>"#),
        (#"\big( x \big)"#, #"<mrow><mo minsize="1.2em" maxsize="1.2em" stretchy="true">(</mo><mi>x</mi><mo minsize="1.2em" maxsize="1.2em" stretchy="true">)</mo></mrow>"#),
        (#"\underbrace{a}_{b}"#, #"<munder><munder><mi>a</mi><mo stretchy="true">⏟</mo></munder><mi>b</mi></munder>"#),
        (#"\overbrace{a}^{b}"#, #"<mover><mover><mi>a</mi><mo stretchy="true">⏞</mo></mover><mi>b</mi></mover>"#),
        (#"\hat{y}"#, #"<mover accent="true"><mi>y</mi><mo stretchy="false">^</mo></mover>"#),
        (#"\bar{x}"#, #"<mover accent="true"><mi>x</mi><mo stretchy="false">‾</mo></mover>"#),
        (#"\tilde{x}"#, #"<mover accent="true"><mi>x</mi><mo stretchy="false">~</mo></mover>"#),
        (#"\vec{v}"#, #"<mover accent="true"><mi>v</mi><mo stretchy="false">→</mo></mover>"#),
        (#"\dot{x}"#, #"<mover accent="true"><mi>x</mi><mo stretchy="false">˙</mo></mover>"#),
        (#"a \cdot b \cdots c \ldots"#, #"<mrow><mi>a</mi><mo>⋅</mo><mi>b</mi><mo>⋯</mo><mi>c</mi><mo>…</mo></mrow>"#),
        (#"\vdots \ddots"#, #"<mrow><mo>⋮</mo><mo>⋱</mo></mrow>"#),
        (#"a\,b\;c\quad d\qquad e\!f"#, #"<mrow><mi>a</mi><mspace width="0.1667em"></mspace><mi>b</mi><mspace width="0.2778em"></mspace><mi>c</mi><mspace width="1em"></mspace><mi>d</mi><mspace width="2em"></mspace><mi>e</mi><mspace width="-0.1667em"></mspace><mi>f</mi></mrow>"#),
        (#"\begin{matrix} a & b \\ c & d \end{matrix}"#, #"<mrow><mtable columnalign="center center"><mtr><mtd style="text-align: center"><mi>a</mi></mtd><mtd style="text-align: center"><mi>b</mi></mtd></mtr><mtr><mtd style="text-align: center"><mi>c</mi></mtd><mtd style="text-align: center"><mi>d</mi></mtd></mtr></mtable></mrow>"#),
        (#"\begin{pmatrix} 1 \end{pmatrix}"#, #"<mrow><mo fence="true" form="prefix" stretchy="true">(</mo><mtable columnalign="center"><mtr><mtd style="text-align: center"><mn>1</mn></mtd></mtr></mtable><mo fence="true" form="postfix" stretchy="true">)</mo></mrow>"#),
        (#"\begin{bmatrix} 1 \end{bmatrix}"#, #"<mrow><mo fence="true" form="prefix" stretchy="true">[</mo><mtable columnalign="center"><mtr><mtd style="text-align: center"><mn>1</mn></mtd></mtr></mtable><mo fence="true" form="postfix" stretchy="true">]</mo></mrow>"#),
        (#"\begin{vmatrix} 1 \end{vmatrix}"#, #"<mrow><mo fence="true" form="prefix" stretchy="true">|</mo><mtable columnalign="center"><mtr><mtd style="text-align: center"><mn>1</mn></mtd></mtr></mtable><mo fence="true" form="postfix" stretchy="true">|</mo></mrow>"#),
        (#"|x| = \begin{cases} x & x \ge 0 \\ -x & x < 0 \end{cases}"#, #"<mrow><mo stretchy="false">|</mo><mi>x</mi><mo stretchy="false">|</mo><mo>=</mo><mrow><mo fence="true" form="prefix" stretchy="true">{</mo><mtable columnalign="left left"><mtr><mtd style="text-align: left"><mi>x</mi></mtd><mtd style="text-align: left"><mi>x</mi><mo>≥</mo><mn>0</mn></mtd></mtr><mtr><mtd style="text-align: left"><mo>−</mo><mi>x</mi></mtd><mtd style="text-align: left"><mi>x</mi><mo>&lt;</mo><mn>0</mn></mtd></mtr></mtable></mrow></mrow>"#),
        (#"\begin{aligned} a &= b \end{aligned}"#, #"<mtable displaystyle="true" columnalign="right left"><mtr><mtd style="text-align: right; padding-right: 0"><mi>a</mi></mtd><mtd style="text-align: left; padding-left: 0"><mo>=</mo><mi>b</mi></mtd></mtr></mtable>"#),
        (#"\begin{align} a &= b \end{align}"#, #"<mtable displaystyle="true" columnalign="right left"><mtr><mtd style="text-align: right; padding-right: 0"><mi>a</mi></mtd><mtd style="text-align: left; padding-left: 0"><mo>=</mo><mi>b</mi></mtd></mtr></mtable>"#),
        (#"\begin{split} a &= b \end{split}"#, #"<mtable displaystyle="true" columnalign="right left"><mtr><mtd style="text-align: right; padding-right: 0"><mi>a</mi></mtd><mtd style="text-align: left; padding-left: 0"><mo>=</mo><mi>b</mi></mtd></mtr></mtable>"#),
        (#"\begin{array}{cl} 1 & 2 \end{array}"#, #"<mtable columnalign="center left"><mtr><mtd style="text-align: center"><mn>1</mn></mtd><mtd style="text-align: left"><mn>2</mn></mtd></mtr></mtable>"#),
        (#"\mathbf{x}^\top"#, #"<msup><mi>𝐱</mi><mi>⊤</mi></msup>"#),
        (#"\partial \nabla \infty"#, #"<mrow><mi>∂</mi><mi>∇</mi><mi>∞</mi></mrow>"#),
        (#"a \mid b \| c"#, #"<mrow><mi>a</mi><mo>∣</mo><mi>b</mi><mo stretchy="false">‖</mo><mi>c</mi></mrow>"#),
        (#"\leftarrow \rightarrow \Rightarrow \mapsto"#, #"<mrow><mo>←</mo><mo>→</mo><mo>⇒</mo><mo>↦</mo></mrow>"#),
        (#"\le \ge \neq \approx \propto \sim \in \subset"#, #"<mrow><mo>≤</mo><mo>≥</mo><mo>≠</mo><mo>≈</mo><mo>∝</mo><mo>∼</mo><mo>∈</mo><mo>⊂</mo></mrow>"#),
        (#"x \tag{3}"#, #"<mi>x</mi>"#),
        (#"x \label{eq:x}"#, #"<mi>x</mi>"#),
        (#"\newcommand{\R}{\mathbb{R}} \R"#, #"<mi>ℝ</mi>"#),
        (#"\newcommand{\norm}[1]{\|#1\|} \norm{x}"#, #"<mrow><mo stretchy="false">‖</mo><mi>x</mi><mo stretchy="false">‖</mo></mrow>"#),
        (#"\not\in"#, #"<mo>∉</mo>"#),
        (#"\binom{n}{k}"#, #"<mrow><mo>(</mo><mfrac linethickness="0"><mi>n</mi><mi>k</mi></mfrac><mo>)</mo></mrow>"#),
        (#"\mathbf{0}"#, #"<mn>𝟎</mn>"#),
    ]

    @Test func everyConstructBecomesItsMathML() {
        var converter = MathMLConverter()
        for (tex, mathml) in Self.table {
            let result = converter.convert(tex, display: false)
            let expected = "<math><semantics>\(mathml)<annotation encoding=\"application/x-tex\">\(Self.escaped(tex))</annotation></semantics></math>"
            #expect(result.mathml == expected, "\(tex)")
            #expect(result.unsupported.isEmpty, "\(tex)")
        }
    }

    @Test func displayMathIsABlockAndTagsAreReturned() {
        var converter = MathMLConverter()
        let result = converter.convert("x = 1 \\tag{A}", display: true)
        #expect(result.mathml.hasPrefix("<math display=\"block\"><semantics><mrow><mi>x</mi><mo>=</mo><mn>1</mn></mrow>"))
        #expect(result.tag == "A")
    }

    @Test func macrosHoldInLaterFormulas() {
        var converter = MathMLConverter()
        _ = converter.convert("\\newcommand{\\E}{\\mathbb{E}}", display: false)
        #expect(converter.convert("\\E[x]", display: false).mathml.contains("<mi>𝔼</mi><mo stretchy=\"false\">[</mo>"))
        _ = converter.convert("\\def\\pair#1#2{(#1, #2)}", display: false)
        #expect(converter.convert("\\pair{a}{b}", display: false).mathml.contains("<mi>a</mi><mo>,</mo><mi>b</mi>"))
        let loop = converter.convert("\\newcommand{\\loop}{\\loop} \\loop", display: false)
        #expect(!loop.unsupported.isEmpty, "a macro that expands without end is reported, not followed forever")
    }

    @Test func unknownCommandsAreReportedNotDropped() {
        var converter = MathMLConverter()
        let result = converter.convert("\\foo{x} + \\begin{weird} y \\end{weird} + \\foo", display: false)
        #expect(result.unsupported == ["\\foo", "\\begin{weird}"])
    }

    /// Every output parses as XML, whatever the input: the d2l-style formulas, and a thousand
    /// random strings of TeX's characters and commands.
    @Test func everyOutputIsWellFormedXML() throws {
        var inputs = Self.table.map(\.tex) + [
            "\\left( \\frac{a}{b} \\right.", "x^", "_", "\\frac", "\\sqrt[", "{{{", "}}}", "\\begin{pmatrix} a &",
            "a & b \\\\ c", "\\left\\langle x, y \\right\\rangle", "<>&\"'", "\\text{<b>&}", "\\operatorname{a<b}",
        ]
        var generator = SystemRandomNumberGenerator()
        let pieces = ["x", "1", "{", "}", "^", "_", "&", "\\\\", "\\frac", "\\sqrt", "[", "]", "\\left(", "\\right)", "\\mathbf",
                      "\\text{", "<", "&", "'", "\\begin{aligned}", "\\end{aligned}", "\\sum", "\\hat", " ", "\\foo", "\\underbrace"]
        for _ in 0..<1000 {
            inputs.append((0..<Int.random(in: 1...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        var converter = MathMLConverter()
        for tex in inputs {
            let xml = converter.convert(tex, display: true).mathml
            #expect((try? XMLDocument(xmlString: xml)) != nil, "\(tex) → \(xml)")
        }
    }

    @Test func alphabetsUseUnicodesMathematicalLetters() {
        #expect(MathAlphabets.map("Wx0", .bold) == "𝐖𝐱𝟎")
        #expect(MathAlphabets.map("BEh", .script) == "ℬℰ𝒽")
        #expect(MathAlphabets.map("RZa", .doubleStruck) == "ℝℤ𝕒")
        #expect(MathAlphabets.map("h", .italic) == "ℎ")
        #expect(MathAlphabets.map("θΣ", .boldItalic) == "𝜽𝜮")
    }

    static func escaped(_ tex: String) -> String {
        tex.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}
