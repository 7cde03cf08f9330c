import Foundation

/// How `folio render` and `folio check` tell what they found: `text` for people, `github` for
/// GitHub Actions' annotations, `json` for any other tool.
public enum VerdictFormat: String, Sendable, CaseIterable {
    case text, github, json
}

public enum VerdictReport {
    /// Every finding of the run, in the chosen format; empty when there is nothing to say
    /// (except `json`, which always describes every notebook).
    public static func render(_ verdicts: [NotebookVerdict], format: VerdictFormat, command: String) -> String {
        switch format {
        case .text: text(verdicts)
        case .github: github(verdicts, command: command)
        case .json: json(verdicts)
        }
    }

    /// `notebooks/x.md:121: error: output differs: …`, with any diff indented under it.
    static func text(_ verdicts: [NotebookVerdict]) -> String {
        ordered(verdicts).map { finding in
            (["\(finding.file):\(finding.line): error: \(finding.message)"] + finding.detail.map { "    " + $0 })
                .joined(separator: "\n") + "\n"
        }.joined()
    }

    /// One workflow command a finding: `::error file=…,line=…,title=…::message`, which GitHub
    /// Actions shows as an annotation on the pull request's line.
    static func github(_ verdicts: [NotebookVerdict], command: String) -> String {
        ordered(verdicts).map { finding in
            let message = ([finding.message] + finding.detail).joined(separator: "\n")
            return "::error file=\(property(finding.file)),line=\(finding.line),title=\(property(command))::\(data(message))\n"
        }.joined()
    }

    static func json(_ verdicts: [NotebookVerdict]) -> String {
        struct Document: Encodable {
            var passed: Bool
            var notebooks: [NotebookVerdict]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Document(passed: verdicts.allSatisfy(\.passed), notebooks: verdicts))) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// A notebook's findings in the order of its lines; findings about other files after them.
    static func ordered(_ verdicts: [NotebookVerdict]) -> [Finding] {
        verdicts.flatMap { verdict in
            verdict.allFindings.enumerated().sorted { a, b in
                let keyA = (a.element.file == verdict.notebook ? 0 : 1, a.element.line, a.offset)
                let keyB = (b.element.file == verdict.notebook ? 0 : 1, b.element.line, b.offset)
                return keyA < keyB
            }.map(\.element)
        }
    }

    /// GitHub's escaping for a workflow command's message.
    private static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// …and for its properties, where `:` and `,` separate.
    private static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
