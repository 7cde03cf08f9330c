extension Marker {
    /// Appends this marker's outline, centred on `point`, to path data. `size` is matplotlib's
    /// `markersize`: the circle's diameter, the square's side, the triangle's height.
    func appendPath(at point: Point, size: Double, to svg: inout SVGWriter) {
        let h = size / 2, x = point.x, y = point.y
        switch self {
        case .none:
            return
        case .circle:
            Self.appendCircle(x: x, y: y, radius: h, to: &svg)
        case .point:
            Self.appendCircle(x: x, y: y, radius: size / 4, to: &svg)
        case .square:
            svg.moveTo(x - h, y - h)
            svg.byte(0x68)  // h
            svg.number(size)
            svg.byte(0x76)  // v
            svg.number(size)
            svg.byte(0x68)
            svg.number(-size)
            svg.byte(0x7A)  // z
        case .triangle, .triangleDown:
            let s: Double = self == .triangle ? 1 : -1
            svg.moveTo(x, y - s * h)
            svg.lineTo(x + h, y + s * h)
            svg.lineTo(x - h, y + s * h)
            svg.byte(0x7A)
        case .diamond:
            // matplotlib's `D` is the square turned 45°, so its diagonal is √2 × size.
            let d = h * 2.squareRoot()
            svg.moveTo(x, y - d)
            svg.lineTo(x + d, y)
            svg.lineTo(x, y + d)
            svg.lineTo(x - d, y)
            svg.byte(0x7A)
        case .cross:
            svg.moveTo(x - h, y - h)
            svg.lineTo(x + h, y + h)
            svg.moveTo(x - h, y + h)
            svg.lineTo(x + h, y - h)
        case .plus:
            svg.moveTo(x - h, y)
            svg.lineTo(x + h, y)
            svg.moveTo(x, y - h)
            svg.lineTo(x, y + h)
        }
    }

    /// A full circle as two arcs (a single arc cannot close on itself).
    static func appendCircle(x: Double, y: Double, radius r: Double, to svg: inout SVGWriter) {
        svg.moveTo(x - r, y)
        svg.arc(radius: r, dx: 2 * r)
        svg.arc(radius: r, dx: -2 * r)
        svg.byte(0x7A)
    }
}

