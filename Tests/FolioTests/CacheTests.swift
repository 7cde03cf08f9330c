import Foundation
import Testing
import Folio

/// The result cache: a render whose results cannot have changed compiles and runs nothing.
@Suite("Result cache", .serialized)
struct CacheTests {
    /// A project folder: `notebooks/cached.md` with its input `notebooks/data/values.csv`.
    struct Project {
        let root = NSTemporaryDirectory() + "folio-cache-\(UUID().uuidString)"
        var notebook: String { "\(root)/notebooks/cached.md" }
        var input: String { "\(root)/notebooks/data/values.csv" }

        init() throws {
            try FileManager.default.createDirectory(atPath: "\(root)/notebooks/data", withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: "\(FolioCLI.fixtures)/cached.md", toPath: notebook)
            try "a,1\nb,2\n".write(toFile: input, atomically: true, encoding: .utf8)
        }

        func remove() { try? FileManager.default.removeItem(atPath: root) }

        /// Renders the book; returns whether the notebook came from the cache, and the outcome.
        @discardableResult
        func render(_ extra: [String] = [], executable: String = FolioCLI.executable,
                    environment: [String: String?] = [:]) throws -> (cached: Bool, outcome: FolioCLI.Outcome) {
            let outcome = try FolioCLI.run(["render", "notebooks", "-o", "out", "--format", "json"] + extra, in: root,
                                           executable: executable, environment: environment, cache: true)
            let document = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
            let notebooks = document?["notebooks"] as? [[String: Any]]
            return (notebooks?.first?["cached"] as? Bool ?? false, outcome)
        }

        func edit(_ old: String, _ new: String) throws {
            let text = FolioCLI.read(notebook)
            #expect(text.contains(old))
            try text.replacingOccurrences(of: old, with: new).write(toFile: notebook, atomically: true, encoding: .utf8)
        }

        var report: String { FolioCLI.read("\(root)/out/cached.md") }
    }

    /// The keys' SHA-256 is FIPS 180-2's: the known answers for "abc" and the empty string.
    @Test func digestsAreSHA256() {
        #expect(Digest.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Digest.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func aCachedRenderWritesTheSameBytesAsARun() throws {
        let project = try Project()
        defer { project.remove() }
        let first = try project.render()
        #expect(!first.cached && first.outcome.status == 0, "\(first.outcome.stderr)")
        let fresh = ReproducibilityTests.files(in: "\(project.root)/out")
        let second = try project.render()
        #expect(second.cached)
        #expect(ReproducibilityTests.files(in: "\(project.root)/out") == fresh)
        #expect(FileManager.default.fileExists(atPath: "\(project.root)/.folio/cache"), "beside the notebooks folder")
    }

    @Test func proseCaptionsAndDisplayOptionsHitTheCache() throws {
        let project = try Project()
        defer { project.remove() }
        try project.render()
        try project.edit("Prose before the cells.", "Prose before the cells,\nover two lines now.")
        #expect(try project.render().cached, "a prose edit that moves every cell down")
        #expect(project.report.contains("over two lines now."))
        try project.edit("Three points.", "Three points, captioned anew.")
        #expect(try project.render().cached, "a caption edit")
        #expect(FolioCLI.read("\(project.root)/out/cached_files/figure-1.svg").contains("Figure 1: Three points, captioned anew."))
        try project.edit("//| label: draw\n", "//| label: draw\n//| echo: false\n")
        #expect(try project.render().cached, "echo: false")
        #expect(!project.report.contains("let x = Tensor"))
    }

    @Test func codeSeedsAndInputsMissTheCache() throws {
        let project = try Project()
        defer { project.remove() }
        try project.render()
        try project.edit("print(x.scalars)", "print(x.scalars, x.count)")
        #expect(try !project.render().cached, "a code edit")
        #expect(try project.render().cached)
        try project.edit("seed: 3", "seed: 4")
        #expect(try !project.render().cached, "the front matter's seed")
        #expect(try !project.render(["--seed", "5"]).cached, "--seed")
        try "a,1\nb,2\nc,3\n".write(toFile: project.input, atomically: true, encoding: .utf8)
        let changed = try project.render()
        #expect(!changed.cached, "a changed input")
        #expect(project.report.contains("rows 3"))
        try "z,9\n".write(toFile: "\(project.root)/notebooks/data/more.csv", atomically: true, encoding: .utf8)
        #expect(try !project.render().cached, "an added input")
        try FileManager.default.removeItem(atPath: "\(project.root)/notebooks/data/more.csv")
        #expect(try !project.render().cached, "a deleted input")
        try "ignored".write(toFile: "\(project.root)/notebooks/data/notes.txt", atomically: true, encoding: .utf8)
        #expect(try project.render().cached, "a file no pattern matches")
        #expect(try !project.render(["--no-cache"]).cached, "--no-cache runs everything")
    }

