import Foundation
import Testing
@testable import Folio

/// matplotlib-inline's rule, through the built CLI: every figure a cell makes appears at the
/// end of the cell, once, whichever way it was made.
@Suite("End to end: figures shown at the end of their cell", .serialized)
struct FiguresAtCellEndTests {
    @Test func everyFigureACellMakesAppearsOnce() throws {
        let (outcome, folder) = try FolioCLI.render("figures-at-cell-end.md")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let markdown = FolioCLI.read("\(folder)/figures-at-cell-end.md")
        let figure = { (n: Int) in "![Figure](figures-at-cell-end_files/figure-\(n).svg)" }

        // A histogram made mid-cell, not displayed: after the cell's text, with its reference line.
        // np.histogram(np.array([(i * 37) % 101 / 10 for i in range(200)], dtype=np.float32), bins=5)
        #expect(markdown.contains("```text\nbinned [40.0, 39.0, 40.0, 39.0, 42.0]\n```\n\n\(figure(1))"), "\(markdown)")
        let first = FolioCLI.read("\(folder)/figures-at-cell-end_files/figure-1.svg")
        #expect(first.contains("-axes0-patch0") && first.contains("-axes0-line0"), "hist and axvline on one axes")
        #expect(first.contains(">samples</text>") && first.contains(">middle</text>"))

        // Displayed explicitly: where it was displayed, and not again; the bars after it are new.
        #expect(markdown.contains("\(figure(2))\n\n```text\nafter the display\n```\n\n\(figure(3))"), "\(markdown)")
        #expect(FolioCLI.read("\(folder)/figures-at-cell-end_files/figure-2.svg").contains(">squares</text>"))
        let third = FolioCLI.read("\(folder)/figures-at-cell-end_files/figure-3.svg")
        #expect(third.contains(">counts</text>") && !third.contains(">squares</text>"))

        // The last expression: once.
        #expect(markdown.contains("grid\n```\n\n\(figure(4))\n"))
        #expect(!markdown.contains("figure-5"), "no figure twice, none from an earlier cell again")
        #expect(markdown.hasSuffix("```text\nno figure here\n```\n"))
    }
}
