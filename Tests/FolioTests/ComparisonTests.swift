import Foundation
import Testing
@testable import Folio

/// The comparison behind `folio check`: numbers within a tolerance, everything else exactly.
@Suite("Check: comparing outputs")
struct ComparisonTests {
    @Test func numbersAreReadAsPrintedWithTheirLastDigit() {
        let tokens = NumberTokens("scale 0.1 gradient mean 1.1133e-09, count 100, xy2 axes0 -inf nan")
        let numbers = tokens.tokens.compactMap { if case .number(let n) = $0 { n } else { nil } }
        #expect(numbers.map(\.text) == ["0.1", "1.1133e-09", "100", "-inf", "nan"])
        #expect(numbers[0].quantum == 0.1 && numbers[0].significantDigits == 1)
        #expect(NumberTokens("0.00012345").tokens == [.number(PrintedNumber(value: 0.00012345, text: "0.00012345", lastPlace: -8, significantDigits: 5))])
        #expect(abs(numbers[1].quantum - 1e-13) < 1e-27)
        #expect(numbers[2].quantum == 0, "a whole number is a count: it must agree exactly")
        #expect(numbers[3].value == -.infinity)
        #expect(numbers[4].value.isNaN)
        let path = NumberTokens("d=\"M27.03,162.3L-4e2,5\"").tokens.compactMap { if case .number(let n) = $0 { n.value } else { nil } }
        #expect(path == [27.03, 162.3, -400, 5], "SVG path commands are glued to their numbers")
    }

    @Test func allcloseWithTheLastPrintedDigit() {
        func accepts(_ fresh: String, _ committed: String, _ tolerance: Tolerance = .numpyDefault) -> Bool {
            let a = NumberTokens(fresh).tokens, b = NumberTokens(committed).tokens
            guard case .number(let x) = a[0], case .number(let y) = b[0] else { return false }
            return tolerance.accepts(fresh: x, committed: y)
        }
        #expect(accepts("1.0000001", "1.0"), "relative 1e-7 is within rtol 1e-5")
        #expect(!accepts("1.001", "1.0"))
        let relativeOnly = Tolerance(rtol: 1e-5, atol: 0)
        #expect(accepts("1.1134e-09", "1.1133e-09", relativeOnly), "a rounded last digit that flipped")
        #expect(!accepts("1.1135e-09", "1.1133e-09", relativeOnly), "two units of the last digit are a change")
        #expect(accepts("1.4102e-09", "1.1133e-09"), "NumPy's default atol 1e-8 takes any two numbers that small as equal")
        #expect(!accepts("101", "100"), "counts agree exactly")
        #expect(accepts("nan", "nan") && accepts("inf", "inf") && !accepts("inf", "-inf") && !accepts("nan", "1.0"))
        #expect(!accepts("1e300", "inf"))
        #expect(accepts("0.5", "0.49", Tolerance(rtol: 0.1, atol: 0)))
        #expect(!accepts("1.0000001", "1.0", .exactMatch))
    }

