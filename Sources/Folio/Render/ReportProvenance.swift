/// What a report was computed with, recorded in an HTML comment for whoever wonders why two
/// machines disagree: never dates, paths or host names, and `folio check` ignores it, so a
/// toolchain upgrade that changes no result keeps CI green.
public struct ReportProvenance: Sendable, Equatable {
    public var folioVersion: String
    public var compiler: String
    /// The kernel family OpenBLAS ran and its configuration, as the program reported them.
    public var blas: String?
    public var kernelNote: String
    public var threadPolicy: String

    public init(folioVersion: String = FolioVersion.current, compiler: String, blas: String?, kernelNote: String, threadPolicy: String) {
        self.folioVersion = folioVersion
        self.compiler = compiler
        self.blas = blas
        self.kernelNote = kernelNote
        self.threadPolicy = threadPolicy
    }

    /// The comment's first line; `folio check` recognises the comment by it.
    static let opening = "<!-- folio-provenance"

    var comment: String {
        var lines = ["folio \(folioVersion)", "swiftc: \(compiler)"]
        lines.append("blas: " + (blas ?? "not loaded (no cell ran)"))
        lines.append("blas kernels: \(kernelNote)")
        lines.append("threads: \(threadPolicy)")
        // A comment may not hold "--"; none of these texts should, but a compiler's could.
        let body = lines.map { $0.replacingOccurrences(of: "--", with: "- -") }
        return ([Self.opening] + body).joined(separator: "\n") + "\n-->\n"
    }
}

/// Folio's own version, as reports and the cache record it.
public enum FolioVersion {
    public static let current = "0.3.0"
}
