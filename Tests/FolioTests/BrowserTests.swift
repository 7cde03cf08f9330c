import Foundation
import Testing

/// A rendered report as a reader's browser shows it: figures, captions, links, no blank page.
@Suite("Browser: a rendered report in headless Chromium", .serialized)
struct BrowserTests {
    @Test func figuresCaptionsAndReferencesAreInThePage() throws {
        let (outcome, folder) = try FolioCLI.render("figures.md")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(outcome.status == 0, "\(outcome.stderr)")

        let dom = try Chromium.run("--dump-dom", page: "\(folder)/figures.html")
        #expect(dom.components(separatedBy: "<svg").count - 1 == 2, "both figures are inline SVG")
        #expect(dom.contains("<figcaption>Figure 1: Two curves.</figcaption>"))
        #expect(dom.contains("<figcaption>Figure 2: Decades.</figcaption>"))
        #expect(dom.contains(#"<title id="c1-fig1-title">Figure 1: Two curves.</title>"#), "the caption is the SVG's title")
        #expect(dom.contains("A rising and a falling line."), "fig-alt becomes the SVG's description")
        #expect(dom.contains(##"<a class="xref" href="#fig-curves">Figure&nbsp;1</a>"##))
        #expect(dom.contains(##"<a class="xref" href="#fig-log">Figure&nbsp;2</a>"##))
        for label in ["square", "falling", "growth", "0.0", "1.0", "10"] {
            #expect(dom.contains(">\(label)<"), "tick or legend label \(label)")
        }
        #expect(dom.contains("after the figure"))

        // The report's Markdown twin links the same figures as files.
        let markdown = FolioCLI.read("\(folder)/figures.md")
        #expect(markdown.contains("![A rising and a falling line.](figures_files/figure-1.svg)"))
        #expect(FileManager.default.fileExists(atPath: "\(folder)/figures_files/figure-2.svg"))
        #expect(FolioCLI.read("\(folder)/figures_files/figure-2.svg").contains("width=\"360"), "fig-width: 5 in = 360 pt")
    }

    @Test func theScreenshotIsNotBlank() throws {
        let (outcome, folder) = try FolioCLI.render("figures.md")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(outcome.status == 0)
        let blankPage = "\(folder)/blank.html"
        try "<!DOCTYPE html><html><body></body></html>".write(toFile: blankPage, atomically: true, encoding: .utf8)
        _ = try Chromium.run("--screenshot=\(folder)/report.png", page: "\(folder)/figures.html")
        _ = try Chromium.run("--screenshot=\(folder)/blank.png", page: blankPage)
        let report = FileManager.default.contents(atPath: "\(folder)/report.png")?.count ?? 0
        let blank = FileManager.default.contents(atPath: "\(folder)/blank.png")?.count ?? 0
        #expect(blank > 0)
        // A PNG of an empty page compresses to almost nothing; text and figures do not.
        #expect(report > 5 * blank, "report \(report) bytes, blank \(blank) bytes")
    }

    @Test func theCommittedShowcaseReportOpensWithEverythingInPlace() throws {
        let page = ShowcaseTests.root + "/output/numerical-stability.html"
        let dom = try Chromium.run("--dump-dom", page: page)
        for section in ["Product of Random Matrices", "Sensitive", "Synthetic Gradients for MLP", "ReLU", "Xavier",
                        "Sigmoid", "Scaled Sigmoid"] {
            #expect(dom.contains("</a>\(section)</h2>"), "section \(section)")
        }
        // Both printed 4×4 products, as NumPy's print shows them: the array alone, no shape line.
        #expect(dom.components(separatedBy: "e-05]]\n[[-8.1483680e+06").count - 1 == 1)
        #expect(!dom.contains("&lt;Tensor 4x4"))
        #expect(dom.components(separatedBy: " gradient mean ").count - 1 == 12)
        #expect(dom.components(separatedBy: "<svg").count - 1 == 3)
        #expect(dom.components(separatedBy: "<figcaption>Figure ").count - 1 == 3)
    }
}
