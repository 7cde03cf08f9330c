#if canImport(Glibc)
import Glibc
#endif

/// The notebook program's side of Folio's run protocol.
///
/// `folio` starts the program with `FOLIO_RUN_DIR` set. The kernel keeps the program's original
/// standard output as a control channel and writes one event a line to it (`begin 3`, `end 3`,
/// `display 3 1 svg 120`). Each cell's standard output and error are pointed, at the file
/// descriptor level, at files of their own, so Swift's `print`, C's `printf` and the runtime's
/// own crash message all land in the right cell, and a crash mid-cell keeps what came before.
/// Run by hand (no `FOLIO_RUN_DIR`), the kernel stays out of the way and displays print.
public enum _FolioKernel {
    nonisolated(unsafe) static var state = KernelState()

    public static func start(seed: UInt64, cells: Int) {
        Random.seed(seed)
        HeapPolicy.keepFreedMemory()
        observeFigures()
        let environment = ProcessInfo.processInfo.environment
        guard let directory = environment["FOLIO_RUN_DIR"] else { return }
        // folio starts the program with posix_spawn, which cannot change directory portably;
        // the notebook's cells run in the notebook's folder, as Jupyter runs a kernel.
        if let folder = environment["FOLIO_WORKING_DIR"] { _ = chdir(folder) }
        // Unbuffered: a trap kills the process without flushing stdio, and whatever the cell
        // printed before it, even half a line, belongs in the report.
        setvbuf(stdout, nil, _IONBF, 0)
        state.directory = directory
        // Close-on-exec: a process the notebook starts must not hold the control pipe open, or
        // folio would wait for an end of file that never comes.
        state.control = fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3)
        // For the report's metadata: the kernels OpenBLAS actually loaded, which the pinned
        // OPENBLAS_CORETYPE decides.
        send("blas \(BLASIdentity.configuration); running \(BLASIdentity.kernelFamily) kernels")
    }

    /// Captions and alt text are not passed here: Folio writes them into the figure when it
    /// renders, so that editing one re-renders from the result cache without compiling anything.
    public static func begin(cell: Int, figureSize: (Double?, Double?)?, outputLimit: Int = .max) {
        forgetUndisplayedFigures()
        state.cell = cell
        state.displays = 0
        state.figureSize = figureSize
        state.outputLimit = outputLimit
        state.displayedBytes = 0
        state.omitted = (0, 0)
        guard let directory = state.directory else { return }
        flushStandardStreams()
        redirect(STDOUT_FILENO, to: "\(directory)/cell-\(cell).out")
        redirect(STDERR_FILENO, to: "\(directory)/cell-\(cell).err")
        send("begin \(cell)")
    }

    public static func end(cell: Int) {
        showUndisplayedFigures()
        flushStandardStreams()
        if state.omitted.count > 0 { send("omitted \(cell) \(state.omitted.count) \(state.omitted.bytes)") }
        send("end \(cell)")
    }

    public static func finish() {
        flushStandardStreams()
        send("finish")
    }

    /// The value of a cell's last expression; `()` (a `print`, a call to a `Void` function) shows nothing.
    public static func displayLast<T>(_ value: T) { display(value) }
    public static func displayLast(_ value: Void) {}

    /// Serialises displays: `display` may be called from any thread, and the kernel's state and
    /// the offsets it reads from standard output are one sequence.
    static let displayLock = NSLock()

    static func show(text: String) {
        displayLock.lock()
        defer { displayLock.unlock() }
        emit(text + "\n", kind: "txt")
    }

    static func show(figure: Figure) {
        displayLock.lock()
        defer { displayLock.unlock() }
        shown(figure)
        state.figures += 1
        let size = state.figureSize.map { (width: $0.0 ?? figure.figsize.width, height: $0.1 ?? figure.figsize.height) }
        let svg = figure.svg(idPrefix: "c\(state.cell + 1)-fig\(state.displays + 1)", size: size)
        emit(svg, kind: "svg")
    }

    private static func emit(_ content: String, kind: String) {
        guard let directory = state.directory else {
            print(content, terminator: kind == "txt" ? "" : "\n")
            return
        }
        flushStandardStreams()
        let offset = max(lseek(STDOUT_FILENO, 0, SEEK_CUR), 0)
        // The cell's output limit, applied here so that an oversized value never reaches the
        // disk: a value over the limit keeps its first and last halves (a figure cannot be
        // cut, so it is left out), and once the cell's values add up to the limit the rest
        // are only counted, for Folio to say how many were left out.
        var bytes = Array(content.utf8)
        let limit = state.outputLimit
        guard state.displayedBytes < limit else {
            state.omitted = (state.omitted.count + 1, state.omitted.bytes + bytes.count)
            return
        }
        state.displays += 1
        var note = ""
        if bytes.count > limit {
            state.displayedBytes = limit
            guard kind == "txt" else {
                send("display \(state.cell) \(state.displays) \(kind) \(offset) omitted=\(bytes.count)")
                return
            }
            note = " cut=\(limit / 2),\(bytes.count)"
            bytes = Array(bytes[..<(limit / 2)] + bytes[(bytes.count - limit / 2)...])
        } else {
            state.displayedBytes += bytes.count
        }
        let path = "\(directory)/cell-\(state.cell)-\(state.displays).\(kind)"
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        send("display \(state.cell) \(state.displays) \(kind) \(offset)\(note)")
    }

    /// One event on the control pipe. A lost event would leave Folio waiting for a cell that
    /// has long ended, so a failed write is said on standard error, where the cell's output is.
    private static func send(_ event: String) {
        guard state.control >= 0 else { return }
        let line = Array((event + "\n").utf8)
        var sent = 0
        while sent < line.count {
            let count = line.withUnsafeBytes { write(state.control, $0.baseAddress! + sent, $0.count - sent) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                let reason = String(cString: strerror(errno))
                fputs("folio kernel: cannot tell Folio '\(event)': \(reason)\n", stderr)
                return
            }
            sent += count
        }
    }

    /// Points `descriptor` at a new file. A cell may have closed it (`close(1)`): then `open`
    /// returns that very number, which must stay open, not be closed after the `dup2`.
    private static func redirect(_ descriptor: Int32, to path: String) {
        let file = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard file >= 0 else { return }
        if file == descriptor {
            _ = fcntl(file, F_SETFD, 0)  // standard streams are inherited by what a cell starts
            return
        }
        dup2(file, descriptor)
        close(file)
    }

    static func flushStandardStreams() {
        fflush(stdout)
        fflush(stderr)
    }
}

struct KernelState {
    var directory: String?
    var control: Int32 = -1
    var cell = 0
    var displays = 0
    var figures = 0
    var figureSize: (Double?, Double?)?
    var outputLimit = Int.max
    var displayedBytes = 0
    /// Values left out after the cell's values reached its output limit.
    var omitted = (count: 0, bytes: 0)
    /// Figures made in this cell and not shown yet, in the order they were made.
    var undisplayedFigures: [Figure] = []
}
