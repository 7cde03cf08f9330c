import Foundation

/// Progress on standard error, shown only when it is a terminal (a CI log wants no `\r` lines).
///
/// One line per notebook as it finishes, in the notebooks' order whatever order they finish in;
/// while one notebook renders at a time, a live line follows it cell by cell.
public final class Progress: @unchecked Sendable {
    private let enabled: Bool
    private let live: Bool
    private let order: [String]
    private var finished: [String: String] = [:]
    private var printed = 0
    private var started: [String: Date] = [:]
    private let lock = NSLock()

    public init(notebooks: [String], jobs: Int = 1, enabled: Bool = isatty(STDERR_FILENO) == 1) {
        self.order = notebooks
        self.enabled = enabled
        self.live = jobs == 1
    }

    func start(_ notebook: Notebook) {
        lock.withLock { started[notebook.path] = Date() }
        if live { write("\(prefix(notebook.path)) compiling…") }
    }

    func cell(_ index: Int, of notebook: Notebook) {
        guard live else { return }
        let cell = notebook.cells[index]
        let label = cell.options.label.map { " (\($0))" } ?? ""
        write("\(prefix(notebook.path)) cell \(index + 1)/\(notebook.cells.count)\(label)  \(elapsed(notebook.path))")
    }

    /// `summary` such as `done`, `cached` or `failed`; the elapsed time is added when the
    /// notebook ran.
    public func finish(_ path: String, _ summary: String) {
        let line = "\(prefix(path)) \(summary)" + (lock.withLock { started[path] } != nil && summary != "cached" ? " in \(elapsed(path))" : "")
        let ready: [String] = lock.withLock {
            finished[path] = line
            var ready: [String] = []
            while printed < order.count, let next = finished[order[printed]] {
                ready.append(next)
                printed += 1
            }
            return ready
        }
        for line in ready { write(line, final: true) }
    }

    private func elapsed(_ path: String) -> String {
        String(format: "%.1f s", Date().timeIntervalSince(lock.withLock { started[path] } ?? Date()))
    }

    private func prefix(_ path: String) -> String {
        "[\((order.firstIndex(of: path) ?? 0) + 1)/\(order.count)] \(path):"
    }

    private func write(_ line: String, final: Bool = false) {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(line)\(final ? "\n" : "")".utf8))
    }
}