    @Test func aChangedNumberIsNamedWithItsLine() {
        let committed = "scale 0.1 gradient mean 1.1133e-09\nscale 0.2 gradient mean 2.5"
        let fresh = "scale 0.1 gradient mean 1.4102e-09\nscale 0.2 gradient mean 2.5"
        let differences = OutputComparison.text(committed: committed, fresh: fresh, tolerance: Tolerance(rtol: 1e-5, atol: 0))
        #expect(differences.map(\.message) == [
            "output differs: \"scale 0.1 gradient mean 1.1133e-09\" → \"… 1.4102e-09\" (relative 0.27 > rtol 1e-5)",
        ])
        #expect(OutputComparison.text(committed: committed, fresh: committed.replacingOccurrences(of: "1.1133e", with: "1.1134e"),
                                      tolerance: Tolerance(rtol: 1e-5, atol: 0)).isEmpty)
    }

    @Test func zerosAndSpecialValuesSayWhatChanged() {
        let tolerance = Tolerance(rtol: 1e-5, atol: 0)
        #expect(OutputComparison.text(committed: "loss inf", fresh: "loss 3.5", tolerance: tolerance).map(\.message)
                == ["output differs: \"loss inf\" → \"… 3.5\" (inf became 3.5)"])
        #expect(OutputComparison.text(committed: "bias 0.0", fresh: "bias 0.25", tolerance: tolerance).map(\.message)
                == ["output differs: \"bias 0.0\" → \"… 0.25\" (absolute 0.25 > atol 0)"])
    }

    @Test func changedWordsGiveAUnifiedDiff() {
        let differences = OutputComparison.text(committed: "a 1\nb 2\nc 3", fresh: "a 1\nB 2\nc 3", tolerance: .numpyDefault)
        #expect(differences.count == 1)
        #expect(differences[0].message == "output differs in more than its numbers")
        #expect(differences[0].detail == ["--- committed", "+++ rendered now", "@@ -1,3 +1,3 @@", " a 1", "-b 2", "+B 2", " c 3"])
    }

    @Test func aFigureMovedByRoundingPassesAndAMovedCurveIsNamed() {
        let svg = { (y: String) in
            "<svg x=\"1\">\n<g id=\"c1-fig1-axes0-series0\">\n<path d=\"M71.95,\(y)L296.11,19.94\"/>\n</g>\n<g id=\"c1-fig1-axes0-series1\">\n<path d=\"M1,2\"/>\n</g>\n</svg>"
        }
        #expect(OutputComparison.figure("figure-1.svg", committed: svg("120.15"), fresh: svg("120.16"), tolerance: .numpyDefault).isEmpty)
        let moved = OutputComparison.figure("figure-1.svg", committed: svg("120.15"), fresh: svg("125.15"), tolerance: .numpyDefault)
        #expect(moved.map(\.message) == ["figure-1.svg: axes0-series0 moved by up to 5 (relative 0.042 > rtol 1e-5)"])
        let reshaped = OutputComparison.figure("figure-1.svg", committed: svg("120.15"), fresh: svg("120.15L3,4"), tolerance: .numpyDefault)
        #expect(reshaped.first?.message.contains("differs in more than its coordinates") == true)
    }

    @Test func markdownBlocksFindOutputsInsideQuotesAndLongerFences() {
        let blocks = MarkdownBlocks("# T\n```text\n1\n```\n> ````text\n> 2 ```\n> ````\nend")
        #expect(blocks.blocks.map(\.isOutput) == [false, true, false, true, false])
        #expect(blocks.text(of: blocks.blocks[3]) == "> 2 ```")
    }

    @Test func htmlRegionsLeaveOutTheProvenanceAndKeepCells() {
        let page = "<head>\n<!-- folio-provenance\nfolio 1\n-->\n</head><div class=\"cell\" id=\"fig-x\">\n<pre class=\"cell-output cell-output-stdout\">a &lt; 1.5</pre>\n<svg width=\"2\"></svg></div>"
        let regions = HTMLRegions(page)
        #expect(!regions.page.contains("folio-provenance"))
        #expect(regions.regions.filter(\.tolerant).map { String($0.text) } == ["a &lt; 1.5", "<svg width=\"2\"></svg>"])
        #expect(regions.regions.filter(\.tolerant).map(\.cellID) == ["fig-x", "fig-x"])
    }

    @Test func unifiedDiffsShowRemovalsBeforeAdditions() {
        let diff = LineDiff.unified(["a", "b", "c", "d", "e", "f", "g"], ["a", "b", "x", "d", "e", "f", "g", "h"],
                                    oldName: "old", newName: "new", context: 1)
        #expect(diff == ["--- old", "+++ new", "@@ -2,3 +2,3 @@", " b", "-c", "+x", " d", "@@ -7,1 +7,2 @@", " g", "+h"])
    }
}
