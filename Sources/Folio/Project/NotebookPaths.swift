import Foundation

/// The notebooks that command-line paths name: a file, or every `.md` file in a folder.
public enum NotebookPaths {
    public struct Entry: Sendable, Equatable {
        /// The notebook as the user named it, or as found in a folder they named.
        public var path: String
        /// The notebooks' project root, which holds `.folio/`: the folder holding the folder the
        /// user named, or the notebook's own folder when it was named alone.
        public var root: String
        /// Whether it was found in a folder the user named (a book's chapter), not named alone.
        public var inFolder: Bool
    }

    public static func entries(_ paths: [String]) throws(NotebookError) -> [Entry] {
        var result: [Entry] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw NotebookError(file: path, "no such file or folder")
            }
            if isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                let notebooks = names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted()
                let folder = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
                let root = parent(of: folder)
                result += notebooks.map { Entry(path: "\(folder)/\($0)", root: root, inFolder: true) }
            } else {
                result.append(Entry(path: path, root: parent(of: path), inFolder: false))
            }
        }
        var names: [String: String] = [:]
        for entry in result {
            let name = ((entry.path as NSString).lastPathComponent as NSString).deletingPathExtension
            if let other = names[name] {
                throw NotebookError(file: entry.path, "its report would overwrite that of \(other); give the notebooks different names")
            }
            names[name] = entry.path
        }
        return result
    }

    /// `notebooks` → `.`, `a/b/notebooks` → `a/b`, `/x` → `/`.
    static func parent(of path: String) -> String {
        let parent = (path as NSString).deletingLastPathComponent
        return parent.isEmpty ? "." : parent
    }
}
