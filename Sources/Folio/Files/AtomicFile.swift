import Foundation

/// Whole-file writes that a reader never sees half done: the bytes go to a temporary name in the
/// same folder and are renamed into place, which is atomic on one file system.
enum AtomicFile {
    static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    static func write(_ data: Data, to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        StaleTemporaries.sweepFiles(in: folder.isEmpty ? "." : folder)
        let temporary = "\(folder.isEmpty ? "." : folder)/.\((path as NSString).lastPathComponent).\(getpid()).tmp"
        // An interrupted render must not leave a hidden half-file that `git add` would pick up.
        RunRegistry.shared.add(path: temporary)
        defer { RunRegistry.shared.remove(path: temporary) }
        guard FileManager.default.createFile(atPath: temporary, contents: data) else {
            throw SetupError("cannot write \(path): \(reason(errno, folder: folder.isEmpty ? "." : folder))")
        }
        guard RunRegistry.shared.moveIntoPlace(temporary, path) else {
            let code = errno
            try? FileManager.default.removeItem(atPath: temporary)
            throw SetupError("cannot write \(path): \(reason(code, folder: folder.isEmpty ? "." : folder, target: path))")
        }
    }

    /// What is in the way, in one sentence, instead of the system's error dump.
    static func reason(_ code: Int32, folder: String, target: String? = nil) -> String {
        switch code {
        case EISDIR, ENOTEMPTY, EEXIST:
            return "a folder of that name is in the way; remove it or choose another output folder"
        case EACCES, EPERM:
            return "no permission to write in \(folder)"
        case EROFS:
            return "\(folder) is on a read-only file system"
        case ENOSPC, EDQUOT:
            return "no space left on the disk that holds \(folder)"
        case ENOENT, ENOTDIR:
            return "the folder \(folder) does not exist (or a file is in its place)"
        default:
            return String(cString: strerror(code))
        }
    }
}
