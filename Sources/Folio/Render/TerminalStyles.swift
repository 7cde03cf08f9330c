/// Colours and weights a program printed with ANSI SGR sequences (`ESC [ 31 m` …), shown in the
/// HTML report as styled spans, as Jupyter shows them, and dropped from the Markdown report,
/// which GitHub would show as raw escape characters. `TerminalText` has already removed every
/// other escape sequence, so each escape left here is SGR.
enum TerminalStyles {
    /// Escaped HTML, with `<span class="ansi-…">` around styled runs.
    static func html(_ text: String) -> String {
        guard text.contains("\u{1B}[") else { return HTMLText.escape(text) }
        var html = "", style = Style(), open = false
        for piece in pieces(of: text) {
            switch piece {
            case .codes(let codes):
                style.apply(codes)
            case .text(let run):
                let attributes = style.attributes
                if open { html += "</span>" }
                open = !attributes.isEmpty
                if open { html += "<span\(attributes)>" }
                html += HTMLText.escape(String(run))
            }
        }
        return html + (open ? "</span>" : "")
    }

    /// The text without its SGR sequences.
    static func plain(_ text: String) -> String {
        guard text.contains("\u{1B}[") else { return text }
        return pieces(of: text).map { piece in
            if case .text(let run) = piece { return String(run) }
            return ""
        }.joined()
    }

    /// The classes for `page`'s stylesheet; only pages with styled output carry them.
    static func css() -> String {
        let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
        var css = ".ansi-bold { font-weight: 700; } .ansi-faint { opacity: .7; } .ansi-italic { font-style: italic; } "
            + ".ansi-underline { text-decoration: underline; } .ansi-strike { text-decoration: line-through; }\n"
        for (index, name) in names.enumerated() {
            css += ".ansi-\(name)-fg { color: \(palette[index]); } .ansi-\(name)-bg { background-color: \(palette[index]); } "
            css += ".ansi-\(name)-intense-fg { color: \(palette[index + 8]); } .ansi-\(name)-intense-bg { background-color: \(palette[index + 8]); }\n"
        }
        return css
    }

    /// The 16 basic colours as Jupyter's classic notebook shows them.
    static let palette = ["#3e424d", "#e75c58", "#00a250", "#ddb62b", "#208ffb", "#d160c4", "#60c6c8", "#c5c1b4",
                          "#282c36", "#b22b31", "#007427", "#b27d12", "#0065ca", "#a03196", "#258f8f", "#a1a6b2"]

    private enum Piece {
        case text(Substring)
        case codes([Int])
    }

    private static func pieces(of text: String) -> [Piece] {
        var result: [Piece] = []
        var rest = Substring(text)
        while let escape = rest.range(of: "\u{1B}[") {
            if escape.lowerBound > rest.startIndex { result.append(.text(rest[..<escape.lowerBound])) }
            let body = rest[escape.upperBound...]
            guard let end = body.firstIndex(where: { !($0.isASCII && ($0.isNumber || $0 == ";")) }) else { return result }
            if body[end] == "m" {
                // An empty list is a reset, as is an empty field: `ESC [ m`, `ESC [ ; 1 m`.
                let fields = body[..<end].split(separator: ";", omittingEmptySubsequences: false)
                result.append(.codes(fields.map { Int($0) ?? 0 }))
            }
            rest = body[body.index(after: end)...]
        }
        if !rest.isEmpty { result.append(.text(rest)) }
        return result
    }

    /// The SGR state: weights and the two colours, each a class name or an inline `rgb()`.
    private struct Style {
        var bold = false, faint = false, italic = false, underline = false, strike = false
        var foreground: Colour?
        var background: Colour?

        enum Colour: Equatable {
            case named(String)
            case rgb(Int, Int, Int)
        }

        mutating func apply(_ codes: [Int]) {
            var i = 0
            while i < codes.count {
                let code = codes[i]
                switch code {
                case 0: self = Style()
                case 1: bold = true
                case 2: faint = true
                case 3: italic = true
                case 4: underline = true
                case 9: strike = true
                case 22: bold = false; faint = false
                case 23: italic = false
                case 24: underline = false
                case 29: strike = false
                case 30...37: foreground = .named(Self.name(code - 30, intense: false))
                case 90...97: foreground = .named(Self.name(code - 90, intense: true))
                case 39: foreground = nil
                case 40...47: background = .named(Self.name(code - 40, intense: false))
                case 100...107: background = .named(Self.name(code - 100, intense: true))
                case 49: background = nil
                case 38, 48:
                    let (colour, used) = Self.extended(codes, after: i)
                    if code == 38 { foreground = colour } else { background = colour }
                    i += used
                default: break
                }
                i += 1
            }
        }

        /// `38;5;n` (xterm's 256 colours) or `38;2;r;g;b`; how many codes after `at` it used.
        private static func extended(_ codes: [Int], after at: Int) -> (Colour?, Int) {
            guard at + 1 < codes.count else { return (nil, 0) }
            if codes[at + 1] == 5, at + 2 < codes.count {
                let n = codes[at + 2]
                switch n {
                case 0..<8: return (.named(name(n, intense: false)), 2)
                case 8..<16: return (.named(name(n - 8, intense: true)), 2)
                case 16..<232:
                    let levels = [0, 95, 135, 175, 215, 255], c = n - 16
                    return (.rgb(levels[c / 36], levels[c / 6 % 6], levels[c % 6]), 2)
                case 232..<256:
                    let grey = 8 + (n - 232) * 10
                    return (.rgb(grey, grey, grey), 2)
                default: return (nil, 2)
                }
            }
            if codes[at + 1] == 2, at + 4 < codes.count {
                let clamp = { (v: Int) in Swift.min(Swift.max(v, 0), 255) }
                return (.rgb(clamp(codes[at + 2]), clamp(codes[at + 3]), clamp(codes[at + 4])), 4)
            }
            return (nil, 1)
        }

        private static func name(_ index: Int, intense: Bool) -> String {
            ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"][index] + (intense ? "-intense" : "")
        }

        var attributes: String {
            var classes: [String] = [], styles: [String] = []
            if bold { classes.append("ansi-bold") }
            if faint { classes.append("ansi-faint") }
            if italic { classes.append("ansi-italic") }
            if underline { classes.append("ansi-underline") }
            if strike { classes.append("ansi-strike") }
            for (colour, kind, property) in [(foreground, "fg", "color"), (background, "bg", "background-color")] {
                switch colour {
                case .named(let name): classes.append("ansi-\(name)-\(kind)")
                case .rgb(let r, let g, let b): styles.append("\(property): rgb(\(r), \(g), \(b))")
                case nil: break
                }
            }
            var text = ""
            if !classes.isEmpty { text += " class=\"\(classes.joined(separator: " "))\"" }
            if !styles.isEmpty { text += " style=\"\(styles.joined(separator: "; "))\"" }
            return text
        }
    }
}
