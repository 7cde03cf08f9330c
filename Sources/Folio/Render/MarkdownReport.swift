/// Render: the notebook as GitHub Markdown, its outputs spliced in after each cell.
///
/// The author's text is kept byte for byte: cells are replaced by line ranges in the original
/// source, never by re-rendering cmark's tree, which would rewrite tables, links and fences.
public enum MarkdownReport {
    public struct Output {
        public var markdown: String
        /// Figure files for `<name>_files/`, in order: (file name, SVG, index of the cell that drew it).
        public var figures: [(name: String, svg: String, cell: Int)]
        /// Files beside the notebook that the prose names, copied into `<name>_files/` too.
        public var attachments: [Attachments.File] = []
        /// Where each line of `markdown` comes from, so a difference found in it can be named at
        /// its notebook line.
        public var origins: [LineOrigin]
    }

    public enum LineOrigin: Sendable, Equatable {
        /// The author's text, copied from this 1-based notebook line.
        case prose(line: Int)
        /// What stands for the cell with this index: its code, outputs, figures and status.
        case cell(index: Int)
    }

    public static func render(_ notebook: Notebook, _ results: [CellResult], navigation: BookNavigation? = nil,
                              attachments: Attachments = Attachments()) -> Output {
        let notebook = InlineValues.woven(notebook, results)
        let woven = Weave.cells(notebook, results)
        let lines = notebook.source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var output: [String] = []
        var origins: [LineOrigin] = []
        var figures: [(name: String, svg: String, cell: Int)] = []
        var next = 1
        let prose = MarkdownProse(notebook)
        func copy(_ range: Range<Int>) {
            for index in range {
                let shown = prose.lines(lines[index], at: index + 1)
                    .map { attachments.rewriting($0, number: index + 1, report: notebook.name) }
                output += shown
                origins += shown.map { _ in .prose(line: index + 1) }
            }
        }
        // Swift cells and chunks in other languages, which are shown as plain code of their
        // language without their option lines, in the notebook's order.
        var splices = zip(notebook.cells, woven).map { cell, shown in
            Splice(fenceLine: cell.fenceLine, endLine: cell.endLine, indent: cell.indent, origin: .cell(index: cell.index),
                   pieces: shown.map { self.pieces($0, notebook: notebook, figures: &figures) } ?? [])
        }
        splices += notebook.foreignCells.map { chunk in
            Splice(fenceLine: chunk.fenceLine, endLine: chunk.endLine, indent: chunk.indent, origin: .prose(line: chunk.fenceLine),
                   pieces: [fenced(CellHTML.trimmed(chunk.code), language: chunk.language)])
        }
        for splice in splices.sorted(by: { $0.fenceLine < $1.fenceLine }) {
            copy((next - 1)..<(splice.fenceLine - 1))
            // What stands before the fence: indentation, `>` of a block quote, or a list marker.
            // The first spliced line keeps it; later lines keep only the quote markers, as
            // continuation lines of the same item or quote.
            let lead = String(decoding: lines[splice.fenceLine - 1].utf8.prefix(splice.indent), as: UTF8.self)
            let continuation = String(lead.map { $0 == ">" ? ">" : " " })
            let blank = continuation.trimmingCharacters(in: " ")
            let spliced = splice.pieces.enumerated().flatMap { index, piece in (index > 0 ? [""] : []) + piece }
            for (index, line) in spliced.enumerated() {
                output.append(line.isEmpty ? blank : (index == 0 ? lead : continuation) + line)
            }
            origins += spliced.map { _ in splice.origin }
            next = min(splice.endLine, lines.count) + 1
        }
        if next <= lines.count { copy((next - 1)..<lines.count) }
        quoteCallouts(notebook, &output, origins)
        if let navigation {
            // After the author's last line: a notebook that ends in a newline ends in "" here.
            if output.last == "" { output.removeLast(); origins.removeLast() }
            output += navigation.markdown + [""]
            origins += (navigation.markdown + [""]).map { _ in .prose(line: lines.count) }
        }
        return Output(markdown: output.joined(separator: "\n"), figures: figures, attachments: attachments.files, origins: origins)
    }

    /// What replaces the lines of a fenced block, from its opening to its closing fence.
    private struct Splice {
        var fenceLine: Int
        var endLine: Int
        var indent: Int
        var origin: LineOrigin
        /// Blocks of lines, written with a blank line between them; none for a hidden cell.
        var pieces: [[String]]
    }

    /// Every line inside a callout, cells' lines too, quoted as GitHub's alerts are (`> `, once per
    /// enclosing callout).
    private static func quoteCallouts(_ notebook: Notebook, _ output: inout [String], _ origins: [LineOrigin]) {
        guard !notebook.callouts.isEmpty else { return }
        for index in output.indices {
            let line = switch origins[index] {
            case .prose(let line): line
            case .cell(let cell): notebook.cells[cell].fenceLine
            }
            let depth = notebook.callouts.count(where: { $0.openLine <= line && line < $0.closeLine })
            guard depth > 0 else { continue }
            let quote = String(repeating: ">", count: depth)
            output[index] = output[index].isEmpty ? quote : quote.map { "\($0) " }.joined() + output[index]
        }
    }

