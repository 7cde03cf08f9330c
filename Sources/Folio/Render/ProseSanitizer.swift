/// Makes the prose of a parsed notebook safe to open in a browser, as GitHub does for a README:
/// raw HTML (`html_block` and `html_inline` nodes) through `HTMLSanitizer`, and every link and
/// image address through `URLPolicy`, so that `[x](javascript:…)` and `<javascript:…>` are as
/// inert as `<a href="javascript:…">`.
///
/// It edits cmark-gfm's tree before rendering rather than the rendered page, where Folio's own
/// HTML (cells, SVG figures, MathML) sits beside the author's: those are custom nodes, which it
/// never touches. A link whose address is refused becomes its text, an image its alt text: the
/// words stay, only the address goes. `raw-html: true` in the front matter skips all of this.
enum ProseSanitizer {
    struct Outcome {
        /// `(line, message)`, the line counted in the Markdown the tree was parsed from.
        var warnings: [(line: Int, message: String)] = []
        /// Everything removed, for `HTMLReport` to account for the math placeholders in it.
        var dropped = ""
    }

    static let hint = "Folio keeps only safe HTML, as GitHub does; 'raw-html: true' in the front matter keeps it as written"

    static func sanitize(_ tree: MarkdownTree) -> Outcome {
        var outcome = Outcome()
        tree.withNodes { nodes in
            for node in nodes {
                switch node.type {
                case "html_block", "html_inline":
                    let literal = node.literal ?? ""
                    let result = HTMLSanitizer.sanitize(literal)
                    guard result.html != literal else { continue }
                    node.setLiteral(result.html)
                    outcome.dropped += result.dropped
                    let bytes = Array(literal.utf8)
                    for change in result.changes {
                        let line = line(of: node) + bytes[..<change.offset].count(where: { $0 == UInt8(ascii: "\n") })
                        outcome.warnings.append((line, message(change.removal)))
                    }
                case "link", "image":
                    let use: URLPolicy.Use = node.type == "link" ? .link : .image
                    guard let url = node.url, !URLPolicy.allows(url, as: use) else { continue }
                    outcome.warnings.append((line(of: node), use == .link
                        ? "link to '\(shown(url))' shown as plain text: \(URLPolicy.allowed(for: .link)); \(hint)"
                        : "image '\(shown(url))' shown as its alt text: \(URLPolicy.allowed(for: .image)); \(hint)"))
                    outcome.dropped += url
                    node.replaceByChildren()
                default:
                    continue
                }
            }
        }
        return outcome
    }

    static func message(_ removal: HTMLSanitizer.Removal) -> String {
        switch removal {
        case .element(let name):
            return "raw HTML <\(name)> shown as text, not run: \(hint)"
        case .attribute(let name, let element):
            return "attribute '\(shown(name))' removed from <\(element)>: \(hint)"
        case .address(let address, let attribute, let element):
            let use = HTMLAllowlist.addressAttributes[attribute] ?? .link
            return "\(attribute) '\(shown(address))' removed from <\(element)>: \(URLPolicy.allowed(for: use)); \(hint)"
        }
    }

    /// Inline nodes know their line in this cmark-gfm; a soft break does not, so ask its block.
    private static func line(of node: MarkdownNode) -> Int {
        var current: MarkdownNode? = node
        while let candidate = current {
            if candidate.startLine > 0 { return candidate.startLine }
            current = candidate.parent
        }
        return 1
    }

    /// An address or a name as a message quotes it: control characters visible, at most 60 long.
    static func shown(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if result.count >= 60 { return result + "…" }
            switch scalar {
            case "\t": result += "\\t"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value):
                result += "\\u{\(String(scalar.value, radix: 16))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
