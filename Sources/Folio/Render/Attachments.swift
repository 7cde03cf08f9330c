/// Files beside the notebook that its prose shows or links (`![](img/loss.png)`,
/// `[the data](../data/t.csv)`), as copies in the report's `<name>_files/` folder: a relative
/// address would break as soon as the output folder is not the notebook's.
///
/// Render only rewrites addresses through it; `LocalFiles` (Project/) finds the files.
public struct Attachments: Sendable, Equatable {
    public struct File: Sendable, Equatable {
        /// The copy's name in `<name>_files/`.
        public var name: String
        /// The file to copy, as a path from the working directory.
        public var source: String
        /// Every address, as cmark-gfm reads it (escapes decoded), that names this file.
        public var addresses: [String]
        /// The notebook line that first names it.
        public var line: Int
    }

    /// In the order the prose first names them.
    public var files: [File] = []
    /// Links to other notebooks of the run (`ch2/b.md`) and the address of their HTML page from
    /// this one's (`../ch2/b.html`): the Markdown report keeps the link, since the reports of a
    /// book mirror its folders.
    var pages: [(address: String, page: String)] = []
    /// Lines of the notebook inside code blocks, whose text is code, not addresses.
    var codeLines: [ClosedRange<Int>] = []

    public init() {}

    init(files: [File], codeLines: [ClosedRange<Int>], pages: [(address: String, page: String)] = []) {
        self.files = files
        self.codeLines = codeLines
        self.pages = pages
    }

    public static func == (a: Attachments, b: Attachments) -> Bool {
        a.files == b.files && a.codeLines == b.codeLines && a.pages.elementsEqual(b.pages) { $0 == $1 }
    }

    /// The address in the HTML page for an address as written, keeping its `#…` or `?…`:
    /// `img/x.png#top` → `notes_files/x.png#top`, `b.md#part` → `b.html#part`; nil for an
    /// address that names no copied file and no notebook of the run.
    func address(for url: String, report name: String) -> String? {
        let cut = url.firstIndex { $0 == "#" || $0 == "?" } ?? url.endIndex
        let path = String(url[..<cut])
        if let page = pages.first(where: { $0.address == path }) { return page.page + url[cut...] }
        guard let file = files.first(where: { $0.addresses.contains(path) }) else { return nil }
        return "\(name)_files/\(file.name)" + url[cut...]
    }

    /// A prose line of the Markdown report with every address of a copied file rewritten, in
    /// the forms Markdown writes one: `](x)`, `](<x>)` and a reference definition's `]: x`.
    func rewriting(_ line: String, number: Int, report name: String) -> String {
        guard !files.isEmpty, line.contains("]"), !codeLines.contains(where: { $0.contains(number) }) else { return line }
        var result = line
        for file in files {
            for address in file.addresses {
                let copy = MarkdownText.linkTarget("\(name)_files/\(file.name)")
                for opening in ["](", "](<", "]: ", "]: <"] {
                    result = Self.replacing(opening + address, with: opening + copy, in: result)
                }
            }
        }
        return result
    }

    /// `figure-<n>.svg`, the names of the figures cells draw, which no copy may take.
    static func isFigureName(_ name: String) -> Bool {
        guard name.hasPrefix("figure-"), name.hasSuffix(".svg") else { return false }
        let number = name.dropFirst(7).dropLast(4)
        return !number.isEmpty && number.allSatisfy(\.isNumber)
    }

    /// `old` replaced where it is a whole address: followed by its end, a title, `#` or `?`.
    private static func replacing(_ old: String, with new: String, in line: String) -> String {
        var result = ""
        var rest = Substring(line)
        while let range = rest.range(of: old) {
            let next = rest[range.upperBound...].first
            let whole = next == nil || [")", ">", " ", "\t", "#", "?"].contains(next!)
            result += rest[..<range.lowerBound] + (whole ? new : old)
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
