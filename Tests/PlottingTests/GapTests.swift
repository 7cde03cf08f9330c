import Testing
import Plotting

@Suite("Gaps: points that cannot be shown")
struct GapTests {
    /// x at page coordinates, from the SVG's tick labels: the x of the tick labelled `label`.
    private func tickX(_ svg: SVGInspection, _ label: String) -> Double? {
        svg.elements(named: "text").first { $0.stringValue == label }?.number("x")
    }

    @Test("NaN in the middle splits the line into two subpaths, with nothing drawn there")
    func nanSplitsPath() throws {
        let x: [Double] = [0, 1, 2, 3, 4, 5, 6]
        let y: [Double] = [0, 1, 3, .nan, 3, 1, 0]  // no three in a line: simplification keeps all
        let figure = Figure(figsize: (4, 3))
        figure.axes.plot(x, y, label: "tent")
        let svg = try SVGInspection(figure.svg(idPrefix: "gap"))
        let parts = subpaths(try #require(linePath(svg, prefix: "gap", series: 0)))
        #expect(parts.count == 2)
        #expect(parts.map(\.count) == [3, 3])
        // The gap spans the missing point: the first run ends at x = 2, the second starts at x = 4.
        let x2 = try #require(tickX(svg, "2")), x4 = try #require(tickX(svg, "4"))
        #expect(abs(parts[0].last!.0 - x2) < 0.01)
        #expect(abs(parts[1].first!.0 - x4) < 0.01)
        let x3 = try #require(tickX(svg, "3"))
        #expect(parts.joined().allSatisfy { abs($0.0 - x3) > 1 })
    }

    @Test("±infinity leaves a gap too, and is never drawn at the edge of the axes")
    func infinitySplitsPath() throws {
        let figure = Figure(figsize: (4, 3))
        figure.axes.plot([0, 1, 2, 3, 4], [1, .infinity, 2, -.infinity, 3] as [Double])
        let svg = try SVGInspection(figure.svg(idPrefix: "inf"))
        // Only isolated points remain: no segment at all, each drawn as a dot.
        #expect(linePath(svg, prefix: "inf", series: 0) == nil)
        let group = try #require(svg.element(id: "inf-axes0-series0"))
        let dots = try #require(group.descendants.first { $0.name == "path" }?.value("d"))
        #expect(dots.filter { $0 == "M" }.count == 3)
        #expect(figure.notes == ["2 points not shown (not finite)"])
    }

    @Test("the showcase note: ReLU at scale 0.8 overflows to NaN")
    func reluNote() throws {
        let scales: [Float] = [0.1, 0.2, 0.4, 0.8]
        let relu: [Double] = [1.4e-9, 1.3e6, 1.7e21, .nan]
        let figure = Figure(figsize: (5, 3.5))
        figure.axes.plot(scales, relu, label: "relu")
        figure.axes.yscale = .log
        #expect(figure.notes == ["relu: 1 point not shown (not finite)"])
        let svg = try SVGInspection(figure.svg(idPrefix: "relu"))
        let notes = try #require(svg.element(id: "relu-axes0-notes"))
        #expect(notes.stringValue == "relu: 1 point not shown (not finite)")
        let parts = subpaths(try #require(linePath(svg, prefix: "relu", series: 0)))
        #expect(parts.count == 1 && parts[0].count == 3)
        // The note sits under the axes, inside the figure.
        let box = try #require(svg.element(id: "relu-clip0")?.descendants.first)
        let noteY = try #require(notes.descendants.first?.number("y"))
        #expect(noteY > box.number("y")! + box.number("height")!)
        #expect(noteY < 3.5 * 72)
    }

    @Test("a series with no finite point is in the legend and noted, and the figure still draws")
    func allNaN() throws {
        let figure = Figure(figsize: (4, 3))
        figure.axes.plot([1, 2, 3], [1, 4, 9], label: "square")
        figure.axes.plot([1, 2, 3], [Double.nan, .nan, .nan], label: "broken")
        let svg = try SVGInspection(figure.svg(idPrefix: "nan"))
        let legend = try #require(svg.element(id: "nan-axes0-legend"))
        #expect(legend.descendants.filter { $0.name == "text" }.compactMap(\.stringValue) == ["square", "broken"])
        #expect(figure.notes == ["broken: no point shown (3 of 3 not finite)"])
        #expect(linePath(svg, prefix: "nan", series: 1) == nil)
        #expect(svg.element(id: "nan-axes0-series1") != nil)
    }

    @Test("nothing finite at all still gives a valid figure with default limits")
    func emptyFigure() throws {
        let figure = plot([Double.nan], [Double.nan], legend: ["nothing"], yscale: .log)
        let svg = try SVGInspection(figure.svg(idPrefix: "e"))
        #expect(svg.root.name == "svg")
        #expect(figure.notes == ["nothing: no point shown (1 of 1 not finite)"])
        #expect(!Figure().svg(idPrefix: "blank").isEmpty)
    }

    @Test("a log axis drops zero and negative values, leaving gaps, with a note")
    func logNonPositive() throws {
        let figure = Figure(figsize: (4, 3))
        figure.axes.plot([1, 2, 3, 4, 5, 6], [10, 100, 0, 1000, -5, 10], label: "loss")
        figure.axes.yscale = .log
        #expect(figure.notes == ["loss: 2 points not shown (≤ 0 on the log y axis)"])
        let svg = try SVGInspection(figure.svg(idPrefix: "log"))
        let parts = subpaths(try #require(linePath(svg, prefix: "log", series: 0)))
        #expect(parts.count == 1 && parts[0].count == 2)
        // The isolated point at x = 4 is a dot, and the one at x = 6 another.
        let group = try #require(svg.element(id: "log-axes0-series0"))
        let dots = group.descendants.filter { $0.name == "path" && $0.value("fill") != "none" }
        #expect(dots.count == 1)
        #expect(dots[0].value("d")!.filter { $0 == "M" }.count == 2)
        // The y limits come from the positive values only (10 … 1000, with margins).
        #expect(svg.texts.contains("101") && svg.texts.contains("103"))
    }

    @Test("points outside the limits are clipped geometrically, not moved onto the edge")
    func clipping() throws {
        let figure = Figure(figsize: (4, 3))
        figure.axes.plot([0, 1, 2], [0, 1e300, 0])
        figure.axes.ylim = (0, 1)
        let svg = try SVGInspection(figure.svg(idPrefix: "clip"))
        let parts = subpaths(try #require(linePath(svg, prefix: "clip", series: 0)))
        let box = try #require(svg.element(id: "clip-clip0")?.descendants.first)
        let top = box.number("y")!
        // Two nearly vertical runs leave the top of the axes, within the clip margin.
        #expect(parts.count == 2)
        for point in parts.joined() {
            #expect(point.1 >= top - 10 && point.1 <= top + box.number("height")! + 10)
        }
    }
}
