@_implementationOnly import COpenSSL
import Foundation

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
