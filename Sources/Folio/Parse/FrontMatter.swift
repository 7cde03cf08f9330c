import Yams

/// The YAML block at the top of a notebook, between `---` lines.
public struct FrontMatter: Sendable, Equatable {
    public var title: String?
    public var author: String?
    /// Seeds the engine's generator before the first cell; the same seed gives the same report.
    public var seed: UInt64 = 0
    /// `check: {rtol: …, atol: …}`: the tolerance `folio check` allows this notebook's numbers.
    public var checkRtol: Double?
    public var checkAtol: Double?
    /// `inputs: [data/*.csv, params.json]`: files the cells read, as globs relative to the
    /// notebook's folder; a change to any of them reruns the notebook instead of using its cache.
    public var inputs: [String] = []
    /// `cache: false`: always run the notebook (it reads something live).
    public var cache = true
    /// `math: mathml` (the default: no script, no network) or `math: mathjax`.
    public var math: MathMode?
    /// `output-limit: 4 MiB`: the default for cells without their own `output-limit`.
    public var outputLimit: Int?

    /// `raw-html: true`: the prose's raw HTML and link addresses reach the page as written
    /// (Pandoc's behaviour), instead of only what GitHub would keep (`ProseSanitizer`). It changes
    /// the page, never the program, so the result cache ignores it.
    public var rawHTML = false
    /// `number-sections: true`: headings numbered 1, 1.1, … in both reports, as Quarto numbers them.
    public var numberSections = false

    public static let keys = ["title", "author", "seed", "check", "inputs", "cache", "math", "output-limit", "raw-html", "number-sections"]

    public init(title: String? = nil, author: String? = nil, seed: UInt64 = 0) {
        self.title = title
        self.author = author
        self.seed = seed
    }
}

extension FrontMatter {
    /// Splits the front matter off `source`.
    ///
    /// Returns the front matter and the body with the front matter's lines blanked rather than
    /// removed, so that every later line keeps its number in the file.
    static func split(_ source: String, file: String) throws(NotebookError) -> (FrontMatter, body: String) {
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingSpace == "---" else {
            return (FrontMatter(), source)
        }
        guard let close = lines.indices.dropFirst().first(where: {
            let line = lines[$0].trimmingTrailingSpace
            return line == "---" || line == "..."
        }) else {
            throw NotebookError(file: file, line: 1, "front matter opened with '---' is never closed; add a line '---' after it")
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        let frontMatter = try parse(yaml, file: file, firstLine: 2)
        for index in 0...close { lines[index] = "" }
        return (frontMatter, lines.joined(separator: "\n"))
    }

    static func parse(_ yaml: String, file: String, firstLine: Int) throws(NotebookError) -> FrontMatter {
        let lines = YAMLLines(yaml, firstLine: firstLine)
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            // libyaml finds an unclosed `[`, `{` or quote where the next construct begins; the
            // author's mistake is where the unclosed one opened, which its context names.
            let found = error.line.map(lines.fileLine)
            let opened = error.context.map { (text: $0.text, line: lines.fileLine($0.mark.line)) }
            var message = "front matter is not valid YAML: \(error.problem)"
            if let opened, let found, opened.line != found {
                message = "front matter is not valid YAML: \(opened.text) that starts on this line: \(error.problem) (on line \(found))"
            }
            throw NotebookError(file: file, line: opened?.line ?? found ?? firstLine, message)
        } catch {
            throw NotebookError(file: file, line: firstLine, "front matter is not valid YAML: \(error)")
        }
        guard let node else { return FrontMatter() }
        guard let mapping = node.mapping else {
            throw NotebookError(file: file, line: firstLine, "front matter must be 'key: value' lines, such as 'title: …' and 'seed: 0'")
        }
        var result = FrontMatter()
        for (key, value) in mapping {
            let line = lines.fileLine(key.mark?.line ?? 1)
            let name = key.string ?? ""
            switch name {
            case "title": result.title = value.string
            case "author": result.author = value.string
            case "seed":
                // The same range as `--seed`: 0 … 2⁶⁴ − 1.
                guard let text = value.string, let seed = UInt64(text) else {
                    throw NotebookError(file: file, line: line, "seed must be a whole number from 0 to \(UInt64.max), not '\(value.string ?? "")'")
                }
                result.seed = seed
            case "check":
                try result.parseCheck(value, file: file, line: line, lines: lines)
            case "inputs":
                let patterns = value.sequence?.map { $0.string } ?? [value.string]
                guard !patterns.isEmpty, patterns.allSatisfy({ $0.map { !$0.isEmpty } ?? false }) else {
                    throw NotebookError(file: file, line: line, "inputs must be a list of file patterns such as '[data/*.csv, params.json]'")
                }
                result.inputs = patterns.compactMap { $0 }
            case "math":
                guard let mode = value.string.flatMap(MathMode.init(rawValue:)) else {
                    throw NotebookError(file: file, line: line, "math must be mathml (typeset by Folio, no network) or mathjax, not '\(value.string ?? "")'")
                }
                result.math = mode
            case "output-limit":
                guard let bytes = value.string.flatMap(ByteSize.parse) else {
                    throw NotebookError(file: file, line: line, "output-limit must be \(OutputLimit.expected), not '\(value.string ?? "")'")
                }
                result.outputLimit = bytes
            case "cache":
                guard let flag = value.bool else {
                    throw NotebookError(file: file, line: line, "cache must be true or false, not '\(value.string ?? "")'")
                }
                result.cache = flag
            case "raw-html":
                guard let flag = value.bool else {
                    throw NotebookError(file: file, line: line, "raw-html must be true (keep raw HTML and links as written) or false (the default: only safe HTML), not '\(value.string ?? "")'")
                }
                result.rawHTML = flag
            case "number-sections":
                guard let flag = value.bool else {
                    throw NotebookError(file: file, line: line, "number-sections must be true or false, not '\(value.string ?? "")'")
                }
                result.numberSections = flag
            default:
                let hint = Suggestion.nearest(to: name, in: keys).map { "; did you mean '\($0)'?" } ?? ""
                throw NotebookError(file: file, line: line, "unknown front matter key '\(name)'\(hint) (known keys: \(keys.joined(separator: ", ")))")
            }
        }
        return result
    }
}

