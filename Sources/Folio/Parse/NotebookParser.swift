import Foundation

/// Parse: notebook text → `Notebook`. Reads nothing but the file and runs nothing.
public enum NotebookParser {
    public static func parse(contentsOf path: String) throws(NotebookError) -> Notebook {
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw NotebookError(file: path, exists ? "cannot read the file" : "no such file")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw NotebookError(file: path, line: firstInvalidUTF8Line(data),
                                "the file is not valid UTF-8; save it as UTF-8")
        }
        return try parse(source: text, path: path)
    }

    public static func parse(source rawSource: String, path: String) throws(NotebookError) -> Notebook {
        // A byte-order mark (Windows editors write one) would hide the front matter's `---`.
        // One line ending everywhere, CRLF and old Mac CR alike, so that line numbers and spliced
        // reports agree on every OS.
        let source = normalizingLineEndings(rawSource.hasPrefix("\u{FEFF}") ? String(rawSource.dropFirst()) : rawSource)
        let fileName = (path as NSString).lastPathComponent
        let name = (fileName as NSString).deletingPathExtension
        var diagnostics = ParseDiagnostics(file: path)
        let (frontMatter, body) = try FrontMatter.split(source, diagnostics: &diagnostics)
        let (markdown, pandoc) = PandocSyntax.extract(MathProtector.protect(body))
        let tree = MarkdownTree(markdown: markdown.text)
        let sourceLines = source.split(separator: "\n", omittingEmptySubsequences: false)

        var cells: [Cell] = []
        var foreignCells: [ForeignCell] = []
        var references: [FigureReference] = []
        var firstHeading: String?
        var inlineCode: [(literal: String, block: ClosedRange<Int>)] = []
        var titleLine: Int?
        var headings: [Heading] = []
        tree.withNodes { nodes in
            for node in nodes {
                switch node.type {
                case "code_block":
                    guard node.isFenced else { continue }
                    let fenceLine = markdown.originalLine(node.startLine)
                    guard isCell(info: node.fenceInfo) else {
                        let info = FenceInfo(node.fenceInfo)
                        guard info.isChunk else { continue }
                        let lines = (node.literal ?? "").split(separator: "\n", omittingEmptySubsequences: false)
                        foreignCells.append(ForeignCell(
                            fenceLine: fenceLine,
                            endLine: lastNonBlankLine(upTo: markdown.originalLine(node.endLine), from: fenceLine, in: sourceLines),
                            indent: node.startColumn - 1, language: info.language ?? "text",
                            code: lines.dropFirst(FenceInfo.optionLineCount(node.literal ?? "")).joined(separator: "\n")))
                        continue
                    }
                    let code = node.literal ?? ""
                    let (options, optionLines) = CellOptions.parse(code: code, firstLine: fenceLine + 1, defaults: frontMatter.cellDefaults,
                                                                   diagnostics: &diagnostics)
                    let codeLines = code.split(separator: "\n", omittingEmptySubsequences: false)
                    let kept = codeLines.dropFirst(optionLines).joined(separator: "\n")
                    cells.append(Cell(index: cells.count, fenceLine: fenceLine,
                                      endLine: lastNonBlankLine(upTo: markdown.originalLine(node.endLine), from: fenceLine, in: sourceLines),
                                      codeLine: fenceLine + 1 + optionLines,
                                      indent: node.startColumn - 1,
                                      code: kept, options: options))
                case "heading":
                    let line = markdown.originalLine(node.startLine)
                    if node.headingLevel == 1 && firstHeading == nil {
                        firstHeading = markdown.restoringTeX(in: node.plainText)
                        titleLine = line
                    }
                    let attributes = pandoc.headingAttributes[line]
                    headings.append(Heading(line: line, level: node.headingLevel, text: node.plainText, id: attributes?.id,
                                            unnumbered: attributes?.isUnnumbered ?? false))
                case "text":
                    // The line only where a reference is: finding it walks the paragraph.
                    let labels = FigureReferences.find(in: node.literal ?? "", prefixes: FigureReferences.crossReferencePrefixes)
                    guard !labels.isEmpty else { continue }
                    let line = markdown.originalLine(node.inlineLine)
                    references += labels.map { FigureReference(label: $0, line: line) }
                case "code":
                    if let literal = node.literal, InlineExpressions.isInline(literal) { inlineCode.append((literal, blockLines(of: node))) }
                default:
                    continue
                }
            }
        }
        var inline: [InlineExpression] = []
        do throws(NotebookError) {
            inline = try InlineExpressions.find(inlineCode, in: markdown, source: source, file: path)
        } catch {
            diagnostics.record(error)
        }
        if frontMatter.numberSections { headings = Heading.numbered(headings, titleLine: titleLine) }
        checkLabels(cells, pandoc, headings, diagnostics: &diagnostics)
        try diagnostics.throwIfFailed()
        return Notebook(path: path, fileName: fileName, name: name, source: source, frontMatter: frontMatter,
                        markdown: markdown, cells: cells, references: references, foreignCells: foreignCells,
                        headings: headings, callouts: pandoc.callouts, plainDivLines: pandoc.plainDivLines,
                        figureImages: pandoc.figureImages, firstHeading: firstHeading, inlineExpressions: inline,
                        warnings: ParseDiagnostics.inLineOrder(diagnostics.warnings, line: \.line))
    }

    /// CRLF and CR as LF, byte by byte. Foundation's `replacingOccurrences(of: "\r\n", …)` skips a
    /// line ending followed by a combining mark (it matches whole composed character sequences),
    /// which left a CR that cmark-gfm counts as a line break and Folio did not, or made CRLF two
    /// lines: every later line number was off (found by fuzzing).
    static func normalizingLineEndings(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "\r")) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var afterCR = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n"), afterCR { afterCR = false; continue }
            afterCR = byte == UInt8(ascii: "\r")
            bytes.append(afterCR ? UInt8(ascii: "\n") : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// ` ```{swift} ` runs; ` ```swift ` and every other language is shown, not run.
    static func isCell(info: String?) -> Bool {
        guard let info else { return false }
        let word = info.split(separator: " ", maxSplits: 1).first ?? ""
        return word == "{swift}"
    }

    /// cmark-gfm ends a block that runs to the end of the file on the file's last, empty line;
    /// the cell ends at its closing fence (or last line of code), so the report keeps what follows.
    private static func lastNonBlankLine(upTo end: Int, from start: Int, in lines: [Substring]) -> Int {
        var line = min(end, lines.count)
        while line > start, lines[line - 1].allSatisfy({ $0 == " " || $0 == "\t" }) { line -= 1 }
        return line
    }

    /// The lines of the paragraph, heading or table an inline node stands in.
    private static func blockLines(of node: MarkdownNode) -> ClosedRange<Int> {
        var current = node.parent
        while let candidate = current {
            if ["paragraph", "heading", "table"].contains(candidate.type) || candidate.parent == nil, candidate.startLine > 0 {
                return candidate.startLine...max(candidate.startLine, candidate.endLine)
            }
            current = candidate.parent
        }
        let line = node.inlineLine
        return line...line
    }

    /// Labels name one thing each. A reference that names nothing is no error: Quarto shows it as
    /// `?@label` and warns, and so does Render.
    private static func checkLabels(_ cells: [Cell], _ pandoc: PandocSyntax.Found, _ headings: [Heading],
                                    diagnostics: inout ParseDiagnostics) {
        var labels: [(label: String, line: Int)] = cells.compactMap { cell in
            cell.options.label.map { ($0, cell.options.lines["label"] ?? cell.fenceLine) }
        }
        labels += pandoc.figureImages.map { ($0.label, $0.line) }
        labels += headings.compactMap { heading in heading.id.map { ($0, heading.line) } }
        labels.sort { $0.line < $1.line }
        var seen: [String: Int] = [:]
        for (label, line) in labels {
            if let first = seen[label] {
                diagnostics.error(line, "label '\(label)' is already used at line \(first); labels must be unique")
                continue
            }
            seen[label] = line
        }
    }

    private static func firstInvalidUTF8Line(_ data: Data) -> Int {
        var line = 1
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var lineOfLastScalar = 1
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1 }
                lineOfLastScalar = line
            case .emptyInput: break loop
            case .error: return lineOfLastScalar
            }
        }
        return line
    }
}

