import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import Plotting

@Suite("Bands, error bars, reference lines and annotations")
struct BandTests {
    @Test("fillBetween: one closed polygon per run, a NaN splits the band, alpha as fill-opacity")
    func band() throws {
        let figure = Figure(figsize: (4, 3))
        figure.axes.fillBetween([0, 1, 2, 3, 4], [0, 1, .nan, 1, 0], [2, 3, 3, 3, 2], alpha: 0.3, label: "band")
        figure.axes.xlim = (0, 4)
        figure.axes.ylim = (0, 4)
        let svg = try SVGInspection(figure.svg(idPrefix: "f"))
        let group = try #require(svg.element(id: "f-axes0-patch0"))
        #expect(group.value("fill-opacity") == "0.3")
        let d = try #require(group.descendants.first { $0.name == "path" }?.value("d"))
        let polygons = subpaths(d.replacingOccurrences(of: "Z", with: ""))
        #expect(polygons.count == 2)
        let box = try svg.axesBox("f")
        // The first run: (0,0) → (1,1) along y1, back (1,3) → (0,2) along y2.
        let expected = [(0.0, 0.0), (1, 1), (1, 3), (0, 2)].map { (box.pageX($0.0, 0, 4), box.pageY($0.1, 0, 4)) }
        #expect(polygons[0].count == 4)
        for (point, want) in zip(polygons[0], expected) { #expect(close(point.0, want.0) && close(point.1, want.1)) }
    }

    @Test("errorbar: a vertical bar from y − e to y + e at each point, and the limits reach them")
    func errorBars() throws {
        let figure = Figure(figsize: (4, 3))
        figure.axes.errorbar([1, 2, 3], [2, 4, 3], yerr: [0.5, 1, 2], label: "runs")
        let svg = try SVGInspection(figure.svg(idPrefix: "e"))
        let series = try #require(svg.element(id: "e-axes0-series0"))
        let paths = series.descendants.filter { $0.name == "path" }
        // Each bar is `Mx,yVy'`: from y − e up to y + e.
        let bars = try #require(paths.first?.value("d")).split(separator: "M").map {
            $0.split(whereSeparator: { $0 == "," || $0 == "V" }).compactMap { Double($0) }
        }
        #expect(bars.count == 3)
        let box = try svg.axesBox("e")
        // Autoscaled y: 1 … 5 (from 3 − 2 and 3 + 2) with 5% margins.
        let (low, high) = (1 - 0.2, 5 + 0.2)
        for (bar, (y, e)) in zip(bars, [(2.0, 0.5), (4, 1), (3, 2)]) {
            #expect(close(bar[1], box.pageY(y - e, low, high)), "\(bar)")
            #expect(close(bar[2], box.pageY(y + e, low, high)), "\(bar)")
        }
        #expect(paths.count == 3, "bars, line, markers")
    }

