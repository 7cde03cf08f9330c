/// A book's index page, `index.html` and `index.md`: every chapter in order with its title, its
/// first paragraph and whether it ran. It is written from the chapters' own HTML reports (their
/// `<title>` and `<meta>` tags), so that a CI job gathering shards rendered elsewhere writes
/// exactly the index a single full render writes.
public enum BookIndex {
    public struct Chapter: Sendable, Equatable {
        /// The report's base name (`hello` for `hello.html`).
        public var name: String
        public var title: String
        public var description: String?
        /// `ran` or `failed`.
        public var status: String
    }

    /// A chapter as its HTML report describes it; nil when the page is not a Folio report.
    public static func chapter(name: String, page: String) -> Chapter? {
        guard HTMLPage.isReport(page),
              let title = between("<title>", "</title>", in: page) else { return nil }
        return Chapter(name: name, title: HTMLText.unescape(title),
                       description: between("<meta name=\"description\" content=\"", "\">", in: page).map(HTMLText.unescape),
                       status: between("<meta name=\"folio-status\" content=\"", "\">", in: page) ?? "ran")
    }

    public static func html(title: String, chapters: [Chapter]) -> String {
        var article = "<h1>\(HTMLText.escape(title))</h1>\n<ol class=\"chapters\">\n"
        for chapter in chapters {
            article += "<li><a href=\"\(HTMLText.escape(chapter.name)).html\">\(HTMLText.escape(chapter.title))</a> "
                + "<span class=\"chapter-status \(chapter.status)\">\(chapter.status)</span>"
                + (chapter.description.map { "<p>\(HTMLText.escape($0))</p>" } ?? "") + "</li>\n"
        }
        article += "</ol>\n"
        return HTMLPage(title: title, mathJax: false, contents: [], article: article, showsTitle: false).html
    }

    public static func markdown(title: String, chapters: [Chapter]) -> String {
        var lines = ["# \(title)", ""]
        for (number, chapter) in chapters.enumerated() {
            lines.append("\(number + 1). [\(MarkdownText.linkText(chapter.title))](\(MarkdownText.linkTarget(chapter.name + ".md"))) — \(chapter.status)")
            if let description = chapter.description { lines.append("   " + description) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func between(_ open: String, _ close: String, in text: String) -> String? {
        guard let start = text.range(of: open), let end = text.range(of: close, range: start.upperBound..<text.endIndex) else { return nil }
        return String(text[start.upperBound..<end.lowerBound])
    }
}
