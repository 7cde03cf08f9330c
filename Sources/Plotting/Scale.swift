#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How data values map onto an axis.
public enum Scale: Sendable, Hashable {
    case linear
    /// Base-10 logarithmic; values that are not positive cannot be shown and leave a gap.
    case log

    /// Whether a value has a place on an axis of this scale.
    func accepts(_ value: Double) -> Bool {
        switch self {
        case .linear: value.isFinite
        case .log: value.isFinite && value > 0
        }
    }

    /// The coordinate in which the axis is uniform: the value itself, or its decimal logarithm.
    func transform(_ value: Double) -> Double {
        switch self {
        case .linear: value
        case .log: log10(value)
        }
    }

    func inverse(_ value: Double) -> Double {
        switch self {
        case .linear: value
        case .log: pow(10, value)
        }
    }
}

/// Maps data values on one axis to page coordinates (points), given the view limits.
struct AxisMap {
    let scale: Scale
    /// View limits in data units; `lower > upper` inverts the axis.
    let lower: Double
    let upper: Double
    /// Page coordinates of `lower` and `upper` (for a y axis `start` is the bottom edge).
    let start: Double
    let end: Double
    private let t0: Double
    private let factor: Double

    init(scale: Scale, lower: Double, upper: Double, start: Double, end: Double) {
        self.scale = scale
        self.lower = lower
        self.upper = upper
        self.start = start
        self.end = end
        t0 = scale.transform(lower)
        let span = scale.transform(upper) - t0
        factor = span == 0 || !span.isFinite ? 0 : 1 / span
    }

    /// Where `value` lies along the axis: 0 at `lower`, 1 at `upper`; nil when it has no place.
    ///
    /// Far-off values stay far off (up to ±1e300, so differences cannot overflow): segments are
    /// clipped to the axes in this space, before any clamping could bend their direction.
    @inline(__always)
    func unit(_ value: Double) -> Double? {
        guard scale.accepts(value) else { return nil }
        let u = (scale.transform(value) - t0) * factor
        if u.isNaN { return nil }
        return min(max(u, -1e300), 1e300)
    }

    /// The page coordinate of a unit position.
    @inline(__always)
    func page(_ unit: Double) -> Double { start + unit * (end - start) }

    /// The page coordinate of `value`, or nil when the value has no place on this axis.
    func position(_ value: Double) -> Double? {
        guard let u = unit(value) else { return nil }
        return page(min(max(u, -1e6), 1e6))
    }
}
