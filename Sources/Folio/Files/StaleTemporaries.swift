import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a Folio killed with SIGKILL (which no handler sees) left behind: its temporary folder
/// (`folio-XXXXXX`, marked with its process id) and half-written files in an output folder
/// (`.NAME.PID.tmp`). The next render removes those whose process is gone.
enum StaleTemporaries {
    static let ownerFile = ".folio-owner"

    /// Marks `folder` as this process's, for a later sweep to recognise.
    static func markOwned(_ folder: String) {
        FileManager.default.createFile(atPath: "\(folder)/\(ownerFile)", contents: Data("\(getpid())\n".utf8))
    }

    /// Removes temporary folders whose owner process has ended. Folders without a mark (a
    /// test's, an older Folio's) are left alone.
    static func sweepFolders(in temporary: String = NSTemporaryDirectory()) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: temporary)) ?? [] where name.hasPrefix("folio-") {
            let folder = (temporary as NSString).appendingPathComponent(name)
            guard let text = TextFile.read("\(folder)/\(ownerFile)"),
                  let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)), !isAlive(pid) else { continue }
            try? FileManager.default.removeItem(atPath: folder)
        }
    }

    /// Removes `.NAME.PID.tmp` files in `folder` whose writer has ended.
    static func sweepFiles(in folder: String) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        where name.hasPrefix(".") && name.hasSuffix(".tmp") {
            let parts = name.dropLast(4).split(separator: ".")
            guard parts.count >= 2, let pid = pid_t(parts[parts.count - 1]), pid != getpid(), !isAlive(pid) else { continue }
            try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(name))
        }
    }

    /// Whether a process with this id exists (another user's counts: EPERM).
    static func isAlive(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}
