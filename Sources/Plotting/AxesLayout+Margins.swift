/// The space each part of an axes needs outside its box, stacked outward from the spine:
/// tick, pad, tick labels, axis label, and on the bottom the notes.
extension AxesLayout {
    var tickBlock: Double { Theme.majorTickLength + Theme.tickPad }

    /// Offset from the box's bottom edge to the x tick labels' baseline.
    var xTickBaseline: Double { tickBlock + xLabelAscent }

    /// Offset from the box's bottom edge to the bottom of the x tick labels (or of the ticks).
    var xTicksBottom: Double {
        xTicks.labelled.isEmpty ? Theme.majorTickLength
            : xTickBaseline + FontMetrics.descent * Theme.fontSize
    }

    /// Offset from the box's bottom edge to the bottom of the x axis label.
    var xLabelBottom: Double {
        var offset = xTicksBottom
        if xMultiplier != nil { offset += Text.lineHeight(Theme.fontSize) }
        if axes.xlabel != nil { offset += Theme.labelPad + Text.lineHeight(Theme.fontSize) }
        return offset
    }

    /// Offset from the box's left edge to the left of the y tick labels (or of the ticks).
    var yTicksLeft: Double {
        yTicks.labelled.isEmpty ? Theme.majorTickLength : tickBlock + yLabelWidth
    }

    /// Offset from the box's top edge to the title's baseline.
    var titleBaseline: Double {
        Theme.titlePad + FontMetrics.descent * Theme.titleSize
            + (yMultiplier != nil ? Text.lineHeight(Theme.fontSize) : 0)
    }

    func requiredMargins() -> Margins {
        let fontSize = Theme.fontSize
        var margins = Margins()
        margins.left = Theme.outerPad + yTicksLeft
        if axes.ylabel != nil { margins.left += Theme.labelPad + Text.lineHeight(fontSize) }

        margins.bottom = Theme.outerPad + xLabelBottom
        if !notes.isEmpty { margins.bottom += 2 + Double(notes.count) * Self.noteLineHeight }

        // The top y tick label may stand half a line above the box.
        margins.top = Theme.outerPad + fontSize * 0.6
        if yMultiplier != nil { margins.top = Theme.outerPad + Text.lineHeight(fontSize) + 2 }
        if axes.title != nil {
            margins.top = Theme.outerPad + titleBaseline + FontMetrics.ascent * Theme.titleSize
        }

        // x tick labels centred on the first and last ticks may stick out sideways.
        var overhangLeft = 0.0, overhangRight = 0.0
        let map = xMap
        for tick in xTicks.labelled {
            guard let position = map.position(tick.value), let label = tick.label else { continue }
            let half = label.width(fontSize: fontSize) / 2
            overhangLeft = max(overhangLeft, box.x - (position - half))
            overhangRight = max(overhangRight, position + half - box.right)
        }
        if let multiplier = xMultiplier {
            overhangRight = max(overhangRight, multiplier.width(fontSize: fontSize) - box.width)
        }
        margins.left = max(margins.left, Theme.outerPad + overhangLeft)
        margins.right = Theme.outerPad + max(overhangRight, 2, colorbarBlock)
        return margins
    }
}
