import Testing
@testable import Folio

@Suite("Plan: a later cell redefines a name, as in Jupyter")
struct RedefinitionTests {
    /// Each cell's code as the program holds it.
    func renamed(_ cells: [String]) -> [String] {
        var redefinitions = Redefinitions()
        return cells.enumerated().map { index, code in
            CodeInsertion.apply(redefinitions.rename(code, cell: index), to: code)
        }
    }

    @Test func aRedeclaredValueIsRenamedFromItsDeclarationOn() {
        let cells = renamed(["let x = 1\nvar n = 0\n", "print(x)\nlet x = \"two\"\nprint(x, n)\n", "print(x.count)\n"])
        #expect(cells[0] == "let x = 1\nvar n = 0\n", "a first declaration keeps its name")
        #expect(cells[1] == "print(x)\nlet x__folio2 = \"two\"\nprint(x__folio2, n)\n")
        #expect(cells[2] == "print(x__folio2.count)\n", "later cells mean the latest x; member names stay")
    }

    @Test func theOldValueIsStillMeantInTheNewDeclarationsInitializer() {
        let cells = renamed(["var total = 1\n", "let total = total * 2\n", "let total = total + 1\n"])
        #expect(cells[1] == "let total__folio2 = total * 2\n")
        #expect(cells[2] == "let total__folio3 = total__folio2 + 1\n")
    }

    @Test func functionsAreRenamedInTheirOwnBodyAndWholeCell() {
        let cells = renamed(["func f(_ n: Int) -> Int { n }\n",
                             "print(f(2))\nfunc f(_ n: Int) -> Int { n == 0 ? 1 : n * f(n - 1) }\n",
                             "f(3)\n"])
        #expect(cells[1] == "print(f__folio2(2))\nfunc f__folio2(_ n: Int) -> Int { n == 0 ? 1 : n * f__folio2(n - 1) }\n")
        #expect(cells[2] == "f__folio2(3)\n")
    }

