import Foundation

/// What about the toolchain can change a notebook's results: the compiler's version and target,
/// and the bytes of the kernel library and the modules notebooks compile against.
public struct ToolchainIdentity: Sendable, Equatable, Codable {
    /// `swiftc --version`'s lines joined: `Swift version 6.3.1 (…); Target: x86_64-unknown-linux-gnu`.
    public var compilerVersion: String
    /// SHA-256 of `libNotebookKernel.so` and the `NotebookKernel`, `TensorEngine` and `Plotting`
    /// modules, in hex.
    public var kernelDigest: String

    public init(compilerVersion: String, kernelDigest: String) {
        self.compilerVersion = compilerVersion
        self.kernelDigest = kernelDigest
    }

    /// The files whose bytes make up the kernel's identity, relative to the kernel directory.
    static let kernelFiles = ["libNotebookKernel.so", "Modules/NotebookKernel.swiftmodule",
                              "Modules/TensorEngine.swiftmodule", "Modules/Plotting.swiftmodule"]

    /// Asking `swiftc --version` costs a tenth of a second and hashing the kernel some
    /// milliseconds, which a render served from the cache should not pay each time: both are
    /// remembered in `memo` (a file in the cache folder), keyed by the size, modification time
    /// and inode of the files they come from, and computed again when any of those changes.
    public static func of(_ toolchain: Toolchain, memo: String?) -> ToolchainIdentity {
        let compilerFiles = [toolchain.swiftc, (toolchain.swiftc as NSString).deletingLastPathComponent + "/swift-frontend"]
        let kernelFiles = Self.kernelFiles.map { "\(toolchain.kernelDirectory)/\($0)" }
        let stamp = (compilerFiles + kernelFiles).map(FileStamp.of).joined(separator: "\n")
        if let memo, let data = FileManager.default.contents(atPath: memo),
           let saved = try? JSONDecoder().decode(Memo.self, from: data), saved.stamp == stamp {
            return saved.identity
        }
        let identity = ToolchainIdentity(compilerVersion: compilerVersion(toolchain.swiftc), kernelDigest: Digest.hex(ofFiles: kernelFiles))
        if let memo, let data = try? JSONEncoder().encode(Memo(stamp: stamp, identity: identity)) {
            try? AtomicFile.write(data, to: memo)
        }
        return identity
    }

    private struct Memo: Codable {
        var stamp: String
        var identity: ToolchainIdentity
    }

    static func compilerVersion(_ swiftc: String) -> String {
        let output = (try? Subprocess.run(swiftc, ["--version"]))?.output ?? ""
        return output.split(separator: "\n").map { $0.trimmingCharacters(in: " \t\r") }.filter { !$0.isEmpty }
            .joined(separator: "; ")
    }
}

/// A file's size, modification time and inode, following symbolic links: what changes when it
/// is rebuilt or replaced.
enum FileStamp {
    static func of(_ path: String) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else { return "\(path) missing" }
        return "\(path) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(info.st_ino)"
    }
}
