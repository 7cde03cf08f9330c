import Foundation
import Testing
@testable import Folio

/// Real notebooks rendered by the built CLI, compiled by the real swiftc.
@Suite("End to end: folio render", .serialized)
struct EndToEndTests {
    @Test func cellsShareStateDisplayValuesAndCaptureOutputInOrder() throws {
        let (outcome, folder) = try FolioCLI.render("state.md")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let markdown = FolioCLI.read("\(folder)/state.md")
        #expect(markdown.contains("```text\ntotal is 5\nprintf says 5\nafter printf\n```"))
        #expect(markdown.contains("```text\n10\n```"), "the last expression `total * 2` is displayed")
        #expect(!markdown.contains("//| label"), "option lines are not part of the shown code")
        #expect(markdown.contains("```swift\nfatalError(\"a plain swift block is shown, not run\")\n```"))
        #expect(!markdown.contains("let unused = total"), "echo: false hides the code")
        #expect(markdown.contains("```text\necho off\n```"))
        #expect(markdown.hasPrefix("# Shared state\n\nCells share one program, in order. Math like $a_i * b_i$ is protected.\n"))

        let html = FolioCLI.read("\(folder)/state.html")
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<script>alert(1)</script>"))
        #expect(html.contains(#"<pre class="cell-output cell-output-display">10</pre>"#))
        #expect(html.contains(#"<math><semantics><mrow><msub><mi>a</mi><mi>i</mi></msub><mo>∗</mo><msub><mi>b</mi><mi>i</mi></msub></mrow>"#))
        #expect(!html.contains("a plain swift block is shown, not run\")</span>\n</code></pre>\n<pre class=\"cell-output"))
        #expect(!html.contains(folder), "no absolute path in the report")
    }

    @Test(arguments: ["state", "trap"])
    func renderingTwiceGivesIdenticalBytes(name: String) throws {
        let (first, a) = try FolioCLI.render("\(name).md")
        let (second, b) = try FolioCLI.render("\(name).md")
        defer { for f in [a, b] { try? FileManager.default.removeItem(atPath: f) } }
        #expect(first.status == second.status)
        for file in ["\(name).html", "\(name).md"] {
            let one = FileManager.default.contents(atPath: "\(a)/\(file)")
            #expect(one != nil && one == FileManager.default.contents(atPath: "\(b)/\(file)"), "\(file)")
        }
    }

    @Test func aTrapKeepsEarlierOutputsAndStopsLaterCells() throws {
        let (outcome, folder) = try FolioCLI.render("trap.md")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("trap.md:"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("Index out of range"))
        let markdown = FolioCLI.read("\(folder)/trap.md")
        #expect(markdown.contains("```text\ncell one\n```"))
        #expect(markdown.contains("```text\ncell two\n```"))
        #expect(markdown.contains("```text\nbefore the trap\n```"), "what cell 3 printed before the trap is kept")
        #expect(markdown.contains("Index out of range"))
        #expect(!markdown.contains("```text\nnever printed"))
        #expect(markdown.contains("Error in cell 3 at trap.md:14"), "the trap names the line of the bad subscript")
        #expect(markdown.contains("Fatal error: Index out of range\n>    14 | let bad = numbers[7]\n"), "and shows it")
        #expect(!markdown.contains("swift-runtime:"), "the backtracer's remarks (with thread ids) stay out")
        #expect(!markdown.contains("```text\ncell four"))
        #expect(markdown.components(separatedBy: "Not run: an earlier cell failed.").count == 3, "cells 4 and 5 are marked not run")
        let html = FolioCLI.read("\(folder)/trap.html")
        #expect(html.contains(#"<div class="cell-error" role="alert">"#))
        #expect(html.contains("Error in cell 3 at trap.md:"))
    }

