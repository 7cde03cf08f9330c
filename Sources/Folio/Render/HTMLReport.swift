/// Render: the notebook and its results as one standalone HTML page.
///
/// The prose goes through cmark-gfm; each cell's block is swapped in as a custom block, whose
/// HTML cmark-gfm emits verbatim (inline SVG survives tagfilter that way). Math placeholders
/// are restored last, as MathML (or MathJax-ready `\(…\)` and `\[…\]` spans). The author's raw
/// HTML and link addresses are made safe first (`ProseSanitizer`) unless the notebook says
/// `raw-html: true`; the cells' own HTML is spliced in afterwards and never sanitised.
public enum HTMLReport {
    public static func render(_ notebook: Notebook, _ results: [CellResult], provenance: ReportProvenance? = nil,
                              failed: Bool = false, navigation: BookNavigation? = nil, math: MathMode = .mathml) throws(NotebookError) -> String {
        try page(notebook, results, provenance: provenance, failed: failed, navigation: navigation, math: math).html
    }

    /// - Parameters:
    ///   - failed: whether the render failed (a cell failed unexpectedly, or did not run), as a
    ///     book's index shows it.
    /// - Returns: the page, and `(line, message)` warnings (unsupported TeX, unknown `@eq-`, raw
    ///   HTML or addresses taken out of the prose).
    public static func page(_ notebook: Notebook, _ results: [CellResult], provenance: ReportProvenance? = nil,
                            failed: Bool = false, navigation: BookNavigation? = nil, math: MathMode = .mathml,
                            attachments: Attachments = Attachments()) throws(NotebookError) -> (html: String, warnings: [(line: Int, message: String)]) {
        let notebook = InlineValues.woven(notebook, results)
        var typesetter = MathTypesetter(mode: math, markdown: notebook.markdown)
        let woven = Weave.cells(notebook, results)
        let references = CrossReferences(notebook)
        let headings = Dictionary(notebook.headings.map { ($0.line, $0) }, uniquingKeysWith: { first, _ in first })
        let callouts = Dictionary(notebook.callouts.map { ($0.openLine, $0) }, uniquingKeysWith: { first, _ in first })
        let calloutEnds = Set(notebook.callouts.map(\.closeLine))
        let figureImages = Dictionary(notebook.figureImages.map { ($0.line, $0) }, uniquingKeysWith: { first, _ in first })
        let figureNumbers = FigureNumbers(notebook)
        let tree = MarkdownTree(markdown: notebook.markdown.text)
        let sanitizes = !notebook.frontMatter.rawHTML
        let safety = sanitizes ? ProseSanitizer.sanitize(tree) : ProseSanitizer.Outcome()
        var warnings = safety.warnings.map { (line: notebook.markdown.originalLine($0.line), message: $0.message) }
        var slugs = Slugs()
        for id in notebook.headings.compactMap(\.id) { slugs.reserve(id) }
        var contents: [(level: Int, html: String, slug: String)] = []
        // Cells are found by their fence's line, as Parse recorded it, not by counting code
        // blocks here: the two walks could disagree on what a cell is.
        let cellsByLine = Dictionary(uniqueKeysWithValues: notebook.cells.map { ($0.fenceLine, $0.index) })
        let foreignByLine = Dictionary(uniqueKeysWithValues: notebook.foreignCells.map { ($0.fenceLine, $0) })
        var captionMath = false
        var firstParagraph: String?
        tree.withNodes { nodes in
            for node in nodes {
                let line = notebook.markdown.originalLine(node.startLine)
                switch node.type {
                case "paragraph" where figureImages[line] != nil && node.firstChild?.type == "image":
                    let image = figureImages[line]!
                    let caption = FigureNumbers.caption("Figure", figureNumbers.number(of: image.label), image.caption) ?? ""
                    node.surround(withHTMLBlocks: "<figure class=\"image-figure\" id=\"\(HTMLText.escape(image.label))\">\n",
                                  "<figcaption>\(HTMLText.escape(caption))</figcaption>\n</figure>\n")
                case "html_block" where callouts[line] != nil:
                    let callout = callouts[line]!
                    let title = callout.title.map { inlineHTML($0, typesetter: &typesetter, sanitizes: sanitizes).html }
                        ?? callout.kind.title
                    node.replace(withHTMLBlock: "<div class=\"callout callout-\(callout.kind.rawValue)\" role=\"note\">\n"
                                 + "<p class=\"callout-title\">\(title)</p>\n<div class=\"callout-body\">\n")
                case "html_block" where calloutEnds.contains(line):
                    node.replace(withHTMLBlock: "</div>\n</div>\n")
                case "paragraph" where firstParagraph == nil:
                    let text = notebook.markdown.restoringMath(in: node.plainText).split(whereSeparator: \.isWhitespace).joined(separator: " ")
                    if !text.isEmpty { firstParagraph = text }
                case "code_block" where cellsByLine[notebook.markdown.originalLine(node.startLine)] != nil:
                    guard let cell = woven[cellsByLine[notebook.markdown.originalLine(node.startLine)]!] else {
                        node.replace(withHTMLBlock: "")
                        continue
                    }
                    // Captions and `output: asis` text are the author's Markdown: made safe as prose is.
                    node.replace(withHTMLBlock: CellHTML.render(cell, notebook: notebook) { markdown, use in
                        let (html, hasMath, removed) = inlineHTML(markdown, typesetter: &typesetter, sanitizes: sanitizes, block: use == .asis)
                        captionMath = captionMath || hasMath
                        let line = cell.cell.options.lines[use.option] ?? cell.cell.fenceLine
                        warnings += removed.map { (line, "\(use == .asis ? "output: asis" : use.option): \($0)") }
                        return html
                    } + "\n")
                case "code_block" where foreignByLine[line] != nil:
                    node.replace(withHTMLBlock: CellHTML.foreign(foreignByLine[line]!) + "\n")
                case "code_block" where language(of: node.fenceInfo) == "swift":
                    let code = CellHTML.trimmed(node.literal ?? "")
                    node.replace(withHTMLBlock: "<pre class=\"code\"><code class=\"language-swift\">\(SwiftHighlighter.html(code))</code></pre>\n")
                case "link", "image":
                    if let url = node.url, let copy = attachments.address(for: url, report: notebook.name) { node.setURL(copy) }
                case "heading":
                    // The contents box shows a heading's maths typeset, as the heading itself does.
                    let heading = headings[line]
                    let number = heading?.number.map { "<span class=\"header-section-number\">\($0)</span> " } ?? ""
                    let text = notebook.markdown.substituting(in: HTMLText.escape(node.plainText)) { span, _ in typesetter.html(span) }.text
                    let slug = heading?.id.map(HTMLText.escape) ?? slugs.make(for: notebook.markdown.removingMath(from: node.plainText))
                    contents.append((node.headingLevel, number + text, slug))
                    if !number.isEmpty { node.prependInlineHTML(number) }
                    node.prependInlineHTML("<a class=\"anchor\" id=\"\(slug)\" href=\"#\(slug)\" aria-label=\"Link to this section\"></a>")
                case "text":
                    let text = node.literal ?? ""
                    let ranges = FigureReferences.ranges(in: text, prefixes: FigureReferences.crossReferencePrefixes + ["eq-"])
                    guard !ranges.isEmpty else { continue }
                    let line = notebook.markdown.originalLine(node.inlineLine)
                    var pieces: [InlinePiece] = []
                    var position = text.startIndex
                    for range in ranges {
                        pieces.append(.text(String(text[position..<range.lowerBound])))
                        let label = String(text[range].dropFirst())
                        if label.hasPrefix("eq-") {
                            pieces.append(.html(typesetter.reference(label, line: line)))
                        } else {
                            if let problem = references.problem(label) { warnings.append((line, problem)) }
                            pieces.append(.html(references.html(label)))
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
        let (article, unshownMath) = restoreMath(in: tree.renderHTML(), notebook, typesetter: &typesetter, dropped: safety.dropped)
        warnings += unshownMath
        let front = notebook.frontMatter
        var titleBlock = TitleBlock.html(front)
        if let abstract = front.abstract {
            let (html, hasMath, removed) = inlineHTML(abstract, typesetter: &typesetter, sanitizes: sanitizes, block: true)
            captionMath = captionMath || hasMath
            warnings += removed.map { (front.lines["abstract"] ?? 1, "abstract: \($0)") }
            titleBlock += TitleBlock.abstract(html)
        }
        var page = HTMLPage(title: notebook.title, mathJax: math == .mathjax && (notebook.hasMath || captionMath),
                            contents: contents.filter { $0.level >= 2 && $0.level <= (front.tocDepth ?? 3) },
                            article: article, showsTitle: notebook.firstHeading == nil, provenance: provenance,
                            description: front.description ?? firstParagraph, status: failed ? "failed" : "ran", navigation: navigation)
        page.lang = front.lang ?? "en"
        page.titleBlock = titleBlock
        page.toc = front.toc
        page.contentsTitle = front.tocTitle ?? "Contents"
        let html = page.html
        warnings += typesetter.warnings
        return (html, warnings.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element))
    }

    private static func language(of info: String?) -> String? {
        info?.split(separator: " ").first.map(String.init)
    }

    /// Every placeholder replaced by its math; one in `dropped` (an address or attribute the
    /// sanitiser took out) counts as placed. Math that Markdown shows nowhere (in a link reference
    /// definition no link uses, which cmark drops) is a warning, not a failed render: the cells
    /// have run, and the page is right without it. A reference used twice places its math twice.
    static func restoreMath(in html: String, _ notebook: Notebook, typesetter: inout MathTypesetter,
                            dropped: String = "") -> (html: String, warnings: [(line: Int, message: String)]) {
        var (result, uses) = placeMath(notebook.markdown, in: html, typesetter: &typesetter)
        if !dropped.isEmpty {
            for (index, count) in notebook.markdown.substituting(in: dropped, { _, _ in "" }).uses.enumerated() { uses[index] += count }
        }
        let warnings = uses.indices.filter { uses[$0] == 0 }.map { index in
            let span = notebook.markdown.math[index]
            return (line: span.line, message: "math '\(span.tex)' is in Markdown that the page does not show "
                + "(such as a link reference definition no link uses), so it is left out")
        }
        return (result, warnings)
    }

    /// Typeset math in text, and plain TeX in an attribute (a link target, an image's alt text).
    private static func placeMath(_ protected: ProtectedMarkdown, in html: String, typesetter: inout MathTypesetter) -> (text: String, uses: [Int]) {
        protected.substituting(in: html) { span, insideTag in insideTag ? HTMLText.escape(span.written) : typesetter.html(span) }
    }

    /// A caption's Markdown as inline HTML, whether it holds math (the page then needs MathJax),
    /// and what the sanitiser took out of it, as warnings.
    /// With `block`, paragraphs, lists and tables stay blocks (`output: asis`, an abstract).
    static func inlineHTML(_ markdown: String, typesetter: inout MathTypesetter,
                           sanitizes: Bool = true, block: Bool = false) -> (html: String, hasMath: Bool, removed: [String]) {
        let protected = MathProtector.protect(markdown)
        let tree = MarkdownTree(markdown: protected.text)
        let removed = sanitizes ? ProseSanitizer.sanitize(tree).warnings.map(\.message) : []
        var html = tree.renderHTML()
        html = placeMath(protected, in: html, typesetter: &typesetter).text
        html = html.trimmingCharacters(in: "\n")
        if !block, html.hasPrefix("<p>"), html.hasSuffix("</p>") { html = String(html.dropFirst(3).dropLast(4)) }
        return (html, !protected.math.isEmpty, removed)
    }
}