    @Test func aRebuiltKernelOrAnotherCompilerMissesTheCache() throws {
        let project = try Project()
        defer { project.remove() }
        try project.render()
        // A copy of folio whose kernel library has other bytes, as after a rebuild.
        let built = (FolioCLI.executable as NSString).deletingLastPathComponent
        let copy = "\(project.root)/bin"
        try FileManager.default.createDirectory(atPath: copy, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: FolioCLI.executable, toPath: "\(copy)/folio")
        try FileManager.default.copyItem(atPath: "\(built)/libNotebookKernel.so", toPath: "\(copy)/libNotebookKernel.so")
        try FileManager.default.createSymbolicLink(atPath: "\(copy)/Modules", withDestinationPath: "\(built)/Modules")
        let handle = try #require(FileHandle(forWritingAtPath: "\(copy)/libNotebookKernel.so"))
        handle.seekToEndOfFile()
        handle.write(Data("rebuilt".utf8))
        handle.closeFile()
        let rebuilt = try project.render(executable: "\(copy)/folio")
        #expect(!rebuilt.cached && rebuilt.outcome.status == 0, "\(rebuilt.outcome.stderr)")
        #expect(try project.render(executable: "\(copy)/folio").cached)

        // A swiftc that reports another version.
        let swiftc = try #require(ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":")
            .map { "\($0)/swiftc" }.first(where: FileManager.default.isExecutableFile(atPath:)))
        let wrapper = "\(copy)/swiftc"
        try """
        #!/bin/sh
        if [ "$1" = "--version" ]; then echo "Swift version 99.0 (folio-test)"; echo "Target: x86_64-unknown-linux-gnu"; exit 0; fi
        exec \(swiftc) "$@"
        """.write(toFile: wrapper, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: wrapper)
        let other = try project.render(environment: ["FOLIO_SWIFTC": wrapper])
        #expect(!other.cached && other.outcome.status == 0, "\(other.outcome.stderr)")
        #expect(FolioCLI.read("\(project.root)/out/cached.html").contains("swiftc: Swift version 99.0 (folio-test)"))
    }

    @Test func aCorruptEntryIsRebuiltAndFailuresAreNotRemembered() throws {
        let project = try Project()
        defer { project.remove() }
        try project.render()
        let folder = "\(project.root)/.folio/cache"
        let entry = try #require(FileManager.default.contentsOfDirectory(atPath: folder).first { $0.hasPrefix("cached-") })
        let text = FolioCLI.read("\(folder)/\(entry)")
        try String(text.prefix(text.count / 2)).write(toFile: "\(folder)/\(entry)", atomically: true, encoding: .utf8)
        let rebuilt = try project.render()
        #expect(!rebuilt.cached && rebuilt.outcome.status == 0)
        #expect(rebuilt.outcome.stderr.contains("\(entry): warning: not a readable cache entry; running notebooks/cached.md again"))
        #expect(try project.render().cached, "the entry was written anew")

        try project.edit("print(x.scalars)", "print(x.scalars)\nlet crash = [1][3]")
        #expect(try project.render().outcome.status == 1)
        #expect(try !project.render().cached, "a failed render is not remembered")
        // A deliberate error (error: true) is a result like any other.
        try project.edit("let crash = [1][3]", "```\n\n```{swift}\n//| error: true\nlet wrong: Int = \"text\"")
        let deliberate = try project.render()
        #expect(deliberate.outcome.status == 0, "\(deliberate.outcome.stderr)")
        #expect(try project.render().cached)
    }

    @Test func cacheFalseAndCleanAndNoCache() throws {
        let project = try Project()
        defer { project.remove() }
        try project.edit("seed: 3\n", "seed: 3\ncache: false\n")
        try project.render()
        #expect(try !project.render().cached, "cache: false runs every time")
        let kept = (try? FileManager.default.contentsOfDirectory(atPath: "\(project.root)/.folio/cache")) ?? []
        #expect(!kept.contains { $0.hasPrefix("cached-") }, "and keeps no entry: \(kept)")
        try project.edit("cache: false\n", "")
        try project.render()
        let clean = try FolioCLI.run(["clean", "notebooks"], in: project.root)
        #expect(clean.status == 0 && clean.stdout.contains("removed ./.folio/cache"), "\(clean.stdout)")
        #expect(try !project.render().cached)

        let untouched = try Project()
        defer { untouched.remove() }
        try untouched.render(["--no-cache"])
        #expect(!FileManager.default.fileExists(atPath: "\(untouched.root)/.folio"), "--no-cache writes no cache")
    }
}
