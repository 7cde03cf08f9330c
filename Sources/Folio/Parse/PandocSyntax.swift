/// Pandoc's extensions that Quarto authors write and cmark-gfm does not know: attributes after a
/// heading (`## Title {#sec-x .unnumbered}`) or a lone image (`![cap](x.png){#fig-x}`), and fenced
/// divs (`::: {.callout-note}` … `:::`).
///
/// They are found on a first cmark pass over the math-protected text and taken out of it line for
/// line, so the second pass sees plain CommonMark and every line keeps its number: a callout's
/// fences become one-line HTML comments (HTML blocks, which Render swaps for the box's markup), a
/// title heading and other divs' fences become blank lines. Lines inside code blocks and HTML
/// blocks are never read, so a `:::` in a fence is code.
enum PandocSyntax {
    struct Found: Equatable {
        /// Attributes of the heading whose text starts on this notebook line.
        var headingAttributes: [Int: PandocAttributes] = [:]
        var callouts: [Callout] = []
        /// Fence lines of other divs, which both reports leave out (their content stays).
        var plainDivLines: [Int] = []
        var figureImages: [FigureImage] = []
    }

    static let calloutOpenMarker = "<!-- folio:callout -->"
    static let calloutCloseMarker = "<!-- folio:callout-end -->"

    static func extract(_ markdown: ProtectedMarkdown) -> (ProtectedMarkdown, Found) {
        var lines = markdown.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var found = Found()
        var blockLines = Set<Int>()
        var atxHeadings: [Int: Int] = [:]  // line → its heading's start line, for callout titles
        MarkdownTree(markdown: markdown.text).withNodes { nodes in
            for node in nodes {
                switch node.type {
                case "code_block", "html_block":
                    for line in node.startLine...max(node.startLine, node.endLine) { blockLines.insert(line) }
                case "heading":
                    guard (1...lines.count).contains(node.startLine) else { continue }
                    let isATX = lines[node.startLine - 1].utf8.dropFirst(node.startColumn - 1).first == UInt8(ascii: "#")
                    if isATX { atxHeadings[node.startLine] = node.headingLevel }
                    // A setext heading's attributes close its last line of text, above the underline.
                    let last = min(max(node.startLine, node.endLine), lines.count)
                    let attributeLine = isATX ? node.startLine : ((node.startLine...last).last(where: { isSetextText(lines[$0 - 1]) }) ?? node.startLine)
                    var line = Substring(lines[attributeLine - 1])
                    if isATX { line = withoutClosingHashes(line) }
                    guard let (attributes, start) = PandocAttributes.trailing(in: line) else { continue }
                    found.headingAttributes[markdown.originalLine(node.startLine)] = attributes
                    lines[attributeLine - 1] = String(line[..<start]).trimmingTrailingBlanks
                case "image":
                    guard let paragraph = node.parent, paragraph.type == "paragraph",
                          paragraph.startLine == paragraph.endLine, paragraph.firstChild?.pointer == node.pointer,
                          let after = node.nextSibling, after.type == "text", after.nextSibling == nil,
                          let attributes = PandocAttributes(braced: Substring((after.literal ?? "").trimmingTrailingBlanks)),
                          let label = attributes.id, label.hasPrefix("fig-"),
                          let (_, start) = PandocAttributes.trailing(in: Substring(lines[paragraph.startLine - 1])) else { continue }
                    found.figureImages.append(FigureImage(label: label, line: markdown.originalLine(paragraph.startLine), caption: node.plainText))
                    lines[paragraph.startLine - 1] = String(lines[paragraph.startLine - 1][..<start]).trimmingTrailingBlanks
                default:
                    continue
                }
            }
        }
        var open: [(line: Int, attributes: PandocAttributes)] = []
        for (index, text) in lines.enumerated() where !blockLines.contains(index + 1) {
            let line = index + 1
            if let attributes = divOpening(text) {
                open.append((line, attributes))
            } else if isDivClosing(text), let opening = open.popLast() {
                let kind = opening.attributes.classes.lazy
                    .compactMap { $0.hasPrefix("callout-") ? Callout.Kind(rawValue: String($0.dropFirst("callout-".count))) : nil }.first
                guard let kind else {
                    found.plainDivLines += [markdown.originalLine(opening.line), markdown.originalLine(line)]
                    lines[opening.line - 1] = ""
                    lines[index] = ""
                    continue
                }
                var callout = Callout(kind: kind, openLine: markdown.originalLine(opening.line), closeLine: markdown.originalLine(line),
                                      title: opening.attributes.value("title"))
                // Quarto's other way to title a callout: a heading as its first line.
                if let first = (opening.line + 1..<line).first(where: { !lines[$0 - 1].trimmingTrailingBlanks.isEmpty }),
                   atxHeadings[first] != nil, callout.title == nil {
                    let heading = withoutClosingHashes(Substring(lines[first - 1]).drop { $0 == " " }.drop { $0 == "#" })
                    callout.title = heading.trimmingCharacters(in: " \t")
                    callout.titleLine = markdown.originalLine(first)
                    found.headingAttributes[callout.titleLine!] = nil
                    lines[first - 1] = ""
                }
                found.callouts.append(callout)
                lines[opening.line - 1] = calloutOpenMarker
                lines[index] = calloutCloseMarker
            }
        }
        found.callouts.sort { $0.openLine < $1.openLine }
        found.plainDivLines.sort()
        let text = lines.joined(separator: "\n")
        return (ProtectedMarkdown(text: text, math: markdown.math, lineMap: markdown.lineMap), found)
    }

