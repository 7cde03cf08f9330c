/// Numbers figures and tables as Quarto does: each shown cell with a `fig-` label and each
/// `![…](…){#fig-…}` image is Figure 1, 2, … in document order, one sequence for both; each shown
/// cell with a `tbl-` label is Table 1, 2, …
struct FigureNumbers {
    private(set) var numbers: [String: Int] = [:]
    private(set) var tables: [String: Int] = [:]

    init(_ notebook: Notebook) {
        self.init(cells: notebook.cells, images: notebook.figureImages)
    }

    init(cells: [Cell], images: [FigureImage] = []) {
        let figures = cells.filter(Self.shows).compactMap { cell in cell.options.figureLabel.map { (line: cell.fenceLine, label: $0) } }
            + images.map { (line: $0.line, label: $0.label) }
        for figure in figures.sorted(by: { $0.line < $1.line }) where numbers[figure.label] == nil {
            numbers[figure.label] = numbers.count + 1
        }
        for label in cells.filter(Self.shows).compactMap(\.options.tableLabel) where tables[label] == nil {
            tables[label] = tables.count + 1
        }
    }

    /// Only a cell that runs and shows its output draws a figure a reader can see.
    static func shows(_ cell: Cell) -> Bool {
        cell.options.include && cell.options.eval && cell.options.output
    }

    func number(of label: String) -> Int? { numbers[label] }

    func tableNumber(of label: String) -> Int? { tables[label] }

    /// "Figure 2: caption", "Figure 2", or just the caption for an unlabelled figure.
    func caption(for options: CellOptions) -> String? {
        Self.caption("Figure", options.figureLabel.flatMap(number(of:)), options.figCap)
    }

    /// "Table 1: caption" for a cell with `tbl-cap`, above its output.
    func tableCaption(for options: CellOptions) -> String? {
        Self.caption("Table", options.tableLabel.flatMap(tableNumber(of:)), options.tblCap)
    }

    static func caption(_ kind: String, _ number: Int?, _ text: String?) -> String? {
        switch (number, text) {
        case (let n?, let cap?): return "\(kind) \(n): \(cap)"
        case (let n?, nil): return "\(kind) \(n)"
        case (nil, let cap?): return cap
        case (nil, nil): return nil
        }
    }
}
