import Folio

#if canImport(Glibc)
import Glibc
#endif

// A libFuzzer target over the Parse stage (front matter, math protection, the cmark-gfm walk,
// cell options, labels and references) and the Markdown report's splice (README: "Fuzzing").
// `scripts/fuzz SECONDS` builds it with `-D FUZZING` and the fuzzer and address sanitizers;
// without `FUZZING` it is a plain executable that replays saved inputs.

/// libFuzzer's entry point: one input, a notebook's bytes. Anything that traps is a finding; a
/// `NotebookError` is the expected answer to a bad notebook, as long as it names a real line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FolioFuzz.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

public enum FolioFuzz {
    static let path = "notebooks/fuzz.md"

    public static func run(_ bytes: [UInt8]) {
        // `parse(contentsOf:)` rejects invalid UTF-8 before parsing; what reaches the parser is text.
        let text = String(decoding: bytes, as: UTF8.self)
        let lineCount = normalizedLineCount(text)
        let notebook: Notebook
        do {
            notebook = try NotebookParser.parse(source: text, path: path)
        } catch {
            // A clear result: an error at a line of the file (or at the file itself).
            if let line = error.line {
                require(line >= 1 && line <= lineCount, "error names line \(line) of \(lineCount): \(error)")
            }
            require(!error.message.isEmpty, "error without a message")
            return
        }
        checkCells(notebook, lineCount: lineCount)
        // The title and math restoration read the protected Markdown back.
        _ = notebook.title
        _ = notebook.markdown.restoringMath(in: notebook.markdown.text)

        var random = SplitMix(seed: fnv1a(bytes))
        let results = notebook.cells.map { syntheticResult(for: $0, in: notebook, random: &random) }
        let navigation: BookNavigation? = random.next() % 2 == 0 ? nil
            : BookNavigation(previous: .init(title: notebook.title, name: "a (b)"), next: nil)
        let report = MarkdownReport.render(notebook, results, navigation: navigation)
        // Every line of the report is attributed to a notebook line or a cell (`folio check` names
        // differences by it).
        let reportLines = report.markdown.split(separator: "\n", omittingEmptySubsequences: false).count
        require(report.origins.count == reportLines || (report.markdown.isEmpty && report.origins.isEmpty),
                "\(report.origins.count) origins for \(reportLines) report lines")
        for origin in report.origins {
            switch origin {
            case .prose(let line): require(line >= 1 && line <= lineCount, "origin line \(line) of \(lineCount)")
            case .cell(let index): require(notebook.cells.indices.contains(index), "origin cell \(index)")
            }
        }
    }

    /// Cells lie inside the file, in order, without overlapping: the splice copies the prose
    /// between them by line range.
    static func checkCells(_ notebook: Notebook, lineCount: Int) {
        var previousEnd = 0
        for cell in notebook.cells {
            require(cell.fenceLine > previousEnd, "cell \(cell.index) at line \(cell.fenceLine) starts before line \(previousEnd) ends")
            require(cell.fenceLine <= cell.endLine && cell.endLine <= lineCount,
                    "cell \(cell.index): lines \(cell.fenceLine)…\(cell.endLine) of \(lineCount)")
            require(cell.codeLine > cell.fenceLine, "cell \(cell.index): code line \(cell.codeLine) ≤ fence line \(cell.fenceLine)")
            previousEnd = cell.endLine
        }
    }

    /// Lines as the parser counts them: one line ending everywhere, a leading BOM dropped.
    static func normalizedLineCount(_ text: String) -> Int {
        var count = 1
        var previousCR = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") {
                if !previousCR { count += 1 }
            } else if byte == UInt8(ascii: "\r") {
                count += 1
            }
            previousCR = byte == UInt8(ascii: "\r")
        }
        return count
    }

    /// What Execute could have produced for `cell`: outputs made of the notebook's own text (so
    /// that backticks, quote markers and placeholders in it reach the splice), figures, failures.
    static func syntheticResult(for cell: Cell, in notebook: Notebook, random: inout SplitMix) -> CellResult {
        func snippet() -> String {
            switch random.next() % 8 {
            case 0: return ""
            case 1: return "````\n```text\n> [!NOTE]\n\n\n"
            case 2: return "\u{1B}[31mred\u{1B}[0m and \u{1B}[1;4mbold\u{1B}[m\n"
            case 3: return cell.code
            case 4: return notebook.markdown.text
            default:
                let lines = notebook.source.split(separator: "\n", omittingEmptySubsequences: false)
                let start = Int(random.next() % UInt64(lines.count))
                let count = Int(random.next() % 4)
                return lines[start..<min(lines.count, start + count)].joined(separator: "\n")
            }
        }
        if !cell.options.eval { return CellResult(status: .notEvaluated) }
        var outputs: [CellOutput] = []
        for _ in 0..<Int(random.next() % 5) {
            switch random.next() % 4 {
            case 0: outputs.append(.stdout(snippet()))
            case 1: outputs.append(.stderr(snippet()))
            case 2: outputs.append(.value(snippet()))
            default: outputs.append(.figure(svg: figure))
            }
        }
        let status: CellStatus
        switch random.next() % 6 {
        case 0: status = .notRun(reason: "an earlier cell failed")
        case 1:
            let kinds: [CellFailure.Kind] = [.compileError, .crash, .timeout, .exit]
            let line: Int? = random.next() % 3 == 0 ? nil : cell.codeLine
            status = .failed(CellFailure(kind: kinds[Int(random.next() % 4)], line: line, message: snippet()))
        default: status = .succeeded
        }
        return CellResult(status: status, outputs: status == .succeeded || status.failure != nil ? outputs : [],
                          seconds: 0.25)
    }

    /// A figure as Plotting writes one: a `<title>` with an id, named by `aria-labelledby`.
    static let figure = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" role="img" aria-labelledby="fig-1-title">
        <title id="fig-1-title">Figure</title>
        <path d="M0 0 L10 10"/>
        </svg>

        """

    static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError("folio-fuzz: \(message())") }
    }

    static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}

/// A small deterministic generator: the same input always gets the same synthetic results.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}

#if !FUZZING
/// Without libFuzzer (a plain `swift build`): runs the inputs named on the command line through
/// the same checks, so a saved crash can be replayed in an ordinary debug build.
@main
struct Replay {
    static func main() {
        let paths = CommandLine.arguments.dropFirst()
        if paths.isEmpty {
            print("usage: folio-fuzz FILE…  (scripts/fuzz SECONDS runs the fuzzer itself)")
            return
        }
        for path in paths {
            guard let file = fopen(path, "rb") else { print("\(path): cannot read"); exit(2) }
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = fread(&buffer, 1, buffer.count, file)
                if count <= 0 { break }
                bytes += buffer[0..<count]
            }
            fclose(file)
            FolioFuzz.run(bytes)
            print("\(path): ok")
        }
    }
}
#endif
