/// One plotted series: a line (possibly with markers) or a scatter of markers.
struct Series {
    var x: [Double]
    var y: [Double]
    var label: String?
    var style: LineStyle
    var marker: Marker
    var color: Color
    var lineWidth: Double
    /// Marker diameter in points (matplotlib's `markersize`; a scatter's `s` is its square).
    var markerSize: Double
    /// Position among everything drawn on the axes, for the legend's order.
    var order = 0
    /// `errorbar`'s symmetric error per point: a bar from y − e to y + e.
    var yErrors: [Double]?
    /// `scatter`'s per-point marker diameters and colours, overriding `markerSize` and `color`.
    var pointSizes: [Double]?
    var pointColors: [Color]?

    var hasLine: Bool { style != .none }
    var hasMarkers: Bool { marker != .none }

    /// The label shown in the legend, if any.
    var legendLabel: String? {
        guard let label, !label.isEmpty else { return nil }
        return label
    }

    /// How many points cannot be drawn, by reason.
    func dropped(xscale: Scale, yscale: Scale) -> (nonFinite: Int, nonPositive: Int) {
        var nonFinite = 0, nonPositive = 0
        for (x, y) in zip(x, y) {
            if !x.isFinite || !y.isFinite {
                nonFinite += 1
            } else if (xscale == .log && x <= 0) || (yscale == .log && y <= 0) {
                nonPositive += 1
            }
        }
        return (nonFinite, nonPositive)
    }

    /// The note shown under the axes when points are dropped, e.g.
    /// "relu: 1 point not shown (not finite)"; nil when every point is drawn. Without a name
    /// (the only series of its axes, unlabelled) the note starts at the count.
    func droppedNote(name: String?, xscale: Scale, yscale: Scale) -> String? {
        let (nonFinite, nonPositive) = dropped(xscale: xscale, yscale: yscale)
        let total = nonFinite + nonPositive
        guard total > 0 else { return nil }
        let axis = switch (xscale, yscale) {
        case (.log, .log): "log axes"
        case (.log, _): "log x axis"
        default: "log y axis"
        }
        let positiveReason = "≤ 0 on the \(axis)"
        let reason = switch (nonFinite > 0, nonPositive > 0) {
        case (true, true): "\(nonFinite) not finite, \(nonPositive) \(positiveReason)"
        case (true, false): "not finite"
        default: positiveReason
        }
        if total == x.count {
            let detail = nonFinite > 0 && nonPositive > 0 ? reason : "\(total) of \(total) \(reason)"
            return name.map { "\($0): no point shown (\(detail))" } ?? "No point shown (\(detail))"
        }
        return (name.map { "\($0): " } ?? "") + "\(total) point\(total == 1 ? "" : "s") not shown (\(reason))"
    }
}

/// Text placed at data coordinates (`Axes.text`), with an arrow to `target` (`Axes.annotate`).
struct Annotation {
    var x: Double
    var y: Double
    var text: String
    var color: Color
    var fontSize: Double
    var target: (x: Double, y: Double)?
}
