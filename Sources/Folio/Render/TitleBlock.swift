/// What stands under a page's title, as in Quarto's title block: the subtitle, the authors, the
/// date exactly as the front matter writes it, and the abstract.
///
/// Only the HTML page needs it: the Markdown report keeps the front matter, which GitHub shows
/// as a table at the top of the file.
enum TitleBlock {
    static func html(_ front: FrontMatter) -> String {
        var html = ""
        if let subtitle = front.subtitle { html += "<p class=\"subtitle\">\(HTMLText.escape(subtitle))</p>\n" }
        var byline: [String] = []
        if !front.authors.isEmpty {
            let names = front.authors.map { "<span class=\"author\">\(HTMLText.escape($0))</span>" }
            byline.append(names.joined(separator: ", "))
        }
        if let date = front.date { byline.append("<span class=\"date\">\(HTMLText.escape(date))</span>") }
        if !byline.isEmpty { html += "<p class=\"byline\">\(byline.joined(separator: " · "))</p>\n" }
        return html
    }

    /// The abstract, its Markdown already HTML.
    static func abstract(_ html: String) -> String {
        "<section class=\"abstract\" aria-label=\"Abstract\">\n<p class=\"abstract-title\">Abstract</p>\n\(html)\n</section>\n"
    }
}
