import Foundation

/// Compares what a notebook renders now with its committed reports, as a reader would: prose,
/// headings, code and page structure exactly; outputs and figures with their numbers within the
/// tolerance. Every difference is named at the notebook line it comes from.
public struct ReportChecker {
    public var notebook: Notebook
    public var freshHTML: String
    public var freshMarkdown: MarkdownReport.Output
    /// The folder of the committed reports, as the user named it (`output`).
    public var directory: String
    public var tolerance: Tolerance

    public init(notebook: Notebook, freshHTML: String, freshMarkdown: MarkdownReport.Output, directory: String, tolerance: Tolerance) {
        self.notebook = notebook
        self.freshHTML = freshHTML
        self.freshMarkdown = freshMarkdown
        self.directory = directory
        self.tolerance = tolerance
    }

    var files: ReportFiles { ReportFiles(directory: directory, name: notebook.name) }

    public func findings() -> [Finding] {
        let markdown = markdownFindings()
        var findings = markdown + figureFindings()
        var seen = Set(findings.map { "\($0.cell ?? -1) \($0.message)" })
        for finding in htmlFindings(markdownDiffers: !markdown.isEmpty) where seen.insert("\(finding.cell ?? -1) \(finding.message)").inserted {
            findings.append(finding)
        }
        return findings
    }

    // MARK: The Markdown report

    private func markdownFindings() -> [Finding] {
        let path = files.markdownPath
        guard let committed = TextFile.read(path) else {
            return [Finding(file: notebook.path, line: 1, message: "has no committed report \(path); run 'folio render' and commit it")]
        }
        let old = MarkdownBlocks(committed), new = MarkdownBlocks(freshMarkdown.markdown)
        guard old.blocks.map(\.isOutput) == new.blocks.map(\.isOutput) else {
            let first = LineDiff.firstDifference(old.lines, new.lines)
            return [finding(atFreshLine: first, "the report differs from what the notebook renders now: outputs were added or removed",
                            detail: LineDiff.unified(old.lines, new.lines, oldName: path, newName: "rendered now"))]
        }
        var findings: [Finding] = []
        for (o, n) in zip(old.blocks, new.blocks) {
            let oldLines = Array(old.lines[o.lines]), newLines = Array(new.lines[n.lines])
            if !n.isOutput {
                guard oldLines != newLines else { continue }
                let first = LineDiff.firstDifference(oldLines, newLines)
                let detail = LineDiff.unified(oldLines, newLines, oldName: path, newName: "rendered now",
                                              firstLines: (o.lines.lowerBound + 1, n.lines.lowerBound + 1))
                findings.append(finding(atFreshLine: n.lines.lowerBound + first, textDifference(atFreshLine: n.lines.lowerBound + first), detail: detail))
                continue
            }
            let cell = cellIndex(atFreshLine: n.lines.lowerBound)
            let mode = cell.map { notebook.cells[$0].options.check } ?? .exact
            guard mode != .skip else { continue }
            let differences = OutputComparison.text(committed: old.text(of: o), fresh: new.text(of: n), tolerance: tolerance(for: mode))
            findings += differences.map { finding(atFreshLine: n.lines.lowerBound, $0.message, detail: $0.detail) }
        }
        return findings
    }

    private func textDifference(atFreshLine index: Int) -> String {
        switch origin(index) {
        case .prose: "the prose differs from the committed report; run 'folio render' to refresh it"
        case .cell(let cell): "\(notebook.cells[cell].displayName) differs from the committed report (its code or status); run 'folio render' to refresh it"
        }
    }

    // MARK: Figures

