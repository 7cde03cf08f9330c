import Foundation
import Testing
@testable import Folio

/// What a render killed with SIGKILL left behind is removed by the next one.
@Suite struct StaleTemporariesTests {
    /// The id of a process that has ended.
    static func deadProcess() throws -> pid_t {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func foldersOfEndedRendersGoOthersStay() throws {
        let root = NSTemporaryDirectory() + "stale-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        let dead = try Self.deadProcess()
        for (name, owner) in [("folio-dead01", "\(dead)"), ("folio-mine01", "\(getpid())"), ("folio-old001", nil), ("other-dead01", "\(dead)")] {
            try FileManager.default.createDirectory(atPath: "\(root)/\(name)", withIntermediateDirectories: true)
            if let owner { FileManager.default.createFile(atPath: "\(root)/\(name)/.folio-owner", contents: Data(owner.utf8)) }
        }
        StaleTemporaries.sweepFolders(in: root)
        let left = try FileManager.default.contentsOfDirectory(atPath: root).sorted()
        #expect(left == ["folio-mine01", "folio-old001", "other-dead01"])
    }

    @Test func halfWrittenReportsOfEndedRendersGo() throws {
        let folder = NSTemporaryDirectory() + "stale-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let dead = try Self.deadProcess()
        for name in [".a.html.\(dead).tmp", ".b.md.\(getpid()).tmp", ".notes.tmp", "c.html"] {
            FileManager.default.createFile(atPath: "\(folder)/\(name)", contents: Data("x".utf8))
        }
        try AtomicFile.write("report", to: "\(folder)/d.html")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(left == [".b.md.\(getpid()).tmp", ".notes.tmp", "c.html", "d.html"])
    }

    @Test func aRenderRemovesTheFolderAKilledRenderLeft() throws {
        let stale = NSTemporaryDirectory() + "folio-\(UUID().uuidString.prefix(6))"
        try FileManager.default.createDirectory(atPath: "\(stale)/run", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: "\(stale)/.folio-owner", contents: Data("\(try Self.deadProcess())\n".utf8))
        let (outcome, folder) = try FolioCLI.render("state.md")
        defer { try? FileManager.default.removeItem(atPath: folder); try? FileManager.default.removeItem(atPath: stale) }
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(!FileManager.default.fileExists(atPath: stale))
    }
}
