/// `\begin{…}` environments as tables, and `\newcommand` macros.
extension TeXParser {
    mutating func environment(_ name: String) -> Piece {
        let end: (TeXTokens.Token) -> Bool = { $0 == .command("end") }
        defer {
            if current == .command("end") { position += 1; _ = textGroup() }
        }
        if let fences = TeXSymbols.matrices[name] {
            let table = self.table(rowsUntil: end, grouped: false, columns: ["center"], display: false)
            let fence = { (s: String, form: String) in s.isEmpty ? "" : "<mo fence=\"true\" form=\"\(form)\" stretchy=\"true\">\(s)</mo>" }
            return Piece(xml: "<mrow>\(fence(fences.open, "prefix"))\(table)\(fence(fences.close, "postfix"))</mrow>")
        }
        switch name {
        case "cases", "dcases":
            let table = self.table(rowsUntil: end, grouped: false, columns: ["left", "left"], display: name == "dcases")
            return Piece(xml: "<mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"true\">{</mo>\(table)</mrow>")
        case "aligned", "align", "align*", "alignat", "alignat*", "split", "eqnarray", "eqnarray*", "flalign", "flalign*":
            if name.hasPrefix("alignat") { _ = rawGroup() }
            return Piece(xml: table(rowsUntil: end, grouped: false, columns: ["right", "left"], display: true))
        case "gathered", "gather", "gather*", "multline", "multline*":
            return Piece(xml: table(rowsUntil: end, grouped: false, columns: ["center"], display: true))
        case "array", "subarray":
            let spec = textGroup().filter { "lcr".contains($0) }.map { $0 == "l" ? "left" : $0 == "r" ? "right" : "center" }
            return Piece(xml: table(rowsUntil: end, grouped: false, columns: spec.isEmpty ? ["center"] : spec, display: false))
        case "equation", "equation*", "displaymath":
            return Piece(xml: "<mrow>\(row(until: end).joined())</mrow>")
        default:
            unsupported.append("\\begin{\(name)}")
            _ = row(until: end)
            return Piece(xml: "<merror><mtext>\\begin{\(HTMLText.escape(name))}</mtext></merror>")
        }
    }

    /// Rows split by `\\`, cells by `&`, up to `stop`. `columns` repeat: `right left` pairs for
    /// `aligned`. Alignment is written both as `columnalign` and as each cell's `text-align`,
    /// which is what MathML Core renderers honour.
    mutating func table(rowsUntil stop: @escaping (TeXTokens.Token) -> Bool, grouped: Bool, columns: [String], display: Bool) -> String {
        var rows: [[String]] = [[]]
        let endsCell: (TeXTokens.Token) -> Bool = { $0 == .alignment || $0 == .command("\\") || stop($0) }
        while let token = current, !stop(token) {
            let cell = row(until: endsCell)
            rows[rows.count - 1].append(cell.joined())
            switch current {
            case .alignment?: position += 1
            case .command("\\")?:
                position += 1
                _ = optionalArgument()
                rows.append([])
            default: break
            }
        }
        if grouped, current == .close { position += 1 }
        if rows.count > 1, rows.last?.allSatisfy(\.isEmpty) == true { rows.removeLast() }
        let width = rows.map(\.count).max() ?? 0
        let alignments = (0..<width).map { columns[$0 % columns.count] }
        var xml = "<mtable\(display ? " displaystyle=\"true\"" : "") columnalign=\"\(alignments.joined(separator: " "))\">"
        for cells in rows {
            xml += "<mtr>"
            for (index, cell) in cells.enumerated() {
                let align = alignments[index]
                // An aligned pair sits flush at its `&`: no padding between its two halves.
                let padding = columns == ["right", "left"] ? (align == "right" ? "; padding-right: 0" : "; padding-left: 0") : ""
                xml += "<mtd style=\"text-align: \(align)\(padding)\">\(cell)</mtd>"
            }
            xml += "</mtr>"
        }
        return xml + "</mtable>"
    }

    // MARK: Macros

    /// `\newcommand{\name}[2][default]{body}` or `\newcommand\name{body}`.
    mutating func define() {
        let nameTokens = rawGroup()
        guard case .command(let name)? = nameTokens.first else { return }
        let count = optionalArgument().map { tokens in Int(tokens.compactMap { if case .character(let c) = $0 { String(c) } else { nil } }.joined()) ?? 0 } ?? 0
        _ = optionalArgument()
        macros[name] = MathMLConverter.Macro(parameters: count, body: rawGroup())
    }

    /// `\def\name#1#2{body}`.
    mutating func defineTeX() {
        guard case .command(let name)? = next() else { return }
        var count = 0
        while case .parameter? = current { count += 1; position += 1 }
        macros[name] = MathMLConverter.Macro(parameters: count, body: rawGroup())
    }

    /// Splices a macro's body, its parameters replaced, into the tokens still to read.
    mutating func expand(_ macro: MathMLConverter.Macro) -> Piece {
        expansions += 1
        guard expansions < 100 else {
            unsupported.append("(a macro that expands without end)")
            return Piece(xml: "")
        }
        let arguments = (0..<macro.parameters).map { _ in rawGroup() }
        let body = macro.body.flatMap { token -> [TeXTokens.Token] in
            if case .parameter(let n) = token, n >= 1, n <= arguments.count { return arguments[n - 1] }
            return [token]
        }
        tokens.replaceSubrange(position..<position, with: [.open] + body + [.close])
        return piece()
    }
}
