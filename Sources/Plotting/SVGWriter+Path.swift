/// Path data commands, written without separators the grammar does not need.
extension SVGWriter {
    @inline(__always)
    mutating func moveTo(_ x: Double, _ y: Double) {
        byte(0x4D)  // M
        number(x)
        byte(0x2C)
        number(y)
    }

    @inline(__always)
    mutating func lineTo(_ x: Double, _ y: Double) {
        byte(0x4C)  // L
        number(x)
        byte(0x2C)
        number(y)
    }

    /// A relative half-circle arc to (dx, 0).
    mutating func arc(radius: Double, dx: Double) {
        byte(0x61)  // a
        number(radius)
        byte(0x2C)
        number(radius)
        raw(" 0 1,0 ")
        number(dx)
        raw(",0")
    }

    /// A polyline as one subpath.
    mutating func polyline(_ points: [Point]) {
        guard let first = points.first else { return }
        moveTo(first.x, first.y)
        var lastX = SVGWriter.rounded(first.x), lastY = SVGWriter.rounded(first.y)
        for point in points.dropFirst() {
            // Skip points that print the same as the one before: they draw nothing.
            let x = SVGWriter.rounded(point.x), y = SVGWriter.rounded(point.y)
            if x == lastX && y == lastY && point != points.last { continue }
            lastX = x
            lastY = y
            lineTo(point.x, point.y)
        }
    }

    /// The value `number(_:)` would print, as hundredths.
    @inline(__always)
    static func rounded(_ value: Double) -> Double { value.isFinite ? (value * 100).rounded() : 0 }
}
