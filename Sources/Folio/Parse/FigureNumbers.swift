/// Numbers figures as Quarto does: each shown cell with a `fig-` label is Figure 1, 2, … in order.
struct FigureNumbers {
    private(set) var numbers: [String: Int] = [:]

    init(_ notebook: Notebook) {
        self.init(cells: notebook.cells)
    }

    init(cells: [Cell]) {
        var next = 1
        for cell in cells where Self.shows(cell) {
            guard let label = cell.options.figureLabel else { continue }
            numbers[label] = next
            next += 1
        }
    }

    /// Only a cell that runs and shows its output draws a figure a reader can see.
    static func shows(_ cell: Cell) -> Bool {
        cell.options.include && cell.options.eval && cell.options.output
    }

    func number(of label: String) -> Int? { numbers[label] }

    /// "Figure 2: caption", "Figure 2", or just the caption for an unlabelled figure.
    func caption(for options: CellOptions) -> String? {
        let number = options.figureLabel.flatMap(number(of:))
        switch (number, options.figCap) {
        case (let n?, let cap?): return "Figure \(n): \(cap)"
        case (let n?, nil): return "Figure \(n)"
        case (nil, let cap?): return cap
        case (nil, nil): return nil
        }
    }
}
