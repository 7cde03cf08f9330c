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
        var parser = TeXParser(tokens: TeXTokens.tokenize(tex), macros: macros)
        let body = parser.row(until: { _ in false })
        macros = parser.macros
        let inner = body.count == 1 ? body[0] : "<mrow>\(body.joined())</mrow>"
        let annotation = "<annotation encoding=\"application/x-tex\">\(HTMLText.escape(tex.trimmingCharacters(in: " \n\t")))</annotation>"
        let math = "<math\(display ? " display=\"block\"" : "")><semantics>\(inner)\(annotation)</semantics></math>"
        var unsupported: [String] = []
        for command in parser.unsupported where !unsupported.contains(command) { unsupported.append(command) }
        return Result(mathml: math, unsupported: unsupported, tag: parser.tag)
    }
}

