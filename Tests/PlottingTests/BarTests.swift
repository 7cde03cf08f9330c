import Testing
import Plotting

@Suite("Bars and histograms")
struct BarTests {
    @Test("bars are centred on x, width wide, from 0 to their height, at the right pixels")
    func barGeometry() throws {
        let figure = Figure(figsize: (4, 3))
        let axes = figure.axes
        axes.bar([0, 1, 2], [3, 4, 1.5], width: 0.5)
        axes.xlim = (-1, 3)
        axes.ylim = (0, 5)
        let svg = try SVGInspection(figure.svg(idPrefix: "b"))
        let box = try svg.axesBox("b")
        let bars = try svg.bars("b", patch: 0)
        #expect(bars.count == 3)
        for (bar, (x, height)) in zip(bars, [(0.0, 3.0), (1, 4), (2, 1.5)]) {
            #expect(close(bar.x, box.pageX(x - 0.25, -1, 3)), "\(bar)")
            #expect(close(bar.right, box.pageX(x + 0.25, -1, 3)), "\(bar)")
            #expect(close(bar.bottom, box.bottom), "\(bar)")
            #expect(close(bar.y, box.pageY(height, 0, 5)), "\(bar)")
        }
        #expect(svg.element(id: "b-axes0-patch0")?.value("fill") == "#1f77b4")
    }

    @Test("autoscaling stops at the bars' base (sticky, as matplotlib's) and adds 5% above")
    func stickyBase() throws {
        let figure = Figure(figsize: (4, 3))
        figure.axes.bar([0, 1], [2, 4])
        let svg = try SVGInspection(figure.svg(idPrefix: "s"))
        let box = try svg.axesBox("s")
        let bars = try svg.bars("s", patch: 0)
        #expect(bars.allSatisfy { close($0.bottom, box.bottom) }, "bars stand on the axis")
        // y runs 0 … 4.2: the top bar reaches 4 / 4.2 of the height.
        #expect(close(bars[1].y, box.pageY(4, 0, 4.2)))
        // Negative bars hang from 0 at the top.
        let down = Figure(figsize: (4, 3))
        down.axes.bar([0, 1], [-2, -4])
        let downSVG = try SVGInspection(down.svg(idPrefix: "d"))
        let top = try downSVG.axesBox("d").y
        #expect(try downSVG.bars("d", patch: 0).allSatisfy { close($0.y, top) })
    }

    @Test("barh: bars along x from `left`, centred on y")
    func horizontal() throws {
        let figure = Figure(figsize: (4, 3))
        figure.axes.barh([0, 1], [3, 1], height: 0.4, left: 1)
        figure.axes.xlim = (0, 5)
        figure.axes.ylim = (-1, 2)
        let svg = try SVGInspection(figure.svg(idPrefix: "h"))
        let box = try svg.axesBox("h")
        let bars = try svg.bars("h", patch: 0)
        #expect(close(bars[0].x, box.pageX(1, 0, 5)) && close(bars[0].right, box.pageX(4, 0, 5)), "\(bars[0])")
        #expect(close(bars[0].bottom, box.pageY(-0.2, -1, 2)) && close(bars[0].y, box.pageY(0.2, -1, 2)))
        #expect(close(bars[1].right, box.pageX(2, 0, 5)))
    }

    @Test("hist draws one bar per non-empty bin, edge to edge, with NumPy's counts")
    func histBars() throws {
        let figure = Figure(figsize: (4, 3))
        let values: [Double] = [0.0, 0.2, 0.2, 0.5, 0.999, 1.0, 1.5, -0.1, 0.3, 0.7]
        let (counts, edges) = figure.axes.hist(values, bins: 5, range: (0, 1))
        #expect(counts == [1, 3, 1, 1, 2])
        figure.axes.xlim = (0, 1)
        figure.axes.ylim = (0, 4)
        let svg = try SVGInspection(figure.svg(idPrefix: "hi"))
        let box = try svg.axesBox("hi")
        let bars = try svg.bars("hi", patch: 0)
        #expect(bars.count == 5)
        for (index, bar) in bars.enumerated() {
            #expect(close(bar.x, box.pageX(edges[index], 0, 1)))
            #expect(close(bar.right, box.pageX(edges[index + 1], 0, 1)))
            #expect(close(bar.y, box.pageY(counts[index], 0, 4)))
        }
        for (left, right) in zip(bars, bars.dropFirst()) { #expect(close(left.right, right.x, within: 1e-9), "neighbours share an edge") }
    }

    @Test("a histogram on a log y axis: bars rise from the axes' bottom, empty bins show nothing")
    func logHistogram() throws {
        let figure = Figure(figsize: (4, 3))
        let values = [Double](repeating: 0.5, count: 1000) + [Double](repeating: 2.5, count: 10) + [3.5]
        figure.axes.hist(values, bins: 4, range: (0, 4))
        figure.axes.yscale = .log
        figure.axes.ylim = (0.1, 10_000)
        let svg = try SVGInspection(figure.svg(idPrefix: "lg"))
        let box = try svg.axesBox("lg")
        let bars = try svg.bars("lg", patch: 0)
        #expect(bars.count == 3, "the empty bin (1…2) draws nothing")
        for bar in bars { #expect(bar.bottom >= box.bottom, "\(bar) starts at or below the axis") }
        // log10 scale from -1 to 4: a count of 1000 sits at 4/5 of the height.
        func logY(_ value: Double) -> Double { box.bottom - (log10(value) + 1) / 5 * box.height }
        #expect(close(bars[0].y, logY(1000)))
        #expect(close(bars[1].y, logY(10)))
        #expect(close(bars[2].y, logY(1)))
    }

    @Test("autoscaled log histogram starts at its smallest count, with no bar below the axis missing")
    func logHistogramAutoscale() throws {
        let figure = Figure(figsize: (4, 3))
        figure.axes.hist([1.0, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3], bins: 3)
        figure.axes.yscale = .log
        let svg = try SVGInspection(figure.svg(idPrefix: "la"))
        #expect(try svg.bars("la", patch: 0).count == 3)
        #expect(figure.notes.isEmpty, "bars from 0 are not points left out")
    }
}

#if canImport(Glibc)
import Glibc
#endif
