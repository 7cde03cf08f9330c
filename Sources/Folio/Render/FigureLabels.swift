/// Writes a cell's caption and alt text into the figures it drew.
///
/// The notebook program draws each figure with the accessible name Plotting gives it (its title,
/// or a summary of what is plotted) and no description; the caption and alt text are the
/// author's prose, so Render adds them here. Captions then never reach the compiled program, and
/// editing one re-renders from the result cache. The result is what Plotting writes when given
/// them itself: the caption as `<title>`, the alt text as `<desc>`, both named by `aria-labelledby`.
enum FigureLabels {
    static func apply(to svg: String, caption: String?, alt: String?) -> String {
        let caption = caption.flatMap { $0.isEmpty ? nil : $0 }, alt = alt.flatMap { $0.isEmpty ? nil : $0 }
        guard caption != nil || alt != nil,
              let open = svg.range(of: "<title id=\""),
              let idEnd = svg[open.upperBound...].firstIndex(of: "\""),
              let textStart = svg[idEnd...].firstIndex(of: ">").map(svg.index(after:)),
              let close = svg.range(of: "</title>\n", range: textStart..<svg.endIndex) else { return svg }
        let titleID = String(svg[open.upperBound..<idEnd])
        guard titleID.hasSuffix("-title") else { return svg }
        let descID = String(titleID.dropLast("-title".count)) + "-desc"
        var result = String(svg[..<textStart])
        result += caption.map(escape) ?? String(svg[textStart..<close.lowerBound])
        result += "</title>\n"
        if let alt { result += "<desc id=\"\(descID)\">\(escape(alt))</desc>\n" }
        result += svg[close.upperBound...]
        if alt != nil {
            result = result.replacingFirst("aria-labelledby=\"\(titleID)\"", with: "aria-labelledby=\"\(titleID) \(descID)\"")
        }
        return result
    }

    /// Text escaping exactly as Plotting's `SVGWriter` writes element text: markup escaped,
    /// line breaks and tabs as spaces, control characters dropped (XML cannot hold them).
    private static func escape(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x26: result += "&amp;".unicodeScalars
            case 0x3C: result += "&lt;".unicodeScalars
            case 0x3E: result += "&gt;".unicodeScalars
            case 0x09, 0x0A, 0x0D: result.append(" ")
            case 0x00..<0x20, 0x7F, 0xFFFE, 0xFFFF: continue
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}

private extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
