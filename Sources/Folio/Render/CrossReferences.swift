/// What `@sec-…`, `@fig-…`, `@tbl-…` (and `@eq-…`) in prose stand for, decided once for both reports.
///
/// A label that names nothing is shown as `?@label`, as Quarto shows it, with a warning: the
/// cells have run and the rest of the report is right.
struct CrossReferences {
    enum Target {
        /// The heading, and its anchor in the Markdown report (GitHub's slug of its text there).
        case section(Heading, markdownAnchor: String)
        case figure(Int)
        case table(Int)
        /// A `$$ … $$ {#eq-…}` equation; the HTML page links these itself (`MathTypesetter`).
        case equation(Int)
    }

    private let notebook: Notebook
    private let numbers: FigureNumbers
    private let sections: [String: (heading: Heading, anchor: String)]

    init(_ notebook: Notebook) {
        self.notebook = notebook
        numbers = FigureNumbers(notebook)
        var slugs = Slugs()
        var sections: [String: (Heading, String)] = [:]
        for heading in notebook.headings {
            let anchor = slugs.make(for: MarkdownProse.headingText(heading, notebook.markdown))
            if let id = heading.id, sections[id] == nil { sections[id] = (heading, anchor) }
        }
        self.sections = sections
    }

    func target(_ label: String) -> Target? {
        if label.hasPrefix("sec-") { return sections[label].map { .section($0.heading, markdownAnchor: $0.anchor) } }
        if label.hasPrefix("tbl-") { return numbers.tableNumber(of: label).map(Target.table) }
        if label.hasPrefix("eq-") { return notebook.markdown.equationNumbers[label].map(Target.equation) }
        return numbers.number(of: label).map(Target.figure)
    }

    /// What a reference to `label` becomes in the HTML page.
    func html(_ label: String) -> String {
        let href = "href=\"#\(HTMLText.escape(label))\""
        switch target(label) {
        case .section(let heading, _):
            let text = heading.number.map { "Section&nbsp;\($0)" } ?? HTMLText.escape(heading.text)
            return "<a class=\"xref\" \(href)>\(text)</a>"
        case .figure(let n): return "<a class=\"xref\" \(href)>Figure&nbsp;\(n)</a>"
        case .table(let n): return "<a class=\"xref\" \(href)>Table&nbsp;\(n)</a>"
        case .equation(let n): return "<a class=\"xref\" \(href)>Equation&nbsp;\(n)</a>"
        case nil: return "<strong class=\"xref-missing\">?@\(HTMLText.escape(label))</strong>"
        }
    }

    /// What a reference to `label` becomes in the Markdown report. GitHub has anchors for
    /// headings only, so figures and tables are named without a link.
    func markdown(_ label: String) -> String {
        switch target(label) {
        case .section(let heading, let anchor):
            let text = heading.number.map { "Section \($0)" } ?? notebook.markdown.restoringMath(in: heading.text)
            return "[\(MarkdownText.linkText(text))](#\(anchor))"
        case .figure(let n): return "Figure \(n)"
        case .table(let n): return "Table \(n)"
        case .equation(let n): return "Equation \(n)"
        case nil: return "**?@\(label)**"
        }
    }

    /// The warning for a reference that names nothing, or nil.
    func problem(_ label: String) -> String? {
        guard target(label) == nil else { return nil }
        let shownAs = "; it is shown as ?@\(label)"
        if label.hasPrefix("sec-") {
            let ids = notebook.headings.compactMap(\.id)
            let hint = Suggestion.hint(for: label, in: ids, prefix: "@") ?? "; give a heading '{#\(label)}' to define it"
            return "reference '@\(label)' names no section\(hint)\(shownAs)"
        }
        let (kind, labels) = label.hasPrefix("tbl-")
            ? ("table", notebook.cells.compactMap(\.options.tableLabel))
            : ("figure", notebook.cells.compactMap(\.options.figureLabel) + notebook.figureImages.map(\.label))
        if let hidden = notebook.cells.first(where: { $0.options.label == label }) {
            return "reference '@\(label)' names a \(kind) the report does not show "
                + "(its cell at line \(hidden.fenceLine) has include, eval or output set to false)\(shownAs)"
        }
        let definition = kind == "table" ? "a cell '//| label: \(label)' with a '//| tbl-cap'" : "a cell '//| label: \(label)' or an image '{#\(label)}'"
        let hint = Suggestion.hint(for: label, in: labels, prefix: "@") ?? "; give \(definition) to define it"
        return "reference '@\(label)' names no \(kind)\(hint)\(shownAs)"
    }
}

extension CrossReferences.Target: Equatable {}
