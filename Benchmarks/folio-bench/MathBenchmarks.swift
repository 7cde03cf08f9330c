// Times Folio's maths: TeX → MathML conversion, and whole pages of maths, whose cost must grow
// linearly with the number of formulas.
import Dispatch
import Folio

private func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Formulas as Dive into Deep Learning writes them.
private let formulas = [
    #"\mathbf{h}^{(l)} = f_l(\mathbf{h}^{(l-1)})"#,
    #"\hat{y} = \mathrm{softmax}(\mathbf{o}) \quad \textrm{where}\quad \hat{y}_j = \frac{\exp(o_j)}{\sum_k \exp(o_k)}"#,
    #"L(\mathbf{w}, b) =\frac{1}{n}\sum_{i=1}^n \frac{1}{2}\left(\mathbf{w}^\top \mathbf{x}^{(i)} + b - y^{(i)}\right)^2"#,
    #"\partial_{\mathbf{W}^{(l)}} \mathbf{o} = \underbrace{\partial_{\mathbf{h}^{(L-1)}} \mathbf{h}^{(L)}}_{\mathbf{M}^{(L)}} \cdots"#,
    #"\begin{aligned} \mathbf{H} & = \sigma(\mathbf{X} \mathbf{W}^{(1)} + \mathbf{b}^{(1)}), \\ \mathbf{O} & = \mathbf{H}\mathbf{W}^{(2)} + \mathbf{b}^{(2)}. \end{aligned}"#,
    #"\operatorname*{argmax}_{\boldsymbol{\theta}} \prod_{i=1}^n p(\mathbf{x}_i \mid \boldsymbol{\theta})"#,
    #"\mathbf{X} \in \mathbb{R}^{n \times d}, \quad \sigma^2 = \frac{2}{n_\textrm{in} + n_\textrm{out}}"#,
    #"\lim_{h \rightarrow 0} \frac{f(x+h) - f(x)}{h}"#,
    #"\begin{bmatrix} a_{11} & \cdots & a_{1n} \\ \vdots & \ddots & \vdots \\ a_{m1} & \cdots & a_{mn} \end{bmatrix}"#,
    #"\sqrt[3]{x} + \left\|\mathbf{x}\right\|_2 \approx \tilde{x}"#,
]

func runMathBenchmarks() {
    var converter = MathMLConverter()
    let count = 10_000
    let conversion = median((0..<5).map { _ in
        seconds { for i in 0..<count { _ = converter.convert(formulas[i % formulas.count], display: i % 3 == 0) } }
    })
    print(String(format: "math   TeX → MathML, %d formulas of d2l's: median %.0f ms (%.1f µs each; goal well under 1 s)",
                 count, conversion * 1e3, conversion / Double(count) * 1e6))

    // A page of prose with `spans` inline formulas, parsed and rendered to HTML (no cells).
    func page(_ spans: Int) -> Double {
        var text = "# Maths\n\n"
        for i in 0..<spans { text += "Term $x_{\(i)} + \\alpha^{2}$ is small.\(i % 10 == 9 ? "\n\n" : " ")" }
        return median((0..<3).map { _ in
            (try? seconds { _ = try HTMLReport.render(try NotebookParser.parse(source: text, path: "page.md"), []) }) ?? .nan
        })
    }
    let small = page(1_000), large = page(8_000), six = page(6_000)
    print(String(format: "math   page of 1 000 spans: %.0f ms per 1 000; of 8 000: %.0f ms per 1 000 (ratio %.2f, goal ≤ 2); 6 000 spans %.0f ms (goal < 1 s)",
                 small * 1e3, large / 8 * 1e3, (large / 8) / small, six * 1e3))
}
