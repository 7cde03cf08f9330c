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
    public static func begin(cell: Int, figureSize: (Double?, Double?)?) {
        state.cell = cell
        state.displays = 0
        state.figureSize = figureSize
        guard let directory = state.directory else { return }
        flushStandardStreams()
        redirect(STDOUT_FILENO, to: "\(directory)/cell-\(cell).out")
        redirect(STDERR_FILENO, to: "\(directory)/cell-\(cell).err")
        send("begin \(cell)")
    }

    public static func end(cell: Int) {
        flushStandardStreams()
        send("end \(cell)")
    }

    public static func finish() {
        flushStandardStreams()
        send("finish")
    }

    /// The value of a cell's last expression; `()` (a `print`, a call to a `Void` function) shows nothing.
    public static func displayLast<T>(_ value: T) { display(value) }
    public static func displayLast(_ value: Void) {}

    static func show(text: String) { emit(text + "\n", kind: "txt") }

    static func show(figure: Figure) {
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
        let offset = lseek(STDOUT_FILENO, 0, SEEK_CUR)
        state.displays += 1
        let path = "\(directory)/cell-\(state.cell)-\(state.displays).\(kind)"
        FileManager.default.createFile(atPath: path, contents: Data(content.utf8))
        send("display \(state.cell) \(state.displays) \(kind) \(max(offset, 0))")
    }

    private static func send(_ event: String) {
        guard state.control >= 0 else { return }
        let line = Array((event + "\n").utf8)
        _ = line.withUnsafeBytes { write(state.control, $0.baseAddress, $0.count) }
    }

    private static func redirect(_ descriptor: Int32, to path: String) {
        let file = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard file >= 0 else { return }
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
}
