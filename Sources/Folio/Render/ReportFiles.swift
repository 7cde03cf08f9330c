import Foundation

/// Writes a notebook's reports so that a reader never sees half a file.
///
/// Every file goes to a temporary name in its own folder and is renamed into place, which is
/// atomic on one file system; figures and copied files come first, so that a report never links
/// a missing one.
public struct ReportFiles {
    public var directory: String
    public var name: String

    public init(directory: String, name: String) {
        self.directory = directory
        self.name = name
    }

    public var htmlPath: String { "\(directory)/\(name).html" }
    public var markdownPath: String { "\(directory)/\(name).md" }
    public var figuresDirectory: String { "\(directory)/\(name)_files" }

    public func write(html: String, markdown: MarkdownReport.Output) throws {
        let manager = FileManager.default
        try Self.makeFolder(directory)
        if !markdown.figures.isEmpty || !markdown.attachments.isEmpty { try Self.makeFolder(figuresDirectory) }
        for figure in markdown.figures {
            try AtomicFile.write(figure.svg, to: "\(figuresDirectory)/\(figure.name)")
        }
        for file in markdown.attachments {
            guard let data = FileManager.default.contents(atPath: file.source) else {
                throw SetupError("cannot read \(file.source) to copy it into \(figuresDirectory)")
            }
            try AtomicFile.write(data, to: "\(figuresDirectory)/\(file.name)")
        }
        try AtomicFile.write(markdown.markdown, to: markdownPath)
        try AtomicFile.write(html, to: htmlPath)
        try removeStaleFiles(keeping: Set(markdown.figures.map { $0.name } + markdown.attachments.map { $0.name }))
    }

    /// A folder for reports, or one sentence on what is in the way.
    static func makeFolder(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw SetupError("cannot write reports into \(path): it is a file, not a folder") }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            let blocked = (path as NSString).pathComponents.indices.dropFirst().lazy
                .map { NSString.path(withComponents: Array((path as NSString).pathComponents[...$0])) }
                .first { var folder: ObjCBool = false; return FileManager.default.fileExists(atPath: $0, isDirectory: &folder) && !folder.boolValue }
            throw SetupError(blocked.map { "cannot create the folder \(path): \($0) is a file" }
                             ?? "cannot create the folder \(path) (permission denied, or the disk is full)")
        }
    }

    /// Figures and copies an earlier render wrote that this one did not (the folder is the
    /// report's own; hidden files are a writer's temporaries); the folder goes when it empties.
    private func removeStaleFiles(keeping kept: Set<String>) throws {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: figuresDirectory) else { return }
        for file in names where !file.hasPrefix(".") && !kept.contains(file) {
            try manager.removeItem(atPath: "\(figuresDirectory)/\(file)")
        }
        if (try? manager.contentsOfDirectory(atPath: figuresDirectory))?.isEmpty == true {
            try manager.removeItem(atPath: figuresDirectory)
        }
    }
}
