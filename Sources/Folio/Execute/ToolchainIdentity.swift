@_implementationOnly import COpenSSL
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

/// SHA-256 digests in hex, by the system's OpenSSL (libcrypto's EVP interface).
public enum Digest {
    public static func hex(_ text: String) -> String { hex(Data(text.utf8)) }

    public static func hex(_ data: Data) -> String {
        let hasher = SHA256Hasher()
        hasher.update(data)
        return hasher.hex()
    }

    /// One digest over several files' names and bytes, in order; a folder counts as all the files
    /// in it, in name order, and a missing file as its absence.
    static func hex(ofFiles paths: [String]) -> String {
        let hasher = SHA256Hasher()
        for path in paths {
            for file in files(at: path) {
                hasher.update(Data("\(file.dropFirst(path.count))\n".utf8))
                if let data = FileManager.default.contents(atPath: file) {
                    hasher.update(Data("\(data.count)\n".utf8))
                    hasher.update(data)
                } else {
                    hasher.update(Data("missing\n".utf8))
                }
            }
        }
        return hasher.hex()
    }

    private static func files(at path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return [path] }
        return (FileManager.default.subpaths(atPath: path) ?? []).sorted().map { "\(path)/\($0)" }.filter {
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: $0, isDirectory: &isFolder) && !isFolder.boolValue
        }
    }
}

/// One SHA-256 computation. A class: the OpenSSL context it owns is freed with it.
private final class SHA256Hasher {
    private let context = EVP_MD_CTX_new()

    init() { EVP_DigestInit_ex(context, EVP_sha256(), nil) }

    deinit { EVP_MD_CTX_free(context) }

    func update(_ data: Data) {
        data.withUnsafeBytes { bytes in _ = EVP_DigestUpdate(context, bytes.baseAddress, bytes.count) }
    }

    func hex() -> String {
        var digest = [UInt8](repeating: 0, count: 32)
        var length: UInt32 = 0
        EVP_DigestFinal_ex(context, &digest, &length)
        return digest.prefix(Int(length)).map { String(format: "%02x", $0) }.joined()
    }
}
