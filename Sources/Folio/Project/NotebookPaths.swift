import Foundation

/// The notebooks that command-line paths name: a file, or every `.md` file in a folder.
public enum NotebookPaths {
    public static func expand(_ paths: [String]) throws(NotebookError) -> [String] {
        var result: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw NotebookError(file: path, "no such file or folder")
            }
            if isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                let notebooks = names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted()
                let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
                result += notebooks.map { "\(folder)/\($0)" }
            } else {
                result.append(path)
            }
        }
        var names: [String: String] = [:]
        for path in result {
            let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            if let other = names[name] {
                throw NotebookError(file: path, "its report would overwrite that of \(other); give the notebooks different names")
            }
            names[name] = path
        }
        return result
    }
}
