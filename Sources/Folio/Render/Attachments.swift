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
    /// Lines of the notebook inside code blocks, whose text is code, not addresses.
    var codeLines: [ClosedRange<Int>] = []

    public init() {}

    init(files: [File], codeLines: [ClosedRange<Int>]) {
        self.files = files
        self.codeLines = codeLines
    }

    /// The copy's address from the report for an address as written, keeping its `#…` or `?…`:
    /// `img/x.png#top` → `notes_files/x.png#top`; nil for an address that names no copied file.
    func address(for url: String, report name: String) -> String? {
        let cut = url.firstIndex { $0 == "#" || $0 == "?" } ?? url.endIndex
        let path = String(url[..<cut])
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
