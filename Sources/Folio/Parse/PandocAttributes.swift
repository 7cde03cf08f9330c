/// Pandoc's attribute block, `{#id .class key="value"}`, as Quarto writes it after a heading, an
/// image or a fenced div's colons.
struct PandocAttributes: Equatable {
    var id: String?
    var classes: [String] = []
    var values: [(key: String, value: String)] = []

    static func == (a: PandocAttributes, b: PandocAttributes) -> Bool {
        a.id == b.id && a.classes == b.classes && a.values.map(\.key) == b.values.map(\.key) && a.values.map(\.value) == b.values.map(\.value)
    }

    /// `{-}` is Pandoc's short spelling of `{.unnumbered}`.
    var isUnnumbered: Bool { classes.contains("unnumbered") || classes.contains("-") }

    func value(_ key: String) -> String? { values.first { $0.key == key }?.value }

    /// The attributes between the braces of `{…}`, or nil when the text is not an attribute block
    /// (so `{x}` in a heading stays text, as in Pandoc).
    init?(braced text: Substring) {
        guard text.first == "{", text.last == "}", text.count >= 2 else { return nil }
        var rest = text.dropFirst().dropLast()[...]
        while true {
            rest = rest.drop { $0 == " " || $0 == "\t" }
            guard let first = rest.first else { break }
            var word = rest.prefix { $0 != " " && $0 != "\t" && $0 != "=" }
            rest = rest.dropFirst(word.count)
            if rest.first == "=" {
                rest = rest.dropFirst()
                let value: Substring
                if let quote = rest.first, quote == "\"" || quote == "'" {
                    guard let close = rest.dropFirst().firstIndex(of: quote) else { return nil }
                    value = rest[rest.index(after: rest.startIndex)..<close]
                    rest = rest[rest.index(after: close)...]
                } else {
                    value = rest.prefix { $0 != " " && $0 != "\t" }
                    rest = rest.dropFirst(value.count)
                }
                guard Self.isName(word) else { return nil }
                values.append((String(word), String(value)))
                continue
            }
            switch first {
            case "#":
                word = word.dropFirst()
                guard Self.isName(word), id == nil else { return nil }
                id = String(word)
            case ".":
                word = word.dropFirst()
                guard Self.isName(word) else { return nil }
                classes.append(String(word))
            case "-" where word == "-":
                classes.append("-")
            default:
                return nil
            }
        }
    }

    init() {}

    /// The attribute block that ends `line` (after optional spaces), and where it starts.
    static func trailing(in line: Substring) -> (attributes: PandocAttributes, start: Substring.Index)? {
        var end = line.endIndex
        while end > line.startIndex, line[line.index(before: end)] == " " || line[line.index(before: end)] == "\t" {
            end = line.index(before: end)
        }
        guard end > line.startIndex, line[line.index(before: end)] == "}",
              let open = line[..<end].lastIndex(of: "{"),
              let attributes = PandocAttributes(braced: line[open..<end]) else { return nil }
        return (attributes, open)
    }

    private static func isName(_ word: Substring) -> Bool {
        !word.isEmpty && word.allSatisfy { $0.isLetter || $0.isNumber || "-_:.".contains($0) }
    }
}
