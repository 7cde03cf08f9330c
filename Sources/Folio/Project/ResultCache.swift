import Foundation

/// Execution results remembered between renders, in `.folio/cache/` of the notebooks' project
/// root: one entry per notebook, replaced by each successful run, so the cache never grows
/// beyond one file per notebook. Entries are written atomically; one that cannot be read is
/// ignored (with a warning) and replaced, never trusted.
public struct ResultCache: Sendable {
    public var directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// `.folio/cache` in `root`.
    public init(root: String) {
        self.init(directory: (root.isEmpty ? "." : root) + "/.folio/cache")
    }

    /// Where `ToolchainIdentity` remembers the compiler's version and the kernel's digest.
    public var toolchainMemo: String { "\(directory)/toolchain.json" }

    public enum Lookup {
        case hit(CacheEntry)
        case miss
        /// The entry's file exists but is not a cache entry (truncated, edited, another format).
        case unreadable(path: String)
    }

    public func entryPath(for notebook: String) -> String {
        let name = ((notebook as NSString).lastPathComponent as NSString).deletingPathExtension
        return "\(directory)/\(name)-\(Digest.hex(notebook).prefix(16)).json"
    }

    public func lookup(_ notebook: String) -> Lookup {
        let path = entryPath(for: notebook)
        guard let data = FileManager.default.contents(atPath: path) else { return .miss }
        guard let entry = try? JSONDecoder().decode(CacheEntry.self, from: data), entry.notebook == notebook else {
            return .unreadable(path: path)
        }
        return .hit(entry)
    }

    public func store(_ entry: CacheEntry) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try AtomicFile.write(try encoder.encode(entry), to: entryPath(for: entry.notebook))
    }

    /// Removes the whole cache folder (`folio clean`); whether there was one.
    @discardableResult
    public func clean() throws -> Bool {
        guard FileManager.default.fileExists(atPath: directory) else { return false }
        try FileManager.default.removeItem(atPath: directory)
        return true
    }
}

/// One notebook's remembered run.
public struct CacheEntry: Sendable, Equatable, Codable {
    public var notebook: String
    /// `CacheKey` of the run.
    public var key: String
    /// Each cell's first code line when it ran.
    public var codeLines: [Int]
    /// Wall-clock seconds the run took (compile and run), for balancing CI shards.
    public var seconds: Double
    public var execution: Executor.Execution

    /// A result that names a notebook line (a failure's message and place) is stale once the
    /// cell has moved; results that name none are not.
    func usable(for notebook: Notebook) -> Bool {
        codeLines == notebook.cells.map(\.codeLine) || execution.results.allSatisfy { $0.status.failure == nil }
    }
}