    @Test func aCompileErrorNamesTheNotebookLine() throws {
        let (outcome, folder) = try FolioCLI.render("compile-error.md")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("compile-error.md:9: error:"), "\(outcome.stderr)")
        let markdown = FolioCLI.read("\(folder)/compile-error.md")
        #expect(markdown.contains("Compile error in cell 2 at compile-error.md:9"))
        #expect(markdown.contains("compile-error.md:9:"))
        #expect(markdown.contains("Not run: the notebook did not compile."))
    }

    @Test func compileErrorsPointAtNotebookLinesNotGeneratedCode() throws {
        let (outcome, folder) = try FolioCLI.render("diagnostics.md")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(outcome.status == 0, "every failing cell declared error: true: \(outcome.stderr)")
        let markdown = FolioCLI.read("\(folder)/diagnostics.md")
        #expect(markdown.contains("Compile error in cell 1 at diagnostics.md:5"), "an error after the cell's last token stays on its last line")
        #expect(markdown.contains("diagnostics.md:11:3: error: value of type 'Int' has no member 'bogus'"),
                "columns are the notebook's, not shifted by the display wrapper")
        #expect(markdown.contains(">    11 | a.bogus\n>       |   ^"))
        #expect(markdown.contains("diagnostics.md:16:18: error:"))
        #expect(markdown.contains("Compile error in cell 4 at diagnostics.md:21"), "a cell that fails once its neighbour is left out")
        #expect(markdown.contains("```text\nthe rest runs\n```"))
        #expect(!markdown.contains("_FolioKernel") && !markdown.contains("sourceLocation"))
    }

    @Test func anUnclosedBraceBlamesItsCell() throws {
        let (outcome, folder) = try FolioCLI.render("unclosed.md")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(outcome.status == 1)
        let markdown = FolioCLI.read("\(folder)/unclosed.md")
        #expect(markdown.contains("Compile error in cell 2 at unclosed.md:8"), "\(markdown)")
        #expect(!markdown.contains("main.swift"))
        #expect(markdown.components(separatedBy: "Not run: the notebook did not compile.").count == 3)
    }

    @Test func reportsOfFailuresHoldNoPathsWhateverTheWorkingDirectory() throws {
        let notebook = FolioCLI.fixtures + "/compile-error.md"
        let (first, a) = try FolioCLI.render(notebook)
        let folder = NSTemporaryDirectory() + "folio-e2e-\(UUID().uuidString)"
        defer { for f in [a, folder] { try? FileManager.default.removeItem(atPath: f) } }
        let second = try FolioCLI.run(["render", notebook, "-o", folder], in: NSTemporaryDirectory())
        #expect(first.status == 1 && second.status == 1)
        let report = FolioCLI.read("\(a)/compile-error.md")
        #expect(report == FolioCLI.read("\(folder)/compile-error.md"))
        #expect(FolioCLI.read("\(a)/compile-error.html") == FolioCLI.read("\(folder)/compile-error.html"))
        #expect(!report.contains(FolioCLI.fixtures) && !report.contains(NSTemporaryDirectory()))
        #expect(first.stderr.contains(notebook + ":9: error:"), "the terminal names the path as given")
    }

    @Test func anInfiniteLoopIsStoppedAtItsTimeout() throws {
        let start = Date()
        let (outcome, folder) = try FolioCLI.render("timeout.md")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(outcome.status == 1)
        #expect(Date().timeIntervalSince(start) < 60)
        let markdown = FolioCLI.read("\(folder)/timeout.md")
        #expect(markdown.contains("```text\nstarted\n```"))
        #expect(markdown.contains("Timeout in cell 2 at timeout.md:"))
        #expect(markdown.contains("timeout of 2 s"))
        #expect(!markdown.contains("```text\nnot reached"))
        let processes = try FolioCLI.run(["-eo", "args"], executable: "/bin/ps").stdout
        #expect(!processes.contains("sleep 23.5"), "a timeout kills the cell's program and what it started")
    }

    @Test func aBackgroundProcessDoesNotHoldTheRenderUpAndCellsRunBesideTheirNotebook() throws {
        let folder = NSTemporaryDirectory() + "folio-e2e-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // The shell times folio alone; Foundation's Process in this test would also wait for the
        // orphaned `sleep 17.5`, which is the very thing folio must not do.
        let script = #"s=$(date +%s%N); "$0" render "$1" -o "$2" --no-cache; r=$?; echo "$r $(( ($(date +%s%N) - s) / 1000000 ))""#
        let outcome = try FolioCLI.run(["-c", script, FolioCLI.executable, "\(FolioCLI.fixtures)/background.md", folder],
                                       in: NSTemporaryDirectory(), executable: "/bin/sh")
        let words = outcome.stdout.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        #expect(words.first == 0, "\(outcome.stdout) \(outcome.stderr)")
        #expect((words.last ?? .max) < 5000, "folio took \(words.last ?? -1) ms; the cell's `sleep 17.5 &` is not waited for")
        #expect(FolioCLI.read("\(folder)/background.md").contains("runs beside its notebook: true"))
        let processes = try FolioCLI.run(["-eo", "args"], executable: "/bin/ps").stdout
        #expect(!processes.contains("sleep 17.5"), "what the notebook started ends with it: its process group is killed")
    }

    @Test func anUnknownOptionIsABadNotebookAndWritesNothing() throws {
        let (outcome, folder) = try FolioCLI.render("unknown-option.md")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("unknown-option.md:5: error: unknown cell option 'ech'; did you mean 'echo'?"), "\(outcome.stderr)")
        #expect(!FileManager.default.fileExists(atPath: "\(folder)/unknown-option.html"))
    }

    @Test func anExpectedErrorIsShownAndTheRestRuns() throws {
        let (outcome, folder) = try FolioCLI.render("expected-error.md")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let markdown = FolioCLI.read("\(folder)/expected-error.md")
        #expect(markdown.contains("Compile error in cell 1 at expected-error.md:5"))
        #expect(markdown.contains("```text\nstill runs\n```"))
    }

    /// A crash ends the program, so Folio runs it again without the crashed `error: true` cell.
    @Test func aCrashInAnExpectedErrorCellIsShownAndTheCellsAfterItRun() throws {
        let (outcome, folder) = try FolioCLI.render("expected-crash.md")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let markdown = FolioCLI.read("\(folder)/expected-crash.md")
        #expect(markdown.contains("Error in cell 1 at expected-crash.md:6 (expected: error: true)"))
        #expect(markdown.contains("Fatal error: Index out of range"))
        #expect(markdown.contains("```text\nlater\n```"), "the cell after the crash ran")
    }

    /// Closing or re-pointing descriptors 1 and 2 costs that cell its output, not the next
    /// cell's; `display` from eight threads at once loses nothing.
    @Test func cellsThatCloseTheirOutputAndDisplaysFromManyThreads() throws {
        let (outcome, folder) = try FolioCLI.render("descriptors.md")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let markdown = FolioCLI.read("\(folder)/descriptors.md")
        #expect(markdown.contains("```text\nbefore closing\n```"))
        #expect(!markdown.contains("before closing\nlost"), "what a cell prints after closing its output is lost")
        #expect(markdown.contains("```text\nthe next cell prints again\n```"))
        #expect(!markdown.contains("```text\ninto /dev/null"))
        #expect(markdown.contains("standard error is back"))
        for thread in 0..<8 {
            for value in 0..<25 { #expect(markdown.contains("\"thread \(thread) value \(value)\""), "thread \(thread) value \(value)") }
        }
        #expect(markdown.components(separatedBy: "```text\n\"thread ").count - 1 == 200, "each value in its own block")
    }

    /// Each crash names its reason and the notebook line, never a library's file, in any build.
    @Test func crashesSayWhyAtTheNotebookLine() throws {
        let (outcome, folder) = try FolioCLI.render("crashes.md")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let markdown = FolioCLI.read("\(folder)/crashes.md")
        #expect(markdown.contains("Error in cell 1 at crashes.md:5 (expected: error: true)"))
        #expect(markdown.contains("Program crashed: stack overflow (down(_:) called itself without end)"))
        #expect(markdown.contains("Error in cell 2 at crashes.md:14 (expected: error: true)"))
        #expect(markdown.contains("Program crashed: Bad pointer dereference\n>    14 | print(p.pointee)"))
        #expect(markdown.contains("Error in cell 3 at crashes.md:20 (expected: error: true)"))
        #expect(markdown.contains("Fatal error: a plotted tensor must be 1-D, not of shape [3, 1]"))
        #expect(markdown.contains("Error in cell 4 at crashes.md:25 (expected: error: true)"))
        #expect(markdown.contains("Fatal error: shapes [3] and [4] do not broadcast"))
        #expect(!markdown.contains(".swift:"), "no library file is named")
        #expect(!markdown.contains(" at 0x"), "no address, which would change from run to run")
        #expect(markdown.contains("```text\nthe end\n```"))
    }

    @Test func theSeedComesFromFrontMatterAndTheCommandLine() throws {
        func values(_ extra: [String]) throws -> String {
            let (outcome, folder) = try FolioCLI.render("seeded.md", extra: extra)
            defer { try? FileManager.default.removeItem(atPath: folder) }
            #expect(outcome.status == 0, "\(outcome.stderr)")
            return FolioCLI.read("\(folder)/seeded.md")
        }
        let fromFrontMatter = try values([])
        #expect(fromFrontMatter.contains("<Tensor 3 float32>"))
        #expect(try values(["--seed", "5"]) == fromFrontMatter)
        #expect(try values(["--seed", "6"]) != fromFrontMatter)
    }

    @Test func checkPassesOnFreshReportsAndFailsOnStaleOnes() throws {
        let (rendered, folder) = try FolioCLI.render("figures.md")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(rendered.status == 0)
        #expect(try FolioCLI.run(["check", "figures.md", "-o", folder]).status == 0)
        try "edited by hand".write(toFile: "\(folder)/figures.md", atomically: true, encoding: .utf8)
        try "<svg/>".write(toFile: "\(folder)/figures_files/figure-9.svg", atomically: true, encoding: .utf8)
        let stale = try FolioCLI.run(["check", "figures.md", "-o", folder])
        #expect(stale.status == 1)
        #expect(stale.stderr.contains("figures.md:1: error: the report differs from what the notebook renders now"), "\(stale.stderr)")
        #expect(stale.stderr.contains("figures_files/figure-9.svg"))
        #expect(FolioCLI.read("\(folder)/figures.md") == "edited by hand", "check never writes into the output folder")
    }

    @Test func aReportNeverOverwritesItsNotebook() throws {
        let folder = NSTemporaryDirectory() + "folio-e2e-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let notebook = "\(folder)/note.md"
        try "# Note\n\n```{swift}\nprint(1)\n```\n".write(toFile: notebook, atomically: true, encoding: .utf8)
        let outcome = try FolioCLI.run(["render", notebook, "-o", folder + "/."])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("would overwrite the notebook itself"))
        #expect(FolioCLI.read(notebook) == "# Note\n\n```{swift}\nprint(1)\n```\n")
    }

    @Test func newWritesANotebookThatRendersAndNeverOverwrites() throws {
        let folder = NSTemporaryDirectory() + "folio-new-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try FolioCLI.run(["new", "dropout"], in: folder).status == 0)
        #expect(FileManager.default.fileExists(atPath: "\(folder)/notebooks/dropout.md"))
        let rendered = try FolioCLI.run(["render", "notebooks/dropout.md", "-o", "out"], in: folder)
        #expect(rendered.status == 0, "\(rendered.stderr)")
        #expect(FolioCLI.read("\(folder)/out/dropout.html").contains("<figcaption>Figure 1: tanh on [−4, 4].</figcaption>"))
        let again = try FolioCLI.run(["new", "dropout"], in: folder)
        #expect(again.status == 2)
        #expect(again.stderr.contains("notebooks/dropout.md: error: already exists"))
    }

    @Test func badUsageExitsTwo() throws {
        let outcome = try FolioCLI.run(["render", "--seed", "minus-one"])
        #expect(outcome.status == 2)
        let missing = try FolioCLI.run(["render", "no-such-notebook.md"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no-such-notebook.md: error: no such file or folder"))
    }

    /// SIGINT, SIGTERM and SIGHUP to folio end the notebook's program and all it started, and
    /// folio exits 128 + the signal, as a shell reports a killed command.
    @Test(arguments: [(SIGTERM, 143), (SIGINT, 130), (SIGHUP, 129)] as [(Int32, Int32)])
    func aSignalToFolioEndsTheNotebooksProcesses(signal: Int32, status: Int32) throws {
        let folder = NSTemporaryDirectory() + "folio-e2e-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // A sleep of its own for each signal: the three cases run at once.
        let sleep = "sleep 31.\(signal)"
        let notebook = FolioCLI.read("\(FolioCLI.fixtures)/spin.md").replacingOccurrences(of: "sleep 31.5", with: sleep)
        try notebook.write(toFile: "\(folder)/spin.md", atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: FolioCLI.executable)
        process.arguments = ["render", "\(folder)/spin.md", "-o", "\(folder)/out", "--no-cache"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        let running = { (try? FolioCLI.run(["-eo", "args"], executable: "/bin/ps").stdout.contains(sleep)) ?? false }
        let deadline = Date().addingTimeInterval(60)
        while !running() && Date() < deadline { usleep(100_000) }
        #expect(running(), "the cell started its background process")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationStatus == status)
        usleep(200_000)
        #expect(!running(), "nothing the notebook started outlives folio")
        #expect(!FileManager.default.fileExists(atPath: "\(folder)/out/spin.html"), "an interrupted render writes no report")
    }

    @Test func reportsNeverLandOnInputsAndBadPathsGetOneClearSentence() throws {
        let folder = NSTemporaryDirectory() + "folio-paths-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let notebook = "# Note\n\n```{swift}\nprint(1)\n```\n"
        for name in ["page.html", "a.txt", "a.md", "-dash.md"] { try notebook.write(toFile: "\(folder)/\(name)", atomically: true, encoding: .utf8) }

        let page = try FolioCLI.run(["render", "page.html", "-o", "."], in: folder)
        #expect(page.status == 2)
        #expect(page.stderr.contains("page.html: error: its report ./page.html would overwrite the notebook itself"), "\(page.stderr)")
        #expect(FolioCLI.read("\(folder)/page.html") == notebook)

        let other = try FolioCLI.run(["render", "a.txt", "-o", "."], in: folder)
        #expect(other.status == 2)
        #expect(other.stderr.contains("which is not a report Folio wrote"), "\(other.stderr)")
        #expect(FolioCLI.read("\(folder)/a.md") == notebook, "the notebook a.md is untouched")

        try "a file".write(toFile: "\(folder)/blocked", atomically: true, encoding: .utf8)
        let blocked = try FolioCLI.run(["render", "a.md", "-o", "blocked"], in: folder)
        #expect(blocked.status == 2)
        #expect(blocked.stderr.contains("cannot write reports into blocked: it is a file, not a folder"), "\(blocked.stderr)")
        #expect(!blocked.stderr.contains("NSCocoaErrorDomain"))

        try FileManager.default.createDirectory(atPath: "\(folder)/out3/a.html", withIntermediateDirectories: true)
        let folderInTheWay = try FolioCLI.run(["render", "a.md", "-o", "out3"], in: folder)
        #expect(folderInTheWay.status != 0)
        #expect(folderInTheWay.stderr.contains("cannot write out3/a.html: a folder of that name is in the way; remove it or choose another output folder"),
                "\(folderInTheWay.stderr)")
        #expect(AtomicFile.reason(ENOSPC, folder: "out") == "no space left on the disk that holds out")
        #expect(AtomicFile.reason(EROFS, folder: "out") == "out is on a read-only file system")

        let dash = try FolioCLI.run(["render", "-dash.md", "-o", "out"], in: folder)
        #expect(dash.status == 2)
        #expect(dash.stderr.contains("'-dash.md' reads as options but names a file; write './-dash.md', or put '--' before it"))
        #expect(try FolioCLI.run(["render", "-o", "out", "--", "-dash.md"], in: folder).status == 0)
        #expect(try FolioCLI.run(["render", "./-dash.md", "-o", "out2"], in: folder).status == 0)
        #expect(FileManager.default.fileExists(atPath: "\(folder)/out2/-dash.html"))
    }

    /// A NUL byte no longer cuts the page short, colours become styled spans in HTML (as Jupyter
    /// shows them) and plain text in Markdown, and no other escape reaches either report.
    @Test func controlBytesAndTerminalEscapesAreShownSafely() throws {
        let (outcome, folder) = try FolioCLI.render("bytes.md")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let html = FolioCLI.read("\(folder)/bytes.html")
        #expect(html.contains(#"<pre class="cell-output cell-output-stdout">a^@b <span class="ansi-red-fg">red</span> bell^G done</pre>"#), "\(html)")
        #expect(html.contains(#"<pre class="cell-output cell-output-stderr">warn<span class="ansi-bold">!</span></pre>"#))
        #expect(html.contains(".ansi-red-fg { color: #e75c58; }"), "the page carries the colour classes it uses")
        #expect(html.contains("<p>after the output</p>"), "the prose after the output is not swallowed")
        #expect(!html.contains("\u{1B}") && !html.contains("\u{0}"))
        let markdown = FolioCLI.read("\(folder)/bytes.md")
        #expect(markdown.contains("```text\na^@b red bell^G done\n```"))
        #expect(markdown.contains("*Standard error:*\n\n```text\nwarn!\n```"), "standard error is marked in words GitHub shows")
        #expect(!markdown.contains("\u{1B}"))
    }
}
