import Foundation

/// Progress on standard error, shown only when it is a terminal (a CI log wants no `\r` lines).
public final class Progress: @unchecked Sendable {
    private let enabled: Bool
    private let total: Int
    private var position = 0
    private var started = Date()
    private let lock = NSLock()

    public init(notebooks: Int, enabled: Bool = isatty(STDERR_FILENO) == 1) {
        self.total = notebooks
        self.enabled = enabled
    }

    func start(_ notebook: Notebook) {
        lock.withLock {
            position += 1
            started = Date()
        }
        write("\(prefix(notebook)) compiling…")
    }

    func cell(_ index: Int, of notebook: Notebook) {
        let cell = notebook.cells[index]
        let label = cell.options.label.map { " (\($0))" } ?? ""
        write("\(prefix(notebook)) cell \(index + 1)/\(notebook.cells.count)\(label)  \(elapsed)")
    }

    func finish(_ notebook: Notebook) {
        write("\(prefix(notebook)) done in \(elapsed)", final: true)
    }

    private var elapsed: String { String(format: "%.1f s", Date().timeIntervalSince(lock.withLock { started })) }

    private func prefix(_ notebook: Notebook) -> String {
        "[\(lock.withLock { position })/\(total)] \(notebook.path):"
    }

    private func write(_ line: String, final: Bool = false) {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(line)\(final ? "\n" : "")".utf8))
    }
}
