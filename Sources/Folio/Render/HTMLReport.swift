/// Render: the notebook and its results as one standalone HTML page.
///
/// The prose goes through cmark-gfm; each cell's block is swapped in as a custom block, whose
/// HTML cmark-gfm emits verbatim (inline SVG survives tagfilter that way). Math placeholders
/// are restored last, as MathML (or MathJax-ready `\(…\)` and `\[…\]` spans).
public enum HTMLReport {
    public static func render(_ notebook: Notebook, _ results: [CellResult], provenance: ReportProvenance? = nil,
                              failed: Bool = false, navigation: BookNavigation? = nil, math: MathMode = .mathml) throws(NotebookError) -> String {
        try page(notebook, results, provenance: provenance, failed: failed, navigation: navigation, math: math).html
    }

    /// - Parameters:
    ///   - failed: whether the render failed (a cell failed unexpectedly, or did not run), as a
    ///     book's index shows it.
    /// - Returns: the page, and `(line, message)` warnings (unsupported TeX, unknown `@eq-`).
    public static func page(_ notebook: Notebook, _ results: [CellResult], provenance: ReportProvenance? = nil,
                            failed: Bool = false, navigation: BookNavigation? = nil,
                            math: MathMode = .mathml) throws(NotebookError) -> (html: String, warnings: [(line: Int, message: String)]) {
        var typesetter = MathTypesetter(mode: math, markdown: notebook.markdown)
        let woven = Weave.cells(notebook, results)
        let numbers = FigureNumbers(notebook)
        let tree = MarkdownTree(markdown: notebook.markdown.text)
        var slugs = Slugs()
        var contents: [(level: Int, html: String, slug: String)] = []
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
                        let (html, hasMath) = inlineHTML(caption, typesetter: &typesetter)
                        captionMath = captionMath || hasMath
                        return html
                    } + "\n")
                case "code_block" where language(of: node.fenceInfo) == "swift":
                    let code = CellHTML.trimmed(node.literal ?? "")
                    node.replace(withHTMLBlock: "<pre class=\"code\"><code class=\"language-swift\">\(SwiftHighlighter.html(code))</code></pre>\n")
                case "heading":
                    // The contents box shows a heading's maths typeset, as the heading itself does.
                    let text = notebook.markdown.substituting(in: HTMLText.escape(node.plainText)) { span, _ in typesetter.html(span) }.text
                    let slug = slugs.make(for: notebook.markdown.removingMath(from: node.plainText))
                    contents.append((node.headingLevel, text, slug))
                    node.prependInlineHTML("<a class=\"anchor\" id=\"\(slug)\" href=\"#\(slug)\" aria-label=\"Link to this section\"></a>")
                case "text":
                    let text = node.literal ?? ""
                    let ranges = FigureReferences.ranges(in: text, prefixes: ["fig-", "eq-"])
                    guard !ranges.isEmpty else { continue }
                    let line = notebook.markdown.originalLine(node.parent?.startLine ?? 1)
                    var pieces: [InlinePiece] = []
                    var position = text.startIndex
                    for range in ranges {
                        pieces.append(.text(String(text[position..<range.lowerBound])))
                        let label = String(text[range].dropFirst())
                        if label.hasPrefix("eq-") {
                            pieces.append(.html(typesetter.reference(label, line: line)))
                        } else {
                            let number = numbers.number(of: label).map(String.init) ?? "?"
                            pieces.append(.html("<a class=\"xref\" href=\"#\(label)\">Figure&nbsp;\(number)</a>"))
                        }
                        position = range.upperBound
                    }
                    pieces.append(.text(String(text[position...])))
                    node.replaceText(with: pieces)
                default:
                    continue
                }
            }
        }
        let article = try restoreMath(in: tree.renderHTML(), notebook, typesetter: &typesetter)
        let html = HTMLPage(title: notebook.title, mathJax: math == .mathjax && (notebook.hasMath || captionMath),
                            contents: contents.filter { $0.level >= 2 && $0.level <= 3 },
                            article: article, showsTitle: notebook.firstHeading == nil, provenance: provenance,
                            description: firstParagraph, status: failed ? "failed" : "ran", navigation: navigation).html
        return (html, typesetter.warnings)
    }

    private static func language(of info: String?) -> String? {
        info?.split(separator: " ").first.map(String.init)
    }

    /// Every placeholder, each of which must occur exactly once, replaced by its math.
    static func restoreMath(in html: String, _ notebook: Notebook, typesetter: inout MathTypesetter) throws(NotebookError) -> String {
        let (result, uses) = placeMath(notebook.markdown, in: html, typesetter: &typesetter)
        if let lost = uses.firstIndex(where: { $0 != 1 }) {
            let span = notebook.markdown.math[lost]
            throw NotebookError(file: notebook.path, line: span.line, "math '\(span.tex)' could not be placed in the page")
        }
        return result
    }

    /// Typeset math in text, and plain TeX in an attribute (a link target, an image's alt text).
    private static func placeMath(_ protected: ProtectedMarkdown, in html: String, typesetter: inout MathTypesetter) -> (text: String, uses: [Int]) {
        protected.substituting(in: html) { span, insideTag in insideTag ? HTMLText.escape(span.written) : typesetter.html(span) }
    }

    /// A caption's Markdown as inline HTML, and whether it holds math (the page then needs MathJax).
    static func inlineHTML(_ markdown: String, typesetter: inout MathTypesetter) -> (html: String, hasMath: Bool) {
        let protected = MathProtector.protect(markdown)
        var html = MarkdownTree(markdown: protected.text).renderHTML()
        html = placeMath(protected, in: html, typesetter: &typesetter).text
        html = html.trimmingCharacters(in: "\n")
        if html.hasPrefix("<p>"), html.hasSuffix("</p>") { html = String(html.dropFirst(3).dropLast(4)) }
        return (html, !protected.math.isEmpty)
    }
}
