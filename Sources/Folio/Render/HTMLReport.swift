/// Render: the notebook and its results as one standalone HTML page.
///
/// The prose goes through cmark-gfm; each cell's block is swapped in as a custom block, whose
/// HTML cmark-gfm emits verbatim (inline SVG survives tagfilter that way). Math placeholders
/// are restored last, as MathJax-ready `\(…\)` and `\[…\]` spans.
public enum HTMLReport {
    /// - Parameters:
    ///   - failed: whether the render failed (a cell failed unexpectedly, or did not run), as a
    ///     book's index shows it.
    public static func render(_ notebook: Notebook, _ results: [CellResult], provenance: ReportProvenance? = nil,
                              failed: Bool = false, navigation: BookNavigation? = nil) throws(NotebookError) -> String {
        let woven = Weave.cells(notebook, results)
        let numbers = FigureNumbers(notebook)
        let tree = MarkdownTree(markdown: notebook.markdown.text)
        var slugs = Slugs()
        var contents: [(level: Int, text: String, slug: String)] = []
        var cellIndex = 0
        var captionMath = false
        var firstParagraph: String?
        tree.withNodes { nodes in
            for node in nodes {
                switch node.type {
                case "paragraph" where firstParagraph == nil:
                    let text = notebook.markdown.restoringMath(in: node.plainText).split(whereSeparator: \.isWhitespace).joined(separator: " ")
                    if !text.isEmpty { firstParagraph = text }
                case "code_block" where NotebookParser.isCell(info: node.fenceInfo) && node.isFenced:
                    defer { cellIndex += 1 }
                    guard let cell = woven[cellIndex] else {
                        node.replace(withHTMLBlock: "")
                        continue
                    }
                    node.replace(withHTMLBlock: CellHTML.render(cell, notebook: notebook) { caption in
                        let (html, hasMath) = inlineHTML(caption)
                        captionMath = captionMath || hasMath
                        return html
                    } + "\n")
                case "code_block" where language(of: node.fenceInfo) == "swift":
                    let code = CellHTML.trimmed(node.literal ?? "")
                    node.replace(withHTMLBlock: "<pre class=\"code\"><code class=\"language-swift\">\(SwiftHighlighter.html(code))</code></pre>\n")
                case "heading":
                    let text = notebook.markdown.restoringTeX(in: node.plainText)
                    let slug = slugs.make(for: notebook.markdown.removingMath(from: node.plainText))
                    contents.append((node.headingLevel, text, slug))
                    node.prependInlineHTML("<a class=\"anchor\" id=\"\(slug)\" href=\"#\(slug)\" aria-label=\"Link to this section\"></a>")
                case "text":
                    let text = node.literal ?? ""
                    let ranges = FigureReferences.ranges(in: text)
                    guard !ranges.isEmpty else { continue }
                    var pieces: [InlinePiece] = []
                    var position = text.startIndex
                    for range in ranges {
                        pieces.append(.text(String(text[position..<range.lowerBound])))
                        let label = String(text[range].dropFirst())
                        let number = numbers.number(of: label).map(String.init) ?? "?"
                        pieces.append(.html("<a class=\"xref\" href=\"#\(label)\">Figure&nbsp;\(number)</a>"))
                        position = range.upperBound
                    }
                    pieces.append(.text(String(text[position...])))
                    node.replaceText(with: pieces)
                default:
                    continue
                }
            }
        }
        let article = try restoreMath(in: tree.renderHTML(), notebook)
        return HTMLPage(title: notebook.title, hasMath: notebook.hasMath || captionMath,
                        contents: contents.filter { $0.level >= 2 && $0.level <= 3 },
                        article: article, showsTitle: notebook.firstHeading == nil, provenance: provenance,
                        description: firstParagraph, status: failed ? "failed" : "ran", navigation: navigation).html
    }

    private static func language(of info: String?) -> String? {
        info?.split(separator: " ").first.map(String.init)
    }

    /// Every placeholder, each of which must occur exactly once, replaced by its math.
    static func restoreMath(in html: String, _ notebook: Notebook) throws(NotebookError) -> String {
        let (result, uses) = placeMath(notebook.markdown, in: html)
        if let lost = uses.firstIndex(where: { $0 != 1 }) {
            let span = notebook.markdown.math[lost]
            throw NotebookError(file: notebook.path, line: span.line, "math '\(span.tex)' could not be placed in the page")
        }
        return result
    }

    /// A MathJax span in text, and plain TeX in an attribute (a link target, an image's alt text).
    private static func placeMath(_ protected: ProtectedMarkdown, in html: String) -> (text: String, uses: [Int]) {
        protected.substituting(in: html) { span, insideTag in insideTag ? HTMLText.escape(span.written) : mathHTML(span) }
    }

    static func mathHTML(_ span: MathSpan) -> String {
        span.display
            ? "<span class=\"math display\">\\[\(HTMLText.escape(span.tex))\\]</span>"
            : "<span class=\"math inline\">\\(\(HTMLText.escape(span.tex))\\)</span>"
    }

    /// A caption's Markdown as inline HTML, and whether it holds math (the page then needs MathJax).
    static func inlineHTML(_ markdown: String) -> (html: String, hasMath: Bool) {
        let protected = MathProtector.protect(markdown)
        var html = MarkdownTree(markdown: protected.text).renderHTML()
        html = placeMath(protected, in: html).text
        html = html.trimmingCharacters(in: "\n")
        if html.hasPrefix("<p>"), html.hasSuffix("</p>") { html = String(html.dropFirst(3).dropLast(4)) }
        return (html, !protected.math.isEmpty)
    }
}