    @Test func aFunctionOfAnotherSignatureOverloadsAsInSwift() {
        let cells = renamed(["func f(_ n: Int) -> Int { n }\n",
                             "func f(_ s: String) -> String { s }\n",
                             "func f(_ n: Int) -> Int { -n }\n",
                             "func f(label s: String) -> String { s }\nf(1)\n",
                             "func g() {}\n", "let g = 2\ng\n"])
        #expect(cells[1] == "func f(_ s: String) -> String { s }\n", "an overload keeps its name")
        #expect(cells[2] == "func f__folio3(_ n: Int) -> Int { -n }\n", "the same signature again replaces")
        #expect(cells[3] == "func f__folio3(label s: String) -> String { s }\nf__folio3(1)\n",
                "an overload joins the latest declarations")
        #expect(cells[5] == "let g__folio6 = 2\ng__folio6\n", "a value replaces a function")
    }

    @Test func typesAreNestedSoThatTheyStillPrintUnderTheirName() {
        let cells = renamed(["struct Point { var x: Int }\n",
                             "private struct Point: Equatable { var x, y: Int; static let origin = Point(x: 0, y: 0) }\n",
                             "let p: Point = Point(x: 1, y: 2)\nextension Point { var sum: Int { x + y } }\nlet o = Point.origin\n",
                             "typealias Scalar = Float\n", "typealias Scalar = Double\nlet s: [Scalar] = []\n"])
        #expect(cells[1] == "enum Point__folio2 { fileprivate struct Point: Equatable { var x, y: Int; static let origin = Point__folio2.Point(x: 0, y: 0) } }\n")
        #expect(cells[2] == "let p: Point__folio2.Point = Point__folio2.Point(x: 1, y: 2)\n"
                + "extension Point__folio2.Point { var sum: Int { x + y } }\nlet o = Point__folio2.Point.origin\n")
        #expect(cells[4] == "enum Scalar__folio5 { typealias Scalar = Double }\nlet s: [Scalar__folio5.Scalar] = []\n")
    }

    @Test func membersLabelsAndShadowingLocalsAreNotRenamed() {
        let cells = renamed(["let x = 1\nlet y = 2\n", """
        let x = 3.0
        struct S { var x = 0.0; func twice() -> Double { x * 2 } }
        func scaled(x: Double, by k: Double) -> Double { x * k }
        let f = { (x: Double) in x + 1 }
        let g: (Double) -> Double = { x in x }
        let sum = [1.0].map { y in y + x }
        for x in [1, 2] { print(x) }
        do { let x = "local"; print(x) }
        if let y = Optional(x) { print(y) }
        switch 5 { case let x: print(x) }
        print(scaled(x: x, by: 2), S(x: x).x, \\S.x)

        """])
        #expect(cells[1] == """
        let x__folio2 = 3.0
        struct S { var x = 0.0; func twice() -> Double { x * 2 } }
        func scaled(x: Double, by k: Double) -> Double { x * k }
        let f = { (x: Double) in x + 1 }
        let g: (Double) -> Double = { x in x }
        let sum = [1.0].map { y in y + x__folio2 }
        for x in [1, 2] { print(x) }
        do { let x = "local"; print(x) }
        if let y = Optional(x__folio2) { print(y) }
        switch 5 { case let x: print(x) }
        print(scaled(x: x__folio2, by: 2), S(x: x__folio2).x, \\S.x)

        """)
    }

    @Test func anOptionalBindingShorthandKeepsItsLocalName() {
        let cells = renamed(["var name: String? = nil\n", "var name: String? = \"a\"\nif let name { print(name) }\n",
                             "func f() { guard let name else { return }; print({ [name] in name }()) }\nlet y = { [name] in name }\n"])
        #expect(cells[1] == "var name__folio2: String? = \"a\"\nif let name = name__folio2 { print(name) }\n")
        #expect(cells[2] == "func f() { guard let name = name__folio2 else { return }; print({ [name] in name }()) }\n"
                + "let y = { [name = name__folio2] in name }\n", "a guard's and a capture list's shorthand too; after the guard, the local")
    }

    @Test func aNameDeclaredTwiceInOneCellIsLeftForTheCompilerToReport() {
        let cells = renamed(["let a = 1\nlet a = 2\n"])
        #expect(cells[0] == "let a = 1\nlet a = 2\n")
    }

    @Test func compilerMessagesShowTheAuthorsNames() {
        #expect(Redefinitions.authorNames(in: "cannot find 'x__folio12' in scope") == "cannot find 'x' in scope")
        #expect(Redefinitions.authorNames(in: "value of type 'Point__folio3.Point' has no member 'z'")
                == "value of type 'Point' has no member 'z'")
        #expect(Redefinitions.authorNames(in: "'a__folio' and __folio2 stay") == "'a__folio' and __folio2 stay")
    }

    @Test func columnsPastInsertedTextAreTheAuthors() {
        let insertions = [ColumnInsertion(line: 4, column: 6, width: 8), ColumnInsertion(line: 4, column: 1, width: 3)]
        #expect(ColumnInsertion.authorColumn(2, line: 4, in: insertions) == 1, "inside inserted text: where it stands")
        #expect(ColumnInsertion.authorColumn(5, line: 4, in: insertions) == 2)
        #expect(ColumnInsertion.authorColumn(10, line: 4, in: insertions) == 6)
        #expect(ColumnInsertion.authorColumn(18, line: 4, in: insertions) == 7)
        #expect(ColumnInsertion.authorColumn(18, line: 5, in: insertions) == 18)
    }

    @Test func theProgramRenamesAndKeepsLinesAndWrapperColumns() throws {
        let notebook = try NotebookParser.parse(source: """
        ```{swift}
        let x = 1
        ```

        ```{swift}
        let x = "two"
        x
        ```
        """, path: "r.md")
        let program = ProgramPlanner.plan(notebook, seed: 0)
        #expect(program.source.contains("#sourceLocation(file: \"r.md\", line: 6)\nlet x__folio2 = \"two\"\n_FolioKernel.displayLast(x__folio2)\n"))
        #expect(program.insertions.contains(ColumnInsertion(line: 6, column: 6, width: 8)))
        #expect(program.insertions.contains(ColumnInsertion(line: 7, column: 1, width: 25)))
        #expect(program.insertions.contains(ColumnInsertion(line: 7, column: 2, width: 8)))
    }
}
