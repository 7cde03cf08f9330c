/// TeX math → MathML Core, which every current browser renders with no script and no font to
/// download. One converter serves a whole notebook, so that `\newcommand`s in one formula hold
/// in the formulas after it, as in MathJax.
///
/// Commands it does not know never break a page: they are listed in the result, and the caller
/// shows the formula as TeX instead.
public struct MathMLConverter: Sendable {
    /// Macros from `\newcommand`, `\renewcommand` and `\def`.
    var macros: [String: Macro] = [:]

    struct Macro: Sendable {
        var parameters: Int
        var body: [TeXTokens.Token]
    }

    public init() {}

    public struct Result: Sendable, Equatable {
        /// `<math>…</math>`, the TeX kept in an `<annotation>` so that copying gives it back.
        public var mathml: String
        /// Commands not understood, such as `\foo`; when there are any, show the TeX instead.
        public var unsupported: [String]
        /// A `\tag{…}`'s text.
        public var tag: String?
    }

    public mutating func convert(_ tex: String, display: Bool) -> Result {
        var parser = Parser(tokens: TeXTokens.tokenize(tex), macros: macros)
        let body = parser.row(until: { _ in false })
        macros = parser.macros
        let inner = body.count == 1 ? body[0] : "<mrow>\(body.joined())</mrow>"
        let annotation = "<annotation encoding=\"application/x-tex\">\(Parser.escape(tex.trimmingCharacters(in: " \n\t")))</annotation>"
        let math = "<math\(display ? " display=\"block\"" : "")><semantics>\(inner)\(annotation)</semantics></math>"
        var unsupported: [String] = []
        for command in parser.unsupported where !unsupported.contains(command) { unsupported.append(command) }
        return Result(mathml: math, unsupported: unsupported, tag: parser.tag)
    }
}

/// A recursive-descent reading of the token list, writing MathML as it goes.
private struct Parser {
    var tokens: [TeXTokens.Token]
    var position = 0
    var macros: [String: MathMLConverter.Macro]
    var unsupported: [String] = []
    var tag: String?
    /// The alphabet letters are set in: nil for TeX's default (italic single letters).
    var font: Font?
    var expansions = 0

    enum Font: Equatable {
        case upright
        case styled(MathAlphabets.Style)
    }

    /// One item of a row, before its scripts are known.
    struct Piece {
        var xml: String
        /// Scripts go above and below (big operators, `\lim`, braces).
        var limits = false
        /// Appended after the scripts: the invisible function application after `\log`.
        var trailing = ""
    }

    init(tokens: [TeXTokens.Token], macros: [String: MathMLConverter.Macro]) {
        self.tokens = tokens
        self.macros = macros
    }

    var current: TeXTokens.Token? { position < tokens.count ? tokens[position] : nil }

    mutating func next() -> TeXTokens.Token? {
        defer { position += 1 }
        return current
    }

    mutating func skipSpaces() {
        while current == .space { position += 1 }
    }

    // MARK: Rows and scripts

    /// Items up to (not including) the first token `stop` accepts, at this group's level.
    mutating func row(until stop: (TeXTokens.Token) -> Bool) -> [String] {
        var items: [String] = []
        var pending: Piece?
        func flush() {
            if let piece = pending, !(piece.xml + piece.trailing).isEmpty { items.append(piece.xml + piece.trailing) }
            pending = nil
        }
        while let token = current, !stop(token) {
            switch token {
            case .space, .parameter:
                position += 1
            case .superscript, .subscript, .prime:
                let base = pending ?? Piece(xml: "<mrow></mrow>")
                pending = scripts(on: base)
            case .command("displaystyle"), .command("textstyle"):
                position += 1
                flush()
                let rest = row(until: stop)
                items.append("<mstyle displaystyle=\"\(token == .command("displaystyle"))\">\(rest.joined())</mstyle>")
            case .command("limits"), .command("nolimits"):
                position += 1
                pending?.limits = token == .command("limits")
            case .close:
                position += 1
            default:
                flush()
                pending = piece()
            }
        }
        flush()
        return items
    }

    /// `base` with the `^`, `_` and `'` that follow it.
    mutating func scripts(on base: Piece) -> Piece {
        var sub: String?, sup: String?, primes = ""
        while let token = current {
            switch token {
            case .prime:
                position += 1
                primes += "′"
            case .subscript where sub == nil:
                position += 1
                sub = argument()
            case .superscript where sup == nil:
                position += 1
                sup = argument()
            case .space:
                position += 1
            default:
                return attach(base, sub: sub, sup: Self.withPrimes(primes, sup))
            }
        }
        return attach(base, sub: sub, sup: Self.withPrimes(primes, sup))
    }

