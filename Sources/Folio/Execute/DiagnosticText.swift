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
