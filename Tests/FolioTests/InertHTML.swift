/// A second opinion on sanitised HTML, written as a blocklist of the classic XSS carriers so
/// that it shares no code and no approach with the allowlist it checks.
enum InertHTML {
    static let elements: Set<String> = [
        "script", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input", "button", "textarea",
        "select", "base", "meta", "link", "style", "svg", "math", "template", "noscript", "xmp", "plaintext", "body",
        "html", "head", "title", "audio", "video", "source", "marquee", "isindex",
    ]
    static let attributes: Set<String> = ["style", "srcdoc", "formaction", "action", "background", "xlink:href", "srcset",
                                          "data", "dynsrc", "lowsrc", "poster", "codebase"]

    /// Every tag, event handler or address in `html` that could run script or load a page.
    static func problems(in html: String) -> [String] {
        var problems: [String] = []
        let tag = /<([A-Za-z][^\s\/>]*)((?:[\s\/]+[^\s\/>=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)[\s\/]*>/
        let attribute = /([^\s\/>=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/
        for match in html.matches(of: tag) {
            let name = match.1.lowercased()
            if elements.contains(name) { problems.append("<\(name)>") }
            for pair in match.2.matches(of: attribute) {
                let key = pair.1.lowercased()
                let value = String(pair.2 ?? pair.3 ?? pair.4 ?? "")
                if key.hasPrefix("on") || attributes.contains(key) { problems.append("\(name) \(key)") }
                if ["href", "src", "cite"].contains(key), dangerous(value, image: key == "src") {
                    problems.append("\(name) \(key)=\(value)")
                }
            }
        }
        return problems
    }

    static func dangerous(_ value: String, image: Bool) -> Bool {
        var text = value
        for (reference, character) in [("&colon;", ":"), ("&Tab;", ""), ("&NewLine;", ""), ("&amp;", "&"), ("&quot;", "\"")] {
            text = text.replacingOccurrences(of: reference, with: character)
        }
        // Numeric references, with or without their semicolon.
        text = text.replacing(/&#[xX]([0-9a-fA-F]+);?/) { String(UnicodeScalar(UInt32($0.1, radix: 16) ?? 0x3F).map(Character.init) ?? "?") }
        text = text.replacing(/&#([0-9]+);?/) { String(UnicodeScalar(UInt32($0.1) ?? 0x3F).map(Character.init) ?? "?") }
        let squeezed = String(text.unicodeScalars.filter { $0.value > 0x20 }.map(Character.init)).lowercased()
        if image, squeezed.firstMatch(of: /^data:image\/(png|gif|jpeg|webp)[;,]/) != nil { return false }
        return ["javascript:", "vbscript:", "data:", "file:", "livescript:"].contains { squeezed.hasPrefix($0) }
    }
}
