extension Figure {
    /// The figure as a standalone `<svg>` element, ready to inline in HTML or save as a file.
    ///
    /// - Parameters:
    ///   - idPrefix: a deterministic per-page key (say `c3-fig1`) that starts every id in the SVG,
    ///     so that several figures inlined in one page never collide. Characters other than
    ///     ASCII letters, digits, `-`, `_` and `.` become `-`; a key that does not start with a
    ///     letter or `_` gets an `f` in front, as XML ids require.
    ///   - title: the caption, the figure's accessible name (`<title>`); falls back to the
    ///     figure's title, then the first axes' title, then a summary of what is plotted.
    ///   - description: alt text, written as `<desc>`.
    ///   - size: width and height in inches, overriding `figsize`.
    /// - Returns: UTF-8 SVG 1.1 with `\n` line endings and no XML prolog; identical input gives
    ///   identical bytes.
    public func svg(
        idPrefix: String, title: String? = nil, description: String? = nil,
        size: (width: Double, height: Double)? = nil
    ) -> String {
        let prefix = Self.sanitizedPrefix(idPrefix)
        let page = Self.pageSize(size ?? figsize)
        let layouts = layout(width: page.width, height: page.height)
        let pointCount = allAxes.reduce(0) { $0 + $1.series.reduce(0) { $0 + $1.x.count } }
        var svg = SVGWriter(capacity: 8192 + min(pointCount, 1 << 20) * 16)

        let titleID = "\(prefix)-title", descID = "\(prefix)-desc"
        let hasDescription = description.map { !$0.isEmpty } ?? false
        svg.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"")
        svg.raw(" width=\"")
        svg.number(page.width)
        svg.raw("pt\" height=\"")
        svg.number(page.height)
        svg.raw("pt\" viewBox=\"0 0 ")
        svg.number(page.width)
        svg.byte(0x20)
        svg.number(page.height)
        svg.raw("\" role=\"img\"")
        svg.attribute("aria-labelledby", hasDescription ? "\(titleID) \(descID)" : titleID)
        svg.attribute("font-family", Theme.fontFamily)
        svg.attribute("font-size", Theme.fontSize)
        svg.raw(">\n<title")
        svg.attribute("id", titleID)
        svg.raw(">")
        svg.text(accessibleName(caption: title))
        svg.raw("</title>\n")
        if let description, hasDescription {
            svg.raw("<desc")
            svg.attribute("id", descID)
            svg.raw(">")
            svg.text(description)
            svg.raw("</desc>\n")
        }

        svg.raw("<defs>\n")
        for (index, layout) in layouts.enumerated() {
            svg.raw("<clipPath")
            svg.attribute("id", "\(prefix)-clip\(index)")
            svg.raw("><rect")
            layout.writeBox(to: &svg)
            svg.raw("/></clipPath>\n")
        }
        svg.raw("</defs>\n<rect")
        svg.attribute("width", page.width)
        svg.attribute("height", page.height)
        svg.raw(" fill=\"#ffffff\"/>\n")

        for (index, layout) in layouts.enumerated() {
            layout.draw(id: "\(prefix)-axes\(index)", clipID: "\(prefix)-clip\(index)", to: &svg)
        }
        if let figureTitle = self.title {
            Text.write(figureTitle, x: page.width / 2,
                       y: Theme.outerPad + FontMetrics.ascent * Theme.titleSize,
                       anchor: .middle, fontSize: Theme.titleSize, to: &svg)
        }
        svg.raw("</svg>\n")
        return svg.string
    }

    /// The caption, else a title, else what the figure shows ("Plot of sigmoid and gradient").
    func accessibleName(caption: String?) -> String {
        if let caption, !caption.isEmpty { return caption }
        if let title, !title.isEmpty { return title }
        if let axesTitle = allAxes.lazy.compactMap(\.title).first(where: { !$0.isEmpty }) { return axesTitle }
        let labels = allAxes.flatMap { Legend.entries(of: $0).map(\.label) }
        var name = "Plot"
        switch labels.count {
        case 0: break
        case 1: name += " of \(labels[0])"
        default: name += " of \(labels.dropLast().joined(separator: ", ")) and \(labels.last!)"
        }
        let axes = self.axes
        if let y = axes.ylabel, let x = axes.xlabel, !y.isEmpty, !x.isEmpty {
            name += labels.isEmpty ? " of \(y) against \(x)" : ", \(y) against \(x)"
        }
        return name
    }

    /// Keeps ids valid XML names and safe inside `url(#…)`.
    static func sanitizedPrefix(_ key: String) -> String {
        var result = ""
        for scalar in key.unicodeScalars {
            let allowed = (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
                || (scalar >= "0" && scalar <= "9") || scalar == "-" || scalar == "_" || scalar == "."
            result.unicodeScalars.append(allowed ? scalar : "-")
        }
        guard let first = result.unicodeScalars.first,
              (first >= "a" && first <= "z") || (first >= "A" && first <= "Z") || first == "_"
        else { return "f" + result }
        return result
    }
}
