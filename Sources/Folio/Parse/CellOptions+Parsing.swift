import Yams

extension CellOptions {
    /// Reads the `//|` lines at the top of a cell's code, starting from `defaults` (the front
    /// matter's). A value may go on over the following `//|` lines when they are indented, as
    /// Quarto writes a list (`//| fig-subcap:` then `//|   - "A"`). Every bad option is recorded
    /// in `diagnostics`; the others are still read.
    ///
    /// - Returns: the options and how many leading lines they took.
    static func parse(code: String, firstLine: Int, defaults: CellOptions = CellOptions(),
                      diagnostics: inout ParseDiagnostics) -> (CellOptions, lineCount: Int) {
        var options = defaults
        options.lines = [:]
        var written: [(key: String, value: String, line: Int)] = []
        var count = 0
        for raw in code.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = raw.drop { $0 == " " || $0 == "\t" }
            guard trimmed.hasPrefix("//|") else { break }
            let line = firstLine + count
            count += 1
            var body = trimmed.dropFirst(3)
            if body.first == " " { body = body.dropFirst() }
            if body.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { continue }
            // Only a key with nothing after its colon (or a YAML `|` or `>`) goes on over lines:
            // an indented `key: value` line after a complete one is a new option.
            if let last = written.last, last.value.isEmpty || last.value.contains("\n") || ["|", ">", "|-", ">-"].contains(last.value),
               body.first == " " || body.first == "\t" || body.hasPrefix("- ") {
                written[written.count - 1].value += "\n" + body
                continue
            }
            guard let colon = body.firstIndex(of: ":") else {
                diagnostics.error(line, "a cell option is written '//| key: value', as in '//| echo: false'")
                continue
            }
            let key = body[..<colon].trimmingCharacters(in: " \t")
            let value = body[body.index(after: colon)...].trimmingCharacters(in: " \t\r")
            written.append((key, value, line))
        }
        var seen: [String] = []
        for (key, value, line) in written {
            if quartoIgnored.contains(key) {
                diagnostics.warn(line, "'\(key)' is a Quarto option ignored by Folio")
                continue
            }
            guard names.contains(key) else {
                // Quarto's names first: `fig-align` is not a misspelt `fig-alt`.
                let hint = Suggestion.hint(for: key, in: quartoIgnored + names) ?? ""
                diagnostics.error(line, "unknown cell option '\(key)'\(hint)")
                continue
            }
            guard !seen.contains(key) else {
                diagnostics.error(line, "cell option '\(key)' is given twice")
                continue
            }
            seen.append(key)
            options.lines[key] = line
            do throws(NotebookError) {
                try options.set(key, to: OptionValue(text: value, key: key, file: diagnostics.file, line: line))
            } catch {
                diagnostics.record(error)
            }
        }
        return (options, count)
    }

    mutating func set(_ key: String, to value: OptionValue) throws(NotebookError) {
        switch key {
        case "label": label = try value.label()
        case "echo":
            echoFenced = value.text == "fenced"
            echo = echoFenced ? true : try value.bool(or: "fenced (the code with its ```{swift} fence and options)")
        case "eval": eval = try value.bool()
        case "output":
            outputAsIs = value.text == "asis"
            output = outputAsIs ? true : try value.bool(or: "asis (what the cell prints is Markdown for the page)")
        case "include": include = try value.bool()
        case "error": error = try value.bool()
        // Swift has no warnings or messages at run time: accepted so Quarto cells render as written.
        case "warning", "message": _ = try value.bool()
        case "fig-cap": figCap = try value.string()
        case "fig-alt": figAlt = try value.string()
        case "tbl-cap": tblCap = try value.string()
        case "fig-width": figWidth = try value.positive(unit: "inches")
        case "fig-height": figHeight = try value.positive(unit: "inches")
        case "fig-align": figAlign = try value.alignment()
        case "fig-subcap": figSubcaps = try value.strings()
        case "layout-ncol": layoutColumns = try value.count()
        case "code-fold": codeFold = try value.codeFold()
        case "code-summary": codeSummary = try value.string()
        case "code-line-numbers": codeLineNumbers = try value.bool()
        case "cache": cache = try value.bool()
        case "timeout": timeout = try value.positive(unit: "seconds")
        case "check": check = try value.checkMode()
        case "output-limit": outputLimit = try value.byteSize()
        default: preconditionFailure("option '\(key)' is listed in CellOptions.names but not handled")
        }
    }
}

/// One option's value, read as YAML the way Quarto reads `#|` lines.
struct OptionValue {
    var text: String
    var file: String
    var line: Int
    /// How messages name it: `cell option 'echo'`, or `'execute.echo'` in the front matter.
    var name: String
    private var parsed: Node?

    init(text: String, key: String, file: String, line: Int) {
        self.text = text
        self.file = file
        self.line = line
        name = "cell option '\(key)'"
        parsed = (try? Yams.compose(yaml: text)) ?? nil
    }

    /// A value the front matter's YAML has read already.
    init(node: Node, name: String, file: String, line: Int) {
        self.text = node.string ?? ""
        self.name = name
        self.file = file
        self.line = line
        parsed = node
    }

    private var node: Node? { parsed }

    private func fail(_ expected: String) -> NotebookError {
        NotebookError(file: file, line: line, "\(name) must be \(expected), not '\(text)'")
    }

    func bool(or alternative: String? = nil) throws(NotebookError) -> Bool {
        switch text {
        case "true": return true
        case "false": return false
        default:
            // YAML's other spellings (`True`, `FALSE`), as the front matter's own flags read them.
            if let flag = node?.bool { return flag }
            throw fail(alternative.map { "true or false, or \($0)" } ?? "true or false")
        }
    }

    func string() throws(NotebookError) -> String {
        if node == nil, text.hasPrefix("\"") {
            throw fail("valid YAML text (inside double quotes a backslash starts an escape; put TeX in single quotes)")
        }
        guard node?.scalar != nil, let value = node?.string, !value.isEmpty else { throw fail("some text") }
        return value
    }

    /// A YAML list of captions, written `["A", "B"]` or one `- A` a line; one text is a list of one.
    func strings() throws(NotebookError) -> [String] {
        guard let sequence = node?.sequence else { return [try string()] }
        let items = sequence.compactMap { $0.scalar != nil ? $0.string : nil }
        guard !items.isEmpty, items.count == sequence.count else { throw fail("a list of captions such as [\"Train\", \"Test\"]") }
        return items
    }

    func count() throws(NotebookError) -> Int {
        guard let value = Int(text), (1...12).contains(value) else { throw fail("a whole number of figures to a row, from 1 to 12") }
        return value
    }

    func alignment() throws(NotebookError) -> FigureAlignment? {
        if text == "default" { return nil }
        guard let alignment = FigureAlignment(rawValue: text) else { throw fail("left, center, right or default") }
        return alignment
    }

    func codeFold() throws(NotebookError) -> CodeFold {
        switch text {
        case "true": return .folded
        case "false": return .none
        case "show": return .shown
        default: throw fail("true (folded), show (foldable, shown at first) or false")
        }
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
