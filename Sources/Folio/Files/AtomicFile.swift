import Foundation

/// Whole-file writes that a reader never sees half done: the bytes go to a temporary name in the
/// same folder and are renamed into place, which is atomic on one file system.
enum AtomicFile {
    static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    static func write(_ data: Data, to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = "\(folder.isEmpty ? "." : folder)/.\((path as NSString).lastPathComponent).\(getpid()).tmp"
        // An interrupted render must not leave a hidden half-file that `git add` would pick up.
        RunRegistry.shared.add(path: temporary)
        defer { RunRegistry.shared.remove(path: temporary) }
        guard FileManager.default.createFile(atPath: temporary, contents: data) else {
            throw SetupError("cannot write \(path)")
        }
        guard rename(temporary, path) == 0 else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw SetupError("cannot move the new file into place at \(path)")
        }
    }
}
