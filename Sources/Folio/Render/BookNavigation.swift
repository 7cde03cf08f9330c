/// A chapter's place in a book (a folder of notebooks rendered together): links to the chapters
/// before and after it and to the book's index, at the foot of both reports. A notebook
/// rendered alone has none.
public struct BookNavigation: Sendable, Equatable {
    public struct Link: Sendable, Equatable {
        public var title: String
        /// The report's base name, relative to the linking chapter's folder: `hello` for
        /// `hello.html` and `hello.md`, `../ch2/hello` for one in another folder.
        public var name: String

        public init(title: String, name: String) {
            self.title = title
            self.name = name
        }
    }

    public var previous: Link?
    public var next: Link?
    /// The way up from the chapter's folder to the book's, where the index is: `../` for a
    /// chapter in a subfolder, empty at the top.
    public var root: String

    public init(previous: Link?, next: Link?, root: String = "") {
        self.previous = previous
        self.next = next
        self.root = root
    }

    /// The index's base name.
    public static let indexName = "index"

    var html: String {
        var html = "<nav class=\"book\" aria-label=\"Chapters\">\n"
        html += previous.map { "<a class=\"previous\" rel=\"prev\" href=\"\(HTMLText.escape($0.name)).html\">← \(HTMLText.escape($0.title))</a>\n" } ?? ""
        html += "<a class=\"index\" href=\"\(HTMLText.escape(root))\(Self.indexName).html\">Contents</a>\n"
        html += next.map { "<a class=\"next\" rel=\"next\" href=\"\(HTMLText.escape($0.name)).html\">\(HTMLText.escape($0.title)) →</a>\n" } ?? ""
        return html + "</nav>\n"
    }

    /// Lines for the end of the Markdown report.
    var markdown: [String] {
        var links: [String] = []
        if let previous { links.append("[← \(MarkdownText.linkText(previous.title))](\(MarkdownText.linkTarget(previous.name + ".md")))") }
        links.append("[Contents](\(MarkdownText.linkTarget(root + Self.indexName + ".md")))")
        if let next { links.append("[\(MarkdownText.linkText(next.title)) →](\(MarkdownText.linkTarget(next.name + ".md")))") }
        return ["", "---", "", links.joined(separator: " · ")]
    }
}

/// Text placed into Markdown the report writes itself.
enum MarkdownText {
    /// A link destination GitHub reads whole: spaces and parentheses percent-encoded.
    static func linkTarget(_ path: String) -> String {
        path.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: " ", with: "%20")
            .replacingOccurrences(of: "(", with: "%28").replacingOccurrences(of: ")", with: "%29")
    }

    /// Link text or alt text in which brackets stay text, on one line.
    static func linkText(_ text: String) -> String {
        oneLine(text).replacingOccurrences(of: "[", with: "\\[").replacingOccurrences(of: "]", with: "\\]")
    }

    /// A caption, title or alt text on one line. YAML's `"a\nb"` puts a line break in one; written
    /// as is, its second line would lose a cell's indentation or `>` (leaving the list item or
    /// quote), a blank line would end the `*…*` or `[…]`, and `MarkdownReport.Output.origins` would
    /// be a line short (found by fuzzing). In Markdown a line break inside a paragraph is a space.
    /// Scalar by scalar: Foundation's `replacingOccurrences` skips a line break followed by a
    /// combining mark.
    static func oneLine(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 10 || $0 == 13 }) else { return text }
        var result = String.UnicodeScalarView()
        var afterCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n", afterCR { afterCR = false; continue }
            afterCR = scalar == "\r"
            result.append(scalar == "\n" || scalar == "\r" ? " " : scalar)
        }
        return String(result)
    }
}
