import Foundation

/// Turns a run's transcript and the files the kernel wrote into one `CellResult` per cell.
struct TranscriptReader {
    var notebook: Notebook
    var program: Program
    var runDirectory: String

    func results(of transcript: Runner.Transcript) -> [CellResult] {
        var results: [CellResult] = []
        var stopped = false
        for cell in notebook.cells {
            let index = cell.index
            guard program.runs[index] else {
                results.append(CellResult(status: .notEvaluated))
                continue
            }
            guard !stopped, transcript.began.contains(index) else {
                if !stopped, transcript.began.isEmpty, let failure = failureBeforeAnyCell(transcript, cell: cell) {
                    results.append(CellResult(status: .failed(failure)))
                    stopped = true
                } else {
                    results.append(CellResult(status: .notRun(reason: "an earlier cell failed")))
                }
                continue
            }
            var outputs = self.outputs(of: index, displays: transcript.displays[index] ?? [])
            let errorText = TerminalText.printable(read("cell-\(index).err"))
            if transcript.ended.contains(index) {
                if !errorText.isEmpty { outputs.append(.stderr(errorText)) }
                results.append(CellResult(status: .succeeded, outputs: outputs, seconds: transcript.seconds[index]))
            } else {
                stopped = true
                results.append(CellResult(status: .failed(failure(of: cell, transcript, errorText: errorText)), outputs: outputs,
                                          seconds: transcript.seconds[index]))
            }
        }
        return results
    }

    private func failure(of cell: Cell, _ transcript: Runner.Transcript, errorText: String) -> CellFailure {
        if transcript.timedOutCell == cell.index {
            let seconds = cell.options.timeout
            let shown = seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
            return CellFailure(kind: .timeout, line: cell.codeLine,
                               message: "the cell ran longer than its timeout of \(shown) s and was stopped "
                                        + "(set '//| timeout: N' to allow more)")
        }
        var message = DiagnosticText.forReport(DiagnosticText.withoutBacktrace(errorText), notebook: notebook)
        let line = DiagnosticText.firstLine(in: errorText, notebookPath: notebook.path)
        if let line, let excerpt = DiagnosticText.excerpt(of: line, in: notebook) { message += "\n" + excerpt }
        if let signal = transcript.signal {
            let what = message.isEmpty ? "the program crashed (\(Self.signalName(signal)))" : message
            return CellFailure(kind: .crash, line: line, message: what)
        }
        let status = "the program exited with status \(transcript.exitStatus) during this cell"
        return CellFailure(kind: .exit, line: line, message: message.isEmpty ? status : message + "\n" + status)
    }

    private func failureBeforeAnyCell(_ transcript: Runner.Transcript, cell: Cell) -> CellFailure? {
        guard transcript.signal != nil || transcript.exitStatus != 0 || transcript.timedOutCell != nil else { return nil }
        let text = DiagnosticText.forReport(read("program.err"), notebook: notebook)
        return CellFailure(kind: .crash, line: nil,
                           message: "the notebook program failed before its first cell ran" + (text.isEmpty ? "" : ":\n" + text))
    }

    /// The cell's standard output, cut at each display's offset so displays stand where they were made.
    private func outputs(of cell: Int, displays: [Runner.Display]) -> [CellOutput] {
        let bytes = Array((FileManager.default.contents(atPath: "\(runDirectory)/cell-\(cell).out") ?? Data()))
        var outputs: [CellOutput] = []
        var position = 0
        for display in displays {
            let offset = min(max(display.offset, position), bytes.count)
            if offset > position { outputs.append(.stdout(TerminalText.printable(String(decoding: bytes[position..<offset], as: UTF8.self)))) }
            position = offset
            let content = read("cell-\(cell)-\(display.index).\(display.kind)")
            outputs.append(display.kind == "svg" ? .figure(svg: content) : .value(TerminalText.printable(content)))
        }
        if position < bytes.count { outputs.append(.stdout(TerminalText.printable(String(decoding: bytes[position...], as: UTF8.self)))) }
        return outputs
    }

    private func read(_ name: String) -> String {
        TextFile.read("\(runDirectory)/\(name)") ?? ""
    }

    static func signalName(_ signal: Int32) -> String {
        switch signal {
        case SIGILL: "SIGILL, a Swift runtime trap"
        case SIGTRAP: "SIGTRAP, a Swift runtime trap"
        case SIGSEGV: "SIGSEGV, a bad memory access"
        case SIGBUS: "SIGBUS, a bad memory access"
        case SIGFPE: "SIGFPE, an arithmetic fault"
        case SIGABRT: "SIGABRT, an abort"
        case SIGKILL: "SIGKILL"
        default: "signal \(signal)"
        }
    }
}
