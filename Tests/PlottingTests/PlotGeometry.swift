import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import Plotting

/// A rectangle read back from the SVG, in points.
struct Box: Equatable, CustomStringConvertible {
    var x, y, width, height: Double

    var right: Double { x + width }
    var bottom: Double { y + height }
    var description: String { "(\(x), \(y), \(width) × \(height))" }

    init(x: Double, y: Double, width: Double, height: Double) {
        (self.x, self.y, self.width, self.height) = (x, y, width, height)
    }

    init(_ rect: XMLElement) {
        self.init(x: rect.number("x") ?? .nan, y: rect.number("y") ?? .nan,
                  width: rect.number("width") ?? .nan, height: rect.number("height") ?? .nan)
    }

    /// Where data value `value` lies across this box, for axis limits `low…high` (linear).
    func pageX(_ value: Double, _ low: Double, _ high: Double) -> Double { x + (value - low) / (high - low) * width }
    func pageY(_ value: Double, _ low: Double, _ high: Double) -> Double { bottom - (value - low) / (high - low) * height }
}

extension SVGInspection {
    /// The box of axes `index`: the rect of its clip path.
    func axesBox(_ prefix: String, axes index: Int = 0) throws -> Box {
        Box(try #require(element(id: "\(prefix)-clip\(index)")?.descendants.first))
    }

    /// The rects of a patch (bars) group, in document order.
    func bars(_ prefix: String, patch: Int, axes: Int = 0) throws -> [Box] {
        try #require(element(id: "\(prefix)-axes\(axes)-patch\(patch)")).descendants
            .filter { $0.name == "rect" }.map(Box.init)
    }
}

/// Two page coordinates are the same to the SVG's two decimals.
func close(_ a: Double, _ b: Double, within tolerance: Double = 0.011) -> Bool { abs(a - b) <= tolerance }
