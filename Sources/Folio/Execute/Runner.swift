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
        var displays: [Int: [Display]] = [:]
        var finished = false
        var timedOutCell: Int?
        var exitStatus: Int32 = 0
        var signal: Int32?
    }

    struct Display {
        var index: Int
        var kind: String
        var offset: Int
    }

    /// Time the program may take outside any cell (start-up, between cells).
    static let outsideCellTimeout = 600.0

    var program: Program
    var progress: (Int) -> Void = { _ in }

    func run(binary: String, in workingDirectory: String, runDirectory: String) throws -> Transcript {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.currentDirectoryURL = URL(fileURLWithPath: workingDirectory)
        var environment = ProcessInfo.processInfo.environment
        environment["FOLIO_RUN_DIR"] = runDirectory
        // The runtime's backtracer names the notebook line of a trap (the program has debug info);
        // the report keeps only that line and the runtime's message, not the frames.
        environment["SWIFT_BACKTRACE"] = "enable=yes,interactive=no,color=no,threads=crashed,registers=none,images=none,limit=64"
        process.environment = environment
        let control = Pipe()
        process.standardOutput = control
        _ = FileManager.default.createFile(atPath: "\(runDirectory)/program.err", contents: nil)
        process.standardError = FileHandle(forWritingAtPath: "\(runDirectory)/program.err")
        process.standardInput = FileHandle.nullDevice
        try process.run()

        var transcript = Transcript()
        var pending: [UInt8] = []
        var deadline = Date().addingTimeInterval(Self.outsideCellTimeout)
        var current: Int?
        let descriptor = control.fileHandleForReading.fileDescriptor
        var chunk = [UInt8](repeating: 0, count: 4096)
        reading: while true {
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 {
                kill(process.processIdentifier, SIGKILL)
                transcript.timedOutCell = current
                break
            }
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&request, 1, Int32(min(remaining, 1) * 1000) + 1)
            guard ready > 0 else {
                // A long cell: refresh the progress line's elapsed time about once a second.
                if let current { progress(current) }
                continue
            }
            let count = read(descriptor, &chunk, chunk.count)
            if count <= 0 { break reading }
            pending += chunk[0..<count]
            while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: pending[..<newline], as: UTF8.self)
                pending.removeSubrange(...newline)
                let words = line.split(separator: " ")
                switch (words.first, words.count) {
                case ("begin", 2):
                    guard let cell = Int(words[1]) else { continue }
                    transcript.began.append(cell)
                    current = cell
                    deadline = Date().addingTimeInterval(program.timeouts[cell])
                    progress(cell)
                case ("end", 2):
                    guard let cell = Int(words[1]) else { continue }
                    transcript.ended.insert(cell)
                    current = nil
                    deadline = Date().addingTimeInterval(Self.outsideCellTimeout)
                case ("display", 5):
                    guard let cell = Int(words[1]), let index = Int(words[2]), let offset = Int(words[4]) else { continue }
                    transcript.displays[cell, default: []].append(Display(index: index, kind: String(words[3]), offset: offset))
                case ("finish", 1):
                    transcript.finished = true
                default:
                    continue
                }
            }
        }
        process.waitUntilExit()
        if process.terminationReason == .uncaughtSignal {
            transcript.signal = process.terminationStatus
        } else {
            transcript.exitStatus = process.terminationStatus
        }
        return transcript
    }
}
