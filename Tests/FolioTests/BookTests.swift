import Foundation
import Testing

/// A folder of notebooks is a book: an index, links between chapters, parallel renders, shards.
@Suite("Books: index, links, jobs and shards", .serialized)
struct BookTests {
    /// A book of four small chapters, from the fixtures.
    struct Book {
        let root = NSTemporaryDirectory() + "folio-book-\(UUID().uuidString)"
        static let chapters = ["state.md", "seeded.md", "figures.md", "check.md"]

        init() throws {
            try FileManager.default.createDirectory(atPath: "\(root)/book", withIntermediateDirectories: true)
            for name in Self.chapters {
                try FileManager.default.copyItem(atPath: "\(FolioCLI.fixtures)/\(name)", toPath: "\(root)/book/\(name)")
            }
        }

        func remove() { try? FileManager.default.removeItem(atPath: root) }

        func run(_ arguments: [String]) throws -> FolioCLI.Outcome {
            try FolioCLI.run(arguments, in: root)
        }

        func files(_ folder: String) -> [String: Data] { ReproducibilityTests.files(in: "\(root)/\(folder)") }
    }

    @Test func aFolderGetsAnIndexAndEveryPageLinksItsNeighbours() throws {
        let book = try Book()
        defer { book.remove() }
        let outcome = try book.run(["render", "book", "-o", "out"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let index = FolioCLI.read("\(book.root)/out/index.md")
        #expect(index.hasPrefix("# Contents\n\n1. [Check](check.md) — ran\n   Numbers a reader compares within a tolerance.\n2. [Figures](figures.md) — ran\n"), "\(index)")
        #expect(index.contains("4. [Shared state](state.md) — ran\n   Cells share one program, in order. Math like $a_i * b_i$ is protected.\n"))
        let html = FolioCLI.read("\(book.root)/out/index.html")
        #expect(html.contains(#"<li><a href="check.html">Check</a> <span class="chapter-status ran">ran</span><p>Numbers a reader compares within a tolerance.</p></li>"#))
        let figures = FolioCLI.read("\(book.root)/out/figures.md")
        #expect(figures.hasSuffix("\n---\n\n[← Check](check.md) · [Contents](index.md) · [seeded →](seeded.md)\n"), "\(figures.suffix(120))")
        let first = FolioCLI.read("\(book.root)/out/check.html")
        #expect(first.contains("<nav class=\"book\" aria-label=\"Chapters\">\n<a class=\"index\" href=\"index.html\">Contents</a>\n<a class=\"next\" rel=\"next\" href=\"figures.html\">Figures →</a>\n</nav>"))

        let alone = try book.run(["render", "book/check.md", "-o", "single"])
        #expect(alone.status == 0)
        #expect(!FolioCLI.read("\(book.root)/single/check.html").contains("<nav class=\"book\""), "a notebook rendered alone has no links")
        #expect(!FileManager.default.fileExists(atPath: "\(book.root)/single/index.html"))
    }

    @Test func folioYmlOrdersTheChaptersAndAFailedChapterShowsInTheIndex() throws {
        let book = try Book()
        defer { book.remove() }
        try "title: A Small Book\nchapters: [state.md, check.md]\n".write(toFile: "\(book.root)/book/folio.yml", atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(atPath: "\(FolioCLI.fixtures)/trap.md", toPath: "\(book.root)/book/trap.md")
        let outcome = try book.run(["render", "book", "-o", "out"])
        #expect(outcome.status == 1)
        let index = FolioCLI.read("\(book.root)/out/index.md")
        let order = ["[Shared state]", "[Check]", "[Figures]", "[seeded]", "[A trap in cell 3](trap.md) — failed"].map { index.range(of: $0)?.lowerBound }
        #expect(index.hasPrefix("# A Small Book\n"))
        #expect(order.allSatisfy { $0 != nil } && order.compactMap { $0 } == order.compactMap { $0 }.sorted(), "\(index)")

        try "chapters: [nowhere.md]\n".write(toFile: "\(book.root)/book/folio.yml", atomically: true, encoding: .utf8)
        let bad = try book.run(["render", "book", "-o", "out"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("book/folio.yml: error: chapter 'nowhere.md' is not a notebook in book"))
    }

    @Test func jobsNeverChangeTheBytes() throws {
        let book = try Book()
        defer { book.remove() }
        #expect(try book.run(["render", "book", "-o", "one", "-j", "1"]).status == 0)
        #expect(try book.run(["render", "book", "-o", "two", "-j", "2"]).status == 0)
        #expect(book.files("one") == book.files("two"))
        #expect(book.files("one").count >= 10)
        #expect(try book.run(["render", "book", "-o", "x", "-j", "0"]).status == 2)
    }

    @Test func shardsAndTheGatheredIndexAreOneFullRender() throws {
        let book = try Book()
        defer { book.remove() }
        #expect(try book.run(["render", "book", "-o", "full"]).status == 0)
        var rendered: [String] = []
        for shard in 1...3 {
            let outcome = try book.run(["render", "book", "-o", "sharded", "--shard", "\(shard)/3", "--format", "json"])
            #expect(outcome.status == 0, "\(outcome.stderr)")
            let document = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
            rendered += (document?["notebooks"] as? [[String: Any]] ?? []).compactMap { $0["notebook"] as? String }
        }
        #expect(rendered.sorted() == Book.chapters.map { "book/\($0)" }.sorted(), "every chapter in exactly one shard")
        #expect(!FileManager.default.fileExists(atPath: "\(book.root)/sharded/index.html"), "shards leave the index to the gathering job")
        #expect(try book.run(["index", "book", "-o", "sharded"]).status == 0)
        #expect(book.files("sharded") == book.files("full"))
        #expect(try book.run(["render", "book", "-o", "x", "--shard", "4/3"]).status == 2)
    }

    @Test func checkComparesTheIndexToo() throws {
        let book = try Book()
        defer { book.remove() }
        #expect(try book.run(["render", "book", "-o", "out"]).status == 0)
        #expect(try book.run(["check", "book", "-o", "out"]).status == 0)
        let path = "\(book.root)/out/index.md"
        try FolioCLI.read(path).replacingOccurrences(of: "— ran", with: "— skipped").write(toFile: path, atomically: true, encoding: .utf8)
        let outcome = try book.run(["check", "book", "-o", "out"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("out/index.md:3: error: the book's index differs from what the notebooks render now"), "\(outcome.stderr)")
    }

    /// On a terminal (here `script`'s), one line per notebook as it finishes, in the notebooks'
    /// order whatever order two jobs finish them in; `cached` when nothing ran.
    @Test func progressOnATerminalIsOneLinePerNotebookInOrder() throws {
        let book = try Book()
        defer { book.remove() }
        func lines() throws -> [String] {
            let outcome = try FolioCLI.run(["-qec", "\(FolioCLI.executable) render book -o out -j 2", "/dev/null"],
                                           in: book.root, executable: "/usr/bin/script")
            return outcome.stdout.replacingOccurrences(of: "\u{1B}[K", with: "").components(separatedBy: CharacterSet(charactersIn: "\r\n"))
                .filter { !$0.isEmpty }
        }
        let first = try lines()
        let names = Book.chapters.sorted().map { "book/\($0)" }
        #expect(first.count == 4, "\(first)")
        for (index, (line, name)) in zip(first, names).enumerated() {
            #expect(line.hasPrefix("[\(index + 1)/4] \(name): done in ") && line.hasSuffix(" s"), "\(line)")
        }
        let second = try lines()
        #expect(second == names.enumerated().map { "[\($0.offset + 1)/4] \($0.element): cached" }, "\(second)")
    }
}