    /// The blocks that stand for a cell, each a list of lines.
    private static func pieces(_ woven: WovenCell, notebook: Notebook, figures: inout [(name: String, svg: String, cell: Int)]) -> [[String]] {
        var pieces: [[String]] = []
        let options = woven.cell.options
        if woven.showCode { pieces.append(code(woven.cell, notebook: notebook)) }
        if let caption = woven.tableCaption { pieces.append(["*\(MarkdownText.oneLine(caption))*"]) }
        let firstFigure = woven.outputs.firstIndex { if case .figure = $0 { true } else { false } }
        for (position, output) in woven.outputs.enumerated() {
            switch output {
            case .stdout(let text) where options.outputAsIs:
                // The printed Markdown joins the page as is; GitHub makes it safe as it does prose.
                pieces.append(CellHTML.trimmed(TerminalStyles.plain(text)).split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
            case .stdout(let text), .value(let text):
                pieces.append(fenced(CellHTML.trimmed(TerminalStyles.plain(text)), language: "text"))
            case .stderr(let text):
                // Marked in words: GitHub hides HTML comments, and a reader must tell it from output.
                pieces.append(["*Standard error:*", ""] + fenced(CellHTML.trimmed(TerminalStyles.plain(text)), language: "text"))
            case .figure(let svg, let file) where options.figurePanel:
                figures.append((file, svg, woven.cell.index))
                if position == firstFigure { pieces.append(panel(woven, notebook: notebook)) }
            case .figure(let svg, let file):
                figures.append((file, svg, woven.cell.index))
                let alt = woven.cell.options.figAlt ?? woven.caption ?? "Figure"
                var piece = ["![\(MarkdownText.linkText(alt))](\(MarkdownText.linkTarget("\(notebook.name)_files/\(file)")))"]
                if position == woven.captionedFigure, let caption = woven.caption { piece += ["", "*\(MarkdownText.oneLine(caption))*"] }
                pieces.append(piece)
            }
        }
        switch woven.status {
        case .succeeded, .notEvaluated:
            break
        case .notRun(let reason):
            pieces.append(["> [!NOTE]", "> Not run: \(reason)."])
        case .failed(let failure):
            let title = "\(woven.failureExpected ? "[!NOTE]" : "[!CAUTION]")"
            let heading = "**\(woven.failureHeading(failure, in: notebook))**"
            pieces.append(["> \(title)", "> \(heading)", ">"] + fenced(failure.message, language: "text").map { "> " + $0 })
        }
        return pieces
    }

    /// The cell's source as a Swift block (or, with `echo: fenced`, the whole cell as Markdown),
    /// inside a `<details>` element, which GitHub shows folded, when `code-fold` asks.
    private static func code(_ cell: Cell, notebook: Notebook) -> [String] {
        let block = cell.options.echoFenced
            ? fenced(CellHTML.fencedSource(cell, notebook: notebook), language: "markdown")
            : fenced(CellHTML.trimmed(cell.code), language: "swift")
        switch cell.options.codeFold {
        case .none: return block
        case .folded, .shown:
            let open = cell.options.codeFold == .shown ? " open" : ""
            // GitHub reads Markdown inside `<details>` only after a blank line.
            return ["<details\(open)>", "<summary>\(HTMLText.escape(CellHTML.summary(cell.options)))</summary>", ""] + block + ["", "</details>"]
        }
    }

    /// A panel's figures as a table, the one layout GitHub offers: `layout-ncol` images to a row,
    /// each row's sub-captions under it, the cell's caption under the table.
    private static func panel(_ woven: WovenCell, notebook: Notebook) -> [String] {
        let options = woven.cell.options
        let files = woven.outputs.compactMap { output -> String? in if case .figure(_, let file) = output { file } else { nil } }
        let columns = min(options.layoutColumns ?? 1, max(files.count, 1))
        let cell = { (text: String) in MarkdownText.oneLine(text).replacingOccurrences(of: "|", with: "\\|") }
        var lines: [String] = []
        for start in stride(from: 0, to: files.count, by: columns) {
            let row = Array(files[start..<min(start + columns, files.count)].enumerated()).map { ($0.offset + start, $0.element) }
            let images = row.map { index, file in
                let alt = options.figAlt ?? Weave.subfigureTitle(caption: woven.caption, options: options, index: index) ?? "Figure"
                return cell("![\(MarkdownText.linkText(alt))](\(MarkdownText.linkTarget("\(notebook.name)_files/\(file)")))")
            } + Array(repeating: "", count: columns - row.count)
            lines.append("| " + images.joined(separator: " | ") + " |")
            if start == 0 { lines.append("|" + String(repeating: " :-: |", count: columns)) }
            let captions = row.map { index, _ in index < options.figSubcaps.count ? cell("\(Subcaptions.mark(index)) \(options.figSubcaps[index])") : "" }
            if captions.contains(where: { !$0.isEmpty }) {
                lines.append("| " + (captions + Array(repeating: "", count: columns - row.count)).joined(separator: " | ") + " |")
            }
        }
        if let caption = woven.caption { lines += ["", "*\(MarkdownText.oneLine(caption))*"] }
        return lines
    }

    /// A fenced block whose fence is longer than any backtick run inside it.
    static func fenced(_ text: String, language: String) -> [String] {
        var longest = 0, run = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return ["\(fence)\(language)"] + text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) + [fence]
    }

}

/// Quarto's `$$ … $$ {#eq-name}` written for GitHub, which does not know the label: the number
/// goes inside the formula as `\tag{N}`, so GitHub shows it where the HTML page does.
struct EquationTags {
    private let numbers: [String: Int]

    init(_ notebook: Notebook) {
        numbers = notebook.markdown.equationNumbers
    }

    func tagged(_ line: String) -> String {
        guard !numbers.isEmpty, line.contains("{#eq-") else { return line }
        var result = line
        for (label, number) in numbers.sorted(by: { $0.value < $1.value }) {
            guard let mark = result.range(of: "{#\(label)}") else { continue }
            var before = result[..<mark.lowerBound]
            while before.last == " " || before.last == "\t" { before = before.dropLast() }
            guard before.hasSuffix("$$") else { continue }
            result = String(before.dropLast(2)) + "\\tag{\(number)}$$" + result[mark.upperBound...]
        }
        return result
    }
}
