import Testing
@testable import Folio

@Suite("Plan: one program, last expressions")
struct PlanTests {
    let wrap = { (code: String) in LastExpression.wrap(code, with: "show").code }

    @Test func lastExpressionIsWrappedInPlace() {
        #expect(wrap("let a = 1\na + 1\n") == "let a = 1\nshow(a + 1)\n")
        #expect(wrap("let a = 1\na  // a comment\n") == "let a = 1\nshow(a)  // a comment\n")
        #expect(wrap("xs.map {\n  $0 * 2\n}\n") == "show(xs.map {\n  $0 * 2\n})\n")
        #expect(wrap("print(1)\n") == "show(print(1))\n", "a Void call is wrapped; the kernel's Void overload shows nothing")
    }

    @Test func theWrapperPositionIsReportedForColumnCorrections() {
        let wrapped = LastExpression.wrap("let a = 1\n  a.bogus\n", with: "show")
        #expect(wrapped.insertion?.line == 1)
        #expect(wrapped.insertion?.column == 3)
        #expect(wrapped.insertion?.width == 5)
    }

    @Test func statementsAndAssignmentsAreNotDisplayed() {
        for code in ["let a = 1\n", "a = 2\n", "a += 2\n", "func f() {}\n", "for i in 0..<3 { print(i) }\n",
                     "if a > 1 { print(a) }\n", "broken(((\n"] {
            #expect(wrap(code) == code, "\(code)")
        }
        #expect(wrap("a == 2\n") == "show(a == 2)\n", "a comparison is a value")
    }

    @Test func programHasSourceLocationsAndSkipsUnevaluatedCells() throws {
        let notebook = try NotebookParser.parse(source: """
        ```{swift}
        //| fig-cap: "A \\"quoted\\" caption"
        let a = 1
        ```

        ```{swift}
        //| eval: false
        let b = 2
        ```
        """, path: "notebooks/p.md")
        let program = ProgramPlanner.plan(notebook, seed: 9)
        #expect(program.source.contains("_FolioKernel.start(seed: 9, cells: 2)"))
        #expect(program.source.contains("#sourceLocation(file: \"notebooks/p.md\", line: 3)\nlet a = 1\n"))
        #expect(!program.source.contains("quoted"), "captions stay out of the program: editing one compiles nothing")
        #expect(!program.source.contains("let b = 2"))
        #expect(program.runs == [true, false])
    }

    @Test func compilerMessagesAreParsedAndNotesStayWithTheirError() {
        let output = """
        notebooks/p.md:9:18: error: cannot convert value of type 'String' to specified type 'Int'
        let wrong: Int = "x"
                         ^~~
        notebooks/p.md:3:5: warning: never used
        /src/Engine.swift:4:1: note: belongs to the warning
        notebooks/p.md:10:1: error: second
        notebooks/p.md:2:1: note: declared here
        """
        let entries = CompileDiagnostics.parse(output)
        #expect(entries.map(\.error.line) == [9, 10])
        #expect(entries[0].error.column == 18)
        #expect(entries[0].notes.isEmpty, "a note after a warning is the warning's")
        #expect(entries[1].notes.map(\.line) == [2])
    }
}
