import Foundation

/// Compiler and runtime messages as a report shows them.
enum DiagnosticText {
    /// Rewrites the notebook's path (as the user gave it) to its file name, so that a report
    /// never holds a machine's paths, and trims the runtime's trailing noise.
    static func forReport(_ text: String, notebook: Notebook) -> String {
        var result = text
        if notebook.path != notebook.fileName {
            result = result.replacingOccurrences(of: notebook.path + ":", with: notebook.fileName + ":")
        }
        return result.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The runtime's message without the backtrace that follows it, nor the backtracer's own
    /// remarks (which name thread ids, and would make two renders of one failure differ).
    static func withoutBacktrace(_ text: String) -> String {
        var kept: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("*** Signal") || line.hasPrefix("*** Program crashed") || line.hasPrefix("Current stack trace:") { break }
            if line.hasPrefix("swift-runtime:") { continue }
            kept.append(line)
        }
        return kept.joined(separator: "\n")
    }

    /// The runtime's message without the place inside Folio's libraries it was raised at
    /// (`TensorEngine/Elementwise.swift:97: Fatal error: …` → `Fatal error: …`): the reader's
    /// place is the notebook line, which the report names from the backtrace.
    static func withoutLibraryPlaces(_ text: String) -> String {
        let libraries = ["TensorEngine/", "Plotting/", "NotebookKernel/"]
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            guard libraries.contains(where: { line.hasPrefix($0) }), let swift = line.range(of: ".swift:") else { return line }
            let rest = line[swift.upperBound...].drop { $0.isASCII && $0.isNumber }
            return rest.hasPrefix(": ") ? rest.dropFirst(2) : line
        }.joined(separator: "\n")
    }

    /// The notebook's line `line` as a compiler shows it, `   14 | let bad = numbers[7]`, with a
    /// caret under `column` when one is given.
    static func excerpt(of line: Int, column: Int? = nil, in notebook: Notebook) -> String? {
        guard let source = notebook.sourceLine(line) else { return nil }
        let number = String(line)
        var text = String(repeating: " ", count: max(0, 5 - number.count)) + number + " | " + source
        if let column, column >= 1 {
            text += "\n      | " + String(repeating: " ", count: column - 1) + "^"
        }
        return text
    }

    /// The first `path:LINE` naming the notebook in a message or a backtrace frame.
    static func firstLine(in text: String, notebookPath: String) -> Int? {
        var rest = Substring(text)
        while let range = rest.range(of: notebookPath + ":") {
            let digits = rest[range.upperBound...].prefix { $0.isASCII && $0.isNumber }
            if let line = Int(digits) { return line }
            rest = rest[range.upperBound...]
        }
        return nil
    }
}
