import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import Plotting

@Suite("imshow")
struct ImageTests {
    private struct Cell: Equatable {
        var x, y, width, height: Double
        var fill: String
    }

    /// The image groups (the only groups with crisp edges), in document order.
    private func imageGroups(_ svg: SVGInspection) -> [XMLElement] {
        svg.elements(named: "g").filter { $0.value("shape-rendering") == "crispEdges" }
    }

    private func cells(_ group: XMLElement) -> [Cell] {
        group.descendants.filter { $0.name == "rect" }.map {
            Cell(x: $0.number("x")!, y: $0.number("y")!, width: $0.number("width")!,
                 height: $0.number("height")!, fill: $0.value("fill")!)
        }
    }

    private func axesBox(_ svg: SVGInspection, _ prefix: String) throws -> Cell {
        let rect = try #require(svg.element(id: "\(prefix)-clip0")?.descendants.first)
        return Cell(x: rect.number("x")!, y: rect.number("y")!, width: rect.number("width")!,
                    height: rect.number("height")!, fill: "")
    }

    @Test("equal neighbours in a row merge into one rect, in the categorical colours")
    func mergedRuns() throws {
        let grid: [[Double]] = [
            [0, 0, 1, 1],  // bottom: two runs
            [0, 1, 1, 0],  // three runs
            [2, 2, 2, 12], // one run: 12 wraps round to class 2
        ]
        let figure = Figure(figsize: (4, 3))
        figure.axes.imshow(grid, extent: (0, 4, 0, 3), colormap: .tab10Categorical)
        let svg = try SVGInspection(figure.svg(idPrefix: "mr"))
        let groups = imageGroups(svg)
        try #require(groups.count == 1)
        let rects = cells(groups[0])
        #expect(rects.map(\.fill) == ["#1f77b4", "#ff7f0e", "#1f77b4", "#ff7f0e", "#1f77b4", "#2ca02c"])
        // The extent is the only data, so the image fills the box; each row spans it without gaps.
        let box = try axesBox(svg, "mr")
        for row in [rects[0..<2], rects[2..<5], rects[5..<6]] {
            #expect(row.first!.x == box.x)
            #expect(abs(row.reduce(0) { $0 + $1.width } - box.width) < 0.011)
            for (left, right) in zip(row, row.dropFirst()) { #expect(abs(left.x + left.width - right.x) < 0.001) }
        }
        #expect(abs(rects[0].width - box.width / 2) < 0.011)
    }

    @Test("a 100 × 100 grid of two class regions takes one or two rects per row")
    func compactRegions() throws {
        let grid = (0..<100).map { row in (0..<100).map { column in Double(row + column >= 100 ? 1 : 0) } }
        let figure = Figure(figsize: (4, 4))
        figure.axes.imshow(grid, extent: (-1, 1, -1, 1), colormap: .categorical(["#ddeeff", "#ffeedd"]))
        let svg = try SVGInspection(figure.svg(idPrefix: "cr"))
        let rects = cells(try #require(imageGroups(svg).first))
        #expect(rects.count == 199)
        #expect(Set(rects.map(\.fill)) == ["#ddeeff", "#ffeedd"])
    }

    @Test("row 0 is drawn at the bottom, column 0 at the left (origin='lower')")
    func rowZeroAtBottom() throws {
        let figure = Figure(figsize: (4, 3))
        figure.axes.imshow([[0, 1], [2, 3]], extent: (0, 2, 0, 2), colormap: .tab10Categorical)
        let svg = try SVGInspection(figure.svg(idPrefix: "rb"))
        let rects = cells(try #require(imageGroups(svg).first))
        let byFill = Dictionary(uniqueKeysWithValues: rects.map { ($0.fill, $0) })
        let (c0, c1, c2) = (byFill["#1f77b4"]!, byFill["#ff7f0e"]!, byFill["#2ca02c"]!)
        let box = try axesBox(svg, "rb")
        // SVG's y grows downwards: row 0 has the larger y and ends at the box's bottom edge.
        #expect(c0.y > c2.y)
        #expect(abs(c0.y + c0.height - (box.y + box.height)) < 0.011)
        #expect(c2.y == box.y)
        #expect(c0.y == c1.y && c0.x < c1.x)
    }

    @Test("a NaN cell is left empty")
    func nanOmitted() throws {
        let figure = Figure(figsize: (4, 3))
        figure.axes.imshow([[1, .nan, 1]], extent: (0, 3, 0, 1), colormap: .tab10Categorical)
        let svg = try SVGInspection(figure.svg(idPrefix: "nan"))
        let rects = cells(try #require(imageGroups(svg).first))
        try #require(rects.count == 2)
        let box = try axesBox(svg, "nan")
        #expect(abs(rects[0].x + rects[0].width - (box.x + box.width / 3)) < 0.011)
        #expect(abs(rects[1].x - (box.x + 2 * box.width / 3)) < 0.011)
        #expect(figure.notes.isEmpty)
    }

    @Test("alpha becomes the group's fill-opacity; opaque images carry none")
    func alpha() throws {
        let figure = Figure(figsize: (4, 3))
        figure.axes.imshow([[0, 1]], extent: (0, 1, 0, 1), alpha: 0.3)
        figure.axes.imshow([[0, 1]], extent: (0, 1, 0, 1))
        let groups = imageGroups(try SVGInspection(figure.svg(idPrefix: "al")))
        #expect(groups.map { $0.value("fill-opacity") } == ["0.3", nil])
    }

    @Test("identical input gives identical bytes")
    func determinism() {
        func figure() -> Figure {
            let grid = (0..<30).map { row in (0..<40).map { column in sin(Double(row)) * cos(Double(column) / 7) } }
            let figure = Figure(figsize: (4, 3))
            figure.axes.scatter([0.1, 0.5], [0.2, 0.9], label: "points")
            figure.axes.imshow(grid, extent: (0, 1, 0, 1), alpha: 0.5, label: "field")
            return figure
        }
        let first = figure().svg(idPrefix: "det")
        #expect(first == figure().svg(idPrefix: "det"))
        #expect(first.contains("crispEdges"))
    }

    @Test("the extent widens the autoscaled limits, with no margin past it")
    func extentInLimits() throws {
        let figure = Figure(figsize: (4, 3))
        figure.axes.scatter([0, 1], [0, 1])
        figure.axes.imshow([[0, 1], [1, 0]], extent: (-2, 3, -1, 2), colormap: .tab10Categorical)
        let svg = try SVGInspection(figure.svg(idPrefix: "ext"))
        let rects = cells(try #require(imageGroups(svg).first))
        let box = try axesBox(svg, "ext")
        // The image fills the axes exactly: its edges are the limits.
        #expect(rects.map(\.x).min() == box.x)
        #expect(abs(rects.map { $0.x + $0.width }.max()! - (box.x + box.width)) < 0.011)
        #expect(rects.map(\.y).min() == box.y)
        #expect(abs(rects.map { $0.y + $0.height }.max()! - (box.y + box.height)) < 0.011)
        #expect(svg.texts.contains("\u{2212}2") && svg.texts.contains("3"))

        // Points beyond the extent keep their 5% margin, and the image no longer reaches that side.
        figure.axes.scatter([10], [0.5])
        let wider = try SVGInspection(figure.svg(idPrefix: "ext"))
        let right = cells(try #require(imageGroups(wider).first)).map { $0.x + $0.width }.max()!
        let widerBox = try axesBox(wider, "ext")
        #expect(right < widerBox.x + widerBox.width - 10)
    }

    @Test("the image is drawn before the markers even when imshow comes after scatter")
    func imageBeneathSeries() throws {
        let figure = Figure(figsize: (4, 3))
        figure.axes.scatter([0.2, 0.8], [0.3, 0.7], label: "class 0")
        figure.axes.imshow([[0, 1], [1, 0]], extent: (0, 1, 0, 1), colormap: .tab10Categorical)
        figure.axes.grid = true
        let svg = try SVGInspection(figure.svg(idPrefix: "z"))
        let order = svg.elements
        let image = try #require(order.firstIndex { $0.value("shape-rendering") == "crispEdges" })
        let markers = try #require(order.firstIndex { $0.value("id") == "z-axes0-series0" })
        #expect(image < markers)
        // Clipped to the axes like the series, and beneath the grid as in matplotlib.
        #expect(order[image].parent.flatMap { ($0 as? XMLElement)?.value("clip-path") } == "url(#z-clip0)")
        let grid = try #require(order.firstIndex { $0.value("stroke") == "#b0b0b0" })
        #expect(image < grid)
    }

    @Test("viridis runs from #440154 through #21918c to #fde725 over the finite range")
    func viridisEnds() throws {
        let figure = Figure(figsize: (4, 3))
        figure.axes.imshow([[-3, 2, 7, .infinity]], extent: (0, 4, 0, 1))
        let rects = cells(try #require(imageGroups(try SVGInspection(figure.svg(idPrefix: "v"))).first))
        #expect(rects.map(\.fill) == ["#440154", "#21918c", "#fde725"])
        // +∞ takes the top colour, so it merges with 7.
        #expect(rects.count == 3)

        let flat = Figure(figsize: (4, 3))
        flat.axes.imshow([[5, 5]], extent: (0, 2, 0, 1))
        let flatRects = cells(try #require(imageGroups(try SVGInspection(flat.svg(idPrefix: "f"))).first))
        #expect(flatRects.map(\.fill) == ["#440154"])
    }

    @Test("a label adds a legend entry: a square in the map's middle colour")
    func legendSwatch() throws {
        let figure = Figure(figsize: (4, 3))
        figure.axes.imshow([[0, 1], [2, 3]], extent: (0, 1, 0, 1), alpha: 0.4, label: "density")
        figure.axes.scatter([0.5], [0.5], label: "point")
        let svg = try SVGInspection(figure.svg(idPrefix: "lg"))
        let legend = try #require(svg.element(id: "lg-axes0-legend"))
        #expect(legend.descendants.filter { $0.name == "text" }.compactMap(\.stringValue) == ["density", "point"])
        let swatch = try #require(legend.descendants.filter { $0.name == "rect" }.dropFirst().first)
        #expect(swatch.value("fill") == "#21918c")
        #expect(swatch.value("fill-opacity") == "0.4")
        #expect(swatch.value("width") == swatch.value("height"))

        let unlabelled = Figure(figsize: (4, 3))
        unlabelled.axes.imshow([[0, 1]], extent: (0, 1, 0, 1))
        #expect(try SVGInspection(unlabelled.svg(idPrefix: "nl")).element(id: "nl-axes0-legend") == nil)
    }

    @Test("the free imshow gives a one-axes figure; grids of Float and Int are plot grids")
    func freeFunction() throws {
        let figure = imshow([[0, 1], [1, 0]] as [[Float]], extent: (0, 1, 0, 1), colormap: .tab10Categorical)
        #expect(figure.allAxes.count == 1)
        #expect(figure.figsize.width == 3.5 && figure.figsize.height == 2.5)
        figure.axes.scatter([0.5], [0.5])
        let svg = try SVGInspection(figure.svg(idPrefix: "fr"))
        #expect(cells(try #require(imageGroups(svg).first)).count == 4)
        #expect(([[1, 2], [3, 4]] as [[Int]]).plotGrid == [[1, 2], [3, 4]])
        #expect(([[0.5]] as [[Float]]).plotGrid == [[0.5]])
    }

    @Test("on a log axis cells with no place are skipped and nothing is NaN")
    func logAxis() throws {
        let figure = Figure(figsize: (4, 3))
        figure.axes.imshow([[0, 1, 2, 3]], extent: (0, 4, 0, 1), colormap: .tab10Categorical)
        figure.axes.xscale = .log
        let source = figure.svg(idPrefix: "log")
        let rects = cells(try #require(imageGroups(try SVGInspection(source)).first))
        #expect(rects.map(\.fill) == ["#ff7f0e", "#2ca02c", "#d62728"])
        #expect(!source.contains("nan") && !source.contains("inf"))
    }

    @Test("a ragged grid stops the program with the row lengths in the message")
    func raggedTrap() async {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = imshow([[1.0, 2, 3], [1, 2]], extent: (0, 1, 0, 1))
        }
        let message = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
        #expect(message.contains("imshow: row 1 has 2 values but row 0 has 3"))
    }

    @Test("vmin above vmax stops the program, as matplotlib refuses it, instead of a bar that contradicts the cells")
    func invertedLimitsTrap() async {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = imshow([[1.0, 2], [3, 4]], vmin: 1, vmax: 0)
        }
        let message = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
        #expect(message.contains("imshow: vmin (1.0) must not exceed vmax (0.0); swap them"))
    }
}
