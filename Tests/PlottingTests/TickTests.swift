import Testing
import Plotting

@Suite("Linear ticks")
struct LinearTickTests {
    @Test("extended(8.1, 14.1, 4) is 8, 10, 12, 14 as in Talbot et al.")
    func talbotExample() {
        #expect(Ticks.extended(8.1, 14.1, count: 4) == [8, 10, 12, 14])
    }

    @Test("extended Wilkinson on ranges from the paper and R's labeling package")
    func extendedRanges() {
        #expect(Ticks.extended(0, 1, count: 5) == [0, 0.25, 0.5, 0.75, 1])
        #expect(Ticks.extended(-8.8, 8.7, count: 9, steps: [1, 5, 2, 2.5]) == [-8, -6, -4, -2, 0, 2, 4, 6, 8])
        #expect(Ticks.extended(0, 100, count: 5) == [0, 25, 50, 75, 100])
    }

    @Test("tick values are exact decimals, not accumulated floating-point sums")
    func exactDecimals() {
        let values = Ticks.linear(lower: 0.1, upper: 0.7, count: 7).map(\.value)
        #expect(values.contains(0.3))
        #expect(!values.contains(0.1 + 0.2))
        for value in values {
            // Each value prints as at most one decimal: no 0.30000000000000004.
            #expect(String(value).count <= 3, "\(value)")
        }
    }

    @Test("labels share one number of decimals and use a real minus sign")
    func labels() {
        let unit = Ticks.linear(lower: -0.05, upper: 1.05, count: 6).compactMap { $0.label?.text }
        #expect(unit == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
        let symmetric = Ticks.linear(lower: -3, upper: -1, count: 5).compactMap { $0.label?.text }
        #expect(symmetric == ["−3.0", "−2.5", "−2.0", "−1.5", "−1.0"])
        let integers = Ticks.linear(lower: -8.8, upper: 8.7, count: 9).compactMap { $0.label?.text }
        #expect(integers.first == "−8" && integers.contains("0") && integers.last == "8")
    }

    @Test("ticks stay inside the view limits")
    func insideView() {
        for (low, high) in [(7.8, 14.4), (-0.05, 1.05), (0.001, 0.0013), (-1e5, 3e5)] {
            let ticks = Ticks.linear(lower: low, upper: high, count: 6)
            #expect(ticks.count >= 2)
            #expect(ticks.allSatisfy { $0.value >= low && $0.value <= high })
        }
    }

    @Test("large values are labelled as mantissas and the axis carries ×10ᵏ")
    func multiplier() throws {
        let ticks = Ticks.linear(lower: 0, upper: 1e7, count: 6)
        #expect(ticks.compactMap { $0.label?.text } == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
        let figure = Figure(figsize: (4, 3))
        figure.axes.plot([0, 1], [0, 1e7])
        let svg = try SVGInspection(figure.svg(idPrefix: "m"))
        #expect(svg.texts.contains("×107"))  // "×10" with the exponent in a tspan
    }
}

@Suite("Log ticks")
struct LogTickTests {
    @Test("1e-33 … 1e21 (the seed's gradient means): decades at a stride, labelled 10ᵏ")
    func wideRange() {
        let ticks = Ticks.log(lower: 1e-33, upper: 1e21, count: 9)
        let major = ticks.filter(\.isMajor)
        let exponents = major.map { Int(($0.value).log10Rounded) }
        #expect(major.count >= 4 && major.count <= 9)
        let stride = exponents[1] - exponents[0]
        #expect(stride > 1)
        #expect(zip(exponents, exponents.dropFirst()).allSatisfy { $1 - $0 == stride })
        #expect(exponents.allSatisfy { $0 % stride == 0 })
        let labels = major.compactMap { $0.label?.text }
        #expect(labels.contains("10⁰"))
        #expect(labels.contains("10⁻³⁰"))
        // More than ten decades: no minor ticks.
        let minor = ticks.filter { !$0.isMajor }
        #expect(minor.isEmpty)
    }

    @Test("a narrow view gets every decade and minor ticks at 2…9")
    func narrowRange() {
        let ticks = Ticks.log(lower: 1, upper: 1000, count: 6)
        #expect(ticks.filter(\.isMajor).compactMap { $0.label?.text } == ["10⁰", "10¹", "10²", "10³"])
        let minor = ticks.filter { !$0.isMajor }.map(\.value)
        #expect(minor.count == 24)
        #expect(minor.contains(2) && minor.contains(90) && minor.contains(500))
    }

    @Test("0.1 … 0.8: less than a decade, so some minor ticks are labelled c×10ᵏ")
    func subDecade() {
        let ticks = Ticks.log(lower: 0.09, upper: 0.88, count: 6)
        let labels = ticks.compactMap { $0.label?.text }
        #expect(labels == ["10⁻¹", "2×10⁻¹", "3×10⁻¹", "4×10⁻¹", "6×10⁻¹"])
        #expect(ticks.map(\.value).filter { $0 > 0.1 } == [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8])
    }

    @Test("a view too narrow for powers of ten falls back to linear ticks")
    func linearFallback() {
        let labels = Ticks.log(lower: 0.21, upper: 0.23, count: 5).compactMap { $0.label?.text }
        #expect(labels.count >= 2)
        #expect(labels.allSatisfy { !$0.contains("10") || $0.hasPrefix("0.") })
    }

    @Test("log tick labels are drawn with a raised, smaller superscript")
    func superscriptInSVG() throws {
        let figure = plot([0.1, 0.2, 0.4, 0.8], [2.3e-33, 3.7e-21, 4.3e-12, 5.2e-5], yscale: .log)
        let svg = try SVGInspection(figure.svg(idPrefix: "s"))
        let tspans = svg.elements(named: "tspan")
        #expect(!tspans.isEmpty)
        for tspan in tspans {
            #expect((tspan.number("dy") ?? 0) < 0)
            #expect((tspan.number("font-size") ?? 10) < 10)
        }
        #expect(svg.texts.contains("10−30"))
    }
}

extension Double {
    fileprivate var log10Rounded: Double {
        var exponent = 0.0, value = self
        while value >= 10 { value /= 10; exponent += 1 }
        while value < 1 { value *= 10; exponent -= 1 }
        return exponent + (value >= 5 ? 1 : 0)
    }
}
