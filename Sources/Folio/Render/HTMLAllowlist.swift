/// The raw HTML a notebook's prose may hold when `raw-html` is off: GitHub's allowlist
/// (html-pipeline's `SanitizationFilter`), trimmed of what only a form needs.
///
/// An allowlist, not a blocklist, so that an element or attribute the list has never heard of
/// (and every `on…` handler, present or future) is out. Left out on purpose:
/// - `script`, `style`, `iframe`, `frame`, `object`, `embed`, `applet`, `form`, `input`,
///   `button`, `textarea`, `select`, `base`, `meta`, `link`, `title`, `svg`, `math`, `template`,
///   `noscript`, `xmp`, `plaintext`: they run or load code, send data, redirect the page or its
///   links, or switch the browser's parser into a mode (raw text, foreign content) in which the
///   text after them is no longer read as this sanitiser read it. Folio's own SVG figures and
///   MathML never pass through here.
/// - `style` attributes (CSS can overlay the page or fetch addresses, and old browsers ran
///   `expression()`); `srcdoc`, `formaction`, `action`, `background`, `srcset`, `xlink:href`
///   and every other attribute that holds an address, except the three below, whose addresses
///   `URLPolicy` checks.
/// Kept beyond GitHub's list: `class` (the page is the author's own, and its classes are how a
/// notebook styles without `style`) and `id` unprefixed (links into the page by `#id`).
enum HTMLAllowlist {
    static let elements: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col", "colgroup",
        "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure",
        "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre",
        "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strike", "strong", "sub", "summary", "sup",
        "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "tt", "u", "ul", "var", "wbr",
    ]

    /// Attributes any allowed element may carry: none of them holds an address or a script.
    static let globalAttributes: Set<String> = [
        "id", "class", "title", "lang", "dir", "hidden", "role", "align", "valign", "width", "height",
        "aria-label", "aria-labelledby", "aria-describedby", "aria-hidden",
    ]

    static let elementAttributes: [String: Set<String>] = [
        "a": ["href", "name"],
        "img": ["src", "alt", "loading"],
        "blockquote": ["cite"], "q": ["cite"],
        "del": ["cite", "datetime"], "ins": ["cite", "datetime"], "time": ["datetime"],
        "ol": ["start", "reversed", "type"], "ul": ["type"], "li": ["value"],
        "td": ["colspan", "rowspan", "headers"], "th": ["colspan", "rowspan", "headers", "scope", "abbr"],
        "col": ["span"], "colgroup": ["span"], "table": ["border"],
        "details": ["open"],
    ]

    /// The attributes that hold an address, and the rules it must pass.
    static let addressAttributes: [String: URLPolicy.Use] = ["href": .link, "cite": .link, "src": .image]

    static func allows(_ attribute: String, on element: String) -> Bool {
        globalAttributes.contains(attribute) || elementAttributes[element]?.contains(attribute) == true
    }
}