    @Test("axhline and axvline span the axes at their value, which counts for the limits")
    func referenceLines() throws {
        let figure = Figure(figsize: (4, 3))
        figure.axes.plot([0, 1], [0, 1])
        figure.axes.axhline(3, style: .dashed, color: .red, label: "limit")
        figure.axes.axvline(0.5)
        let svg = try SVGInspection(figure.svg(idPrefix: "r"))
        let box = try svg.axesBox("r")
        let horizontal = try #require(svg.element(id: "r-axes0-line0")?.descendants.first)
        #expect(horizontal.value("stroke") == "#d62728")
        #expect(horizontal.value("stroke-dasharray") != nil)
        let h = subpaths(try #require(horizontal.value("d")).replacingOccurrences(of: "H", with: "L"))
        // y autoscaled to 0 … 3 with 5% margins: the line is at the top margin's edge.
        #expect(close(h[0][0].1, box.pageY(3, -0.15, 3.15)))
        #expect(close(h[0][0].0, box.x))
        let vertical = try #require(svg.element(id: "r-axes0-line1")?.descendants.first)
        #expect(vertical.value("stroke") == "#1f77b4", "matplotlib's default colour, C0")
        #expect(try #require(vertical.value("d")).hasPrefix("M\(svgNumber(box.pageX(0.5, -0.05, 1.05)))"))
    }

    @Test("annotate: the text at xytext and an arrow ending 2 pt short of xy")
    func annotation() throws {
        let figure = Figure(figsize: (4, 3))
        figure.axes.plot([0, 10], [0, 10])
        figure.axes.xlim = (0, 10)
        figure.axes.ylim = (0, 10)
        figure.axes.annotate("peak", xy: (8, 8), xytext: (2, 2))
        let svg = try SVGInspection(figure.svg(idPrefix: "a"))
        let box = try svg.axesBox("a")
        let text = try #require(svg.elements(named: "text").first { $0.stringValue == "peak" })
        #expect(close(text.number("x")!, box.pageX(2, 0, 10)))
        let arrow = try #require(svg.elements(named: "path").first { $0.value("stroke-linecap") == "round" })
        let strokes = subpaths(try #require(arrow.value("d")))
        let tip = strokes[0][1]
        let target = (box.pageX(8, 0, 10), box.pageY(8, 0, 10))
        let distance = ((tip.0 - target.0) * (tip.0 - target.0) + (tip.1 - target.1) * (tip.1 - target.1)).squareRoot()
        #expect(abs(distance - 2) < 0.05, "\(distance)")
        #expect(strokes.count == 2 && close(strokes[1][1].0, tip.0), "a head of two strokes meeting at the tip")
    }

    @Test("the legend lists every kind in call order, each with its own handle")
    func legendHandles() throws {
        let figure = Figure(figsize: (5, 4))
        let axes = figure.axes
        axes.hist([1.0, 2, 2, 3], bins: 3, label: "hist")
        axes.plot([1, 3], [1, 2], label: "line")
        axes.scatter([2], [1], label: "points")
        axes.errorbar([1, 2], [1, 2], yerr: 0.1, label: "errors")
        axes.fillBetween([1, 3], [0, 0], [1, 1], alpha: 0.2, label: "band")
        axes.axhline(1.5, label: "level")
        let svg = try SVGInspection(figure.svg(idPrefix: "l"))
        let legend = try #require(svg.element(id: "l-axes0-legend"))
        #expect(legend.descendants.filter { $0.name == "text" }.compactMap(\.stringValue)
                == ["hist", "line", "points", "errors", "band", "level"])
        // Each label's handle: the elements between the previous label (or the frame) and it.
        let children = (legend.children ?? []).compactMap { $0 as? XMLElement }.dropFirst()
        var groups: [[XMLElement]] = [[]]
        for child in children {
            if child.name == "text" { groups.append([]) } else { groups[groups.count - 1].append(child) }
        }
        groups.removeLast()
        #expect(groups.count == 6)
        func kinds(_ group: [XMLElement]) -> [String] {
            group.map { $0.name == "rect" ? "patch" : ($0.value("fill") == "none" ? "line" : "marker") }
        }
        #expect(kinds(groups[0]) == ["patch"])
        #expect(groups[0][0].number("width") == 20, "a patch handle spans the handle length")
        #expect(kinds(groups[1]) == ["line"])
        #expect(kinds(groups[2]) == ["marker"])
        #expect(kinds(groups[3]) == ["line", "line", "marker"], "error bar, line and marker")
        #expect(kinds(groups[4]) == ["patch"])
        #expect(groups[4][0].value("fill-opacity") == "0.2")
        #expect(kinds(groups[5]) == ["line"])
    }

    @Test("scatter with sizes (pt², matplotlib's s) and colours draws each marker its own way")
    func scatterSizesAndColors() throws {
        let figure = Figure(figsize: (4, 3))
        figure.axes.scatter([1, 2, 3], [1, 2, 3], sizes: [16, 16, 100], colors: ["#ff0000", "#ff0000", "#0000ff"])
        let svg = try SVGInspection(figure.svg(idPrefix: "sc"))
        let paths = try #require(svg.element(id: "sc-axes0-series0")).descendants.filter { $0.name == "path" }
        #expect(paths.map { $0.value("fill") } == ["#ff0000", "#0000ff"], "one path per run of equal markers")
        // A circle of diameter √100 = 10 pt: its arcs have radius 5.
        #expect(try #require(paths[1].value("d")).contains("a5,5"))
        #expect(try #require(paths[0].value("d")).contains("a2,2"))
    }

    @Test("every new kind keeps the guarantees: valid XML, prefixed unique ids, identical bytes")
    func guarantees() throws {
        func make() -> Figure {
            let figure = Figure(rows: 1, columns: 2, figsize: (7, 3))
            figure[0, 0].hist((0..<500).map { sin(Double($0)) }, bins: 12, density: true, label: "sin")
            figure[0, 0].axvline(0, style: .dotted)
            figure[0, 0].annotate("zero", xy: (0, 0.5), xytext: (0.5, 1))
            figure[0, 1].imshow([[1, 0.5], [0.5, 1]], colormap: .viridis, vmin: -1, vmax: 1, colorbar: true)
            figure[0, 1].errorbar([0, 1], [0, 1], yerr: [0.1, .nan])
            figure[0, 1].fillBetween([0, 1], [0, 0.5], 1, alpha: 0.5)
            return figure
        }
        let first = make().svg(idPrefix: "g", title: "all")
        #expect(first == make().svg(idPrefix: "g", title: "all"))
        let svg = try SVGInspection(first)
        #expect(Set(svg.ids).count == svg.ids.count)
        #expect(svg.ids.allSatisfy { $0.hasPrefix("g-") })
        #expect(svg.elements(named: "title").first?.stringValue == "all")
        #expect(!first.contains("nan") && !first.contains("inf"))
    }
}

/// A number as the SVG writes it (two decimals, no trailing zeros).
func svgNumber(_ value: Double) -> String {
    var text = String(format: "%.2f", value)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
}
