/// Spines, ticks, tick labels, axis labels, title and notes.
extension AxesLayout {
    func drawFrame(to svg: inout SVGWriter) {
        // Spines: a closed rectangle, mitred like matplotlib's.
        svg.raw("<path d=\"")
        svg.moveTo(box.x, box.y)
        svg.byte(0x56)  // V
        svg.number(box.bottom)
        svg.byte(0x48)  // H
        svg.number(box.right)
        svg.byte(0x56)
        svg.number(box.y)
        svg.raw("Z\" fill=\"none\" stroke=\"\(Theme.textColor)\"")
        svg.attribute("stroke-width", Theme.spineWidth)
        svg.raw(" stroke-linejoin=\"miter\" stroke-linecap=\"square\"/>\n")
        drawTicks(major: true, to: &svg)
        drawTicks(major: false, to: &svg)
    }

    /// Ticks point outward, on the bottom and left spines.
    private func drawTicks(major: Bool, to svg: inout SVGWriter) {
        let length = major ? Theme.majorTickLength : Theme.minorTickLength
        let xs = xTicks.ticks.filter { $0.isMajor == major }.compactMap { xMap.position($0.value) }
        let ys = yTicks.ticks.filter { $0.isMajor == major }.compactMap { yMap.position($0.value) }
        guard !xs.isEmpty || !ys.isEmpty else { return }
        svg.raw("<path d=\"")
        for x in xs {
            svg.moveTo(x, box.bottom)
            svg.byte(0x76)  // v
            svg.number(length)
        }
        for y in ys {
            svg.moveTo(box.x, y)
            svg.byte(0x68)  // h
            svg.number(-length)
        }
        svg.raw("\" fill=\"none\" stroke=\"\(Theme.textColor)\"")
        svg.attribute("stroke-width", major ? Theme.majorTickWidth : Theme.minorTickWidth)
        svg.raw("/>\n")
    }

    func drawTickLabels(to svg: inout SVGWriter) {
        let fontSize = Theme.fontSize
        let baseline = box.bottom + xTickBaseline
        for tick in xTicks.labelled {
            guard let x = xMap.position(tick.value), let label = tick.label else { continue }
            Text.write(label, x: x, y: baseline, anchor: .middle, to: &svg)
        }
        let right = box.x - tickBlock
        for tick in yTicks.labelled {
            guard let y = yMap.position(tick.value), let label = tick.label else { continue }
            // Centre the ink, exponent included, on the tick.
            let offset = Text.ascent(label, fontSize: fontSize) / 2
            Text.write(label, x: right, y: y + offset, anchor: .end, to: &svg)
        }
        // The multipliers stand where matplotlib puts its offset text: x at the right end
        // under the labels, y above the top-left corner.
        if let multiplier = xMultiplier {
            Text.write(multiplier, x: box.right, y: box.bottom + xTicksBottom + Text.lineHeight(fontSize) * 0.85,
                       anchor: .end, to: &svg)
        }
        if let multiplier = yMultiplier {
            Text.write(multiplier, x: box.x, y: box.y - 4, anchor: .start, to: &svg)
        }
    }

    func drawLabels(to svg: inout SVGWriter) {
        let fontSize = Theme.fontSize
        let across = cell.width - 2 * Theme.outerPad, up = cell.height - 2 * Theme.outerPad
        // Centred on the box, but moved (and if need be shrunk) to stay inside the cell.
        func centre(_ text: String, _ size: Double, _ middle: Double, _ low: Double, _ high: Double) -> Double {
            let half = FontMetrics.width(text, fontSize: size) / 2
            return max(low + half, min(high - half, middle))
        }
        let left = cell.x + Theme.outerPad, right = cell.right - Theme.outerPad
        if let xlabel = axes.xlabel {
            let size = Text.fitted(xlabel, fontSize: fontSize, within: across)
            let baseline = box.bottom + xLabelBottom - FontMetrics.descent * fontSize
            Text.write(xlabel, x: centre(xlabel, size ?? fontSize, box.centerX, left, right), y: baseline,
                       anchor: .middle, fontSize: size, to: &svg)
        }
        if let ylabel = axes.ylabel {
            // Rotated a quarter turn: the baseline is vertical, the ink to its left.
            let size = Text.fitted(ylabel, fontSize: fontSize, within: up)
            let baseline = box.x - yTicksLeft - Theme.labelPad - FontMetrics.descent * fontSize
            let middle = centre(ylabel, size ?? fontSize, box.centerY, cell.y + Theme.outerPad,
                                cell.bottom - Theme.outerPad)
            Text.write(ylabel, x: baseline, y: middle, anchor: .middle, fontSize: size, rotate: true, to: &svg)
        }
        if let title = axes.title {
            let size = Text.fitted(title, fontSize: Theme.titleSize, within: across) ?? Theme.titleSize
            Text.write(title, x: centre(title, size, box.centerX, left, right), y: box.y - titleBaseline,
                       anchor: .middle, fontSize: size, to: &svg)
        }
    }

    /// One line per series with points not shown, under everything else in the cell; a note
    /// too long for the cell is set smaller rather than cut off.
    func drawNotes(id: String, to svg: inout SVGWriter) {
        guard !notes.isEmpty else { return }
        svg.raw("<g")
        svg.attribute("id", id)
        svg.attribute("fill", Theme.noteColor)
        svg.raw(">\n")
        let x = cell.x + Theme.outerPad
        let available = cell.width - 2 * Theme.outerPad
        var baseline = box.bottom + xLabelBottom + 2
        for note in notes {
            baseline += Self.noteLineHeight
            Text.write(note, x: x, y: baseline - FontMetrics.descent * Theme.noteSize, anchor: .start,
                       fontSize: Text.fitted(note, fontSize: Theme.noteSize, within: available) ?? Theme.noteSize,
                       to: &svg)
        }
        svg.raw("</g>\n")
    }
}
