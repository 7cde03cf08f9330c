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
            let limit = program.outputLimits[index]
            var outputs = self.outputs(of: index, displays: transcript.displays[index] ?? [], limit: limit)
            if let omitted = transcript.omitted[index] {
                let what = "\(omitted.count) more displayed value\(omitted.count == 1 ? "" : "s") of "
                outputs.append(.stdout(OutputLimit.notice(notShown: omitted.bytes, limit: limit, what: what) + "\n"))
            }
            let errorKept = Self.text(OutputFiles.read("\(runDirectory)/cell-\(index).err", limit: limit), limit: limit)
            let errorText = TerminalText.printable(errorKept)
            if transcript.ended.contains(index) {
                if !errorText.isEmpty { outputs.append(.stderr(errorText)) }
                results.append(CellResult(status: .succeeded, outputs: outputs, seconds: transcript.seconds[index],
                                          inlineValues: inlineValues(of: index)))
            } else {
                stopped = true
                // The failure's message is plain text (the console shows it too): no colours.
                let message = TerminalText.printable(errorKept, keepingStyles: false)
                results.append(CellResult(status: .failed(failure(of: cell, transcript, errorText: message)), outputs: outputs,
                                          seconds: transcript.seconds[index]))
            }
        }
        return program.source.contains("__folio") ? results.map(Self.withAuthorNames) : results
    }

    /// A redefined class prints as `Notebook.Shape__folio2.Shape`; the reader wrote `Shape`.
    private static func withAuthorNames(_ result: CellResult) -> CellResult {
        var result = result
        result.outputs = result.outputs.map { output in
            switch output {
            case .stdout(let text): .stdout(Redefinitions.authorNames(in: text))
            case .stderr(let text): .stderr(Redefinitions.authorNames(in: text))
            case .value(let text): .value(Redefinitions.authorNames(in: text))
            case .figure: output
            }
        }
        result.inlineValues = result.inlineValues.map { InlineValue(index: $0.index, text: Redefinitions.authorNames(in: $0.text)) }
        if var failure = result.status.failure {
            failure.message = Redefinitions.authorNames(in: failure.message)
            result.status = .failed(failure)
        }
        return result
    }

    private func inlineValues(of cell: Int) -> [InlineValue] {
        program.inlineHosts.filter { $0.cell == cell }.compactMap { host in
            TextFile.read("\(runDirectory)/inline-\(host.index).txt").map { InlineValue(index: host.index, text: $0) }
        }
    }

    private func failure(of cell: Cell, _ transcript: Runner.Transcript, errorText: String) -> CellFailure {
        if transcript.timedOutCell == cell.index {
            let seconds = cell.options.timeout
            let shown = seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
            return CellFailure(kind: .timeout, line: cell.codeLine,
                               message: "the cell ran longer than its timeout of \(shown) s and was stopped "
                                        + "(set '//| timeout: N' to allow more)")
        }
        var message = DiagnosticText.forReport(DiagnosticText.withoutLibraryPlaces(DiagnosticText.withoutBacktrace(errorText)),
                                               notebook: notebook)
        if let crash = CrashReport(errorText).sentence(messageIsEmpty: message.isEmpty) {
            message += (message.isEmpty ? "" : "\n") + crash
        }
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

    /// The cell's standard output, cut at each display's offset so displays stand where they were
    /// made. Output over the limit is its first and last halves with a notice between them; a
    /// display made while the cut part was printed stands after the notice.
    private func outputs(of cell: Int, displays: [Runner.Display], limit: Int) -> [CellOutput] {
        let kept = OutputFiles.read("\(runDirectory)/cell-\(cell).out", limit: limit)
        let notice = Self.noticeBytes(kept, limit: limit)
        let bytes = kept.head + notice + kept.tail
        func position(_ offset: Int) -> Int {
            if offset <= kept.head.count { return offset }
            if offset >= kept.size - kept.tail.count { return offset - (kept.size - kept.tail.count) + kept.head.count + notice.count }
            return kept.head.count + notice.count
        }
        var outputs: [CellOutput] = []
        var start = 0
        for display in displays {
            let offset = min(max(position(display.offset), start), bytes.count)
            if offset > start { outputs.append(.stdout(TerminalText.printable(String(decoding: bytes[start..<offset], as: UTF8.self)))) }
            start = offset
            if let size = display.omitted {
                let what = display.kind == "svg" ? "a figure of " : "a displayed value of "
                outputs.append(.stdout(OutputLimit.notice(notShown: size, limit: limit, what: what) + "\n"))
                continue
            }
            var content = Array(read("cell-\(cell)-\(display.index).\(display.kind)").utf8)
            if let cut = display.cut, cut.head <= content.count {
                let value = OutputFiles.Kept(head: Array(content[..<cut.head]), tail: Array(content[cut.head...]), size: cut.size)
                content = Array(Self.text(value, limit: limit).utf8)
            }
            let text = String(decoding: content, as: UTF8.self)
            outputs.append(display.kind == "svg" ? .figure(svg: text) : .value(TerminalText.printable(text)))
        }
        if start < bytes.count { outputs.append(.stdout(TerminalText.printable(String(decoding: bytes[start...], as: UTF8.self)))) }
        return outputs
    }

    /// What stands between the halves of cut output: the notice on a line of its own.
    private static func noticeBytes(_ kept: OutputFiles.Kept, limit: Int) -> [UInt8] {
        guard kept.isCut else { return [] }
        let lead = kept.head.last == UInt8(ascii: "\n") || kept.head.isEmpty ? "" : "\n"
        return Array((lead + OutputLimit.notice(notShown: kept.notShown, limit: limit) + "\n").utf8)
    }

    private static func text(_ kept: OutputFiles.Kept, limit: Int) -> String {
        String(decoding: kept.head + noticeBytes(kept, limit: limit) + kept.tail, as: UTF8.self)
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
