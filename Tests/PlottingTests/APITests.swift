import Testing
import Plotting

@Suite("Public API")
struct APITests {
    @Test("arrays of Float, Double and Int, ranges and strides are plot series")
    func conformances() {
        #expect([1, 2, 3].plotValues == [1, 2, 3])
        #expect(([0.5, 1.5] as [Float]).plotValues == [0.5, 1.5])
        #expect((0..<3).plotValues == [0, 1, 2])
        #expect((1...3).plotValues == [1, 2, 3])
        #expect(stride(from: 0.0, to: 1.0, by: 0.25).plotValues == [0, 0.25, 0.5, 0.75])
        #expect(stride(from: 0, through: 4, by: 2).plotValues == [0, 2, 4])
        #expect([1.0, 2, 3][1...].plotValues == [2, 3])
    }

    @Test("d2l's call shapes compile and draw one series per y")
    func callShapes() throws {
        let x = Array(stride(from: -8.0, to: 8.0, by: 0.1))
        let one = plot(x, x, xlabel: "x", ylabel: "y")
        #expect(one.axes.seriesCount == 1)
        let two = plot(x, [x, x], legend: ["sigmoid", "gradient"], figsize: (4.5, 2.5))
        #expect(two.axes.seriesCount == 2)
        #expect(two.figsize.width == 4.5 && two.figsize.height == 2.5)
        let logs = plot([0.1, 0.2], [1e-3, 1e3], xscale: .log, yscale: .log, xlim: (0.05, 1), ylim: nil, title: "t")
        #expect(logs.axes.xscale == .log && logs.axes.xlim?.0 == 0.05 && logs.axes.ylim == nil)
        let mixed = plot(0..<3, [[1.0, 2, 3] as any PlotSeries, [1, 2, 3] as [Float]])
        #expect(mixed.axes.seriesCount == 2)
        let ranges = plot(0..<10, stride(from: 0, to: 20, by: 2))
        #expect(ranges.axes.seriesCount == 1)
    }

    @Test("the Axes API: plot, scatter, text, scales, limits, grid, subplots")
    func axesAPI() throws {
        let figure = Figure(figsize: (6, 4))
        let ax = figure.axes
        ax.plot([1, 2, 3], [1, 4, 9], label: "relu", style: .dashed, marker: .circle)
        ax.scatter([1, 2, 3], [2, 3, 4], label: "xavier")
        ax.plot([5, 6, 7])
        ax.text(2, 5, "a note")
        ax.xscale = .log; ax.yscale = .log; ax.xlabel = "scale"; ax.grid = true; ax.title = "T"
        ax.xlim = (0.5, 10)
        #expect(ax.seriesCount == 3)
        let svg = try SVGInspection(figure.svg(idPrefix: "ax"))
        #expect(svg.texts.contains("a note"))
        #expect(svg.texts.contains("T"))
        let grid = Figure(rows: 1, columns: 3, figsize: (12, 3))
        grid[0, 1].plot([1, 2], [3, 4])
        #expect(grid.allAxes[1].seriesCount == 1)
        #expect(grid[0, 0].seriesCount == 0)
        #expect(grid.axes === grid[0, 0])
    }

    @Test("colours follow tab10 in order; an explicit colour does not use up the cycle")
    func colourCycle() throws {
        let figure = Figure(figsize: (4, 3))
        figure.axes.plot([0, 1], [0, 1])
        figure.axes.plot([0, 1], [1, 0], color: "#000000")
        figure.axes.plot([0, 1], [0.5, 0.5])
        let svg = try SVGInspection(figure.svg(idPrefix: "cc"))
        let strokes = (0..<3).map { index in
            svg.element(id: "cc-axes0-series\(index)")?.descendants.first?.value("stroke")
        }
        #expect(strokes == ["#1f77b4", "#000000", "#ff7f0e"])
        #expect(Color.tab10.map(\.css) == ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
                                           "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"])
    }

    @Test("mismatched lengths are reported with both lengths, without trapping")
    func lengthCheck() throws {
        let error = try #require(PlotError.lengthMismatch(xCount: 160, yCount: 159, label: "gradient"))
        #expect(error.description.contains("160"))
        #expect(error.description.contains("159"))
        #expect(error.description.contains("gradient"))
        #expect(PlotError.lengthMismatch(xCount: 3, yCount: 3) == nil)
        #expect(throws: PlotError.lengthMismatch(x: 2, y: 3, label: nil)) {
            try checkLengths([1, 2], [1, 2, 3])
        }
        #expect(throws: Never.self) { try checkLengths(0..<3, [1.0, 2, 3]) }
    }

    @Test("a mismatched plot stops the program with both lengths in the message")
    func lengthTrap() async {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = plot([1, 2, 3], [1, 2], legend: ["relu"])
        }
        let message = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
        #expect(message.contains("x has 3 values but y of series \"relu\" has 2"))
    }

    @Test("the description summarises the figure")
    func description() {
        let figure = plot([1, 2], [[1, 2], [2, 1]], figsize: (4.5, 2.5))
        #expect(figure.description == "Figure(4.5 × 2.5 in, 2 series)")
    }
}
