/// One cell as HTML: its highlighted source, then its outputs, figures and error in order.
enum CellHTML {
    static func render(_ woven: WovenCell, notebook: Notebook, captionHTML: (String) -> String) -> String {
        let cell = woven.cell
        let id = cell.options.label ?? "cell-\(cell.index + 1)"
        var html = "<div class=\"cell\" id=\"\(HTMLText.escape(id))\">\n"
        if woven.showCode {
            html += "<pre class=\"cell-code\"><code class=\"language-swift\">\(SwiftHighlighter.html(trimmed(cell.code)))</code></pre>\n"
        }
        if let caption = woven.tableCaption {
            html += "<p class=\"table-caption\">\(captionHTML(caption))</p>\n"
        }
        for (position, output) in woven.outputs.enumerated() {
            switch output {
            case .stdout(let text): html += block("cell-output cell-output-stdout", text)
            case .stderr(let text): html += block("cell-output cell-output-stderr", text)
            case .value(let text): html += block("cell-output cell-output-display", text)
            case .figure(let svg, _):
                html += "<figure class=\"cell-figure\">\n\(svg.trimmingCharacters(in: "\n"))\n"
                if position == woven.captionedFigure, let caption = woven.caption {
                    html += "<figcaption>\(captionHTML(caption))</figcaption>\n"
                }
                html += "</figure>\n"
            }
        }
        html += status(woven, notebook: notebook)
        return html + "</div>"
    }

    private static func status(_ woven: WovenCell, notebook: Notebook) -> String {
        switch woven.status {
        case .succeeded:
            return ""
        case .notEvaluated:
            return "<p class=\"cell-status\">Not run (<code>eval: false</code>).</p>\n"
        case .notRun(let reason):
            return "<p class=\"cell-status\">Not run: \(HTMLText.escape(reason)).</p>\n"
        case .failed(let failure):
            let kind = woven.failureExpected ? "cell-error cell-error-expected" : "cell-error"
            let title = woven.failureHeading(failure, in: notebook)
            return "<div class=\"\(kind)\" role=\"alert\"><p class=\"cell-error-title\">\(HTMLText.escape(title))</p>"
                + "<pre>\(HTMLText.escape(failure.message))</pre></div>\n"
        }
    }

    private static func block(_ classes: String, _ text: String) -> String {
        "<pre class=\"\(classes)\">\(TerminalStyles.html(trimmed(text)))</pre>\n"
    }

    static func trimmed(_ text: String) -> String {
        var result = Substring(text)
        while result.last == "\n" { result = result.dropLast() }
        return String(result)
    }
}
