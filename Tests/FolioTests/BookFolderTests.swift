import Foundation
import Testing

/// A book's subfolders are chapters too, mirrored in the output folder; folders whose names
/// start with `.` or `_` are not.
@Suite("Books in folders", .serialized)
struct BookFolderTests {
    /// Chapters without cells: what is tested here is where reports go and how they link.
    struct Book {
        let root = NSTemporaryDirectory() + "folio-folders-\(UUID().uuidString)"

        init() throws {
            for (path, title) in [("book/intro.md", "Intro"), ("book/ch1/a.md", "Chapter A"), ("book/ch1/deeper/b.md", "Chapter B"),
                                  ("book/ch2/c.md", "Chapter C"), ("book/_drafts/draft.md", "Draft"), ("book/.hidden/secret.md", "Secret")] {
                let file = "\(root)/\(path)"
                try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try "# \(title)\n\nAbout \(title).\n".write(toFile: file, atomically: true, encoding: .utf8)
            }
            try "# Chapter A\n\nAbout Chapter A.\n\nSee [chapter C](../ch2/c.md#about) and [a page that is no chapter](../_drafts/draft.md).\n"
                .write(toFile: "\(root)/book/ch1/a.md", atomically: true, encoding: .utf8)
        }

        func remove() { try? FileManager.default.removeItem(atPath: root) }

        func run(_ arguments: [String]) throws -> FolioCLI.Outcome { try FolioCLI.run(arguments, in: root) }

        func read(_ path: String) -> String { FolioCLI.read("\(root)/\(path)") }

        func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: "\(root)/\(path)") }
    }

    @Test func subfoldersAreMirroredListedAndLinked() throws {
        let book = try Book()
        defer { book.remove() }
        let outcome = try book.run(["render", "book", "-o", "out"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        for report in ["intro", "ch1/a", "ch1/deeper/b", "ch2/c"] {
            #expect(book.exists("out/\(report).html") && book.exists("out/\(report).md"), "\(report)")
        }
        #expect(!book.exists("out/_drafts") && !book.exists("out/.hidden") && !book.exists("out/draft.html"))

        let index = book.read("out/index.md")
        #expect(index == """
            # Contents

            1. [Intro](intro.md) — ran
               About Intro.
            2. [Chapter A](ch1/a.md) — ran
               About Chapter A.
            3. [Chapter B](ch1/deeper/b.md) — ran
               About Chapter B.
            4. [Chapter C](ch2/c.md) — ran
               About Chapter C.

            """, "\(index)")
        #expect(book.read("out/index.html").contains(#"<li><a href="ch1/deeper/b.html">Chapter B</a>"#))

        let b = book.read("out/ch1/deeper/b.md")
        #expect(b.hasSuffix("[← Chapter A](../a.md) · [Contents](../../index.md) · [Chapter C →](../../ch2/c.md)\n"), "\(b)")
        let a = book.read("out/ch1/a.html")
        #expect(a.contains(#"<a class="previous" rel="prev" href="../intro.html">← Intro</a>"#), "\(a)")
        #expect(a.contains(#"<a class="index" href="../index.html">Contents</a>"#))
        #expect(a.contains(#"<a class="next" rel="next" href="deeper/b.html">Chapter B →</a>"#))
        #expect(a.contains(##"See <a href="../ch2/c.html#about">chapter C</a> and <a href="../_drafts/draft.md">a page that is no chapter</a>."##),
                "a link to a chapter points at its page; the Markdown report keeps it, its reports mirror the book")
        #expect(book.read("out/ch1/a.md").contains("See [chapter C](../ch2/c.md#about) and"))

        #expect(try book.run(["check", "book", "-o", "out"]).status == 0)
        try FileManager.default.copyItem(atPath: "\(book.root)/out/ch2/c.html", toPath: "\(book.root)/out/ch2/gone.html")
        let orphan = try book.run(["check", "book", "-o", "out"])
        #expect(orphan.status == 1)
        #expect(orphan.stderr.contains("out/ch2/gone.html:1: error: a committed report with no notebook (no ch2/gone.md among the notebooks)"),
                "\(orphan.stderr)")
    }

    /// An output folder inside the book holds Markdown reports, which are not chapters.
    @Test func anOutputFolderInsideTheBookIsNotPartOfIt() throws {
        let book = try Book()
        defer { book.remove() }
        #expect(try book.run(["render", "book", "-o", "book/site"]).status == 0)
        let again = try book.run(["render", "book", "-o", "book/site", "--format", "json"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.components(separatedBy: "\"notebook\"").count == 5, "four chapters, not their reports: \(again.stdout)")
        #expect(!book.exists("book/site/site"))
    }

    @Test func folioYmlNamesChaptersInSubfolders() throws {
        let book = try Book()
        defer { book.remove() }
        try "chapters: [ch2/c.md, intro.md]\n".write(toFile: "\(book.root)/book/folio.yml", atomically: true, encoding: .utf8)
        #expect(try book.run(["render", "book", "-o", "out"]).status == 0)
        let order = ["(ch2/c.md)", "(intro.md)", "(ch1/a.md)", "(ch1/deeper/b.md)"].map { book.read("out/index.md").range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil } && order.compactMap { $0 } == order.compactMap { $0 }.sorted(), "\(book.read("out/index.md"))")
    }
}
