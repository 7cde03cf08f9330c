/// TeX math cut into tokens: commands (`\frac`, `\,`), braces, scripts, alignment marks, and
/// single characters. A run of spaces is one `space` token (math ignores it, `\text{…}` keeps
/// it), except after a command's name, which it only ends.
struct TeXTokens {
    enum Token: Equatable {
        /// `\name` or a control symbol such as `\,`, without its backslash.
        case command(String)
        case open, close
        case superscript, `subscript`
        case alignment
        case prime
        /// `~`: an unbreakable space.
        case tie
        /// `#1` … `#9` in a macro's body.
        case parameter(Int)
        case space
        case character(Character)
    }

    static func tokenize(_ tex: String) -> [Token] {
        var tokens: [Token] = []
        var characters = tex.makeIterator()
        var pending: Character? = characters.next()
        func advance() -> Character? {
            let current = pending
            pending = characters.next()
            return current
        }
        while let c = advance() {
            switch c {
            case "\\":
                guard let next = advance() else { tokens.append(.command("\\")); break }
                if next.isASCII && next.isLetter {
                    var name = String(next)
                    while let p = pending, p.isASCII, p.isLetter { name.append(p); _ = advance() }
                    // `\operatorname*`, `\align*`-style stars belong to the name.
                    if pending == "*", ["operatorname", "tag"].contains(name) { name.append("*"); _ = advance() }
                    tokens.append(.command(name))
                    while let p = pending, p.isWhitespace { _ = advance() }
                } else {
                    tokens.append(.command(String(next)))
                }
            case "{": tokens.append(.open)
            case "}": tokens.append(.close)
            case "^": tokens.append(.superscript)
            case "_": tokens.append(.subscript)
            case "&": tokens.append(.alignment)
            case "'": tokens.append(.prime)
            case "~": tokens.append(.tie)
            case "#":
                if let p = pending, let digit = p.wholeNumberValue { _ = advance(); tokens.append(.parameter(digit)) } else { tokens.append(.character("#")) }
            case "%":
                while let p = pending, p != "\n" { _ = advance() }
            default:
                if c.isWhitespace {
                    if tokens.last != .space { tokens.append(.space) }
                    continue
                }
                tokens.append(.character(c))
            }
        }
        return tokens
    }
}
