/// Placing and writing text: vertical metrics, and labels with superscripts.
enum Text {
    /// Line height (ascent plus descent) of DejaVu Sans at `fontSize`.
    static func lineHeight(_ fontSize: Double) -> Double {
        (FontMetrics.ascent + FontMetrics.descent) * fontSize
    }

    /// Baseline offset that centres digits and capitals on a given y.
    static func middleOffset(fontSize: Double) -> Double { FontMetrics.capHeight * fontSize / 2 }

    /// Height of a label's ink above its baseline: capitals, or the raised exponent.
    static func ascent(_ label: TickLabel, fontSize: Double) -> Double {
        label.hasSuperscript
            ? (FontMetrics.superscriptRise + FontMetrics.capHeight * FontMetrics.superscriptScale) * fontSize
            : FontMetrics.capHeight * fontSize
    }

    /// A smaller font size (not under 5 pt) when `text` is wider than `width` at `fontSize`,
    /// or nil when it fits: a label set smaller beats one cut off at the figure's edge.
    static func fitted(_ text: String, fontSize: Double, within width: Double) -> Double? {
        let natural = FontMetrics.width(text, fontSize: fontSize)
        guard natural > width, width > 0 else { return nil }
        return max(5, fontSize * width / natural)
    }

    enum Anchor {
        case start, middle, end
    }

    /// Writes a `<text>` element; a power of ten gets its exponent in a raised, smaller `<tspan>`
    /// (`dy` rather than `baseline-shift`, which Firefox ignores).
    static func write(
        _ label: TickLabel, x: Double, y: Double, anchor: Anchor, fontSize: Double? = nil,
        fill: String? = nil, rotate: Bool = false, to svg: inout SVGWriter
    ) {
        svg.raw("<text")
        svg.attribute("x", x)
        svg.attribute("y", y)
        switch anchor {
        case .start: break
        case .middle: svg.raw(" text-anchor=\"middle\"")
        case .end: svg.raw(" text-anchor=\"end\"")
        }
        if let fontSize { svg.attribute("font-size", fontSize) }
        if let fill { svg.attribute("fill", fill) }
        if rotate {
            svg.raw(" transform=\"rotate(-90 ")
            svg.number(x)
            svg.byte(0x20)
            svg.number(y)
            svg.raw(")\"")
        }
        svg.raw(">")
        let (base, superscript) = label.parts
        svg.text(base)
        if !superscript.isEmpty {
            let size = fontSize ?? Theme.fontSize
            svg.raw("<tspan")
            svg.attribute("dy", -FontMetrics.superscriptRise * size)
            svg.attribute("font-size", size * FontMetrics.superscriptScale)
            svg.raw(">")
            svg.text(superscript)
            svg.raw("</tspan>")
        }
        svg.raw("</text>\n")
    }

    static func write(
        _ text: String, x: Double, y: Double, anchor: Anchor, fontSize: Double? = nil,
        fill: String? = nil, rotate: Bool = false, to svg: inout SVGWriter
    ) {
        write(.plain(text), x: x, y: y, anchor: anchor, fontSize: fontSize, fill: fill, rotate: rotate, to: &svg)
    }
}

/// Stroke and fill attributes of a series, shared by the plot and its legend handle.
enum SeriesStyle {
    /// Opens `<path` with a line's presentation attributes (the caller adds `d`).
    static func openLine(_ series: Series, to svg: inout SVGWriter) {
        svg.raw("<path fill=\"none\"")
        svg.attribute("stroke", series.color.css)
        svg.attribute("stroke-width", series.lineWidth)
        svg.raw(" stroke-linejoin=\"round\"")
        if let pattern = series.style.dashPattern {
            // matplotlib: dashes butt-capped, scaled by the line width; solid lines square-capped.
            svg.raw(" stroke-linecap=\"butt\" stroke-dasharray=\"")
            for (index, length) in pattern.enumerated() {
                if index > 0 { svg.byte(0x2C) }
                svg.number(length * max(series.lineWidth, 0.1))
            }
            svg.raw("\"")
        } else {
            svg.raw(" stroke-linecap=\"square\"")
        }
    }

    /// Opens `<path` with a marker's attributes: filled with the series colour, edged 1 pt.
    static func openMarkers(_ series: Series, to svg: inout SVGWriter) {
        svg.raw("<path")
        if series.marker.isOpen {
            svg.raw(" fill=\"none\"")
        } else {
            svg.attribute("fill", series.color.css)
        }
        svg.attribute("stroke", series.color.css)
        svg.raw(" stroke-width=\"1\" stroke-linejoin=\"miter\"")
    }
}
