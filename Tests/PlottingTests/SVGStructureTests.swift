import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import Plotting

@Suite("SVG structure")
struct SVGStructureTests {
    private func sampleFigure() -> Figure {
        let x = Array(stride(from: -8.0, to: 8.0, by: 0.1))
        let y = x.map { 1 / (1 + exp(-$0)) }
        let g = y.map { $0 * (1 - $0) }
        return plot(x, [y, g], legend: ["sigmoid", "gradient"], xlabel: "x", ylabel: "f(x)",
                    title: "Sigmoid", figsize: (4.5, 2.5))
    }

    @Test("output parses as XML, with <svg> at the root and no prolog")
    func validXML() throws {
        let source = sampleFigure().svg(idPrefix: "fig1")
        let svg = try SVGInspection(source)
        #expect(svg.root.name == "svg")
        #expect(svg.root.uri == "http://www.w3.org/2000/svg")
        #expect(source.hasPrefix("<svg "))
        #expect(!source.contains("<?xml"))
        #expect(!source.contains("\r"))
        #expect(source.hasSuffix("</svg>\n"))
    }

    @Test("figsize sets width and height in points (72 per inch) and the viewBox")
    func size() throws {
        let svg = try SVGInspection(Figure(figsize: (6, 4)).svg(idPrefix: "a"))
        #expect(svg.root.value("width") == "432pt")
        #expect(svg.root.value("height") == "288pt")
        #expect(svg.root.value("viewBox") == "0 0 432 288")
        let overridden = try SVGInspection(sampleFigure().svg(idPrefix: "b", size: (width: 3, height: 2.5)))
        #expect(overridden.root.value("width") == "216pt")
        #expect(overridden.root.value("viewBox") == "0 0 216 180")
        let standard = try SVGInspection(Figure().svg(idPrefix: "c"))
        #expect(standard.root.value("viewBox") == "0 0 460.8 345.6")
    }

    @Test("<title> comes first and names the figure; <desc> and aria-labelledby follow the caption")
    func accessibility() throws {
        let figure = sampleFigure()
        let plain = try SVGInspection(figure.svg(idPrefix: "p"))
        let first = try #require(plain.root.children?.first as? XMLElement)
        #expect(first.name == "title")
        #expect(first.value("id") == "p-title")
        #expect(first.stringValue == "Sigmoid")
        #expect(plain.root.value("role") == "img")
        #expect(plain.root.value("aria-labelledby") == "p-title")
        #expect(plain.elements(named: "desc").isEmpty)

        let captioned = try SVGInspection(figure.svg(
            idPrefix: "q", title: "Figure 1: sigmoid", description: "Two curves over −8…8"))
        #expect(captioned.elements(named: "title").first?.stringValue == "Figure 1: sigmoid")
        #expect(captioned.element(id: "q-desc")?.stringValue == "Two curves over −8…8")
        #expect(captioned.root.value("aria-labelledby") == "q-title q-desc")

        let untitled = try SVGInspection(plot([1, 2], [3, 4], legend: ["loss"], xlabel: "epoch", ylabel: "value")
            .svg(idPrefix: "u"))
        #expect(untitled.elements(named: "title").first?.stringValue == "Plot of loss, value against epoch")
    }

    @Test("every id carries the prefix and is unique, across several figures on one page")
    func ids() throws {
        let grid = Figure(rows: 2, columns: 2, figsize: (8, 6))
        for (index, axes) in grid.allAxes.enumerated() {
            axes.plot([1, 2, 3], [3, 1, Double(index)], label: "s\(index)")
            axes.plot([1, 2, 3], [1, 2, 3], label: "t\(index)")
        }
        let pages = [grid.svg(idPrefix: "c1-fig1"), grid.svg(idPrefix: "c1-fig2"), sampleFigure().svg(idPrefix: "c2-fig1")]
        var all: [String] = []
        for (page, prefix) in zip(pages, ["c1-fig1", "c1-fig2", "c2-fig1"]) {
            let svg = try SVGInspection(page)
            #expect(svg.ids.count >= 6)
            #expect(svg.ids.allSatisfy { $0.hasPrefix(prefix + "-") })
            #expect(Set(svg.ids).count == svg.ids.count)
            // Every reference points at an id of the same figure.
            for value in svg.attributeValues where value.hasPrefix("url(#") {
                let id = String(value.dropFirst(5).dropLast())
                #expect(svg.ids.contains(id))
            }
            all += svg.ids
        }
        #expect(Set(all).count == all.count)
    }

    @Test("an unusable prefix is made into a valid id, still deterministic")
    func prefixSanitised() throws {
        let svg = try SVGInspection(sampleFigure().svg(idPrefix: "3 cells/<x>"))
        #expect(svg.ids.allSatisfy { $0.hasPrefix("f3-cells--x--") })
    }

