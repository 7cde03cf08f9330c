import Foundation

/// Finds the local files a notebook's prose shows or links, for `Attachments`: images always,
/// other files (data, PDFs) when linked; and links to other notebooks of the run, which the HTML
/// page points at their pages. Addresses with a scheme, `#anchors`, absolute paths (a web site's
/// root), folders and other Markdown or HTML pages are left as written.
enum LocalFiles {
    /// The files to copy, and a `(line, message)` warning for each address that names a local
    /// file that does not exist.
    /// - Parameter pages: for each notebook of the run (by `NotebookPaths.resolved` path), the
    ///   address of its HTML page from this notebook's, without `.html`.
    static func gather(_ notebook: Notebook, pages: [String: String] = [:]) -> (attachments: Attachments, warnings: [(line: Int, message: String)]) {
        let folder = (notebook.path as NSString).deletingLastPathComponent
        var files: [Attachments.File] = []
        var pageLinks: [(address: String, page: String)] = []
        var sources: [String] = []
        var codeLines: [ClosedRange<Int>] = []
        var warnings: [(line: Int, message: String)] = []
        let tree = MarkdownTree(markdown: notebook.markdown.text)
        tree.withNodes { nodes in
            for node in nodes {
                switch node.type {
                case "code_block":
                    let start = notebook.markdown.originalLine(node.startLine)
                    codeLines.append(start...max(start, notebook.markdown.originalLine(node.endLine)))
                case "image", "link":
                    guard let url = node.url, let path = localPath(url) else { continue }
                    let source = folder.isEmpty ? path : "\(folder)/\(path)"
                    if node.type == "link", isPage(path) {
                        if let page = pages[NotebookPaths.resolved(source)] { pageLinks.append((String(url.prefix { $0 != "#" && $0 != "?" }), page + ".html")) }
                        continue
                    }
                    let line = notebook.markdown.originalLine(node.inlineLine)
                    var isDirectory: ObjCBool = false
                    guard FileManager.default.fileExists(atPath: source, isDirectory: &isDirectory) else {
                        let what = node.type == "image" ? "image" : "linked file"
                        warnings.append((line, "\(what) '\(path)' does not exist (looked for \(source)); the report links it as written"))
                        continue
                    }
                    guard !isDirectory.boolValue else { continue }
                    let written = String(url.prefix { $0 != "#" && $0 != "?" })
                    let resolved = NotebookPaths.resolved(source)
                    if let known = sources.firstIndex(of: resolved) {
                        if !files[known].addresses.contains(written) { files[known].addresses.append(written) }
                        continue
                    }
                    sources.append(resolved)
                    files.append(.init(name: copyName(for: path, taken: files.map(\.name)), source: source, addresses: [written], line: line))
                default:
                    continue
                }
            }
        }
        return (Attachments(files: files, codeLines: codeLines, pages: pageLinks), warnings)
    }

    /// The file path an address names beside the notebook, percent-decoded and without its
    /// `#…` or `?…`; nil unless it is a relative path.
    static func localPath(_ url: String) -> String? {
        let address = URLPolicy.browserView(of: url)
        guard let first = address.first, first != "#", first != "/", first != "?" else { return nil }
        // A colon before any '/', '?' or '#' ends a scheme (`https:`, `mailto:`, `data:`).
        if let colon = address.firstIndex(where: { ":/?#".contains($0) }), address[colon] == ":" { return nil }
        let path = String(address.prefix { $0 != "#" && $0 != "?" })
        return path.isEmpty ? nil : (path.removingPercentEncoding ?? path)
    }

    /// Another notebook or its page: a book renders it into its own mirrored place.
    private static func isPage(_ path: String) -> Bool {
        ["md", "html", "htm"].contains((path as NSString).pathExtension.lowercased())
    }

    /// The file's own name, unless an earlier file took it or it reads as a figure Folio draws
    /// (`figure-3.svg`): then `name-2.ext`, `name-3.ext`, … in the order the prose names them.
    static func copyName(for path: String, taken: [String]) -> String {
        let base = (path as NSString).lastPathComponent
        let stem = (base as NSString).deletingPathExtension, ext = (base as NSString).pathExtension
        var candidate = base
        var number = 1
        while taken.contains(candidate) || Attachments.isFigureName(candidate) {
            number += 1
            candidate = ext.isEmpty ? "\(stem)-\(number)" : "\(stem)-\(number).\(ext)"
        }
        return candidate
    }
}
