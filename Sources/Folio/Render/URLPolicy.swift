/// Which link and image addresses a rendered page keeps: an allowlist of schemes, as GitHub's
/// html-pipeline has, rather than a blocklist of `javascript:` spellings that a new one evades.
///
/// Links: `http`, `https`, `mailto`, and addresses without a scheme (`other.html#part`, `#part`,
/// `//host/x`). Images: `http`, `https`, no scheme, and `data:image/png|gif|jpeg|webp`, which hold
/// only pixels; `data:image/svg+xml` is refused, since an SVG can carry script. Everything else,
/// `javascript:`, `vbscript:`, `data:text/html` and `file:` among them, is refused.
enum URLPolicy {
    enum Use {
        case link, image
    }

    static let linkSchemes: Set<String> = ["http", "https", "mailto"]
    static let imageSchemes: Set<String> = ["http", "https"]
    static let imageDataTypes: Set<String> = ["image/png", "image/gif", "image/jpeg", "image/webp"]

    /// How the refusal reads in a warning.
    static func allowed(for use: Use) -> String {
        switch use {
        case .link: "only http, https, mailto and relative links are kept"
        case .image: "only http, https, relative and data:image/png, gif, jpeg or webp images are kept"
        }
    }

    /// Whether `url` (with character references already decoded) may stay in the page.
    static func allows(_ url: String, as use: Use) -> Bool {
        let address = browserView(of: url)
        // A colon before any '/', '?' or '#' ends a scheme, or is something a browser might read
        // as one; such an address must name an allowed scheme (`./a:b.png` is the relative way).
        guard let colon = address.firstIndex(where: { ":/?#".contains($0) }), address[colon] == ":" else { return true }
        let scheme = address[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter,
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }) else { return false }
        switch use {
        case .link:
            return linkSchemes.contains(scheme.lowercased())
        case .image:
            if scheme.lowercased() == "data" { return isPixelData(address[address.index(after: colon)...]) }
            return imageSchemes.contains(scheme.lowercased())
        }
    }

    /// The address as a browser's URL parser reads it: tabs and line breaks removed wherever they
    /// are (so `jav\tascript:` is `javascript:`), control characters and spaces trimmed off both
    /// ends (so `\u{0E} javascript:` is too).
    static func browserView(of url: String) -> String {
        var scalars = String.UnicodeScalarView(url.unicodeScalars.filter { !["\t", "\n", "\r"].contains($0) })
        while let first = scalars.first, first.value <= 0x20 { scalars.removeFirst() }
        while let last = scalars.last, last.value <= 0x20 { scalars.removeLast() }
        return String(scalars)
    }

    /// `image/png;base64,…` and the like: the media type up to `;` or `,`, in any case.
    private static func isPixelData(_ rest: Substring) -> Bool {
        var type = rest.prefix { $0 != ";" && $0 != "," }
        while type.first == " " { type = type.dropFirst() }
        while type.last == " " { type = type.dropLast() }
        return imageDataTypes.contains(type.lowercased())
    }
}