/// `@fig-…` cross-references in a run of prose.
enum FigureReferences {
    /// Labels referenced in `text`, in order. `a@fig-x` (an e-mail-like word) is not a reference.
    static func find(in text: String, prefixes: [String] = ["fig-"]) -> [String] {
        ranges(in: text, prefixes: prefixes).map { String(text[$0].dropFirst()) }
    }

    /// What `@` may refer to besides equations: figures, tables and sections.
    static let crossReferencePrefixes = ["fig-", "tbl-", "sec-"]

    /// The ranges of `@fig-label` references (or other `prefixes`, such as `eq-`), `@` included.
    static func ranges(in text: String, prefixes: [String] = ["fig-"]) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        var index = text.startIndex
        while let at = text[index...].firstIndex(of: "@") {
            let start = text.index(after: at)
            let precededByWord = at > text.startIndex && text[text.index(before: at)].isLetterOrDigit
            var end = start
            while end < text.endIndex, text[end].isLetterOrDigit || text[end] == "-" || text[end] == "_" { end = text.index(after: end) }
            // A sentence may end right after a reference: "as @fig-x-." keeps no trailing dash.
            while end > start, text[text.index(before: end)] == "-" { end = text.index(before: end) }
            if !precededByWord, prefixes.contains(where: { text[start..<end].hasPrefix($0) && text[start..<end].count > $0.count }) {
                result.append(at..<end)
            }
            index = end > start ? end : start
        }
        return result
    }
}

private extension Character {
    var isLetterOrDigit: Bool { isLetter || isNumber }
}