extension FrontMatter {
    /// `check: {rtol: 1e-4, atol: 1e-6}`; either key may be left out.
    fileprivate mutating func parseCheck(_ value: Node, file: String, line: Int, lines: YAMLLines) throws(NotebookError) {
        guard let mapping = value.mapping else {
            throw NotebookError(file: file, line: line, "check must be a mapping such as 'check: {rtol: 1e-4, atol: 1e-8}'")
        }
        for (key, number) in mapping {
            let name = key.string ?? ""
            let keyLine = (key.mark?.line).map(lines.fileLine) ?? line
            guard let x = number.float, x >= 0, x.isFinite else {
                let known = ["rtol", "atol"].contains(name)
                throw NotebookError(file: file, line: keyLine, known
                    ? "check.\(name) must be a number ≥ 0, such as 1e-5, not '\(number.string ?? "")'"
                    : "unknown key '\(name)' under check; it takes rtol and atol")
            }
            switch name {
            case "rtol": checkRtol = x
            case "atol": checkAtol = x
            default: throw NotebookError(file: file, line: keyLine, "unknown key '\(name)' under check; it takes rtol and atol")
            }
        }
    }
}

/// libyaml's line numbers in the front matter, as the notebook's. YAML also breaks lines at
/// U+0085, U+2028 and U+2029, which a notebook's lines do not, so an error after one named a
/// line past the end of the file (found by fuzzing).
fileprivate struct YAMLLines {
    /// `fileLines[n - 1]` is the notebook line of libyaml's line `n`.
    private var fileLines: [Int]

    init(_ yaml: String, firstLine: Int) {
        var line = firstLine
        fileLines = [line]
        for scalar in yaml.unicodeScalars {
            switch scalar {
            case "\n": line += 1; fileLines.append(line)
            case "\u{85}", "\u{2028}", "\u{2029}": fileLines.append(line)
            default: continue
            }
        }
    }

    func fileLine(_ yamlLine: Int) -> Int {
        fileLines[min(max(yamlLine, 1), fileLines.count) - 1]
    }
}

private extension YamlError {
    var line: Int? {
        switch self {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: nil
        }
    }

    var context: YamlError.Context? {
        switch self {
        case .scanner(let context, _, _, _), .parser(let context, _, _, _), .composer(let context, _, _, _): context
        default: nil
        }
    }

    var problem: String {
        switch self {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): problem
        default: "\(self)"
        }
    }
}
