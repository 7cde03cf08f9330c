import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a compiled notebook program, following the kernel's control events and enforcing each
/// cell's timeout.
struct Runner {
    /// What the program said and how it ended; the files it wrote are in the run directory.
    struct Transcript {
        var began: [Int] = []
        var ended: Set<Int> = []
        /// Seconds each cell took, from its `begin` to its `end` (or to the end of the run).
        var seconds: [Int: Double] = [:]
        var displays: [Int: [Display]] = [:]
        /// Values a cell displayed after its values reached its output limit: how many, how big.
        var omitted: [Int: (count: Int, bytes: Int)] = [:]
        var timedOutCell: Int?
        var exitStatus: Int32 = 0
        var signal: Int32?
        /// The BLAS the program ran, as the kernel reported it: its configuration and kernel family.
        var blas: String?
    }

    struct Display {
        var index: Int
        var kind: String
        var offset: Int
        /// A value over the output limit: its file holds the first `head` bytes and the last
        /// ones of `size`; a figure over it has no file at all.
        var cut: (head: Int, size: Int)?
        var omitted: Int?
    }

    /// Time the program may take outside any cell (start-up, between cells).
    static let outsideCellTimeout = 600.0

    /// The Swift runtime's switch for a fixed `Hasher` seed; the cache key names it too.
    static let deterministicHashing = "SWIFT_DETERMINISTIC_HASHING"

    var program: Program
    var numeric: NumericEnvironment
    var progress: (Int) -> Void = { _ in }

    func run(binary: String, in workingDirectory: String, runDirectory: String) throws -> Transcript {
        var environment = ProcessInfo.processInfo.environment
        environment["FOLIO_RUN_DIR"] = runDirectory
        environment["FOLIO_WORKING_DIR"] = workingDirectory
        // The runtime's backtracer names the notebook line of a trap (the program has line
        // tables); the report keeps only that line and the runtime's message, not the frames.
        environment["SWIFT_BACKTRACE"] = "enable=yes,interactive=no,color=no,threads=crashed,registers=none,images=none,limit=64"
        numeric.apply(to: &environment)
        // Without it every run seeds `Hasher` afresh, so a `Dictionary` or `Set` prints in a new
        // order each time and `folio check` finds the report stale (issue 12).
        environment[Self.deterministicHashing] = "1"
        let process = try ChildProcess(executable: binary, environment: environment, errorFile: "\(runDirectory)/program.err")

        var transcript = Transcript()
        var pending: [UInt8] = []
        var deadline = Date().addingTimeInterval(Self.outsideCellTimeout)
        var current: Int?
        var cellStart = Date()
        let descriptor = process.output
        var chunk = [UInt8](repeating: 0, count: 4096)
        var lastTrim = Date()
        reading: while true {
            if let current, lastTrim.timeIntervalSinceNow < -0.2 {
                lastTrim = Date()
                for stream in ["out", "err"] {
                    OutputFiles.trim("\(runDirectory)/cell-\(current).\(stream)", limit: program.outputLimits[current])
                }
            }
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 {
                process.kill()
                transcript.timedOutCell = current
                break
            }
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&request, 1, Int32(min(remaining, 0.25) * 1000) + 1)
            guard ready > 0 else {
                // The program has exited but a process it started still holds the pipe open:
                // what the program wrote has all arrived, so stop listening.
                if !process.isRunning { break reading }
                // A long cell: refresh the progress line's elapsed time.
                if let current { progress(current) }
                continue
            }
            let count = read(descriptor, &chunk, chunk.count)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break reading }
            pending += chunk[0..<count]
            while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: pending[..<newline], as: UTF8.self)
                pending.removeSubrange(...newline)
                apply(line, to: &transcript, current: &current, deadline: &deadline, cellStart: &cellStart)
            }
        }
        // The control pipe closed: the program is ending, or closed it itself and runs on.
        while process.isRunning {
            if deadline.timeIntervalSinceNow <= 0 {
                process.kill()
                if transcript.timedOutCell == nil { transcript.timedOutCell = current }
                break
            }
            usleep(5_000)
        }
        if let current, transcript.seconds[current] == nil { transcript.seconds[current] = Date().timeIntervalSince(cellStart) }
        switch process.waitForExit() {
        case .signalled(let signal): transcript.signal = signal
        case .exited(let status): transcript.exitStatus = status
        }
        return transcript
    }

    /// Reads one control event (`begin 3`, `end 3`, `display 3 1 svg 120`, `blas OpenBLAS …`);
    /// others, such as the closing `finish`, need no action.
    private func apply(_ line: String, to transcript: inout Transcript, current: inout Int?, deadline: inout Date, cellStart: inout Date) {
        if line.hasPrefix("blas ") {
            transcript.blas = String(line.dropFirst(5))
            return
        }
        let words = line.split(separator: " ")
        switch (words.first, words.count) {
        case ("begin", 2):
            guard let cell = Int(words[1]), program.timeouts.indices.contains(cell) else { return }
            transcript.began.append(cell)
            current = cell
            cellStart = Date()
            deadline = Date().addingTimeInterval(program.timeouts[cell])
            progress(cell)
        case ("end", 2):
            guard let cell = Int(words[1]) else { return }
            transcript.ended.insert(cell)
            transcript.seconds[cell] = Date().timeIntervalSince(cellStart)
            current = nil
            deadline = Date().addingTimeInterval(Self.outsideCellTimeout)
        case ("display", 5), ("display", 6):
            guard let cell = Int(words[1]), let index = Int(words[2]), let offset = Int(words[4]) else { return }
            var display = Display(index: index, kind: String(words[3]), offset: offset)
            if words.count == 6 {
                let note = words[5].split(separator: "=")
                let numbers = note.last?.split(separator: ",").compactMap { Int($0) } ?? []
                switch (note.first, numbers.count) {
                case ("cut", 2): display.cut = (numbers[0], numbers[1])
                case ("omitted", 1): display.omitted = numbers[0]
                default: return
                }
            }
            transcript.displays[cell, default: []].append(display)
        case ("omitted", 4):
            guard let cell = Int(words[1]), let count = Int(words[2]), let bytes = Int(words[3]) else { return }
            transcript.omitted[cell] = (count, bytes)
        default:
            return
        }
    }

}
