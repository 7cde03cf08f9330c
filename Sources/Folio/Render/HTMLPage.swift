/// The page around a report's article: head, styles, contents, and MathJax when there is math.
struct HTMLPage {
    var title: String
    /// Load MathJax (`math: mathjax` and the page has math).
    var mathJax: Bool
    /// Headings for the contents box, their text already HTML.
    var contents: [(level: Int, html: String, slug: String)]
    var article: String
    /// Whether to print the title as the page's heading (the notebook has no `#` heading of its own).
    var showsTitle: Bool
    var provenance: ReportProvenance?
    /// The notebook's first paragraph, for `<meta name="description">` and a book's index.
    var description: String?
    /// `ran` or `failed`, for a book's index (`<meta name="folio-status">`); nil for the index itself.
    var status: String?
    var navigation: BookNavigation?
    /// `<html lang>`: the front matter's `lang`.
    var lang = "en"
    /// Subtitle, authors, date and abstract, already HTML, shown under the title.
    var titleBlock = ""
    /// `toc`: false hides the contents box, true shows it for a single heading too.
    var toc: Bool?
    var contentsTitle = "Contents"

    var html: String {
        var page = """
        <!DOCTYPE html>
        <html lang="\(HTMLText.escape(lang))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        \(Self.generatorTag)
        \(metadata)\(provenance?.comment ?? "")<title>\(HTMLText.escape(title))</title>
        <style>
        \(PageStyle.css)\(PageStyle.quartoCSS(for: titleBlock + article + contentsHTML))\(PageStyle.crossReferenceCSS(for: article))\(article.contains("<span class=\"ansi-") || article.contains("<span style=\"") ? TerminalStyles.css() : "")</style>

        """
        if mathJax { page += Self.mathJaxScript }
        page += "</head>\n<body>\n<main class=\"page\">\n"
        if showsTitle { page += "<h1 class=\"title\">\(HTMLText.escape(title))</h1>\n" + titleBlock }
        // Contents go under the page's title: the notebook's own `#` heading when it opens with one.
        var article = self.article
        if !showsTitle, article.hasPrefix("<h1"), let end = article.range(of: "</h1>\n") {
            page += "<article>\n" + article[..<end.upperBound] + titleBlock + contentsHTML
            article = String(article[end.upperBound...])
        } else {
            page += (showsTitle ? "" : titleBlock) + contentsHTML + "<article>\n"
        }
        page += "\(article)</article>\n\(navigation?.html ?? "")</main>\n</body>\n</html>\n"
        return page
    }

    /// Marks a page as a Folio report, so that Folio never overwrites or indexes anything else.
    static let generatorTag = "<meta name=\"generator\" content=\"Folio\">"

    static func isReport(_ page: String) -> Bool { page.contains(generatorTag) }

    private var metadata: String {
        var tags = ""
        if let description, !description.isEmpty { tags += "<meta name=\"description\" content=\"\(HTMLText.escape(description))\">\n" }
        if let status { tags += "<meta name=\"folio-status\" content=\"\(status)\">\n" }
        return tags
    }

    private var contentsHTML: String {
        guard toc != false, contents.count >= (toc == true ? 1 : 2) else { return "" }
        let title = HTMLText.escape(contentsTitle)
        var html = "<nav class=\"contents\" aria-label=\"\(title)\">\n<p class=\"contents-title\">\(title)</p>\n<ul>\n"
        for entry in contents {
            html += "<li class=\"level-\(entry.level)\"><a href=\"#\(entry.slug)\">\(entry.html)</a></li>\n"
        }
        return html + "</ul>\n</nav>\n"
    }

    /// MathJax 3 reads only `\(…\)` and `\[…\]`, the delimiters Folio writes, so a stray `$` in
    /// prose or output is never typeset.
    static let mathJaxScript = """
    <script>
    window.MathJax = { tex: { inlineMath: [['\\\\(', '\\\\)']], displayMath: [['\\\\[', '\\\\]']] },
                       options: { skipHtmlTags: ['script', 'noscript', 'style', 'textarea', 'pre', 'code'] } };
    </script>
    <script defer src="https://cdn.jsdelivr.net/npm/mathjax@3/es5/tex-chtml.js"></script>

    """
}
