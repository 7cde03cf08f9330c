import Yams

extension CellOptions {
    /// Reads the `//|` lines at the top of a cell's code.
    ///
    /// - Returns: the options and how many leading lines they took.
    static func parse(code: String, firstLine: Int, file: String) throws(NotebookError) -> (CellOptions, lineCount: Int) {
        var options = CellOptions()
        var seen: [String] = []
        var count = 0
        for raw in code.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = raw.drop { $0 == " " || $0 == "\t" }
            guard trimmed.hasPrefix("//|") else { break }
            let line = firstLine + count
            count += 1
            let body = trimmed.dropFirst(3)
            guard let colon = body.firstIndex(of: ":") else {
                throw NotebookError(file: file, line: line, "a cell option is written '//| key: value', as in '//| echo: false'")
            }
            let key = body[..<colon].trimmingCharacters(in: " \t")
            let value = body[body.index(after: colon)...].trimmingCharacters(in: " \t\r")
            guard names.contains(key) else {
                let hint = Suggestion.nearest(to: key, in: names).map { "; did you mean '\($0)'?" } ?? ""
                throw NotebookError(file: file, line: line, "unknown cell option '\(key)'\(hint)")
            }
            guard !seen.contains(key) else {
                throw NotebookError(file: file, line: line, "cell option '\(key)' is given twice")
            }
            seen.append(key)
            options.lines[key] = line
            try options.set(key, to: OptionValue(text: value, key: key, file: file, line: line))
        }
        return (options, count)
    }

    private mutating func set(_ key: String, to value: OptionValue) throws(NotebookError) {
        switch key {
        case "label": label = try value.label()
        case "echo": echo = try value.bool()
        case "eval": eval = try value.bool()
        case "output": output = try value.bool()
        case "include": include = try value.bool()
        case "error": error = try value.bool()
        case "fig-cap": figCap = try value.string()
        case "fig-alt": figAlt = try value.string()
        case "tbl-cap": tblCap = try value.string()
        case "fig-width": figWidth = try value.positive(unit: "inches")
        case "fig-height": figHeight = try value.positive(unit: "inches")
        case "timeout": timeout = try value.positive(unit: "seconds")
        case "check": check = try value.checkMode()
        case "output-limit": outputLimit = try value.byteSize()
        default: preconditionFailure("option '\(key)' is listed in CellOptions.names but not handled")
        }
    }
}

/// One option's value, read as YAML the way Quarto reads `#|` lines.
private struct OptionValue {
    var text: String
    var key: String
    var file: String
    var line: Int

    private var node: Node? {
        (try? Yams.compose(yaml: text)) ?? nil
    }

    private func fail(_ expected: String) -> NotebookError {
        NotebookError(file: file, line: line, "cell option '\(key)' must be \(expected), not '\(text)'")
    }

    func bool() throws(NotebookError) -> Bool {
        switch text {
        case "true": return true
        case "false": return false
        default: throw fail("true or false")
        }
    }

    func string() throws(NotebookError) -> String {
        if node == nil, text.hasPrefix("\"") {
            throw fail("valid YAML text (inside double quotes a backslash starts an escape; put TeX in single quotes)")
        }
        guard let value = node?.string, !value.isEmpty else { throw fail("some text") }
        return value
    }

    func checkMode() throws(NotebookError) -> CheckMode {
        switch text {
        case "true": return .tolerant
        case "false": return .skip
        case "exact": return .exact
        default: throw fail("true (numbers within the tolerance), false (not compared) or exact")
        }
    }

    func label() throws(NotebookError) -> String {
        let value = try string()
        let allowed = value.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
        guard allowed, value.first?.isLetter == true else {
            throw fail("a name of letters, digits, '-' and '_' that starts with a letter (such as fig-growth)")
        }
        return value
    }

    func byteSize() throws(NotebookError) -> Int {
        guard let bytes = ByteSize.parse(text) else { throw fail(OutputLimit.expected) }
        return bytes
    }

    func positive(unit: String) throws(NotebookError) -> Double {
        guard let value = node?.float, value > 0, value.isFinite else { throw fail("a positive number of \(unit)") }
        return value
    }
}
