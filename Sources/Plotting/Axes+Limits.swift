#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Axes {
    /// The view limits of both axes: the data range plus matplotlib's 5% margins (in log space
    /// on a log axis), or the limits set by the user.
    ///
    /// An image's extent counts as data, and its edges are sticky, as matplotlib's are: the
    /// margin stops at an edge, so an image reaching past the points fills the axes exactly.
    var viewLimits: (x: (Double, Double), y: (Double, Double)) {
        let xEdges = images.flatMap { [$0.extent.xMin, $0.extent.xMax] }
        let yEdges = images.flatMap { [$0.extent.yMin, $0.extent.yMax] }
        // Error bars reach y ± e; a reference line counts along its own axis only.
        let errorEnds = series.compactMap { series in
            series.yErrors.map { errors in zip(series.y, errors).flatMap { [$0 - $1, $0 + $1] } }
        }
        let xLines = referenceLines.filter { !$0.horizontal }.map(\.value)
        let yLines = referenceLines.filter(\.horizontal).map(\.value)
        let xColumns = series.map(\.x) + patches.map(\.xValues) + [xEdges, xLines]
        let yColumns = series.map(\.y) + errorEnds + patches.map(\.yValues) + [yEdges, yLines]
        let x = Self.limits(xColumns, scale: xscale, fixed: xlim, sticky: xEdges + patches.flatMap(\.stickyX))
        let y = Self.limits(yColumns, scale: yscale, fixed: ylim, sticky: yEdges + patches.flatMap(\.stickyY))
        return (x, y)
    }

    static func limits(
        _ columns: [[Double]], scale: Scale, fixed: (Double, Double)?, sticky: [Double] = []
    ) -> (Double, Double) {
        // Work in the axis' uniform coordinate (log10 of the value on a log axis).
        var low = Double.infinity, high = -Double.infinity
        for column in columns {
            for value in column where scale.accepts(value) {
                let t = scale.transform(value)
                if t < low { low = t }
                if t > high { high = t }
            }
        }
        let fixedLow = fixed.flatMap { scale.accepts($0.0) ? scale.transform($0.0) : nil }
        let fixedHigh = fixed.flatMap { scale.accepts($0.1) ? scale.transform($0.1) : nil }
        if let fixedLow, let fixedHigh {
            let (a, b) = fixedLow == fixedHigh ? nonsingular(fixedLow, fixedHigh, scale: scale) : (fixedLow, fixedHigh)
            return (scale.inverse(a), scale.inverse(b))
        }
        if low > high {
            // No data: matplotlib's empty axes show 0…1 (one decade on a log axis).
            (low, high) = scale == .log ? (-1, 0) : (0, 1)
        } else {
            (low, high) = nonsingular(low, high, scale: scale)
            // matplotlib's sticky bounds: the nearest edge at or beyond each end of the data
            // (within a relative 10⁻⁵) caps the margin there.
            let tolerance = 1e-5 * (high - low)
            let edges = sticky.filter(scale.accepts).map(scale.transform)
            let lowBound = edges.filter { $0 < low + tolerance }.max()
            let highBound = edges.filter { $0 > high - tolerance }.min()
            let margin = 0.05 * (high - low)
            low -= margin
            high += margin
            if let lowBound { low = max(low, lowBound) }
            if let highBound { high = min(high, highBound) }
        }
        if let fixedLow {
            low = fixedLow
            if high <= low { high = low + max(1, abs(low) * 0.1) }
        }
        if let fixedHigh {
            high = fixedHigh
            if low >= high { low = high - max(1, abs(high) * 0.1) }
        }
        return (clampedInverse(low, scale), clampedInverse(high, scale))
    }

    /// Widens a zero-width range as matplotlib's `nonsingular` does: ±5% of the value
    /// (±0.05 around 0), or out to the neighbouring decades on a log axis.
    private static func nonsingular(_ low: Double, _ high: Double, scale: Scale) -> (Double, Double) {
        guard high - low <= abs(high) * 1e-12 else { return (low, high) }
        switch scale {
        case .log:
            let down = floor(low), up = ceil(high)
            return down == up ? (down - 1, up + 1) : (down, up)
        case .linear:
            return low == 0 ? (-0.05, 0.05) : (low - 0.05 * abs(low), high + 0.05 * abs(high))
        }
    }

    /// The inverse transform, kept finite (10^400 would overflow).
    private static func clampedInverse(_ t: Double, _ scale: Scale) -> Double {
        switch scale {
        case .linear: min(max(t, -Double.greatestFiniteMagnitude), Double.greatestFiniteMagnitude)
        case .log: pow(10, min(max(t, -307), 308))
        }
    }
}
