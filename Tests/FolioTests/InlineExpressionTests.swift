import Foundation
import Testing
@testable import Folio

@Suite("Parse: inline {swift} expressions")
struct InlineExpressionTests {
    func parse(_ text: String) throws -> Notebook {
        try NotebookParser.parse(source: text, path: "i.md")
    }

    @Test func codeSpansThatStartWithTheMarkerAreFoundWithTheirPlaces() throws {
        let notebook = try parse("""
        # Title with `{swift} title`

        A $x_1$ formula, then `{swift}  a + b ` and ``{swift} c``.
        Not these: `` `{swift} d` ``, \\`{swift} e`, `swift f`, `{swift}g`.

        ```swift
        `{swift} inside a code block`
        ```
        """)
        let found = notebook.inlineExpressions
        #expect(found.map(\.code) == ["title", "a + b", "c"])
        #expect(found.map(\.line) == [1, 3, 3])
        let line3 = "A $x_1$ formula, then `{swift}  a + b ` and ``{swift} c``."
        #expect(found[1].column == line3.utf8.distance(from: line3.utf8.startIndex, to: line3.range(of: "a + b")!.lowerBound.samePosition(in: line3.utf8)!) + 1)
        let bytes = Array(line3.utf8)
        #expect(String(decoding: bytes[found[1].span], as: UTF8.self) == "`{swift}  a + b `")
        #expect(String(decoding: bytes[found[2].span], as: UTF8.self) == "``{swift} c``")
        let protected = Array(notebook.markdown.text.split(separator: "\n", omittingEmptySubsequences: false)[found[1].protectedLine - 1].utf8)
        #expect(String(decoding: protected[found[1].protectedSpan], as: UTF8.self) == "`{swift}  a + b `",
                "math before it changes the protected line's offsets, which are kept apart")
    }

    @Test func theSameSpanTwiceOnALineIsFoundTwice() throws {
        let notebook = try parse("`{swift} n` and `{swift} n`\n")
        #expect(notebook.inlineExpressions.map(\.span) == [0..<11, 16..<27])
    }

    @Test func anExpressionOverTwoLinesIsABadNotebookAndABareMarkerIsProse() throws {
        #expect(throws: NotebookError.self) { try parse("Here `{swift} a +\nb` is split.\n") }
        #expect(try parse("Cells are `{swift}` fences; `{swift} ` is empty.\n").inlineExpressions.isEmpty)
    }

    @Test func valuesAreWovenIntoTheTextAsLiteralMarkdown() throws {
        let notebook = try parse("A $y$ then `{swift} s` and `{swift} t`; `{swift} u` stays.\n")
        let results = [CellResult(status: .succeeded, inlineValues: [InlineValue(index: 0, text: "*a*|b"), InlineValue(index: 1, text: "1.5")])]
        let woven = InlineValues.woven(notebook, results)
        #expect(woven.source == "A $y$ then \\*a\\*\\|b and 1.5; `{swift} u` stays.\n", "an unevaluated expression keeps its span")
        #expect(woven.markdown.text.hasSuffix(" then \\*a\\*\\|b and 1.5; `{swift} u` stays.\n"))
    }

    @Test func resultsCachedBeforeInlineValuesStillDecodeAndWithoutValuesEncodeAsBefore() throws {
        let old = Data(#"{"outputs":[{"stdout":{"_0":"hi\n"}}],"status":{"succeeded":{}}}"#.utf8)
        let result = try JSONDecoder().decode(CellResult.self, from: old)
        #expect(result == CellResult(status: .succeeded, outputs: [.stdout("hi\n")]))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(try encoder.encode(result) == old)
        let valued = CellResult(status: .succeeded, inlineValues: [InlineValue(index: 2, text: "0.1")])
        #expect(try JSONDecoder().decode(CellResult.self, from: encoder.encode(valued)).inlineValues == valued.inlineValues)
    }
}
