import Foundation
import Testing
@testable import Folio

/// Chunks written for other tools (`{python}`, `{r}`, `{.python .input}`, `{bash}`) are shown
/// in their language and marked as not run; plain ` ```python ` is ordinary code.
@Suite("Chunks in other languages", .serialized)
struct ForeignChunkTests {
    @Test(arguments: [
        ("{python}", "python", true), ("{r, echo=FALSE}", "r", true), ("{.python .input}", "python", true),
        ("{#id .julia}", "julia", true), ("{bash}", "bash", true), ("python", "python", false), ("{}", nil, true),
    ] as [(String, String?, Bool)])
    func theInfoStringNamesTheLanguage(info: String, language: String?, isChunk: Bool) {
        let parsed = FenceInfo(info)
        #expect(parsed.language == language)
        #expect(parsed.isChunk == isChunk)
    }

    @Test func chunksAreShownInTheirLanguageWithoutOptionsAndWarnedOnce() throws {
        let (outcome, folder) = try FolioCLI.render("foreign.md")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let warnings = outcome.stderr.split(separator: "\n").filter { $0.contains("warning:") }
        #expect(warnings == ["foreign.md:5: warning: 4 chunks in python, r, bash are shown as code, not run: Folio runs only {swift} cells"],
                "\(outcome.stderr)")

        let html = FolioCLI.read("\(folder)/foreign.html")
        #expect(html.contains(#"<code class="language-python">print(sum([1, 2, 3]))</code>"#), "\(html)")
        #expect(html.contains(#"<code class="language-python">x = 2 ** 10</code>"#))
        #expect(html.contains(#"<code class="language-r">summary(cars)</code>"#))
        #expect(html.contains(#"<code class="language-bash">echo &quot;&lt;b&gt;not run&lt;/b&gt;&quot;</code>"#))
        #expect(!html.contains("language-{"))
        #expect(!html.contains("#|"))
        #expect(html.components(separatedBy: "Not run: Folio runs only").count == 5, "one marker per chunk, none for plain code")
        #expect(html.contains(#"<code class="language-python">print(&quot;plain code, no warning&quot;)"#))

        let markdown = FolioCLI.read("\(folder)/foreign.md")
        #expect(markdown.contains("```python\nprint(sum([1, 2, 3]))\n```"), "\(markdown)")
        #expect(markdown.contains("```python\nx = 2 ** 10\n```"))
        #expect(markdown.contains("- In a list:\n\n  ```r\n  summary(cars)\n  ```\n"), "the list item keeps its indentation")
        #expect(markdown.contains("```python\nprint(\"plain code, no warning\")\n```"))
        #expect(!markdown.contains("#|") && !markdown.contains("```{"))
        #expect(markdown.contains("```text\nswift runs\n```"))
    }

    @Test func plainFencesGiveNoWarning() throws {
        let (outcome, folder) = try FolioCLI.render("state.md")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(outcome.status == 0)
        #expect(!outcome.stderr.contains("not run: Folio runs only"), "\(outcome.stderr)")
    }
}
