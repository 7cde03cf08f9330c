import Foundation
import Testing

/// Maths in rendered reports: MathML by default, numbered equations, MathJax on request, and a
/// page that needs nothing from the network.
@Suite("Math: pages", .serialized)
struct MathPageTests {
    @Test func equationsAreNumberedReferencedAndWarnedAbout() throws {
        let (outcome, folder) = try FolioCLI.render("equations.md")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(outcome.status == 0, "warnings leave the exit code alone: \(outcome.stderr)")
        #expect(outcome.stderr.contains("equations.md:13: warning: reference '@eq-nowhere' names no equation"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("equations.md:20: warning: unsupported TeX command \\unknowncommand"))
        let html = FolioCLI.read("\(folder)/equations.html")
        #expect(html.contains(#"<span class="equation" id="eq-stationary"><math display="block">"#))
        #expect(html.contains(#"<span class="equation-number">(1)</span>"#))
        #expect(html.contains(##"<a class="xref" href="#eq-stationary">Equation&nbsp;1</a>"##))
        #expect(html.contains(#"<code class="math-error" title="unsupported TeX: \unknowncommand">$\unknowncommand{x}$</code>"#))
        #expect(html.contains("<td><math><semantics><mi>ℝ</mi>"), "a macro from the prose holds in a table")
        #expect(html.contains("<li>a list item with <math>"))
        #expect(html.contains("</a>Heading with <math><semantics><mi>α</mi>"), "headings too")
        #expect(html.contains(##"<li class="level-2"><a href="#heading-with-">Heading with <math><semantics><mi>α</mi>"##), "and the contents box")
        #expect(!html.contains("<script"))
        let markdown = FolioCLI.read("\(folder)/equations.md")
        #expect(markdown.contains("\\nabla_{\\mathbf{w}} \\mathcal{L} = \\mathbf{0}\n\\tag{1}$$\n"), "GitHub shows the number too")
        #expect(markdown.contains("$\\unknowncommand{x}$"), "the Markdown report keeps the TeX as written")
    }

