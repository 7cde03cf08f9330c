/// The colour bar of `imshow(…, colorbar: true)`: a strip right of the axes, as tall as the box,
/// with its own ticks on the right (matplotlib's `fig.colorbar`, aspect 20).
extension AxesLayout {
    static let colorbarGap = 10.0

    /// The strip, in page coordinates; nil without a colour bar.
    var colorbarRect: Rect? {
        guard colorbarRange != nil else { return nil }
        return Rect(x: box.right + Self.colorbarGap, y: box.y, width: max(6, box.height / 20), height: box.height)
    }

    var colorbarMap: AxisMap? {
        guard let range = colorbarRange, let rect = colorbarRect else { return nil }
        return AxisMap(scale: .linear, lower: range.0, upper: range.1, start: rect.bottom, end: rect.y)
    }

    /// Width the colour bar takes right of the box: gap, strip, ticks and labels.
    var colorbarBlock: Double {
        guard let rect = colorbarRect else { return 0 }
        let labels = colorbarTicks.labelled.compactMap { $0.label?.width(fontSize: Theme.fontSize) }.max() ?? 0
        return Self.colorbarGap + rect.width + tickBlock + labels
    }

    func drawColorbar(id: String, to svg: inout SVGWriter) {
        guard let rect = colorbarRect, let map = colorbarMap else { return }
        let gradientID = "\(id)-gradient"
        svg.raw("<g")
        svg.attribute("id", id)
        svg.raw(">\n<defs><linearGradient")
        svg.attribute("id", gradientID)
        svg.raw(" x1=\"0\" y1=\"1\" x2=\"0\" y2=\"0\">\n")
        // Every eighth of viridis' 256 entries: linear interpolation between them differs from
        // the table by less than one step of 8 bits.
        for entry in stride(from: 0, through: 256, by: 8) {
            let index = min(entry, 255)
            svg.raw("<stop")
            svg.attribute("offset", Double(index) / 255)
            svg.attribute("stop-color", Viridis.colors[index].css)
            svg.raw("/>\n")
        }
        svg.raw("</linearGradient></defs>\n<rect")
        svg.attribute("x", rect.x)
        svg.attribute("y", rect.y)
        svg.attribute("width", rect.width)
        svg.attribute("height", rect.height)
        svg.attribute("fill", "url(#\(gradientID))")
        svg.raw(" stroke=\"\(Theme.textColor)\"")
        svg.attribute("stroke-width", Theme.spineWidth)
        svg.raw("/>\n<path d=\"")
        let ticks = colorbarTicks.major.compactMap { map.position($0.value) }
            .filter { $0 >= rect.y - 0.01 && $0 <= rect.bottom + 0.01 }
        for y in ticks {
            svg.moveTo(rect.right, y)
            svg.byte(0x68)  // h
            svg.number(Theme.majorTickLength)
        }
        svg.raw("\" fill=\"none\" stroke=\"\(Theme.textColor)\"")
        svg.attribute("stroke-width", Theme.majorTickWidth)
        svg.raw("/>\n")
        for tick in colorbarTicks.labelled {
            guard let y = map.position(tick.value), y >= rect.y - 0.01, y <= rect.bottom + 0.01,
                  let label = tick.label else { continue }
            Text.write(label, x: rect.right + tickBlock, y: y + Text.ascent(label, fontSize: Theme.fontSize) / 2,
                       anchor: .start, to: &svg)
        }
        if let exponent = colorbarTicks.multiplierExponent {
            Text.write(TickLabel.power(coefficient: "", exponent: exponent), x: rect.x, y: rect.y - 4,
                       anchor: .start, to: &svg)
        }
        svg.raw("</g>\n")
    }
}
