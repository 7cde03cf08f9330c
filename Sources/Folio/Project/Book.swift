import Foundation
import Yams

/// Notebooks rendered from a folder form a book: chapters in order, each page linked to the
/// pages before and after it and to an index. The order is the file names' (a folder's own
/// notebooks, then its subfolders'), or `chapters:` in an optional `folio.yml` in the folder
/// (chapters it does not list follow, in that order).
public struct Book: Sendable {
    public var title: String
    /// The notebooks in reading order.
    public var chapters: [NotebookPaths.Entry]

    /// The book that `paths` name, when one of them is a folder; nil for notebooks named alone.
    public static func of(_ entries: [NotebookPaths.Entry], paths: [String]) throws(NotebookError) -> Book? {
        guard let folder = paths.first(where: isDirectory) else { return nil }
        let settingsPath = (folder.hasSuffix("/") ? String(folder.dropLast()) : folder) + "/folio.yml"
        let settings = try Settings.read(settingsPath)
        var chapters: [NotebookPaths.Entry] = []
        for name in settings.chapters {
            // `ch1/a.md` names a chapter in a subfolder; a bare file name any chapter of that name.
            let named = { (entry: NotebookPaths.Entry) in
                entry.reportName + ".md" == name || (!name.contains("/") && (entry.path as NSString).lastPathComponent == name)
            }
            guard let entry = entries.first(where: named) else {
                throw NotebookError(file: settingsPath, "chapter '\(name)' is not a notebook in \(folder)")
            }
            if !chapters.contains(entry) { chapters.append(entry) }
        }
        chapters += entries.filter { !chapters.contains($0) }
        return Book(title: settings.title ?? "Contents", chapters: chapters)
    }

    /// Links to a chapter's neighbours, by their titles, relative to the chapter's own folder.
    public func navigation(for path: String, titles: [String: String]) -> BookNavigation? {
        guard let index = chapters.firstIndex(where: { $0.path == path }) else { return nil }
        let folder = chapters[index].folder
        let link = { (entry: NotebookPaths.Entry) in
            BookNavigation.Link(title: titles[entry.path] ?? Self.name(of: entry.path),
                                name: Self.relative(entry.reportName, from: folder))
        }
        return BookNavigation(previous: index > 0 ? link(chapters[index - 1]) : nil,
                              next: index + 1 < chapters.count ? link(chapters[index + 1]) : nil,
                              root: Self.relative("", from: folder))
    }

    /// `target` (relative to the book's output folder) as a link from the subfolder `folder`:
    /// `ch2/b` from `ch1` is `../ch2/b`; `""` (the book's folder itself) from `ch1` is `../`.
    static func relative(_ target: String, from folder: String) -> String {
        let from = folder.split(separator: "/"), to = target.split(separator: "/")
        let common = zip(from, to.dropLast()).prefix { $0 == $1 }.count
        let up = String(repeating: "../", count: from.count - common)
        return up + to.dropFirst(common).joined(separator: "/")
    }

    /// A chapter's report name: `hello` for `book/hello.md`.
    public static func name(of path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    private static func isDirectory(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }

    /// `folio.yml`: `title:` and `chapters:` (notebook file names, or paths such as `ch1/a.md`
    /// for chapters in subfolders).
    struct Settings {
        var title: String?
        var chapters: [String] = []

        static func read(_ path: String) throws(NotebookError) -> Settings {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return Settings() }
            let node: Node?
            do { node = try Yams.compose(yaml: text) } catch {
                throw NotebookError(file: path, line: 1, "not valid YAML: \(error)")
            }
            guard let mapping = node?.mapping else { return Settings() }
            var settings = Settings()
            for (key, value) in mapping {
                let line = key.mark?.line ?? 1
                switch key.string {
                case "title": settings.title = value.string
                case "chapters":
                    guard let list = value.sequence?.compactMap(\.string) else {
                        throw NotebookError(file: path, line: line, "chapters must be a list of notebook file names, such as [intro.md, results.md]")
                    }
                    settings.chapters = list
                default:
                    throw NotebookError(file: path, line: line, "unknown key '\(key.string ?? "")' (known keys: title, chapters)")
                }
            }
            return settings
        }
    }
}

/// `--shard i/n`: the i-th of n parts of a book, for a CI matrix of n jobs.
public struct Shard: Sendable, Equatable {
    public var index: Int
    public var count: Int

    /// `2/3`; nil unless 1 ≤ i ≤ n.
    public init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(i) else { return nil }
        index = i
        count = n
    }

    /// The notebooks of this shard, in their order: the list cut into `count` parts of about the
    /// same weight (the longest first, each into the lightest part so far; ties by position),
    /// so every job of a matrix computes the same parts from the same weights.
    public func select<T>(_ items: [T], weights: [Double]) -> [T] {
        var totals = [Double](repeating: 0, count: count)
        var part = [Int](repeating: 0, count: items.count)
        let heaviestFirst = items.indices.sorted { weights[$0] != weights[$1] ? weights[$0] > weights[$1] : $0 < $1 }
        for item in heaviestFirst {
            let lightest = totals.indices.min { totals[$0] != totals[$1] ? totals[$0] < totals[$1] : $0 < $1 }!
            part[item] = lightest
            totals[lightest] += weights[item]
        }
        return items.indices.filter { part[$0] == index - 1 }.map { items[$0] }
    }
}
