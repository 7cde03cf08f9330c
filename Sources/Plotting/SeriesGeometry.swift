/// A point in page coordinates.
struct Point: Equatable {
    var x: Double
    var y: Double
}

/// A series in page coordinates, ready to draw: clipped, simplified polylines, and points.
struct SeriesGeometry {
    /// Runs of the line; a gap (a point that cannot be shown) or a trip outside the axes
    /// starts a new run, drawn as a separate subpath.
    var polylines: [[Point]] = []
    /// Points with no drawable neighbour: a line alone would not show them.
    var isolated: [Point] = []
    /// Where markers go (every drawable point near the axes, whether the series has markers or not).
    var points: [Point] = []
    /// The series index of each of `points`.
    var pointIndices: [Int] = []

    /// Deviations below this (in points) are not drawn, as matplotlib's `path.simplify`
    /// (threshold 1/9 pixel) does; at 72 pt per inch it is invisible and it shrinks a
    /// 10⁴-point line to what the page can show.
    static let simplifyTolerance = 0.1

    /// Maps a series onto the page through the two axis maps, keeping only what falls within
    /// `pad` points of `box` (the clip path trims the rest exactly).
    init(series: Series, xMap: AxisMap, yMap: AxisMap, box: Rect, pad: Double, simplify: Bool = true) {
        // Clip in unit coordinates, where far-off points are still exact (see AxisMap.unit).
        let mx = pad / max(box.width, 1), my = pad / max(box.height, 1)
        let unitRect = Rect(x: -mx, y: -my, width: 1 + 2 * mx, height: 1 + 2 * my)
        func page(_ ux: Double, _ uy: Double) -> Point { Point(x: xMap.page(ux), y: yMap.page(uy)) }

        var current: [Point] = []
        var previous: (Double, Double)?
        var runLength = 0
        func finishLine() {
            if current.count >= 2 {
                polylines.append(simplify ? Self.simplified(current, tolerance: Self.simplifyTolerance) : current)
            }
            current.removeAll(keepingCapacity: true)
        }
        func finishRun() {
            if runLength == 1, let (ux, uy) = previous, unitRect.contains(ux, uy) {
                isolated.append(page(ux, uy))
            }
            finishLine()
            previous = nil
            runLength = 0
        }

        for index in 0..<min(series.x.count, series.y.count) {
            guard let ux = xMap.unit(series.x[index]), let uy = yMap.unit(series.y[index]) else {
                finishRun()
                continue
            }
            if unitRect.contains(ux, uy) {
                points.append(page(ux, uy))
                pointIndices.append(index)
            }
            runLength += 1
            defer { previous = (ux, uy) }
            guard let (px, py) = previous else { continue }
            guard let (t0, t1) = Clipping.clip(px, py, ux, uy, to: unitRect) else {
                finishLine()
                continue
            }
            let dx = ux - px, dy = uy - py
            if current.isEmpty || t0 > 0 {
                finishLine()
                current.append(page(px + t0 * dx, py + t0 * dy))
            }
            current.append(t1 < 1 ? page(px + t1 * dx, py + t1 * dy) : page(ux, uy))
            if t1 < 1 { finishLine() }
        }
        finishRun()
    }

    /// Ramer–Douglas–Peucker with an explicit stack (no recursion depth to worry about), measuring
    /// distance to the segment rather than the line so that a path doubling back keeps its turn.
    static func simplified(_ points: [Point], tolerance: Double) -> [Point] {
        guard points.count > 2 else { return points }
        var keep = [Bool](repeating: false, count: points.count)
        keep[0] = true
        keep[points.count - 1] = true
        var stack = [(0, points.count - 1)]
        let limit = tolerance * tolerance
        while let (first, last) = stack.popLast() {
            guard last - first > 1 else { continue }
            let a = points[first], b = points[last]
            var worst = -1.0, worstIndex = first
            for index in (first + 1)..<last {
                let d = squaredDistance(points[index], a, b)
                if d > worst { worst = d; worstIndex = index }
            }
            if worst > limit {
                keep[worstIndex] = true
                stack.append((first, worstIndex))
                stack.append((worstIndex, last))
            }
        }
        var result: [Point] = []
        result.reserveCapacity(points.count / 4)
        for index in points.indices where keep[index] { result.append(points[index]) }
        return result
    }

    @inline(__always)
    private static func squaredDistance(_ p: Point, _ a: Point, _ b: Point) -> Double {
        let dx = b.x - a.x, dy = b.y - a.y
        let length = dx * dx + dy * dy
        var t = length > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / length : 0
        t = min(max(t, 0), 1)
        let ex = a.x + t * dx - p.x, ey = a.y + t * dy - p.y
        return ex * ex + ey * ey
    }

    /// How many of this series' drawn vertices and segments fall in `rect` (for legend placement).
    func overlap(with rect: Rect) -> Int {
        var count = 0
        for point in points where rect.contains(point.x, point.y) { count += 1 }
        for point in isolated where rect.contains(point.x, point.y) { count += 1 }
        for line in polylines {
            for index in 1..<line.count {
                let a = line[index - 1], b = line[index]
                if rect.intersectsSegment(a.x, a.y, b.x, b.y) { count += 1 }
            }
        }
        return count
    }
}
