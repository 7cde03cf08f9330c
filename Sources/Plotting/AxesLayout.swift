/// Everything about one axes that drawing needs, decided before anything is drawn.
struct AxesLayout {
    let axes: Axes
    let xLimits: (Double, Double)
    let yLimits: (Double, Double)
    let notes: [String]
    var box = Rect(x: 0, y: 0, width: 100, height: 100)
    /// The grid cell the axes and its labels live in.
    var cell = Rect(x: 0, y: 0, width: 100, height: 100)
    var xTicks = AxisTicks(ticks: [], multiplierExponent: nil)
    var yTicks = AxisTicks(ticks: [], multiplierExponent: nil)
    /// The colour bar's value range and ticks, when the axes has one.
    let colorbarRange: (Double, Double)?
    var colorbarTicks = AxisTicks(ticks: [], multiplierExponent: nil)

    init(axes: Axes) {
        self.axes = axes
        (xLimits, yLimits) = axes.viewLimits
        notes = axes.notes
        colorbarRange = axes.colorbarImage.map { axes.images[$0].valueRange }
    }

    var xMap: AxisMap {
        AxisMap(scale: axes.xscale, lower: xLimits.0, upper: xLimits.1, start: box.x, end: box.right)
    }

    var yMap: AxisMap {
        AxisMap(scale: axes.yscale, lower: yLimits.0, upper: yLimits.1, start: box.bottom, end: box.y)
    }

    /// Chooses ticks for the current box: as many as fit, as matplotlib's `get_tick_space` allows
    /// (one per three font sizes across, one per two up), fewer if labels would collide.
    mutating func chooseTicks() {
        xTicks = Self.ticks(scale: axes.xscale, limits: xLimits, map: xMap, length: box.width, horizontal: true)
        yTicks = Self.ticks(scale: axes.yscale, limits: yLimits, map: yMap, length: box.height, horizontal: false)
        if let colorbarRange, let colorbarMap {
            colorbarTicks = Self.ticks(scale: .linear, limits: colorbarRange, map: colorbarMap, length: box.height,
                                       horizontal: false)
        }
    }

    static func ticks(
        scale: Scale, limits: (Double, Double), map: AxisMap, length: Double, horizontal: Bool
    ) -> AxisTicks {
        let fontSize = Theme.fontSize
        let spacing = horizontal ? 3 * fontSize : 2 * fontSize
        // matplotlib's `nbins`: at most this many intervals between labelled ticks.
        let intervals = min(max(Int(length / spacing), 2), 9)
        var count = intervals
        while true {
            var ticks = scale == .log
                ? Ticks.logAxis(lower: limits.0, upper: limits.1, count: count)
                : Ticks.linearAxis(lower: limits.0, upper: limits.1, count: count)
            // Labelled minor ticks (2×10⁻¹ …) give way before major ones do.
            if scale == .log && collides(ticks, map: map, horizontal: horizontal) {
                ticks.ticks = ticks.ticks.map { $0.isMajor ? $0 : Tick(value: $0.value, label: nil, isMajor: false) }
                if ticks.labelled.count < 2 {
                    ticks = Ticks.linearAxis(lower: limits.0, upper: limits.1, count: count)
                }
            }
            let tooMany = scale == .linear && ticks.labelled.count - 1 > intervals
            if count <= 2 || !(tooMany || collides(ticks, map: map, horizontal: horizontal)) { return ticks }
            count -= 1
        }
    }

    /// Whether two neighbouring labels would touch (less than half a font size apart).
    static func collides(_ ticks: AxisTicks, map: AxisMap, horizontal: Bool) -> Bool {
        let fontSize = Theme.fontSize
        let spans = ticks.labelled.compactMap { tick -> (Double, Double)? in
            guard let position = map.position(tick.value), let label = tick.label else { return nil }
            let extent = horizontal ? label.width(fontSize: fontSize) : Text.lineHeight(fontSize)
            return (position - extent / 2, position + extent / 2)
        }.sorted { $0.0 < $1.0 }
        for index in spans.indices.dropFirst() where spans[index].0 - spans[index - 1].1 < fontSize / 2 {
            return true
        }
        return false
    }

    /// Widest y tick label, and the tallest x tick label's ink above its baseline.
    var yLabelWidth: Double {
        yTicks.labelled.compactMap { $0.label?.width(fontSize: Theme.fontSize) }.max() ?? 0
    }

    var xLabelAscent: Double {
        xTicks.labelled.compactMap { $0.label.map { Text.ascent($0, fontSize: Theme.fontSize) } }.max() ?? 0
    }

    /// The multiplier labels (`×10⁶`) of linear axes with very large or small values.
    var xMultiplier: TickLabel? { xTicks.multiplierExponent.map { .power(coefficient: "", exponent: $0) } }
    var yMultiplier: TickLabel? { yTicks.multiplierExponent.map { .power(coefficient: "", exponent: $0) } }

    static let noteLineHeight = 1.25 * Theme.noteSize
}
