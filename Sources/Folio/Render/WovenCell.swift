/// What a report shows of one cell, decided once for both the HTML and the Markdown report.
struct WovenCell {
    var cell: Cell
    var showCode: Bool
    var outputs: [Output]
    var status: CellStatus
    /// "Figure 2: caption", shown under the cell's last figure.
    var caption: String?
    /// "Table 1: caption" (`tbl-cap`), shown above the cell's output.
    var tableCaption: String?

    enum Output {
        case stdout(String)
        case stderr(String)
        case value(String)
        /// `file` is the figure's name in the Markdown report's `<name>_files/` folder.
        case figure(svg: String, file: String)
    }

    /// The position in `outputs` of the last figure, under which the caption stands.
    var captionedFigure: Int? {
        outputs.lastIndex { if case .figure = $0 { true } else { false } }
    }

    /// Whether a failure here is one the author declared with `error: true`.
    var failureExpected: Bool { cell.options.error }

    /// Where an error points: the failing line when known, else the cell's first line of code.
    func location(in notebook: Notebook) -> String {
        "\(notebook.fileName):\(status.failure?.line ?? cell.codeLine)"
    }

    /// "Error in cell 3 at notebook.md:14", as both reports title a failure.
    func failureHeading(_ failure: CellFailure, in notebook: Notebook) -> String {
        let what = switch failure.kind {
        case .compileError: "Compile error"
        case .timeout: "Timeout"
        case .crash, .exit: "Error"
        }
        return "\(what) in \(cell.displayName) at \(location(in: notebook))" + (failureExpected ? " (expected: error: true)" : "")
    }
}

enum Weave {
    /// A figure's accessible name: the cell's caption, and in a panel its own sub-caption too.
    static func subfigureTitle(caption: String?, options: CellOptions, index: Int) -> String? {
        guard index < options.figSubcaps.count else { return caption }
        let own = "\(Subcaptions.mark(index)) \(options.figSubcaps[index])"
        return caption.map { "\($0) \(own)" } ?? own
    }

    /// One entry per cell; `nil` for a cell with `include: false`, which runs but shows nothing,
    /// unless it fails: the cells after it say "an earlier cell failed", so the failure must show.
    static func cells(_ notebook: Notebook, _ results: [CellResult]) -> [WovenCell?] {
        let numbers = FigureNumbers(notebook)
        var figureCount = 0
        return zip(notebook.cells, results).map { cell, result in
            guard cell.options.include || result.status.failure != nil else { return nil }
            var outputs: [WovenCell.Output] = []
            if cell.options.output && cell.options.include {
                for output in result.outputs {
                    switch output {
                    case .stdout(let text): outputs.append(.stdout(text))
                    case .stderr(let text): outputs.append(.stderr(text))
                    case .value(let text): outputs.append(.value(text))
                    case .figure(let svg):
                        figureCount += 1
                        outputs.append(.figure(svg: svg, file: "figure-\(figureCount).svg"))
                    }
                }
            }
            let caption = numbers.caption(for: cell.options)
            var subfigure = 0
            outputs = outputs.map { output in
                guard case .figure(let svg, let file) = output else { return output }
                defer { subfigure += 1 }
                let title = subfigureTitle(caption: caption, options: cell.options, index: subfigure)
                return .figure(svg: FigureLabels.apply(to: svg, caption: title, alt: cell.options.figAlt), file: file)
            }
            return WovenCell(cell: cell, showCode: cell.options.echo && cell.options.include, outputs: outputs,
                             status: result.status, caption: caption,
                             tableCaption: outputs.isEmpty ? nil : numbers.tableCaption(for: cell.options))
        }
    }
}
