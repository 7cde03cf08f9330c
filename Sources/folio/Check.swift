import ArgumentParser
import Folio
import Foundation

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render into a private folder and compare with the committed reports as a reader would.",
        discussion: """
        Prose, headings, code and page structure must match exactly; the numbers in outputs and \
        figure coordinates must agree within NumPy's allclose tolerance, |a - b| <= atol + rtol*|b|, \
        widened by one unit of the last printed digit. Exit 0 (and print nothing) when every report \
        is current; 1 when a cell fails or a report differs, with every difference named at its \
        notebook line; 2 for bad usage.
        """)

    @OptionGroup var options: RenderOptions

    @Option(help: "Relative tolerance for numbers (default 1e-5, or the front matter's check.rtol).")
    var rtol: Double?

    @Option(help: "Absolute tolerance for numbers (default 1e-8, or the front matter's check.atol).")
    var atol: Double?

    func validate() throws {
        for (name, value) in [("rtol", rtol), ("atol", atol)] {
            if let value, !(value >= 0 && value.isFinite) { throw ValidationError("--\(name) must be a number ≥ 0, not \(value)") }
        }
    }

    func run() throws {
        let scratch = try Executor.temporaryDirectory()
        RunRegistry.shared.add(path: scratch)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let committed = options.output
        let (rtol, atol) = (self.rtol, self.atol)
        var run = try options.renderAll(into: scratch) { outcome in
            let frontMatter = outcome.notebook.frontMatter
            let tolerance = Tolerance(rtol: rtol ?? frontMatter.checkRtol ?? Tolerance.numpyDefault.rtol,
                                      atol: atol ?? frontMatter.checkAtol ?? Tolerance.numpyDefault.atol)
            return ReportChecker(notebook: outcome.notebook, freshHTML: outcome.html, freshMarkdown: outcome.markdown,
                                 directory: outcome.entry.reportDirectory(in: committed), tolerance: tolerance).findings()
        }
        // A book's index is compared exactly; a report whose notebook is gone is stale too. Only a
        // whole book can tell (a shard sees part of it).
        if let book = run.book, options.shard == nil {
            run.verdicts += IndexComparison.findings(fresh: scratch, committed: committed)
            let names = Set(book.chapters.map(\.reportName))
            run.verdicts += OrphanReports.find(in: committed, notebooks: names.union([BookNavigation.indexName]))
        }
        try options.finish(run, command: "folio check")
    }
}