    /// cmark drops a link reference definition no link uses; math in it is a warning, not a
    /// failed render after the cells ran.
    @Test func mathInAnUnusedLinkReferenceDefinitionIsAWarning() throws {
        let folder = NSTemporaryDirectory() + "folio-refs-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "# Refs\n\n[used $y$] and $z$.\n\n[used $y$]: https://example.com\n[unused]: https://example.com \"title with $x^2$\"\n"
            .write(toFile: "\(folder)/refs.md", atomically: true, encoding: .utf8)
        let outcome = try FolioCLI.run(["render", "refs.md", "-o", "out"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("refs.md:6: warning: math 'x^2' is in Markdown that the page does not show"), "\(outcome.stderr)")
        let html = FolioCLI.read("\(folder)/out/refs.html")
        #expect(html.contains("<mi>z</mi>") && html.contains("<mi>y</mi>"), "the rest of the page's math is typeset")
    }

    @Test func mathJaxOnRequest() throws {
        let (mathjax, folder) = try FolioCLI.render("equations.md", extra: ["--math", "mathjax"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(mathjax.status == 0)
        let html = FolioCLI.read("\(folder)/equations.html")
        #expect(html.contains("tex-chtml.js") && html.contains(#"<span class="math inline">\(\mathcal{L}(\mathbf{w})\)</span>"#))
        #expect(html.contains(#"<span class="equation-number">(1)</span>"#), "numbers with MathJax too")
        let (bad, other) = try FolioCLI.render("equations.md", extra: ["--math", "katex"])
        defer { try? FileManager.default.removeItem(atPath: other) }
        #expect(bad.status == 2)
    }

    /// The page references nothing outside itself but the author's own links.
    @Test func theShowcaseIsStandalone() throws {
        let html = FolioCLI.read(ShowcaseTests.root + "/output/numerical-stability.html")
        let notebook = FolioCLI.read(ShowcaseTests.root + "/notebooks/numerical-stability.md")
        let references = html.matches(of: /(?:src|href)="([^"]*)"/).map { String($0.1) }
        #expect(!references.isEmpty)
        for reference in references where !reference.hasPrefix("#") {
            let authors = notebook.contains("](\(reference))")
            let local = !reference.contains("://") && !reference.hasPrefix("//")
            #expect(authors || local, "\(reference) points off the page")
        }
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("@import") && html.firstMatch(of: /url\((?!#)/) == nil, "no font or stylesheet to fetch")
    }

    /// Every construct of the table, on a page in headless Chromium (which has no network):
    /// each formula has a box on the page, and no visible text holds a backslash.
    @Test func everyFormulaRendersInChromium() throws {
        let folder = NSTemporaryDirectory() + "folio-formulas-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var notebook = "# Formulas\n\n"
        for (tex, _) in MathMLTests.table { notebook += "Inline $\(tex)$ and display:\n\n$$\n\(tex)\n$$\n\n" }
        try notebook.write(toFile: "\(folder)/formulas.md", atomically: true, encoding: .utf8)
        let outcome = try FolioCLI.run(["render", "formulas.md", "-o", "out"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let report = try Self.inspect("\(folder)/out/formulas.html")
        #expect(report.count == 2 * MathMLTests.table.count)
        #expect(report.empty == 0, "formulas with no box: \(report.empty)")
        #expect(report.backslashes.isEmpty, "\(report.backslashes)")
    }

    /// The showcase's formulas, including its `\underbrace` display and the Lyapunov exponent.
    @Test func theShowcasesFormulasRenderInChromium() throws {
        let folder = NSTemporaryDirectory() + "folio-showcase-math-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let page = "\(folder)/page.html"
        try FileManager.default.copyItem(atPath: ShowcaseTests.root + "/output/numerical-stability.html", toPath: page)
        let report = try Self.inspect(page)
        #expect(report.count >= 30)
        #expect(report.empty == 0)
        #expect(report.backslashes.isEmpty, "\(report.backslashes)")
        _ = try Chromium.run("--screenshot=\(folder)/shot.png", page: page)
        #expect((FileManager.default.contents(atPath: "\(folder)/shot.png")?.count ?? 0) > 50_000)
    }

    struct Inspection {
        var count: Int
        var empty: Int
        var backslashes: [String]
    }

    /// Adds a script to a copy of the page that measures every `<math>` and reads the text a
    /// reader sees (prose and formulas, not code), then reads its verdict from the DOM.
    static func inspect(_ page: String) throws -> Inspection {
        let probe = """
        <script>
        addEventListener('load', () => {
          const maths = [...document.querySelectorAll('math')];
          const empty = maths.filter(m => { const r = m.getBoundingClientRect(); return !(r.width > 0 && r.height > 0); }).length;
          // A formula's visible text is its rendered part: the TeX annotation is never shown.
          const shown = m => { const s = m.querySelector('semantics'); return (s ? s.firstElementChild : m).textContent; };
          const texts = [...document.querySelectorAll('p, li, td, th, h1, h2, h3, figcaption')].map(e => e.innerText).concat(maths.map(shown));
          const slashes = texts.filter(t => t.includes('\\\\')).map(t => t.slice(0, 80));
          document.body.setAttribute('data-probe', JSON.stringify({count: maths.length, empty, slashes}));
        });
        </script>
        """
        let html = FolioCLI.read(page).replacingOccurrences(of: "</body>", with: probe + "</body>")
        let probed = page.replacingOccurrences(of: ".html", with: "-probe.html")
        try html.write(toFile: probed, atomically: true, encoding: .utf8)
        let dom = try Chromium.run("--dump-dom", page: probed)
        let json = try #require(dom.firstMatch(of: /data-probe="([^"]*)"/).map { String($0.1) }?
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return Inspection(count: object["count"] as? Int ?? -1, empty: object["empty"] as? Int ?? -1,
                          backslashes: object["slashes"] as? [String] ?? ["?"])
    }
}
