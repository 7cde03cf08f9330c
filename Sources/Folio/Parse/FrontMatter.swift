import Yams

/// The YAML block at the top of a notebook, between `---` lines.
///
/// Folio reads Quarto's keys as Quarto documents write them: those that mean something for its
/// two reports are honoured, the others are ignored with a warning (`FrontMatter+Quarto.swift`).
public struct FrontMatter: Sendable, Equatable {
    public var title: String?
    public var subtitle: String?
    /// `author: A`, `author: [A, B]` or `author: [{name: A, affiliation: …}, …]`, in order.
    public var authors: [String] = []
    /// Shown exactly as written: a report never shows the day it was rendered on.
    public var date: String?
    /// Markdown, shown under the title.
    public var abstract: String?
    /// `<meta name="description">` and a book's index; else the first paragraph.
    public var description: String?
    /// `toc: false` hides the contents box, `toc: true` shows it even for a single heading;
    /// nil: shown when the page has two headings or more.
    public var toc: Bool?
    public var tocTitle: String?
    /// The deepest heading level the contents list, 2 to 6 (`toc-depth`; 3 when not given).
    public var tocDepth: Int?
    /// The page's `<html lang>`, such as `en` or `de-CH`.
    public var lang: String?
    /// `execute: {echo: false, …}` and the cell options Quarto also takes at the top of a document
    /// (`code-fold`, `fig-align`, …): every cell starts from these; its own options win.
    public var cellDefaults = CellOptions()
    /// Seeds the engine's generator before the first cell; the same seed gives the same report.
    public var seed: UInt64 = 0
    /// `check: {rtol: …, atol: …}`: the tolerance `folio check` allows this notebook's numbers.
    public var checkRtol: Double?
    public var checkAtol: Double?
    /// `inputs: [data/*.csv, params.json]`: files the cells read, as globs relative to the
    /// notebook's folder; a change to any of them reruns the notebook instead of using its cache.
    public var inputs: [String] = []
    /// `cache: false` (or `execute: {cache: false}`): always run the notebook (it reads something live).
    public var cache = true
    /// `math: mathml` (the default: no script, no network) or `math: mathjax`.
    public var math: MathMode?
    /// `output-limit: 4 MiB`: the default for cells without their own `output-limit`.
    public var outputLimit: Int?

    /// `raw-html: true`: the prose's raw HTML and link addresses reach the page as written
    /// (Pandoc's behaviour), instead of only what GitHub would keep (`ProseSanitizer`). It changes
    /// the page, never the program, so the result cache ignores it.
    public var rawHTML = false
    /// `optimize: true`: compile the notebook's program with `-O` (as `--optimize` does).
    public var optimize = false
    /// `number-sections: true`: headings numbered 1, 1.1, … in both reports, as Quarto numbers them.
    public var numberSections = false

    /// The notebook line each key was written on, for warnings that concern one.
    public var lines: [String: Int] = [:]

    /// Folio's own keys and the Quarto keys it honours; one a line, so that additions merge.
    public static let keys = [
        "title",
        "subtitle",
        "author",
        "authors",
        "date",
        "abstract",
        "description",
        "toc",
        "toc-title",
        "toc-depth",
        "lang",
        "execute",
        "seed",
        "check",
        "inputs",
        "cache",
        "math",
        "output-limit",
        "raw-html",
        "optimize",
        "number-sections",
    ] + CellOptions.documentDefaults

    public init(title: String? = nil, author: String? = nil, seed: UInt64 = 0) {
        self.title = title
        self.authors = author.map { [$0] } ?? []
        self.seed = seed
    }
}

extension FrontMatter {
    /// Splits the front matter off `source`.
    ///
    /// Returns the front matter and the body with the front matter's lines blanked rather than
    /// removed, so that every later line keeps its number in the file. Problems with single keys
    /// are recorded in `diagnostics` and the rest of the front matter is still read.
    static func split(_ source: String, diagnostics: inout ParseDiagnostics) throws(NotebookError) -> (FrontMatter, body: String) {
        let file = diagnostics.file
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
        var frontMatter = FrontMatter()
        do throws(NotebookError) {
            frontMatter = try parse(yaml, firstLine: 2, diagnostics: &diagnostics)
        } catch {
            diagnostics.record(error)
        }
        for index in 0...close { lines[index] = "" }
        return (frontMatter, lines.joined(separator: "\n"))
    }