    /// `f''^2`: the primes, then the superscript.
    static func withPrimes(_ primes: String, _ sup: String?) -> String? {
        if primes.isEmpty { return sup }
        return sup.map { "<mrow><mo>\(primes)</mo>\($0)</mrow>" } ?? "<mo>\(primes)</mo>"
    }

    func attach(_ base: Piece, sub: String?, sup: String?) -> Piece {
        let (both, under, over) = base.limits ? ("munderover", "munder", "mover") : ("msubsup", "msub", "msup")
        let xml: String = switch (sub, sup) {
        case let (sub?, sup?): "<\(both)>\(base.xml)\(sub)\(sup)</\(both)>"
        case let (sub?, nil): "<\(under)>\(base.xml)\(sub)</\(under)>"
        case let (nil, sup?): "<\(over)>\(base.xml)\(sup)</\(over)>"
        case (nil, nil): base.xml
        }
        return Piece(xml: xml, limits: false, trailing: base.trailing)
    }

    /// One argument: a group, a command, or a single character.
    mutating func argument() -> String {
        skipSpaces()
        guard let token = current else { return "<mrow></mrow>" }
        if token == .open {
            position += 1
            let items = row(until: { $0 == .close })
            position += 1
            return items.count == 1 ? items[0] : "<mrow>\(items.joined())</mrow>"
        }
        if case .character(let c) = token, c.isNumber {
            position += 1
            return "<mn>\(styled(String(c)))</mn>"
        }
        let piece = self.piece()
        return piece.xml + piece.trailing
    }

    /// The tokens of a `{…}` group (or one token), unparsed.
    mutating func rawGroup() -> [TeXTokens.Token] {
        skipSpaces()
        guard current == .open else { return next().map { [$0] } ?? [] }
        position += 1
        var depth = 0, result: [TeXTokens.Token] = []
        while let token = next() {
            if token == .open { depth += 1 }
            if token == .close { if depth == 0 { break }; depth -= 1 }
            result.append(token)
        }
        return result
    }

    /// A group's text as written (for `\text`, labels, environment names).
    mutating func textGroup() -> String {
        rawGroup().map { token -> String in
            switch token {
            case .character(let c): String(c)
            case .space, .tie: " "
            case .command(let name): TeXSymbols.ordinary[name] ?? TeXSymbols.operators[name] ?? (name.count == 1 ? name : "")
            case .prime: "'"
            default: ""
            }
        }.joined()
    }

    /// `[…]` if one follows: its tokens.
    mutating func optionalArgument() -> [TeXTokens.Token]? {
        skipSpaces()
        guard current == .character("[") else { return nil }
        position += 1
        var result: [TeXTokens.Token] = []
        while let token = next(), token != .character("]") { result.append(token) }
        return result
    }

    // MARK: Items

    mutating func piece() -> Piece {
        guard let token = next() else { return Piece(xml: "") }
        switch token {
        case .character(let c):
            return character(c)
        case .open:
            let items = row(until: { $0 == .close })
            position += 1
            return Piece(xml: items.count == 1 ? items[0] : "<mrow>\(items.joined())</mrow>")
        case .tie:
            return Piece(xml: "<mspace width=\"0.25em\"></mspace>")
        case .command(let name):
            return command(name)
        default:
            return Piece(xml: "")
        }
    }

    mutating func character(_ c: Character) -> Piece {
        if c.isNumber {
            var number = String(c)
            while let token = current, case .character(let d) = token,
                  d.isNumber || (d == "." && position + 1 < tokens.count && { if case .character(let e) = tokens[position + 1] { e.isNumber } else { false } }()) {
                number.append(d)
                position += 1
            }
            return Piece(xml: "<mn>\(styled(number))</mn>")
        }
        if c.isLetter {
            guard let font else { return Piece(xml: "<mi>\(Self.escape(String(c)))</mi>") }
            var word = String(c)
            while let token = current, case .character(let d) = token, d.isLetter { word.append(d); position += 1 }
            if font == .upright && word.count == 1 { return Piece(xml: "<mi mathvariant=\"normal\">\(Self.escape(word))</mi>") }
            return Piece(xml: "<mi>\(Self.escape(styled(word)))</mi>")
        }
        let symbol: String = switch c {
        case "-": "−"
        case "*": "∗"
        default: String(c)
        }
        let fence = "()[]|".contains(c) ? " stretchy=\"false\"" : ""
        return Piece(xml: "<mo\(fence)>\(Self.escape(symbol))</mo>")
    }

