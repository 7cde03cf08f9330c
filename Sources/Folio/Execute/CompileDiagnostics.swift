/// The compiler's errors, attributed to cells and shown at the notebook's own lines.
///
/// Only the `file:line:col: kind: text` lines of swiftc's output are kept; the excerpts are
/// drawn again from the notebook, because swiftc's show the generated program (a display
/// wrapper, a `#sourceLocation` line) and notes may point into Folio's own sources.
struct CompileDiagnostics {
    struct Message: Equatable {
        var file: String
        var line: Int
        var column: Int
        var kind: String
        var text: String
    }

    /// An error and the notes that explain it.
    struct Entry: Equatable {
        var error: Message
        var notes: [Message] = []
    }

    var notebook: Notebook
    var program: Program
    /// The path of the generated `main.swift`, as the compiler names it.
    var generatedFile: String

    static func parse(_ output: String) -> [Entry] {
        var entries: [Entry] = []
        var attachNotes = false
        for line in output.split(separator: "\n") {
            guard let message = message(line) else { continue }
            switch message.kind {
            case "error":
                entries.append(Entry(error: message))
                attachNotes = true
            case "note" where attachNotes:
                entries[entries.count - 1].notes.append(message)
            default:
                attachNotes = false
            }
        }
        return entries
    }

    private static func message(_ line: Substring) -> Message? {
        let parts = line.split(separator: ":", maxSplits: 4, omittingEmptySubsequences: false)
        guard parts.count == 5, let number = Int(parts[1]), let column = Int(parts[2]) else { return nil }
        let kind = parts[3].trimmingCharacters(in: " ")
        guard ["error", "warning", "note"].contains(kind) else { return nil }
        return Message(file: String(parts[0]), line: number, column: column, kind: kind,
                       text: parts[4].trimmingCharacters(in: " "))
    }

    /// The cell an error belongs to: where it points, else where its notes point.
    func cell(of entry: Entry) -> Int? {
        ([entry.error] + entry.notes).lazy.compactMap(cell(of:)).first
    }

    private func cell(of message: Message) -> Int? {
        if message.file == notebook.path {
            // An inline expression's line is prose: its error belongs to the cell it runs with.
            return cell(at: message.line)?.index ?? program.inlineHosts.first { $0.line == message.line }?.cell
        }
        if message.file == generatedFile {
            return program.generatedLines.first { $0.lines.contains(message.line) }?.cell
        }
        return nil
    }

    /// The entry as the report shows it: notebook locations with excerpts, nothing else's paths.
    func text(of entry: Entry) -> String {
        var lines: [String] = []
        for message in [entry.error] + entry.notes {
            if message.file == notebook.path {
                let (line, column) = place(message)
                lines.append("\(notebook.fileName):\(line):\(column): \(message.kind): \(Redefinitions.authorNames(in: message.text))")
                if let excerpt = DiagnosticText.excerpt(of: line, column: column, in: notebook) { lines.append(excerpt) }
            } else if message.kind == "error" {
                let whereabouts = message.file == generatedFile ? " (in the code Folio generates around the cells)" : ""
                lines.append("error: \(Redefinitions.authorNames(in: message.text))\(whereabouts)")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The notebook line and column a message means, undoing the shift of what Folio inserted and
    /// bringing a position past the cell's last line back onto it.
    func place(_ message: Message) -> (line: Int, column: Int) {
        var line = message.line, column = message.column
        if let last = cell(at: line)?.lastCodeLine, line > last {
            line = last
            column = (notebook.sourceLine(last)?.utf8.count ?? 0) + 1
        }
        column = ColumnInsertion.authorColumn(column, line: line, in: program.insertions)
        return (line, column)
    }

    /// The cell of the program that notebook line `line` falls in. A cell's code ends before its
    /// closing fence; the compiler may point at the fence line (the newline after the code) or
    /// the one after it (`#sourceLocation()`).
    private func cell(at line: Int) -> Cell? {
        notebook.cells.first { program.runs[$0.index] && $0.codeLine <= line && line <= $0.endLine + 1 }
    }
}
