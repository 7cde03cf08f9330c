/// One cell as HTML: its highlighted source, then its outputs, figures and error in order.
enum CellHTML {
    /// What a piece of the author's Markdown inside a cell is, for the caller that renders it.
    enum MarkdownUse {
        case caption
        case subcaption
        case tableCaption
        /// `output: asis`: what the cell printed, rendered as Markdown blocks.
        case asis

        /// The cell option the text comes from, which a warning about it names.
        var option: String {
            switch self {
            case .caption: "fig-cap"
            case .subcaption: "fig-subcap"
            case .tableCaption: "tbl-cap"
            case .asis: "output"
            }
        }
    }

    /// - Parameter markdownHTML: renders a caption, sub-caption or `asis` output as HTML.
    static func render(_ woven: WovenCell, notebook: Notebook, markdownHTML: (String, MarkdownUse) -> String) -> String {
        let cell = woven.cell
        let options = cell.options
        let id = options.label ?? "cell-\(cell.index + 1)"
        var html = "<div class=\"cell\" id=\"\(HTMLText.escape(id))\">\n"
        if woven.showCode { html += code(cell, notebook: notebook) }
        if let caption = woven.tableCaption {
            html += "<p class=\"table-caption\">\(markdownHTML(caption, .tableCaption))</p>\n"
        }
        let firstFigure = woven.outputs.firstIndex { if case .figure = $0 { true } else { false } }
        for (position, output) in woven.outputs.enumerated() {
            switch output {
            case .stdout(let text) where options.outputAsIs:
                html += "<div class=\"cell-output cell-output-asis\">\n\(markdownHTML(TerminalStyles.plain(text), .asis))\n</div>\n"
            case .stdout(let text): html += block("cell-output cell-output-stdout", text)
            case .stderr(let text): html += block("cell-output cell-output-stderr", text)
            case .value(let text): html += block("cell-output cell-output-display", text)
            case .figure where options.figurePanel:
                // A panel stands where the cell's first figure would, and holds them all.
                if position == firstFigure { html += panel(woven, markdownHTML: markdownHTML) }
            case .figure(let svg, _):
                html += "<figure class=\"\(figureClasses(options))\">\n\(svg.trimmingCharacters(in: "\n"))\n"
                if position == woven.captionedFigure, let caption = woven.caption {
                    html += "<figcaption>\(markdownHTML(caption, .caption))</figcaption>\n"
                }
                html += "</figure>\n"
            }
        }
        html += status(woven, notebook: notebook)
        return html + "</div>"
    }

    /// A chunk in another language: its code, classed for its language's highlighter, and a
    /// marker saying that it did not run, so no reader takes its missing output for none.
    static func foreign(_ cell: ForeignCell) -> String {
        let language = HTMLText.escape(cell.language)
        return "<div class=\"cell cell-foreign\">\n<pre class=\"cell-code\"><code class=\"language-\(language)\">"
            + HTMLText.escape(trimmed(cell.code)) + "</code></pre>\n"
            + "<p class=\"cell-status\">Not run: Folio runs only <code>{swift}</code> cells.</p>\n</div>"
    }

    /// The cell's source: highlighted, with line numbers, inside its fence, folded, as asked.
    static func code(_ cell: Cell, notebook: Notebook) -> String {
        let options = cell.options
        let shown = options.echoFenced ? fencedSource(cell, notebook: notebook) : trimmed(cell.code)
        var body: String
        if options.echoFenced {
            var lines = shown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let closing = lines.count > 1 ? lines.removeLast() : nil
            let opening = lines.removeFirst()
            body = HTMLText.escape(opening) + "\n" + SwiftHighlighter.html(lines.joined(separator: "\n"))
            if let closing { body += "\n" + HTMLText.escape(closing) }
        } else {
            body = SwiftHighlighter.html(shown)
        }
        var pre = "<pre class=\"cell-code\">"
        if options.codeLineNumbers {
            // A gutter beside the code rather than a number in each line: a highlighted string or
            // comment may span lines, and copying the code must not copy the numbers.
            let count = shown.split(separator: "\n", omittingEmptySubsequences: false).count
            let numbers = (1...max(count, 1)).map(String.init).joined(separator: "\n")
            pre = "<pre class=\"cell-code line-numbers\"><span class=\"line-number-gutter\" aria-hidden=\"true\">\(numbers)</span>"
        }
        pre += "<code class=\"language-swift\">\(body)</code></pre>\n"
        switch options.codeFold {
        case .none: return pre
        case .folded, .shown:
            let open = options.codeFold == .shown ? " open" : ""
            return "<details class=\"code-fold\"\(open)>\n<summary>\(HTMLText.escape(summary(options)))</summary>\n\(pre)</details>\n"
        }
    }

    /// Quarto's summary line of folded code.
    static func summary(_ options: CellOptions) -> String {
        MarkdownText.oneLine(options.codeSummary ?? "Code")
    }

    /// `echo: fenced`: the cell as written, fence and `//|` lines included, without the
    /// indentation (or `>`) that places it in a list or quote.
    static func fencedSource(_ cell: Cell, notebook: Notebook) -> String {
        let lines = notebook.source.split(separator: "\n", omittingEmptySubsequences: false)
        let range = (cell.fenceLine - 1)..<min(cell.endLine, lines.count)
        return lines[range].map { line in
            let lead = line.prefix(cell.indent)
            return lead.allSatisfy({ $0 == " " || $0 == "\t" || $0 == ">" }) ? String(line.dropFirst(lead.count)) : String(line)
        }.joined(separator: "\n")
    }

    /// The cell's figures side by side, `layout-ncol` to a row, each with its sub-caption
    /// (a), (b), …, and the cell's caption under them all.
    private static func panel(_ woven: WovenCell, markdownHTML: (String, MarkdownUse) -> String) -> String {
        let options = woven.cell.options
        let svgs = woven.outputs.compactMap { output -> String? in if case .figure(let svg, _) = output { svg } else { nil } }
        var html = "<figure class=\"\(figureClasses(options)) figure-panel\">\n"
        html += "<div class=\"subfigures\" style=\"grid-template-columns: repeat(\(options.layoutColumns ?? 1), minmax(0, 1fr))\">\n"
        for (index, svg) in svgs.enumerated() {
            html += "<figure class=\"subfigure\">\n\(svg.trimmingCharacters(in: "\n"))\n"
            if index < options.figSubcaps.count {
                html += "<figcaption>\(Subcaptions.mark(index)) \(markdownHTML(options.figSubcaps[index], .subcaption))</figcaption>\n"
            }
            html += "</figure>\n"
        }
        html += "</div>\n"
        if let caption = woven.caption { html += "<figcaption>\(markdownHTML(caption, .caption))</figcaption>\n" }
        return html + "</figure>\n"
    }

    private static func figureClasses(_ options: CellOptions) -> String {
        "cell-figure" + (options.figAlign.map { " align-\($0.rawValue)" } ?? "")
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

/// Quarto's marks for the sub-figures of a panel: (a), (b), … (z), (aa), (ab), …
enum Subcaptions {
    static func mark(_ index: Int) -> String {
        "(\(letters(index)))"
    }

    private static func letters(_ index: Int) -> String {
        let letter = String(UnicodeScalar(UInt8(ascii: "a") + UInt8(index % 26)))
        return index < 26 ? letter : letters(index / 26 - 1) + letter
    }
}
