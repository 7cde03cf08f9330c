import Foundation
import Testing

/// The two d2l lessons that train models with TensorEngine's gradients, rendered by the CLI:
/// each must make its lesson's point in the numbers it prints.
@Suite("Lessons that train models")
struct LessonTests {
    static func render(_ notebook: String) throws -> (markdown: String, html: String) {
        let folder = NSTemporaryDirectory() + "folio-lesson-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let outcome = try FolioCLI.run(["render", "notebooks/\(notebook).md", "-o", folder], in: ShowcaseTests.root)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        return (FolioCLI.read("\(folder)/\(notebook).md"), FolioCLI.read("\(folder)/\(notebook).html"))
    }

    /// The numbers printed after `prefix` on each output line that starts with it.
    static func numbers(after prefix: String, in markdown: String) -> [[Double]] {
        markdown.split(separator: "\n").filter { $0.hasPrefix(prefix) }.map { line in
            line.dropFirst(prefix.count).split(separator: " ").compactMap { Double($0) }
        }
    }

    @Test("weight decay: without it the test loss stays high, with λ = 3 it falls")
    func weightDecay() throws {
        let (markdown, html) = try Self.render("weight-decay")
        let norms = Self.numbers(after: "L2 norm of w:", in: markdown).compactMap(\.first)
        #expect(norms.count == 2)
        if norms.count == 2 {
            #expect(norms[0] > 5 && norms[1] < 1, "‖w‖ for λ = 0 and 3: \(norms)")
        }
        let plain = Self.numbers(after: "λ = 0: train loss", in: markdown).first ?? []
        let decayed = Self.numbers(after: "λ = 3: train loss", in: markdown).first ?? []
        #expect(plain.count == 2 && decayed.count == 2)
        if plain.count == 2 && decayed.count == 2 {
            #expect(plain[0] < 1e-3 && plain[1] > 1, "λ = 0 memorises: train \(plain[0]), test \(plain[1])")
            #expect(decayed[1] < plain[1] / 10, "λ = 3 generalises: test \(decayed[1]) against \(plain[1])")
        }
        #expect(html.components(separatedBy: "<svg").count - 1 == 2, "two loss figures")
        #expect(html.contains("10<tspan") || html.contains("10<sup") || html.contains(">10"), "a log axis")
    }

    @Test("MLP from scratch: the spirals are learned and the decision regions drawn")
    func mlpFromScratch() throws {
        let (markdown, html) = try Self.render("mlp-from-scratch")
        let test = Self.numbers(after: "final test accuracy:", in: markdown).first?.first ?? 0
        let train = Self.numbers(after: "final training accuracy:", in: markdown).first?.first ?? 0
        #expect(train > 0.9 && test > 0.9, "accuracies: train \(train), test \(test)")
        #expect(html.components(separatedBy: "<svg").count - 1 == 2, "curves and regions")
        #expect(html.contains(#"shape-rendering="crispEdges""#), "the regions are an image under the points")
    }
}
