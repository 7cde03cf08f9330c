import Foundation
import Testing

/// The showcase: the d2l lesson on numerical stability, ported from MXNet, rendered by the CLI.
@Suite("Showcase: notebooks/numerical-stability.md")
struct ShowcaseTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// The gradient means MXNet printed in the seed notebook, in its order (ReLU, sigmoid, scaled sigmoid).
    static let seedMeans: [Double] = [
        1.4038878531907883e-09, 1318943.45, 1.7015228207303707e+21, .nan,
        2.3150346089870423e-33, 3.689017464558497e-21, 4.3340464572251545e-12, 5.191878954065032e-05,
        0.011168299429118633, 236.85642356872557, 47525888.725, 43667959657267.2,
    ]
    static let seedXavier = 1.1741994598857275e-09

    @Test func theReportHasTheSeedsSectionsNumbersAndFigures() throws {
        let folder = NSTemporaryDirectory() + "folio-showcase-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let outcome = try FolioCLI.run(["render", "notebooks/numerical-stability.md", "-o", folder], in: Self.root)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let markdown = FolioCLI.read("\(folder)/numerical-stability.md")
        let html = FolioCLI.read("\(folder)/numerical-stability.html")

        let sections = ["Product of Random Matrices", "Sensitive", "Synthetic Gradients for MLP", "ReLU", "Xavier",
                        "Sigmoid", "Scaled Sigmoid"]
        let positions = sections.map { markdown.range(of: "\n## \($0)\n")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil }, "every section of the seed is there")
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted(), "in the seed's order")

        // Printed, as NumPy prints them: four rows each, and no shape line.
        #expect(markdown.components(separatedBy: "]]\n").count - 1 == 2, "the two 4×4 products")
        #expect(!markdown.contains("<Tensor 4x4 float32>"))

        let lines = markdown.split(separator: "\n").filter { $0.hasPrefix("scale ") && $0.contains(" gradient mean ") }
        #expect(lines.count == 12)
        let means = lines.compactMap { Double($0.split(separator: " ").last ?? "") }
        #expect(means.count == 12)
        for (index, (mean, expected)) in zip(means, Self.seedMeans).enumerated() where expected.isFinite {
            #expect(abs(log10(mean) - log10(expected)) <= 1, "line \(index + 1): \(mean) against MXNet's \(expected)")
        }
        #expect(means.count == 12 && !means[3].isFinite, "ReLU at scale 0.8 overflows")

        let xavier = try #require(markdown.components(separatedBy: "xavierMean\n```\n\n```text\n").last?
            .split(separator: "\n").first.flatMap { Double($0) })
        #expect(abs(log10(xavier) - log10(Self.seedXavier)) <= 1, "Xavier: \(xavier)")

        for number in 1...3 {
            #expect(html.contains("<figcaption>Figure \(number): "), "figure \(number) is captioned")
            #expect(FileManager.default.fileExists(atPath: "\(folder)/numerical-stability_files/figure-\(number).svg"))
        }
        #expect(html.components(separatedBy: "<svg").count - 1 == 3)
        #expect(html.contains("ReLU: 1 point not shown (not finite)"), "the overflowed ReLU point is a gap with a note")
        for label in ["fig-products", "fig-sigmoid", "fig-summary"] {
            #expect(html.contains(##"<a class="xref" href="#\##(label)">Figure&nbsp;"##), "\(label) is referenced in prose")
        }
    }
}