    func styled(_ text: String) -> String {
        if case .styled(let style)? = font { return MathAlphabets.map(text, style) }
        return text
    }

    mutating func command(_ name: String) -> Piece {
        if let macro = macros[name] { return expand(macro) }
        if let letter = TeXSymbols.greek[name] {
            let upright = letter.unicodeScalars.first!.properties.isUppercase
            if case .styled(let style)? = font { return Piece(xml: "<mi>\(MathAlphabets.map(letter, style))</mi>") }
            return Piece(xml: upright || font == .upright ? "<mi mathvariant=\"normal\">\(letter)</mi>" : "<mi>\(letter)</mi>")
        }
        if let symbol = TeXSymbols.ordinary[name] { return Piece(xml: "<mi>\(Self.escape(symbol))</mi>") }
        if let symbol = TeXSymbols.operators[name] {
            let fence = ["{", "}", "|", "‖", "⟨", "⟩", "⌊", "⌋", "⌈", "⌉", "[", "]"].contains(symbol) ? " stretchy=\"false\"" : ""
            return Piece(xml: "<mo\(fence)>\(Self.escape(symbol))</mo>")
        }
        if let symbol = TeXSymbols.bigOperators[name] { return Piece(xml: "<mo movablelimits=\"true\">\(symbol)</mo>", limits: true) }
        if let symbol = TeXSymbols.integrals[name] { return Piece(xml: "<mo>\(symbol)</mo>") }
        if TeXSymbols.functions.contains(name) { return function(TeXSymbols.functionText[name] ?? name, limits: TeXSymbols.limitFunctions.contains(name)) }
        if let width = TeXSymbols.spaces[name] { return Piece(xml: "<mspace width=\"\(width)\"></mspace>") }
        if let accent = TeXSymbols.accents[name] {
            let body = argument()
            return Piece(xml: "<mover accent=\"true\">\(body)<mo stretchy=\"\(accent.stretchy)\">\(Self.escape(accent.mark))</mo></mover>")
        }
        if let size = TeXSymbols.bigSizes[name] {
            let symbol = delimiter()
            return Piece(xml: symbol.isEmpty ? "" : "<mo minsize=\"\(size)\" maxsize=\"\(size)\" stretchy=\"true\">\(symbol)</mo>")
        }
        switch name {
        case "frac", "dfrac", "tfrac", "cfrac":
            let numerator = argument(), denominator = argument()
            let fraction = "<mfrac>\(numerator)\(denominator)</mfrac>"
            if name == "frac" { return Piece(xml: fraction) }
            return Piece(xml: "<mstyle displaystyle=\"\(name != "tfrac")\">\(fraction)</mstyle>")
        case "binom", "dbinom", "tbinom":
            let top = argument(), bottom = argument()
            return Piece(xml: "<mrow><mo>(</mo><mfrac linethickness=\"0\">\(top)\(bottom)</mfrac><mo>)</mo></mrow>")
        case "sqrt":
            if let index = optionalArgument() {
                var inner = Parser(tokens: index, macros: macros)
                let degree = inner.row(until: { _ in false })
                unsupported += inner.unsupported
                return Piece(xml: "<mroot>\(argument())\(degree.count == 1 ? degree[0] : "<mrow>\(degree.joined())</mrow>")</mroot>")
            }
            return Piece(xml: "<msqrt>\(argument())</msqrt>")
        case "mathbf", "textbf": return withFont(.styled(.bold))
        case "boldsymbol", "bm", "mathbfit", "pmb": return withFont(.styled(.boldItalic))
        case "mathit", "textit": return withFont(.styled(.italic))
        case "mathcal", "mathscr": return withFont(.styled(.script))
        case "mathbb": return withFont(.styled(.doubleStruck))
        case "mathfrak": return withFont(.styled(.fraktur))
        case "mathsf", "textsf": return withFont(.styled(.sansSerif))
        case "mathtt", "texttt": return withFont(.styled(.monospace))
        case "mathrm", "rm", "mathup": return withFont(.upright)
        case "text", "textrm", "mbox", "textnormal", "hbox":
            return Piece(xml: "<mtext>\(Self.escape(textGroup()))</mtext>")
        case "operatorname", "operatorname*":
            return function(textGroup(), limits: name.hasSuffix("*"))
        case "underbrace", "overbrace":
            let body = argument()
            let element = name == "underbrace" ? "munder" : "mover"
            let brace = name == "underbrace" ? "⏟" : "⏞"
            return Piece(xml: "<\(element)>\(body)<mo stretchy=\"true\">\(brace)</mo></\(element)>", limits: true)
        case "underline":
            return Piece(xml: "<munder accentunder=\"true\">\(argument())<mo stretchy=\"true\">‾</mo></munder>")
        case "overset", "stackrel", "underset":
            let mark = argument(), body = argument()
            let element = name == "underset" ? "munder" : "mover"
            return Piece(xml: "<\(element)>\(body)\(mark)</\(element)>")
        case "left":
            return fenced()
        case "right", "middle":
            return Piece(xml: "<mo stretchy=\"true\">\(Self.escape(delimiter()))</mo>")
        case "not":
            return negated()
        case "pmod":
            return Piece(xml: "<mspace width=\"0.4444em\"></mspace><mo stretchy=\"false\">(</mo><mi>mod</mi><mspace width=\"0.3333em\"></mspace>\(argument())<mo stretchy=\"false\">)</mo>")
        case "begin":
            return environment(textGroup())
        case "end":
            _ = textGroup()
            return Piece(xml: "")
        case "tag", "tag*":
            tag = textGroup()
            return Piece(xml: "")
        case "label":
            _ = textGroup()
            return Piece(xml: "")
        case "nonumber", "notag", "\\", "hline", "midrule", "toprule", "bottomrule", "nobreak", "allowbreak":
            return Piece(xml: "")
        case "newcommand", "renewcommand", "providecommand":
            define()
            return Piece(xml: "")
        case "def":
            defineTeX()
            return Piece(xml: "")
        case "boxed":
            return Piece(xml: "<mrow style=\"border: 1px solid; padding: 0.2em\">\(argument())</mrow>")
        case "phantom":
            return Piece(xml: "<mrow style=\"visibility: hidden\">\(argument())</mrow>")
        case "textcolor":
            let color = textGroup()
            return Piece(xml: "<mrow style=\"color: \(Self.escape(color))\">\(argument())</mrow>")
        case "substack":
            return Piece(xml: table(rowsUntil: { $0 == .close }, grouped: true, columns: ["center"], display: false))
        default:
            unsupported.append("\\" + name)
            return Piece(xml: "<merror><mtext>\\\(Self.escape(name))</mtext></merror>")
        }
    }