    /// `::: {.callout-note}`, `:::: {#id .class}` or `::: callout-tip`, at most three spaces in.
    static func divOpening(_ line: String) -> PandocAttributes? {
        var rest = Substring(line).trimmingTrailingBlanks[...]
        let indent = rest.prefix { $0 == " " }.count
        guard indent <= 3 else { return nil }
        rest = rest.dropFirst(indent)
        let colons = rest.prefix { $0 == ":" }.count
        guard colons >= 3 else { return nil }
        rest = rest.dropFirst(colons).drop { $0 == " " || $0 == "\t" }
        while rest.last == ":" { rest = rest.dropLast() }
        rest = Substring(String(rest).trimmingTrailingBlanks)
        guard !rest.isEmpty else { return nil }
        if rest.first == "{" { return PandocAttributes(braced: rest) }
        guard rest.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else { return nil }
        var attributes = PandocAttributes()
        attributes.classes = [String(rest)]
        return attributes
    }

    static func isDivClosing(_ line: String) -> Bool {
        let text = Substring(line).trimmingTrailingBlanks
        let indent = text.prefix { $0 == " " }.count
        let colons = text.dropFirst(indent)
        return indent <= 3 && colons.count >= 3 && colons.allSatisfy { $0 == ":" }
    }

    /// A line of a setext heading's text: neither its underline nor a blank line (cmark-gfm may
    /// end the heading's range on the blank line after it).
    private static func isSetextText(_ line: String) -> Bool {
        let text = line.trimmingCharacters(in: " \t")
        return !text.isEmpty && !text.allSatisfy { $0 == "=" } && !text.allSatisfy { $0 == "-" }
    }

    /// An ATX heading's optional closing `##`, which Pandoc allows before the attributes too.
    static func withoutClosingHashes(_ line: Substring) -> Substring {
        let trimmed = Substring(String(line).trimmingTrailingBlanks)
        let hashes = trimmed.reversed().prefix { $0 == "#" }.count
        guard hashes > 0, hashes < trimmed.count else { return line }
        let before = trimmed.dropLast(hashes)
        return before.last == " " || before.last == "\t" ? before : line
    }
}

/// A `::: {.callout-note}` box: a note, tip, warning, important or caution, as GitHub's alerts.
public struct Callout: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case note, tip, warning, important, caution

        /// Quarto's default title.
        public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
    }

    public var kind: Kind
    /// Notebook lines of the opening and closing fences.
    public var openLine: Int
    public var closeLine: Int
    /// `title="…"`, or the text of a heading on the box's first line, as Markdown with math placeholders.
    public var title: String?
    /// The line of that heading, which the reports show as the title instead.
    public var titleLine: Int?
}

/// `![caption](x.png){#fig-x}` alone in a paragraph: a numbered figure.
public struct FigureImage: Sendable, Equatable {
    public var label: String
    public var line: Int
    /// The alt text, as plain text with math placeholders.
    public var caption: String
}

extension StringProtocol {
    var trimmingTrailingBlanks: String {
        var text = Substring(self)
        while text.last == " " || text.last == "\t" { text = text.dropLast() }
        return String(text)
    }
}
