import Foundation
import Testing
@testable import Folio

/// Images and files beside a notebook, copied into the report's `<name>_files/` folder so that
/// both reports work wherever the output folder is.
@Suite("Files beside the notebook", .serialized)
struct AttachmentTests {
    /// A copy of the `attachments` fixture folder, to edit.
    struct Project {
        let root = NSTemporaryDirectory() + "folio-files-\(UUID().uuidString)"
        var folder: String { "\(root)/attachments" }

        init() throws {
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: "\(FolioCLI.fixtures)/attachments", toPath: folder)
        }

        func remove() { try? FileManager.default.removeItem(atPath: root) }

        func run(_ command: String, cache: Bool = false) throws -> FolioCLI.Outcome {
            try FolioCLI.run([command, "attachments/notes.md", "-o", "out/reports"], in: root, cache: cache)
        }

        func copy(_ name: String) -> Data? { FileManager.default.contents(atPath: "\(root)/out/reports/notes_files/\(name)") }
        func source(_ path: String) -> Data? { FileManager.default.contents(atPath: "\(folder)/\(path)") }
    }

    @Test func localImagesAndFilesAreCopiedAndTheirAddressesRewritten() throws {
        let (outcome, out) = try FolioCLI.render("attachments/notes.md")
        defer { try? FileManager.default.removeItem(atPath: out) }
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr == "attachments/notes.md:16: warning: image 'img/missing.png' does not exist "
                + "(looked for attachments/img/missing.png); the report links it as written\n")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: "\(out)/notes_files")) ?? []).sorted()
        #expect(files == ["loss-2.png", "loss.png", "table.csv"])
        let fixture = "\(FolioCLI.fixtures)/attachments"
        for (copy, source) in [("loss.png", "img/loss.png"), ("loss-2.png", "more/loss.png"), ("table.csv", "data/table.csv")] {
            #expect(FileManager.default.contents(atPath: "\(out)/notes_files/\(copy)") == FileManager.default.contents(atPath: "\(fixture)/\(source)"))
        }

        let markdown = FolioCLI.read("\(out)/notes.md")
        for line in ["![A loss curve](notes_files/loss.png)", #"![The same file, written another way](notes_files/loss.png "the same")"#,
                     "![Another file of the same name](notes_files/loss-2.png)",
                     "A [table](notes_files/table.csv#row-2) and [a reference][ref].", "[ref]: notes_files/table.csv",
                     "Left alone: a remote ![image](https://example.com/x.png), an [anchor](#files-beside-the-notebook), a",
                     "[notebook](other.md), [mail](mailto:a@example.com).", "![Missing](img/missing.png)",
                     "![code, not an address](img/loss.png)"] {
            #expect(markdown.contains("\n\(line)\n"), "\(line)")
        }

        let html = FolioCLI.read("\(out)/notes.html")
        for piece in [#"<img src="notes_files/loss.png" alt="A loss curve" />"#, #"<img src="notes_files/loss.png" alt="The same file, written another way" title="the same" />"#,
                      #"<img src="notes_files/loss-2.png""#, #"<a href="notes_files/table.csv#row-2">table</a>"#, #"<a href="notes_files/table.csv">a reference</a>"#,
                      #"<img src="https://example.com/x.png""#, ##"<a href="#files-beside-the-notebook">anchor</a>"##, #"<a href="other.md">notebook</a>"#,
                      #"<img src="img/missing.png""#] {
            #expect(html.contains(piece), "\(piece)")
        }
    }

    /// Rendering only reads the images, so the result cache never hides a changed one; `folio
    /// check` compares the copies with their sources, and a copy no longer named is removed.
    @Test func aChangedImageChangesTheReportAndCheckSeesIt() throws {
        let project = try Project()
        defer { project.remove() }
        #expect(try project.run("render", cache: true).status == 0)
        #expect(try project.run("check", cache: true).status == 0)

        try Data("changed".utf8).write(to: URL(fileURLWithPath: "\(project.folder)/img/loss.png"))
        let stale = try project.run("check", cache: true)
        #expect(stale.status == 1)
        #expect(stale.stderr.contains("attachments/notes.md:3: error: the copy out/reports/notes_files/loss.png differs from attachments/img/loss.png, which changed"),
                "\(stale.stderr)")
        #expect(try project.run("render", cache: true).status == 0)
        #expect(project.copy("loss.png") == Data("changed".utf8))
        #expect(try project.run("check", cache: true).status == 0)

        let notebook = "\(project.folder)/notes.md"
        let text = FolioCLI.read(notebook).replacingOccurrences(of: "![Another file of the same name](more/loss.png)\n", with: "")
        try text.write(toFile: notebook, atomically: true, encoding: .utf8)
        let orphan = try project.run("check", cache: true)
        #expect(orphan.stderr.contains("out/reports/notes_files/loss-2.png:1: error: stale copy: the notebook no longer names this file"), "\(orphan.stderr)")
        #expect(try project.run("render", cache: true).status == 0)
        #expect(project.copy("loss-2.png") == nil)
        #expect(project.copy("table.csv") == project.source("data/table.csv"))
    }

    /// Copies are written like figures, each atomically and before the reports: a copy that
    /// cannot be written fails the render and leaves the reports of the last one as they were.
    @Test func aCopyThatCannotBeWrittenLeavesTheOldReportsIntact() throws {
        let project = try Project()
        defer { project.remove() }
        #expect(try project.run("render").status == 0)
        let reports = "\(project.root)/out/reports"
        let before = [FolioCLI.read("\(reports)/notes.md"), FolioCLI.read("\(reports)/notes.html")]
        try FileManager.default.removeItem(atPath: "\(reports)/notes_files/table.csv")
        try FileManager.default.createDirectory(atPath: "\(reports)/notes_files/table.csv/in-the-way", withIntermediateDirectories: true)
        let notebook = "\(project.folder)/notes.md"
        try FolioCLI.read(notebook).replacingOccurrences(of: "# Files beside", with: "# Edited: files beside")
            .write(toFile: notebook, atomically: true, encoding: .utf8)
        let failed = try project.run("render")
        #expect(failed.status == 2)
        #expect(failed.stderr.contains("cannot write out/reports/notes_files/table.csv: a folder of that name is in the way"), "\(failed.stderr)")
        #expect([FolioCLI.read("\(reports)/notes.md"), FolioCLI.read("\(reports)/notes.html")] == before)
    }

    @Test func copyNamesAvoidEachOtherAndFolioFigures() {
        #expect(LocalFiles.copyName(for: "img/x.png", taken: []) == "x.png")
        #expect(LocalFiles.copyName(for: "more/x.png", taken: ["x.png", "x-2.png"]) == "x-3.png")
        #expect(LocalFiles.copyName(for: "drawn/figure-1.svg", taken: []) == "figure-1-2.svg")
        #expect(LocalFiles.copyName(for: "data/README", taken: ["README"]) == "README-2")
    }

    @Test(arguments: [
        ("img/x.png", "img/x.png"), ("./a%20b.png#top", "./a b.png"), ("../data/t.csv?raw=1", "../data/t.csv"),
        ("https://example.com/x.png", nil), ("#anchor", nil), ("/site/x.png", nil), ("mailto:a@b.c", nil), ("data:image/png;base64,AA", nil),
    ] as [(String, String?)])
    func onlyRelativeAddressesNameLocalFiles(url: String, path: String?) {
        #expect(LocalFiles.localPath(url) == path)
    }
}