    @Test("text is escaped: labels with markup characters survive as text")
    func escaping() throws {
        let label = "a < b & c > \"d\" 'e'"
        let figure = plot([1, 2], [3, 4], legend: [label], xlabel: "<x>", ylabel: "y & z", title: "T\"itle")
        figure.axes.text(1.5, 3.5, "</svg>")
        let source = figure.svg(idPrefix: "esc", title: "cap <&>", description: "\"quoted\"")
        let svg = try SVGInspection(source)
        #expect(svg.texts.contains(label))
        #expect(svg.texts.contains("<x>"))
        #expect(svg.texts.contains("y & z"))
        #expect(svg.texts.contains("</svg>"))
        #expect(svg.elements(named: "title").first?.stringValue == "cap <&>")
        #expect(source.contains("a &lt; b &amp; c &gt;"))
        // Control characters XML cannot carry are dropped rather than breaking the document.
        _ = try SVGInspection(plot([1], [1], legend: ["bell\u{7}tab\tend"]).svg(idPrefix: "ctl"))
    }

    @Test("numbers: fixed decimals, no exponents, no negative zero")
    func numbers() throws {
        let figure = Figure(figsize: (4, 3))
        figure.axes.plot([1e-9, 2e-9, 3e-9], [-1e-12, 0, 1e-12])
        figure.axes.plot([0.1 as Float, 0.2, 0.3], [0.1 as Float, -0.0, 0.3])
        let source = figure.svg(idPrefix: "num")
        let svg = try SVGInspection(source)
        // Every number in a geometric attribute (colours and ids aside).
        let geometric: Set = ["x", "y", "width", "height", "d", "viewBox", "transform", "dy",
                              "font-size", "stroke-width", "stroke-dasharray", "rx", "ry"]
        var numbers: [String] = []
        for element in svg.elements {
            for attribute in element.attributes ?? [] where geometric.contains(attribute.name ?? "") {
                var current = ""
                for character in (attribute.stringValue ?? "") + " " {
                    if character.isNumber || character == "." || character == "-" || character == "e" || character == "+" {
                        current.append(character)
                    } else {
                        if current.contains(where: \.isNumber) { numbers.append(current) }
                        current = ""
                    }
                }
            }
        }
        #expect(numbers.count > 50)
        for number in numbers {
            #expect(!number.contains("e"), "\(number)")
            #expect(!number.contains("+"), "\(number)")
            #expect(number != "-0" && !number.hasPrefix("-0.00") && !number.hasSuffix("-0"), "\(number)")
            if let dot = number.firstIndex(of: ".") {
                #expect(number[dot...].count <= 3, "\(number)")
            }
        }
        #expect(!source.contains("nan") && !source.contains("inf"))
    }

    @Test("presentation attributes only: no <style>, no style attribute, and the font is named")
    func noStyle() throws {
        let source = sampleFigure().svg(idPrefix: "st")
        let svg = try SVGInspection(source)
        #expect(svg.elements(named: "style").isEmpty)
        #expect(svg.elements.allSatisfy { $0.value("style") == nil })
        #expect(svg.root.value("font-family") == "DejaVu Sans, Arial, sans-serif")
    }

    @Test("identical input gives identical bytes")
    func determinism() {
        let first = sampleFigure().svg(idPrefix: "d")
        let again = sampleFigure().svg(idPrefix: "d")
        let figure = sampleFigure()
        #expect(first == again)
        #expect(figure.svg(idPrefix: "d") == figure.svg(idPrefix: "d"))
        #expect(first == figure.svg(idPrefix: "d"))
    }

    @Test("long log labels such as 10⁻³³ fit inside the figure")
    func marginsFitLabels() throws {
        let figure = plot([0.1, 0.2, 0.4, 0.8], [2.3e-33, 3.7e-21, 4.3e-12, 5.2e-5],
                          ylabel: "mean |gradient|", yscale: .log)
        let svg = try SVGInspection(figure.svg(idPrefix: "w"))
        let box = try #require(svg.element(id: "w-clip0")?.descendants.first)
        let left = box.number("x")!
        for text in svg.elements(named: "text") where text.value("text-anchor") == "end" {
            // Right-aligned y tick labels: their estimated width (≤ 6.4 pt a character) fits.
            let width = Double(text.stringValue!.count) * 6.4
            #expect(text.number("x")! - width >= 0)
            #expect(text.number("x")! < left)
        }
        let ylabel = try #require(svg.elements(named: "text").first { $0.stringValue == "mean |gradient|" })
        #expect(ylabel.number("x")! > 5)
    }

    @Test("grids of axes share the figure, aligned by column")
    func grid() throws {
        let figure = Figure(rows: 2, columns: 3, figsize: (9, 5))
        figure[1, 2].plot([0, 1], [100_000, 200_000])
        figure[0, 2].plot([0, 1], [0, 1])
        figure.title = "Six panels"
        let svg = try SVGInspection(figure.svg(idPrefix: "g"))
        #expect(svg.elements(named: "title").first?.stringValue == "Six panels")
        let heading = try #require(svg.elements(named: "text").first { $0.stringValue == "Six panels" })
        let boxes = (0..<6).compactMap { svg.element(id: "g-clip\($0)")?.descendants.first }
        try #require(boxes.count == 6)
        #expect(boxes[2].number("x") == boxes[5].number("x"))
        #expect(boxes[0].number("y") == boxes[1].number("y"))
        #expect(boxes[0].number("x")! < boxes[1].number("x")!)
        #expect(boxes[0].number("y")! < boxes[3].number("y")!)
        // The figure's title sits above every axes.
        #expect(heading.number("y")! < boxes[0].number("y")!)
    }
}
