import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The files a notebook says its cells read (`inputs:` in its front matter): shell globs
/// relative to the notebook's folder, with `**` for any depth of folders.
enum DeclaredInputs {
    /// Every existing file that matches one of `patterns`, relative to `folder`, sorted.
    static func files(matching patterns: [String], in folder: String) -> [String] {
        var found = Set<String>()
        for pattern in patterns {
            let components = pattern.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
            let start = pattern.hasPrefix("/") ? "/" : ""
            expand(components[...], under: start, root: folder, into: &found)
        }
        return found.sorted()
    }

    /// One line per matching file, its path and the SHA-256 of its bytes: a changed, added or
    /// deleted file changes the text.
    static func fingerprint(of patterns: [String], in folder: String) -> String {
        files(matching: patterns, in: folder).map { path in
            let data = FileManager.default.contents(atPath: absolute(path, in: folder)) ?? Data()
            return "\(path) \(Digest.hex(data))"
        }.joined(separator: "\n")
    }

    private static func expand(_ components: ArraySlice<String>, under path: String, root: String, into found: inout Set<String>) {
        guard let first = components.first else {
            if isFile(absolute(path, in: root)) { found.insert(path) }
            return
        }
        let rest = components.dropFirst()
        let join = { (name: String) in path.isEmpty ? name : (path.hasSuffix("/") ? path + name : "\(path)/\(name)") }
        if first == "**" {
            expand(rest, under: path, root: root, into: &found)
            for name in entries(of: absolute(path, in: root)) where isDirectory(absolute(join(name), in: root)) {
                expand(components, under: join(name), root: root, into: &found)
            }
        } else if first.contains(where: { "*?[".contains($0) }) {
            for name in entries(of: absolute(path, in: root)) where fnmatch(first, name, FNM_PERIOD) == 0 {
                expand(rest, under: join(name), root: root, into: &found)
            }
        } else {
            expand(rest, under: join(first), root: root, into: &found)
        }
    }

    private static func absolute(_ path: String, in root: String) -> String {
        if path.hasPrefix("/") { return path }
        if path.isEmpty { return root.isEmpty ? "." : root }
        return root.isEmpty ? path : "\(root)/\(path)"
    }

    private static func entries(of folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    private static func isDirectory(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }

    private static func isFile(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && !flag.boolValue
    }
}
