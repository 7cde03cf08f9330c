/// An HTML report cut into what must match exactly and what is compared within a tolerance:
/// the text of cell outputs (`<pre class="cell-output …">`) and inline figures (`<svg>`).
/// The provenance comment is left out: a new toolchain that changes no result changes no verdict.
struct HTMLRegions {
    struct Region {
        var tolerant: Bool
        var text: Substring
        /// The `id` of the cell the region stands in (`fig-products`, `cell-3`), if any.
        var cellID: String?
    }

    var regions: [Region] = []
    /// The page with its provenance comment blanked (its lines kept, so line numbers hold).
    var page: String

    init(_ html: String) {
        page = Self.removingProvenance(html)
        var position = page.startIndex
        var cell: String?
        var cursor = page.startIndex
        while let next = Self.nextTolerant(in: page, from: position) {
            cell = Self.lastCellID(in: page[cursor..<next.open.lowerBound]) ?? cell
            cursor = next.open.lowerBound
            regions.append(Region(tolerant: false, text: page[position..<next.content.lowerBound], cellID: cell))
            regions.append(Region(tolerant: true, text: page[next.content], cellID: cell))
            position = next.content.upperBound
        }
        regions.append(Region(tolerant: false, text: page[position...], cellID: nil))
    }

    /// The page's lines with every tolerant region replaced by a marker, for the exact
    /// comparison, each with its 1-based line in the page.
    var exactLines: [(text: String, pageLine: Int)] {
        var lines: [(text: String, pageLine: Int)] = [("", 1)]
        var pageLine = 1
        for region in regions {
            if region.tolerant {
                lines[lines.count - 1].text += "⟨output⟩"
                pageLine += region.text.count { $0 == "\n" }
                continue
            }
            for (index, piece) in region.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if index > 0 {
                    pageLine += 1
                    lines.append(("", pageLine))
                }
                lines[lines.count - 1].text += piece
            }
        }
        return lines
    }

    private static func nextTolerant(in page: String, from position: String.Index) -> (open: Range<String.Index>, content: Range<String.Index>)? {
        let pre = page.range(of: "<pre class=\"cell-output", range: position..<page.endIndex)
        let svg = page.range(of: "<svg ", range: position..<page.endIndex)
        if let pre, svg.map({ pre.lowerBound < $0.lowerBound }) ?? true {
            guard let start = page[pre.upperBound...].firstIndex(of: ">"),
                  let end = page.range(of: "</pre>", range: start..<page.endIndex) else { return nil }
            return (pre, page.index(after: start)..<end.lowerBound)
        }
        guard let svg, let end = page.range(of: "</svg>", range: svg.upperBound..<page.endIndex) else { return nil }
        return (svg, svg.lowerBound..<end.upperBound)
    }

    private static func lastCellID(in text: Substring) -> String? {
        guard let open = text.range(of: "<div class=\"cell\" id=\"", options: .backwards),
              let close = text[open.upperBound...].firstIndex(of: "\"") else { return nil }
        return HTMLText.unescape(String(text[open.upperBound..<close]))
    }

    static func removingProvenance(_ html: String) -> String {
        guard let open = html.range(of: ReportProvenance.opening),
              let close = html.range(of: "-->\n", range: open.upperBound..<html.endIndex) else { return html }
        let blank = String(repeating: "\n", count: html[open.lowerBound..<close.upperBound].count { $0 == "\n" })
        return String(html[..<open.lowerBound]) + blank + html[close.upperBound...]
    }
}
