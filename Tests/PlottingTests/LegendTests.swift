import Foundation
import Testing
import Plotting

@Suite("Legend")
struct LegendTests {
    private struct Box { var x, y, width, height: Double
        func contains(_ p: (Double, Double)) -> Bool { p.0 >= x && p.0 <= x + width && p.1 >= y && p.1 <= y + height }
    }

    private func legendBox(_ svg: SVGInspection, _ prefix: String) throws -> Box {
        let rect = try #require(svg.element(id: "\(prefix)-axes0-legend")?.descendants.first { $0.name == "rect" })
        return Box(x: rect.number("x")!, y: rect.number("y")!, width: rect.number("width")!, height: rect.number("height")!)
    }

    private func axesBox(_ svg: SVGInspection, _ prefix: String) throws -> Box {
        let rect = try #require(svg.element(id: "\(prefix)-clip0")?.descendants.first)
        return Box(x: rect.number("x")!, y: rect.number("y")!, width: rect.number("width")!, height: rect.number("height")!)
    }

    @Test("best placement avoids the data", arguments: [
        // Data crowding a corner pushes the legend to another one.
        ([0.0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [9.0, 9, 9, 9, 9, 0, 0, 0, 0, 0]),  // fills upper left, lower right
        ([0.0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [0.0, 0, 0, 0, 0, 9, 9, 9, 9, 9]),  // fills lower left, upper right
        ([0.0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [9.0, 8, 7, 6, 5, 4, 3, 2, 1, 0]),  // a diagonal
    ])
    func bestAvoidsData(x: [Double], y: [Double]) throws {
        let figure = Figure(figsize: (4, 3))
        figure.axes.plot(x, y, label: "data", marker: .circle)
        let svg = try SVGInspection(figure.svg(idPrefix: "lg"))
        let legend = try legendBox(svg, "lg")
        // Neither the line (sampled along each segment) nor a marker enters the legend.
        let line = subpaths(try #require(linePath(svg, prefix: "lg", series: 0))).joined().map { $0 }
        #expect(line.count >= 2)
        for (a, b) in zip(line, line.dropFirst()) {
            for step in 0...50 {
                let t = Double(step) / 50
                #expect(!legend.contains((a.0 + t * (b.0 - a.0), a.1 + t * (b.1 - a.1))))
            }
        }
        let markers = try #require(svg.element(id: "lg-axes0-series0")?.descendants.first { $0.value("fill") != "none" })
        // Each circle is "Mx,y a3,3 0 1,0 6,0a…z" starting at its leftmost point.
        let centres = markers.value("d")!.split(separator: "M").map { circle in
            let start = circle.prefix { $0 != "a" }.split(separator: ",").compactMap { Double($0) }
            return (start[0] + 3, start[1])
        }
        #expect(centres.count == 10)
        #expect(!centres.contains { legend.contains($0) })
        // Inside the axes.
        let axes = try axesBox(svg, "lg")
        #expect(legend.x > axes.x && legend.x + legend.width < axes.x + axes.width)
        #expect(legend.y > axes.y && legend.y + legend.height < axes.y + axes.height)
    }

    @Test("with free space everywhere the legend goes to the upper right, as matplotlib's does")
    func defaultCorner() throws {
        let figure = Figure(figsize: (4, 3))
        figure.axes.plot([0, 1], [5, 5], label: "middle")
        figure.axes.ylim = (0, 10)
        let svg = try SVGInspection(figure.svg(idPrefix: "dc"))
        let legend = try legendBox(svg, "dc"), axes = try axesBox(svg, "dc")
        #expect(legend.x + legend.width > axes.x + axes.width * 0.8)
        #expect(legend.y < axes.y + axes.height * 0.2)
    }

    @Test("entries follow the series, in tab10 colours and line styles")
    func entries() throws {
        let x = [1.0, 2, 3]
        let figure = plot(x, [x, x.map { $0 * 2 }, x.map { $0 * 3 }], legend: ["one", "two", "three"])
        let svg = try SVGInspection(figure.svg(idPrefix: "en"))
        let legend = try #require(svg.element(id: "en-axes0-legend"))
        #expect(legend.descendants.filter { $0.name == "text" }.compactMap(\.stringValue) == ["one", "two", "three"])
        let handles = legend.descendants.filter { $0.name == "path" }
        #expect(handles.compactMap { $0.value("stroke") } == ["#1f77b4", "#ff7f0e", "#2ca02c"])
        #expect(handles[0].value("stroke-dasharray") == nil)
        #expect(handles[1].value("stroke-dasharray") == "5.55,2.4")
        #expect(handles[2].value("stroke-dasharray") == "9.6,2.4,1.5,2.4")
    }

    @Test("an explicit position is honoured and .hidden draws none")
    func explicitPosition() throws {
        let figure = Figure(figsize: (4, 3))
        figure.axes.plot([0, 1], [0, 1], label: "line")
        figure.axes.legendPosition = .lowerRight
        let svg = try SVGInspection(figure.svg(idPrefix: "ex"))
        let legend = try legendBox(svg, "ex"), axes = try axesBox(svg, "ex")
        #expect(legend.y + legend.height > axes.y + axes.height * 0.8)
        figure.axes.legendPosition = .hidden
        #expect(try SVGInspection(figure.svg(idPrefix: "ex")).element(id: "ex-axes0-legend") == nil)
    }

    @Test("no labels, no legend")
    func noLabels() throws {
        let svg = try SVGInspection(plot([1, 2], [1, 2]).svg(idPrefix: "nl"))
        #expect(svg.element(id: "nl-axes0-legend") == nil)
    }
}
