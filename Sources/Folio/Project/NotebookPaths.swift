import Foundation

/// The notebooks that command-line paths name: a file, or every `.md` file in a folder and its
/// subfolders (but those whose names start with `.` or `_`, as Jekyll and Jupyter Book skip them).
public enum NotebookPaths {
    public struct Entry: Sendable, Equatable {
        /// The notebook as the user named it, or as found in a folder they named.
        public var path: String
        /// The notebooks' project root, which holds `.folio/`: the folder holding the folder the
        /// user named, or the notebook's own folder when it was named alone.
        public var root: String
        /// Whether it was found in a folder the user named (a book's chapter), not named alone.
        public var inFolder: Bool
        /// The subfolder of the named folder that holds it (`ch1` for `book/ch1/a.md`), which its
        /// reports mirror in the output folder; empty for one at the top.
        public var folder: String = ""

        /// Where its reports go, relative to the output folder and without extension: `ch1/a`.
        public var reportName: String {
            folder.isEmpty ? Book.name(of: path) : "\(folder)/\(Book.name(of: path))"
        }

        /// The folder of its reports in `outputDirectory`.
        public func reportDirectory(in outputDirectory: String) -> String {
            folder.isEmpty ? outputDirectory : "\(outputDirectory)/\(folder)"
        }
    }

    /// - Parameter skipping: folders never searched for notebooks, such as the output folder
    ///   inside a book's folder, whose reports are Markdown files too.
    public static func entries(_ paths: [String], skipping: [String] = []) throws(NotebookError) -> [Entry] {
        let skipped = Set(skipping.map(resolved))
        var result: [Entry] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw NotebookError(file: path, "no such file or folder")
            }
            if isDirectory.boolValue {
                let folder = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
                let root = parent(of: folder)
                result += notebooks(in: folder, below: "", skipping: skipped.union([resolved(folder)])).map {
                    Entry(path: "\(folder)/\($0)", root: root, inFolder: true, folder: (($0 as NSString).deletingLastPathComponent))
                }
            } else {
                result.append(Entry(path: path, root: parent(of: path), inFolder: false))
            }
        }
        // A notebook named alone and found again in a named folder is rendered once.
        var seen: Set<String> = []
        result = result.filter { seen.insert(resolved($0.path)).inserted }
        var names: [String: String] = [:]
        for entry in result {
            if let other = names[entry.reportName] {
                throw NotebookError(file: entry.path, "its report would overwrite that of \(other); give the notebooks different names")
            }
            names[entry.reportName] = entry.path
        }
        return result
    }

    /// The notebooks under `folder/below`, relative to `folder`: a folder's own first, by name,
    /// then each subfolder's, by the subfolder's name, so that a book reads top down. `skipping`
    /// holds the folders above too, so a symbolic link back up is not followed round for ever.
    private static func notebooks(in folder: String, below relative: String, skipping: Set<String>) -> [String] {
        let here = relative.isEmpty ? folder : "\(folder)/\(relative)"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: here)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        let join = { (name: String) in relative.isEmpty ? name : "\(relative)/\(name)" }
        var files: [String] = [], subfolders: [String] = []
        for name in names {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: "\(here)/\(name)", isDirectory: &isDirectory) else { continue }
            guard !name.hasPrefix("_") else { continue }
            if isDirectory.boolValue {
                if !skipping.contains(resolved("\(here)/\(name)")) { subfolders.append(name) }
            } else if name.hasSuffix(".md") {
                files.append(join(name))
            }
        }
        return files + subfolders.flatMap {
            notebooks(in: folder, below: join($0), skipping: skipping.union([resolved("\(here)/\($0)")]))
        }
    }

    /// A folder as the file system knows it, to recognise it however it was named.
    static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// `notebooks` → `.`, `a/b/notebooks` → `a/b`, `/x` → `/`.
    static func parent(of path: String) -> String {
        let parent = (path as NSString).deletingLastPathComponent
        return parent.isEmpty ? "." : parent
    }
}
