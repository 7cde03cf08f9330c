/// The legend of one axes: its entries, its size, and where it goes.
///
/// Sizes are matplotlib's `legend.*` settings, in units of the font size: border pad 0.4,
/// label spacing 0.5, handle length 2, handle–text pad 0.8, pad to the axes 0.5.
struct Legend {
    struct Entry {
        /// What stands left of the label: a series' line and marker, or an image's colour.
        enum Handle {
            case series(Series)
            case swatch(Color, opacity: Double)
            /// Bars and bands: a rectangle the length of the handle, as matplotlib draws patches.
            case patch(Color, opacity: Double)
        }

        var label: String
        var handle: Handle
    }

    let entries: [Entry]
    let fontSize = Theme.fontSize
    var borderPad: Double { 0.4 * fontSize }
    var labelSpacing: Double { 0.5 * fontSize }
    var handleLength: Double { 2 * fontSize }
    var handleTextPad: Double { 0.8 * fontSize }
    var axesPad: Double { 0.5 * fontSize }
    var rowHeight: Double { (FontMetrics.ascent + FontMetrics.descent) * fontSize }

    /// The legend of `axes`, or nil when nothing has a label or the legend is hidden. Images
    /// come first, as they are drawn first.
    init?(axes: Axes) {
        guard axes.legendPosition != .hidden else { return nil }
        entries = Self.entries(of: axes)
        if entries.isEmpty { return nil }
    }

    /// What the axes label, images first, then the rest in the order they were drawn, whatever
    /// their kind: the legend's rows, and the figure's accessible name.
    static func entries(of axes: Axes) -> [Entry] {
        let images = axes.images.compactMap { image in
            image.legendLabel.map {
                Entry(label: $0, handle: .swatch(image.colormap.legendColor(image.values), opacity: image.alpha))
            }
        }
        let series = axes.series.compactMap { series in
            series.legendLabel.map { (series.order, Entry(label: $0, handle: .series(series))) }
        }
        let patches = axes.patches.compactMap { patch in
            patch.legendLabel.map { (patch.order, Entry(label: $0, handle: .patch(patch.color, opacity: patch.alpha))) }
        }
        let lines = axes.referenceLines.compactMap { line in
            line.legendLabel.map { (line.order, Entry(label: $0, handle: .series(line.legendSeries))) }
        }
        return images + (series + patches + lines).sorted { $0.0 < $1.0 }.map(\.1)
    }

    var width: Double {
        let text = entries.map { FontMetrics.width($0.label, fontSize: fontSize) }.max() ?? 0
        return 2 * borderPad + handleLength + handleTextPad + text
    }

    var height: Double {
        let rows = Double(entries.count)
        return 2 * borderPad + rows * rowHeight + (rows - 1) * labelSpacing
    }

    /// matplotlib's `loc` codes 1–10 in order; on a tie the earlier place wins.
    static let places: [LegendPosition] = [
        .upperRight, .upperLeft, .lowerLeft, .lowerRight, .right,
        .centerLeft, .centerRight, .lowerCenter, .upperCenter, .center,
    ]

    func frame(at position: LegendPosition, in box: Rect) -> Rect {
        let w = width, h = height
        let left = box.x + axesPad, right = box.right - axesPad - w, middleX = box.centerX - w / 2
        let top = box.y + axesPad, bottom = box.bottom - axesPad - h, middleY = box.centerY - h / 2
        let (x, y): (Double, Double) = switch position {
        case .upperRight, .best, .hidden: (right, top)
        case .upperLeft: (left, top)
        case .lowerLeft: (left, bottom)
        case .lowerRight: (right, bottom)
        case .right, .centerRight: (right, middleY)
        case .centerLeft: (left, middleY)
        case .lowerCenter: (middleX, bottom)
        case .upperCenter: (middleX, top)
        case .center: (middleX, middleY)
        }
        return Rect(x: x, y: y, width: w, height: h)
    }

