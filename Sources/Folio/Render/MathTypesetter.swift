/// How a report typesets maths.
public enum MathMode: String, Sendable, CaseIterable, Codable {
    /// MathML Core written by Folio: no script, no font, no network (the default).
    case mathml
    /// MathJax from its CDN, for authors who want its look and accept the network.
    case mathjax
}

/// Typesets a notebook's formulas in document order, so that `\newcommand` holds in the formulas
/// after it and numbered equations get their numbers.
struct MathTypesetter {
    var mode: MathMode
    private var converter = MathMLConverter()
    /// `eq-name` → its number, in document order.
    let equationNumbers: [String: Int]
    /// `(line, message)` for `file:line: warning:`.
    private(set) var warnings: [(line: Int, message: String)] = []

    init(mode: MathMode, markdown: ProtectedMarkdown) {
        self.mode = mode
        equationNumbers = markdown.equationNumbers
    }

    /// A span in text. Unsupported TeX shows as TeX in a `math-error` box, with a warning.
    mutating func html(_ span: MathSpan) -> String {
        var tag: String?
        let math: String
        switch mode {
        case .mathjax:
            math = span.display
                ? "<span class=\"math display\">\\[\(HTMLText.escape(span.tex))\\]</span>"
                : "<span class=\"math inline\">\\(\(HTMLText.escape(span.tex))\\)</span>"
        case .mathml:
            let result = converter.convert(span.tex, display: span.display)
            if !result.unsupported.isEmpty {
                for command in result.unsupported { warnings.append((span.line, "unsupported TeX command \(command)")) }
                return "<code class=\"math-error\" title=\"unsupported TeX: \(HTMLText.escape(result.unsupported.joined(separator: " ")))\">\(HTMLText.escape(span.written))</code>"
            }
            math = result.mathml
            tag = result.tag
        }
        if let label = span.label, let number = equationNumbers[label] {
            return "<span class=\"equation\" id=\"\(HTMLText.escape(label))\">\(math)<span class=\"equation-number\">(\(number))</span></span>"
        }
        if let tag, span.display {
            return "<span class=\"equation\">\(math)<span class=\"equation-number\">(\(HTMLText.escape(tag)))</span></span>"
        }
        return math
    }

    /// A `@eq-name` reference: a link "Equation N", or a warning for a label no equation has.
    mutating func reference(_ label: String, line: Int) -> String {
        guard let number = equationNumbers[label] else {
            warnings.append((line, "reference '@\(label)' names no equation; label one with '$$ … $$ {#\(label)}'"))
            return "<a class=\"xref\" href=\"#\(HTMLText.escape(label))\">Equation&nbsp;?</a>"
        }
        return "<a class=\"xref\" href=\"#\(HTMLText.escape(label))\">Equation&nbsp;\(number)</a>"
    }
}