    /// `\log`, `\max`, `\operatorname{softmax}`: upright, followed by function application; the
    /// limit-like ones take their scripts above and below in display style.
    func function(_ name: String, limits: Bool) -> Piece {
        if limits { return Piece(xml: "<mo movablelimits=\"true\" form=\"prefix\">\(Self.escape(name))</mo>", limits: true) }
        return Piece(xml: "<mi>\(Self.escape(name))</mi>", trailing: "<mo>\u{2061}</mo>")
    }

    mutating func withFont(_ style: Font) -> Piece {
        let saved = font
        font = style
        let body = argument()
        font = saved
        return Piece(xml: body)
    }

    /// The delimiter after `\left`, `\right`, `\big…`: a character or a command; `.` is none.
    mutating func delimiter() -> String {
        skipSpaces()
        switch next() {
        case .character(let c)?: return c == "." ? "" : String(c)
        case .command(let name)?: return TeXSymbols.operators[name] ?? TeXSymbols.ordinary[name] ?? ""
        default: return ""
        }
    }

    /// `\left( … \right)`: fences that stretch to what they enclose.
    mutating func fenced() -> Piece {
        let open = delimiter()
        let body = row(until: { $0 == .command("right") })
        position += 1
        let close = delimiter()
        let fence = { (symbol: String, form: String) in
            symbol.isEmpty ? "" : "<mo fence=\"true\" form=\"\(form)\" stretchy=\"true\">\(Self.escape(symbol))</mo>"
        }
        return Piece(xml: "<mrow>\(fence(open, "prefix"))\(body.joined())\(fence(close, "postfix"))</mrow>")
    }

    mutating func negated() -> Piece {
        let inner = argument()
        let negations: [String: String] = ["=": "≠", "∈": "∉", "⊂": "⊄", "⊆": "⊈", "≡": "≢", "∼": "≁", "≤": "≰", "≥": "≱",
                                           "&lt;": "≮", "&gt;": "≯", "∣": "∤", "∥": "∦", "≈": "≉", "∃": "∄"]
        guard inner.hasPrefix("<mo"), let start = inner.firstIndex(of: ">"), let end = inner.range(of: "</mo>") else { return Piece(xml: inner) }
        let symbol = String(inner[inner.index(after: start)..<end.lowerBound])
        return Piece(xml: "<mo>\(negations[symbol] ?? symbol + "\u{338}")</mo>")
    }

    // MARK: Environments

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
            return Piece(xml: "<merror><mtext>\\begin{\(Self.escape(name))}</mtext></merror>")
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

    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