    /// Where the legend goes: the requested place, or for `.best` the place that covers the
    /// fewest drawn vertices and segments, text counting ten times (matplotlib's `loc="best"`).
    func placement(
        in box: Rect, position: LegendPosition, geometries: [SeriesGeometry], texts: [Rect], patches: [Rect] = []
    ) -> Rect {
        guard position == .best else { return frame(at: position, in: box) }
        var best = frame(at: Self.places[0], in: box)
        var bestScore = Int.max
        for place in Self.places {
            let candidate = frame(at: place, in: box)
            var score = texts.filter { $0.intersects(candidate) }.count * 10
                + patches.filter { $0.intersects(candidate) }.count
            for geometry in geometries where score < bestScore {
                score += geometry.overlap(with: candidate)
            }
            if score < bestScore {
                bestScore = score
                best = candidate
            }
            if score == 0 { break }
        }
        return best
    }

    func draw(in frame: Rect, id: String, to svg: inout SVGWriter) {
        svg.raw("<g")
        svg.attribute("id", id)
        svg.raw(">\n<rect")
        svg.attribute("x", frame.x)
        svg.attribute("y", frame.y)
        svg.attribute("width", frame.width)
        svg.attribute("height", frame.height)
        svg.raw(" rx=\"2\" ry=\"2\" fill=\"#ffffff\" fill-opacity=\"0.8\" stroke=\"\(Theme.legendEdge)\" stroke-width=\"1\"/>\n")
        let handleX = frame.x + borderPad
        let textX = handleX + handleLength + handleTextPad
        for (row, entry) in entries.enumerated() {
            let center = frame.y + borderPad + Double(row) * (rowHeight + labelSpacing) + rowHeight / 2
            switch entry.handle {
            case .series(let series):
                drawHandle(series, x: handleX, center: center, to: &svg)
            case .swatch(let color, let opacity):
                // A square of matplotlib's patch-handle height (0.7 font sizes), mid-handle.
                let side = 0.7 * fontSize
                svg.raw("<rect")
                svg.attribute("x", handleX + (handleLength - side) / 2)
                svg.attribute("y", center - side / 2)
                svg.attribute("width", side)
                svg.attribute("height", side)
                svg.attribute("fill", color.css)
                if opacity < 1 { svg.attribute("fill-opacity", opacity) }
                svg.raw("/>\n")
            case .patch(let color, let opacity):
                svg.raw("<rect")
                svg.attribute("x", handleX)
                svg.attribute("y", center - 0.35 * fontSize)
                svg.attribute("width", handleLength)
                svg.attribute("height", 0.7 * fontSize)
                svg.attribute("fill", color.css)
                if opacity < 1 { svg.attribute("fill-opacity", opacity) }
                svg.raw("/>\n")
            }
            svg.raw("<text")
            svg.attribute("x", textX)
            svg.attribute("y", center + Text.middleOffset(fontSize: fontSize))
            svg.raw(">")
            svg.text(entry.label)
            svg.raw("</text>\n")
        }
        svg.raw("</g>\n")
    }

    private func drawHandle(_ series: Series, x handleX: Double, center: Double, to svg: inout SVGWriter) {
        if series.yErrors != nil {
            // An error bar through the middle, as matplotlib's errorbar handle has.
            svg.raw("<path fill=\"none\"")
            svg.attribute("stroke", series.color.css)
            svg.attribute("stroke-width", series.lineWidth)
            svg.raw(" d=\"")
            svg.moveTo(handleX + handleLength / 2, center - 0.35 * fontSize)
            svg.byte(0x76)  // v
            svg.number(0.7 * fontSize)
            svg.raw("\"/>\n")
        }
        if series.hasLine {
            SeriesStyle.openLine(series, to: &svg)
            svg.raw(" d=\"")
            svg.moveTo(handleX, center)
            svg.byte(0x68)  // h
            svg.number(handleLength)
            svg.raw("\"/>\n")
        }
        if series.hasMarkers {
            SeriesStyle.openMarkers(series, to: &svg)
            svg.raw(" d=\"")
            series.marker.appendPath(at: Point(x: handleX + handleLength / 2, y: center),
                                     size: series.markerSize, to: &svg)
            svg.raw("\"/>\n")
        }
    }
}
