import Foundation
import Testing

/// `Fixtures/xss.md` rendered by the built CLI and opened in headless Chromium: none of its 50
/// vectors may run, and the harmless HTML beside them must survive. Each vector, if it ran,
/// would add `pw` + `ned-N` to the page's title, a string the notebook itself never spells.
@Suite("Sanitizer: the XSS fixture in headless Chromium", .serialized)
struct SanitizerBrowserTests {
    @Test func noVectorRunsAndHarmlessHTMLSurvives() throws {
        let (outcome, folder) = try FolioCLI.render("xss.md")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("xss.md:21: warning: attribute 'onerror' removed from <img>"), "a removal is named at its line")
        #expect(outcome.stderr.contains("xss.md:91: warning: link to 'javascript:void(document.title+='|pw'+'ned-41')' shown as plain text"))

        let page = "\(folder)/xss.html"
        let dom = try Chromium.run("--dump-dom", page: page)
        let article = try #require(dom.firstRange(of: "<article>").flatMap { start in
            dom.range(of: "</article>", range: start.upperBound..<dom.endIndex).map { String(dom[start.upperBound..<$0.lowerBound]) }
        })
        #expect(!dom.contains("pwned"), "a vector ran")
        #expect(!dom.contains("<script"), "no script anywhere in the page")
        #expect(InertHTML.problems(in: article) == [], "no handler, no active element, no javascript: address")
        // Chromium writes `<` and `>` in attribute values as references, so a tag ends at the first `>`.
        #expect(dom.firstMatch(of: /<[a-z][^<>]*\s(href|src)="\s*(javascript|vbscript|data:text)/.ignoresCase()) == nil)

        // What a reader expects of harmless HTML is still there, as written.
        for kept in ["<details><summary>More</summary>", "<kbd>Ctrl</kbd>", "H<sub>2</sub>O", "x<sup>2</sup>", "one line<br>and the next",
                     #"<img src="kept.png" alt="">"#, #"<a href="https://example.com/kept">kept link</a>"#, "<td>kept cell</td>",
                     #"<img src="data:image/png;base64,iVBORw0KGgo=" alt="kept pixels">"#, #"<a href="other.html#part">relative</a>"#,
                     #"<a href="https://example.com/auto">https://example.com/auto</a>"#] {
            #expect(article.contains(kept), "\(kept)")
        }
        // Removed elements are shown as text, so that a reader sees something was not rendered.
        #expect(article.contains("&lt;iframe src=\"javascript:parent.document.title+='|pw'+'ned-11'\"&gt;"))

        // The browser's own reading of the page, with every javascript: link followed.
        let probe = try Self.probe(page)
        #expect(probe.title == "Safe HTML")
        #expect(probe.handlers == [])
        #expect(probe.active == [])
        #expect(probe.protocols == ["file:", "https:"])
        #expect(probe.images == ["data:", "file:"])
    }

    @Test func rawHTMLTrueKeepsTheHTMLAsWrittenAndThenTheVectorsRun() throws {
        let folder = NSTemporaryDirectory() + "folio-raw-html-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let notebook = FolioCLI.read("\(FolioCLI.fixtures)/xss.md").replacingOccurrences(of: "title: Safe HTML\n", with: "title: Safe HTML\nraw-html: true\n")
        try notebook.write(toFile: "\(folder)/xss.md", atomically: true, encoding: .utf8)
        let (outcome, output) = try FolioCLI.render("\(folder)/xss.md")
        defer { try? FileManager.default.removeItem(atPath: output) }
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(!outcome.stderr.contains("warning"), "\(outcome.stderr)")

        let html = FolioCLI.read("\(output)/xss.html")
        #expect(html.contains(#"<img src=x onerror="document.title+='|pw'+'ned-6'">"#))
        #expect(html.contains(#"<a href="jav&#x61;script:void(document.title+='|pw'+'ned-14')">14</a>"#))
        #expect(html.contains("&lt;script>document.title+='|pw'+'ned-1'&lt;/script>"), "cmark-gfm's tagfilter still escapes <script>")
        #expect(InertHTML.problems(in: html).count >= 30, "the second opinion sees the live vectors")

        // The same probe that found nothing above finds the vectors live: it is not blind.
        let probe = try Self.probe("\(output)/xss.html")
        for marker in [6, 7, 9, 13, 14, 16, 17, 27, 41, 43, 46] {
            #expect(probe.title.contains("|pwned-\(marker)|") || probe.title.hasSuffix("|pwned-\(marker)"), "vector \(marker) runs as written")
        }
        #expect(probe.handlers.contains("img onerror"))
        #expect(probe.protocols.contains("javascript:"))
    }

    struct Probe {
        var title: String
        var handlers: [String]
        var active: [String]
        var protocols: [String]
        var images: [String]
    }

    /// Adds a script to a copy of the page that lists, by the browser's own reading, every event
    /// handler, every element that runs or loads something in the article, and the schemes of
    /// every link and image; then follows each javascript: link, one at a time (a navigation
    /// cancels the one before), and reads the title last.
    static func probe(_ page: String) throws -> Probe {
        let script = """
        <script>
        addEventListener('load', () => setTimeout(() => {
          const article = document.querySelector('article');
          const links = [...document.querySelectorAll('a[href]')];
          const handlers = [...document.querySelectorAll('*')].flatMap(e => [...e.attributes].filter(a => a.name.startsWith('on')).map(a => e.localName + ' ' + a.name));
          const active = [...article.querySelectorAll('script, iframe, frame, object, embed, form, input, button, base, meta, link, style, svg, math, noscript, audio, video')].map(e => e.localName);
          const protocols = [...new Set(links.map(a => a.protocol))].sort();
          const images = [...new Set([...document.querySelectorAll('img[src]')].map(i => i.src.slice(0, i.src.indexOf(':') + 1)))].sort();
          const live = links.filter(a => a.protocol === 'javascript:');
          live.forEach((a, i) => setTimeout(() => a.click(), 50 * i));
          setTimeout(() => document.body.setAttribute('data-probe', JSON.stringify({title: document.title, handlers, active, protocols, images})), 50 * live.length + 300);
        }, 300));
        </script>
        """
        let html = FolioCLI.read(page).replacingOccurrences(of: "</body>", with: script + "</body>")
        let probed = page.replacingOccurrences(of: ".html", with: "-probe.html")
        try html.write(toFile: probed, atomically: true, encoding: .utf8)
        let dom = try Chromium.run("--dump-dom", page: probed)
        let json = try #require(dom.firstMatch(of: /data-probe="([^"]*)"/).map { String($0.1) }?
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return Probe(title: object["title"] as? String ?? "?", handlers: object["handlers"] as? [String] ?? ["?"],
                     active: object["active"] as? [String] ?? ["?"], protocols: object["protocols"] as? [String] ?? ["?"],
                     images: object["images"] as? [String] ?? ["?"])
    }
}