    /// Reads the front matter; every bad key is recorded and the others are still read. Only
    /// YAML that does not parse at all throws.
    static func parse(_ yaml: String, firstLine: Int, diagnostics: inout ParseDiagnostics) throws(NotebookError) -> FrontMatter {
        let file = diagnostics.file
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
            result.lines[name] = line
            do throws(NotebookError) {
                try result.set(name, to: value, file: file, line: line, lines: lines, diagnostics: &diagnostics)
            } catch {
                diagnostics.record(error)
            }
        }
        return result
    }

    mutating func set(_ name: String, to value: Node, file: String, line: Int, lines: YAMLLines,
                              diagnostics: inout ParseDiagnostics) throws(NotebookError) {
        switch name {
        case "title": title = try Self.text(value, name, file: file, line: line)
        case "subtitle": subtitle = try Self.text(value, name, file: file, line: line)
        case "author", "authors": authors = try Self.authors(value, file: file, line: line)
        case "date": date = try Self.date(value, file: file, line: line, diagnostics: &diagnostics)
        case "abstract": abstract = try Self.text(value, name, file: file, line: line)
        case "description": description = try Self.text(value, name, file: file, line: line)
        case "toc": toc = try Self.flag(value, name, file: file, line: line, meaning: "show the contents box")
        case "toc-title": tocTitle = try Self.text(value, name, file: file, line: line)
        case "toc-depth":
            guard let depth = value.int, (2...6).contains(depth) else {
                throw NotebookError(file: file, line: line, "toc-depth must be a heading level from 2 to 6, not '\(value.string ?? "")'")
            }
            tocDepth = depth
        case "lang": lang = try Self.language(value, file: file, line: line)
        case "execute": try parseExecute(value, file: file, line: line, lines: lines, diagnostics: &diagnostics)
        case "format": parseFormat(value, file: file, line: line, lines: lines, diagnostics: &diagnostics)
        case _ where CellOptions.documentDefaults.contains(name):
            try cellDefaults.set(name, to: OptionValue(node: value, name: "'\(name)'", file: file, line: line))
        case "seed":
            // The same range as `--seed`: 0 … 2⁶⁴ − 1.
            guard let text = value.string, let seed = UInt64(text) else {
                throw NotebookError(file: file, line: line, "seed must be a whole number from 0 to \(UInt64.max), not '\(value.string ?? "")'")
            }
            self.seed = seed
        case "check":
            try parseCheck(value, file: file, line: line, lines: lines)
        case "inputs":
            let patterns = value.sequence?.map { $0.string } ?? [value.string]
            guard !patterns.isEmpty, patterns.allSatisfy({ $0.map { !$0.isEmpty } ?? false }) else {
                throw NotebookError(file: file, line: line, "inputs must be a list of file patterns such as '[data/*.csv, params.json]'")
            }
            inputs = patterns.compactMap { $0 }
        case "math":
            guard let mode = value.string.flatMap(MathMode.init(rawValue:)) else {
                throw NotebookError(file: file, line: line, "math must be mathml (typeset by Folio, no network) or mathjax, not '\(value.string ?? "")'")
            }
            math = mode
        case "output-limit":
            guard let bytes = value.string.flatMap(ByteSize.parse) else {
                throw NotebookError(file: file, line: line, "output-limit must be \(OutputLimit.expected), not '\(value.string ?? "")'")
            }
            outputLimit = bytes
        case "cache":
            cache = try Self.flag(value, name, file: file, line: line, meaning: "use the result cache")
        case "raw-html":
            guard let flag = value.bool else {
                throw NotebookError(file: file, line: line, "raw-html must be true (keep raw HTML and links as written) or false (the default: only safe HTML), not '\(value.string ?? "")'")
            }
            rawHTML = flag
        case "optimize":
            guard let flag = value.bool else {
                throw NotebookError(file: file, line: line, "optimize must be true (compile with -O) or false (the default: -Onone, faster to compile), not '\(value.string ?? "")'")
            }
            optimize = flag
        case "number-sections":
            guard let flag = value.bool else {
                throw NotebookError(file: file, line: line, "number-sections must be true or false, not '\(value.string ?? "")'")
            }
            numberSections = flag
        default:
            diagnostics.warn(line, Self.ignoredKeyMessage(name))
        }
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
struct YAMLLines {
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
