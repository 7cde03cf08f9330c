/// The items of a row: characters, groups, and the commands of `TeXSymbols` and beyond.
extension TeXParser {
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
            guard let font else { return Piece(xml: "<mi>\(HTMLText.escape(String(c)))</mi>") }
            var word = String(c)
            while let token = current, case .character(let d) = token, d.isLetter { word.append(d); position += 1 }
            if font == .upright && word.count == 1 { return Piece(xml: "<mi mathvariant=\"normal\">\(HTMLText.escape(word))</mi>") }
            return Piece(xml: "<mi>\(HTMLText.escape(styled(word)))</mi>")
        }
        let symbol: String = switch c {
        case "-": "−"
        case "*": "∗"
        default: String(c)
        }
        let fence = "()[]|".contains(c) ? " stretchy=\"false\"" : ""
        return Piece(xml: "<mo\(fence)>\(HTMLText.escape(symbol))</mo>")
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
        if let symbol = TeXSymbols.ordinary[name] { return Piece(xml: "<mi>\(HTMLText.escape(symbol))</mi>") }
        if let symbol = TeXSymbols.operators[name] {
            let fence = ["{", "}", "|", "‖", "⟨", "⟩", "⌊", "⌋", "⌈", "⌉", "[", "]"].contains(symbol) ? " stretchy=\"false\"" : ""
            return Piece(xml: "<mo\(fence)>\(HTMLText.escape(symbol))</mo>")
        }
        if let symbol = TeXSymbols.bigOperators[name] { return Piece(xml: "<mo movablelimits=\"true\">\(symbol)</mo>", limits: true) }
        if let symbol = TeXSymbols.integrals[name] { return Piece(xml: "<mo>\(symbol)</mo>") }
        if TeXSymbols.functions.contains(name) { return function(TeXSymbols.functionText[name] ?? name, limits: TeXSymbols.limitFunctions.contains(name)) }
        if let width = TeXSymbols.spaces[name] { return Piece(xml: "<mspace width=\"\(width)\"></mspace>") }
        if let accent = TeXSymbols.accents[name] {
            let body = argument()
            return Piece(xml: "<mover accent=\"true\">\(body)<mo stretchy=\"\(accent.stretchy)\">\(HTMLText.escape(accent.mark))</mo></mover>")
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
                var inner = TeXParser(tokens: index, macros: macros)
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
            return Piece(xml: "<mtext>\(HTMLText.escape(textGroup()))</mtext>")
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
            return Piece(xml: "<mo stretchy=\"true\">\(HTMLText.escape(delimiter()))</mo>")
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
            return Piece(xml: "<mrow style=\"color: \(HTMLText.escape(color))\">\(argument())</mrow>")
        case "substack":
            return Piece(xml: table(rowsUntil: { $0 == .close }, grouped: true, columns: ["center"], display: false))
        default:
            unsupported.append("\\" + name)
            return Piece(xml: "<merror><mtext>\\\(HTMLText.escape(name))</mtext></merror>")
        }
    }

    /// `\log`, `\max`, `\operatorname{softmax}`: upright, followed by function application; the
    /// limit-like ones take their scripts above and below in display style.
    func function(_ name: String, limits: Bool) -> Piece {
        if limits { return Piece(xml: "<mo movablelimits=\"true\" form=\"prefix\">\(HTMLText.escape(name))</mo>", limits: true) }
        return Piece(xml: "<mi>\(HTMLText.escape(name))</mi>", trailing: "<mo>\u{2061}</mo>")
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
            symbol.isEmpty ? "" : "<mo fence=\"true\" form=\"\(form)\" stretchy=\"true\">\(HTMLText.escape(symbol))</mo>"
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
}
