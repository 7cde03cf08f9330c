import Foundation
import Testing

/// `print` of a tensor is NumPy's `print`; the shape line belongs to displayed values only.
@Suite("End to end: printed and displayed tensors")
struct TensorPrintingTests {
    @Test func printShowsTheArrayAloneAndADisplayAddsTheShapeLine() throws {
        let (outcome, folder) = try FolioCLI.render("tensor-printing.md")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let markdown = FolioCLI.read("\(folder)/tensor-printing.md")
        // What NumPy 2.4 prints for the same float32 values: `mean: 1.0`, `[0.25 0.75 1.   2.  ]`.
        #expect(markdown.contains("```text\nmean: 1.0\n[0.25 0.75 1.   2.  ]\n```"))
        #expect(markdown.contains("```text\n[0.25 0.75 1.   2.  ]\n<Tensor 4 float32>\n```"), "the last expression")
        #expect(markdown.contains("```text\n4.0\n<Tensor scalar float32>\n```"), "display(_:)")
        #expect(markdown.components(separatedBy: "<Tensor").count - 1 == 2)
    }
}
