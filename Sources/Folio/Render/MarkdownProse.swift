/// The author's lines for GitHub, which does not know Pandoc's syntax: heading attributes go
/// (and section numbers come), `@sec-…`, `@fig-…`, `@tbl-…` and `@eq-…` become what they name, a numbered
/// image gets its caption, a callout's fences become a GitHub alert's first line (`> [!NOTE]`;
/// `MarkdownReport` quotes the lines inside), other divs' fences go. Everything else is kept byte
/// for byte, and nothing in code blocks or code spans is touched.
struct MarkdownProse {
    private let notebook: Notebook
    private let equations: EquationTags
    private let references: CrossReferences
    private let numbers: FigureNumbers
    private let headings: [Int: Heading]
    private let callouts: [Int: Callout]
    private let titleLines: Set<Int>
    private let dropped: Set<Int>
    private let images: [Int: FigureImage]
    private let codeLines: Set<Int>

    init(_ notebook: Notebook) {
        self.notebook = notebook
        equations = EquationTags(notebook)
        references = CrossReferences(notebook)
        numbers = FigureNumbers(notebook)
        headings = Dictionary(notebook.headings.map { ($0.line, $0) }, uniquingKeysWith: { first, _ in first })
        callouts = Dictionary(notebook.callouts.map { ($0.openLine, $0) }, uniquingKeysWith: { first, _ in first })
        titleLines = Set(notebook.callouts.compactMap(\.titleLine))
        dropped = Set(notebook.callouts.map(\.closeLine) + notebook.plainDivLines)
        images = Dictionary(notebook.figureImages.map { ($0.line, $0) }, uniquingKeysWith: { first, _ in first })
        var code = Set<Int>()
        MarkdownTree(markdown: notebook.markdown.text).withNodes { nodes in
            for node in nodes where node.type == "code_block" || node.type == "html_block" {
                let first = notebook.markdown.originalLine(node.startLine)
                for line in first...max(first, notebook.markdown.originalLine(node.endLine)) { code.insert(line) }
            }
        }
        codeLines = code
    }

    /// What stands for notebook line `number` (1-based): usually the line itself, sometimes none or several.
    func lines(_ text: String, at number: Int) -> [String] {
        if dropped.contains(number) { return [] }
        // A title is a paragraph of its own: a blank line follows unless the author wrote one.
        let gap = (notebook.sourceLine(number + 1) ?? "").allSatisfy { $0 == " " || $0 == "\t" } ? [] : [""]
        if let callout = callouts[number] {
            let title = callout.titleLine != nil ? [] : callout.title.map { ["**\(MarkdownText.oneLine(notebook.markdown.restoringMath(in: $0)))**"] + gap } ?? []
            return ["[!\(callout.kind.rawValue.uppercased())]"] + title
        }
        if titleLines.contains(number) {
            return ["**\(Self.atxContent(text))**"] + gap
        }
        var line = equations.tagged(text)
        guard !codeLines.contains(number) else { return [line] }
        if let heading = headings[number] { line = Self.headingLine(line, number: heading.number) }
        line = referencing(line)
        if let image = images[number], let attributes = PandocAttributes.trailing(in: Substring(line)) {
            let caption = FigureNumbers.caption("Figure", numbers.number(of: image.label), notebook.markdown.restoringMath(in: image.caption))
            return [String(line[..<attributes.start]).trimmingTrailingBlanks, "", "*\(MarkdownText.oneLine(caption ?? ""))*"]
        }
        return [line]
    }

    /// A heading's text as the Markdown report writes it, for GitHub's anchor.
    static func headingText(_ heading: Heading, _ markdown: ProtectedMarkdown) -> String {
        (heading.number.map { "\($0) " } ?? "") + markdown.restoringTeX(in: heading.text)
    }

    /// `## Title {#sec-x}` as `## 2.1 Title`.
    private static func headingLine(_ line: String, number: String?) -> String {
        var text = Substring(line)
        if let attributes = PandocAttributes.trailing(in: PandocSyntax.withoutClosingHashes(text)) {
            text = Substring(String(text[..<attributes.start]).trimmingTrailingBlanks)
        }
        guard let number else { return String(text) }
        // What stands before an ATX heading's `#`s: quote and list markers (`> - ## Title`); a
        // setext heading's text may itself start with a digit, so there only quotes and spaces.
        let quote = text.prefix { $0 == ">" || $0 == " " || $0 == "\t" }
        let listed = text.prefix { " \t>-*+.)0123456789".contains($0) }
        let marker = text.dropFirst(listed.count).first == "#" ? listed : quote
        let hashes = text.dropFirst(marker.count).prefix { $0 == "#" }
        let space = text.dropFirst(marker.count + hashes.count).prefix { $0 == " " || $0 == "\t" }
        let prefixLength = marker.count + hashes.count + space.count
        return String(text.prefix(prefixLength)) + "\(number) " + text.dropFirst(prefixLength)
    }

    /// A callout's title heading without its `#`s.
    private static func atxContent(_ line: String) -> String {
        let text = PandocSyntax.withoutClosingHashes(Substring(line).drop { $0 == " " }.drop { $0 == "#" })
        return text.trimmingCharacters(in: " \t")
    }

    /// Each reference outside code spans replaced by what it names.
    private func referencing(_ line: String) -> String {
        guard line.contains("@") else { return line }
        var result = ""
        var position = line.startIndex
        let spans = Self.codeSpans(in: line)
        for range in FigureReferences.ranges(in: line, prefixes: FigureReferences.crossReferencePrefixes + ["eq-"])
            where !spans.contains(where: { $0.overlaps(range) }) {
            result += line[position..<range.lowerBound]
            result += references.markdown(String(line[range].dropFirst()))
            position = range.upperBound
        }
        return result + line[position...]
    }

    /// Backtick runs and what they enclose on one line (a span left open is no span).
    private static func codeSpans(in line: String) -> [Range<String.Index>] {
        var spans: [Range<String.Index>] = []
        var index = line.startIndex
        while let open = line[index...].firstIndex(of: "`") {
            let length = line[open...].prefix { $0 == "`" }.count
            let fence = String(repeating: "`", count: length)
            let contentStart = line.index(open, offsetBy: length)
            guard let close = line[contentStart...].range(of: fence) else { break }
            spans.append(open..<close.upperBound)
            index = close.upperBound
        }
        return spans
    }
}
