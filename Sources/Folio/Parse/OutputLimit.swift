/// How much of a cell's output a report keeps: per cell, at most `output-limit` bytes of its
/// standard output, as much of its standard error, and as much of its displayed values, each
/// cut to its first and last halves around a notice saying how much was left out. A notebook
/// that prints without end fills neither Folio's memory nor the disk (see `OutputFiles`).
public enum OutputLimit {
    /// 1 MiB: far more than a reader scrolls through, far less than a runaway loop prints.
    public static let standard = 1 << 20

    static let expected = "a size such as 1 MiB, 512 KiB or 10 MB"

    /// A cell's own `output-limit`, else the command line's `--output-limit`, else the
    /// notebook's front matter, else `standard`.
    static func of(_ cell: CellOptions, commandLine: Int?, frontMatter: FrontMatter) -> Int {
        cell.outputLimit ?? commandLine ?? frontMatter.outputLimit ?? standard
    }

    /// The line that stands where output was cut.
    public static func notice(notShown bytes: Int, limit: Int, what: String = "") -> String {
        "… \(what)\(ByteSize.amount(bytes)) not shown (cell output limit \(ByteSize.limit(limit)))"
    }
}
