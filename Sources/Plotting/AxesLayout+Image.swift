/// Drawing `imshow` images: one `<rect>` per run of equal colour along a row, so a 100 × 100
/// grid of class regions takes a few hundred rects, not 10⁴.
extension AxesLayout {
    func drawImage(_ image: AxesImage, to svg: inout SVGWriter) {
        let colors = image.colors
        // Cell edges on the page, clamped to the box (the clip path would hide the rest) and
        // rounded to the hundredths the SVG prints before any width is taken: neighbouring
        // rects then share their edge exactly and leave no seam. nil: no place on a log axis.
        let xs = (0...image.columns).map { index in
            xMap.position(image.xEdge(index)).map { Self.hundredths($0, box.x, box.right) }
        }
        let ys = (0...image.rows).map { index in
            yMap.position(image.yEdge(index)).map { Self.hundredths($0, box.y, box.bottom) }
        }
        svg.raw("<g")
        if image.alpha < 1 { svg.attribute("fill-opacity", image.alpha) }
        // Without it, antialiasing leaves a faint line where two rects meet.
        svg.raw(" shape-rendering=\"crispEdges\">\n")
        for row in 0..<image.rows {
            guard let y0 = ys[row], let y1 = ys[row + 1], y0 != y1 else { continue }
            func color(_ column: Int) -> Color? {
                xs[column] == nil || xs[column + 1] == nil ? nil : colors[row][column]
            }
            var start = 0
            while start < image.columns {
                guard let fill = color(start) else {
                    start += 1
                    continue
                }
                var end = start + 1
                while end < image.columns, color(end) == fill { end += 1 }
                let x0 = xs[start]!, x1 = xs[end]!
                if x0 != x1 {
                    svg.raw("<rect")
                    svg.attribute("x", Double(min(x0, x1)) / 100)
                    svg.attribute("y", Double(min(y0, y1)) / 100)
                    svg.attribute("width", Double(abs(x1 - x0)) / 100)
                    svg.attribute("height", Double(abs(y1 - y0)) / 100)
                    svg.attribute("fill", fill.css)
                    svg.raw("/>\n")
                }
                start = end
            }
        }
        svg.raw("</g>\n")
    }

    /// A page coordinate clamped to low…high, in whole hundredths of a point.
    private static func hundredths(_ value: Double, _ low: Double, _ high: Double) -> Int64 {
        Int64(SVGWriter.rounded(min(max(value, low), high)))
    }
}