    private func figureFindings() -> [Finding] {
        var findings: [Finding] = []
        let folder = files.figuresDirectory
        for figure in freshMarkdown.figures {
            let path = "\(folder)/\(figure.name)"
            let cell = notebook.cells[figure.cell]
            guard let committed = TextFile.read(path) else {
                findings.append(Finding(file: notebook.path, line: cell.codeLine, message: "figure file \(path) is missing; run 'folio render'", cell: cell.index))
                continue
            }
            guard cell.options.check != .skip else { continue }
            findings += OutputComparison.figure(figure.name, committed: committed, fresh: figure.svg, tolerance: tolerance(for: cell.options.check))
                .map { Finding(file: notebook.path, line: cell.codeLine, message: $0.message, detail: $0.detail, cell: cell.index) }
        }
        for file in freshMarkdown.attachments {
            let path = "\(folder)/\(file.name)"
            guard let committed = FileManager.default.contents(atPath: path) else {
                findings.append(Finding(file: notebook.path, line: file.line, message: "the copy \(path) of \(file.source) is missing; run 'folio render'"))
                continue
            }
            if committed != FileManager.default.contents(atPath: file.source) {
                findings.append(Finding(file: notebook.path, line: file.line,
                                        message: "the copy \(path) differs from \(file.source), which changed; run 'folio render' to copy it again"))
            }
        }
        let drawn = Set(freshMarkdown.figures.map { $0.name } + freshMarkdown.attachments.map { $0.name })
        let committedNames = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        // Hidden names (`.DS_Store`, a crashed write's `.x.tmp`) are not Folio's to judge, as
        // `ReportFiles.removeStaleFiles` leaves them too.
        for name in committedNames where !drawn.contains(name) && !name.hasPrefix(".") {
            findings.append(Finding(file: "\(folder)/\(name)", line: 1,
                                    message: Attachments.isFigureName(name)
                                        ? "stale figure: the notebook no longer draws it; run 'folio render' to remove it"
                                        : "stale copy: the notebook no longer names this file; run 'folio render' to remove it"))
        }
        return findings
    }

    // MARK: The HTML page

    private func htmlFindings(markdownDiffers: Bool) -> [Finding] {
        let path = files.htmlPath
        guard let committed = TextFile.read(path) else {
            return [Finding(file: notebook.path, line: 1, message: "has no committed page \(path); run 'folio render' and commit it")]
        }
        let old = HTMLRegions(committed), new = HTMLRegions(freshHTML)
        let oldExact = old.exactLines, newExact = new.exactLines
        let oldLines = oldExact.map(\.text), newLines = newExact.map(\.text)
        if oldLines != newLines {
            let first = LineDiff.firstDifference(oldLines, newLines)
            let line = oldExact[min(first, oldExact.count - 1)].pageLine
            if markdownDiffers {
                return [Finding(file: path, line: line, message: "the page differs from what the notebook renders now as well")]
            }
            return [Finding(file: path, line: line,
                            message: "the page differs from what the notebook renders now (edited by hand, or rendered by another Folio); run 'folio render' to refresh it",
                            detail: LineDiff.unified(oldLines, newLines, oldName: path, newName: "rendered now"))]
        }
        var findings: [Finding] = []
        var figure = 0
        for (o, n) in zip(old.regions, new.regions) where n.tolerant {
            let isFigure = n.text.hasPrefix("<svg")
            defer { if isFigure { figure += 1 } }
            let cell = n.cellID.flatMap(cellIndex(id:))
            let mode = cell.map { notebook.cells[$0].options.check } ?? .exact
            guard mode != .skip else { continue }
            let tolerance = tolerance(for: mode)
            let differences = isFigure
                ? OutputComparison.figure(freshMarkdown.figures.indices.contains(figure) ? freshMarkdown.figures[figure].name : "figure \(figure + 1)",
                                          committed: String(o.text), fresh: String(n.text), tolerance: tolerance)
                : OutputComparison.text(committed: HTMLText.unescape(String(o.text)), fresh: HTMLText.unescape(String(n.text)), tolerance: tolerance)
            findings += differences.map {
                Finding(file: notebook.path, line: cell.map { notebook.cells[$0].codeLine } ?? 1, message: $0.message, detail: $0.detail, cell: cell)
            }
        }
        return findings
    }

    // MARK: Where a line comes from

    private func origin(_ freshLine: Int) -> MarkdownReport.LineOrigin {
        let origins = freshMarkdown.origins
        return origins.isEmpty ? .prose(line: 1) : origins[min(max(freshLine, 0), origins.count - 1)]
    }

    private func cellIndex(atFreshLine index: Int) -> Int? {
        if case .cell(let cell) = origin(index) { return cell }
        return nil
    }

    private func cellIndex(id: String) -> Int? {
        notebook.cells.first { ($0.options.label ?? "cell-\($0.index + 1)") == id }?.index
    }

    private func finding(atFreshLine index: Int, _ message: String, detail: [String] = []) -> Finding {
        switch origin(index) {
        case .prose(let line): Finding(file: notebook.path, line: line, message: message, detail: detail)
        case .cell(let cell): Finding(file: notebook.path, line: notebook.cells[cell].codeLine, message: message, detail: detail, cell: cell)
        }
    }

    private func tolerance(for mode: CheckMode) -> Tolerance {
        mode == .exact ? .exactMatch : tolerance
    }
}
