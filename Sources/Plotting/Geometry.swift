/// A rectangle in page coordinates (points, y down).
struct Rect: Equatable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    var right: Double { x + width }
    var bottom: Double { y + height }
    var centerX: Double { x + width / 2 }
    var centerY: Double { y + height / 2 }

    func contains(_ px: Double, _ py: Double) -> Bool {
        px >= x && px <= right && py >= y && py <= bottom
    }

    func intersects(_ other: Rect) -> Bool {
        x < other.right && other.x < right && y < other.bottom && other.y < bottom
    }

    /// Whether the segment from (x0, y0) to (x1, y1) passes through the rectangle.
    func intersectsSegment(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) -> Bool {
        Clipping.clip(x0, y0, x1, y1, to: self) != nil
    }
}

/// Space kept around an axes box for its ticks, labels, title and notes.
struct Margins: Equatable {
    var left = 0.0
    var right = 0.0
    var top = 0.0
    var bottom = 0.0
}

/// Liang–Barsky segment clipping.
enum Clipping {
    /// The parameters t0 ≤ t1 in [0, 1] of the part of the segment inside `rect`, or nil.
    @inline(__always)
    static func clip(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, to rect: Rect) -> (Double, Double)? {
        let dx = x1 - x0, dy = y1 - y0
        var t0 = 0.0, t1 = 1.0
        // Each edge: p·t ≤ q keeps the point inside.
        guard edge(-dx, x0 - rect.x, &t0, &t1), edge(dx, rect.right - x0, &t0, &t1),
              edge(-dy, y0 - rect.y, &t0, &t1), edge(dy, rect.bottom - y0, &t0, &t1)
        else { return nil }
        return (t0, t1)
    }

    @inline(__always)
    private static func edge(_ p: Double, _ q: Double, _ t0: inout Double, _ t1: inout Double) -> Bool {
        if p == 0 { return q >= 0 }
        let r = q / p
        if p < 0 {
            if r > t1 { return false }
            if r > t0 { t0 = r }
        } else {
            if r < t0 { return false }
            if r < t1 { t1 = r }
        }
        return true
    }
}
