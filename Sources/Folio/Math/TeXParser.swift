/// A recursive-descent reading of the token list, writing MathML as it goes.
struct TeXParser {
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
}
