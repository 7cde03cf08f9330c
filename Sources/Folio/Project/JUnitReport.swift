import Foundation

/// JUnit XML, as GitLab, Jenkins and GitHub's test reporters read it: one test suite per
/// notebook, one test case per cell, plus a case named `report` for what belongs to no cell
/// (prose, figures, whole files). A failing or differing cell is a `<failure>` whose message is
/// the finding and whose text gives `file:line` and any diff.
public enum JUnitReport {
    public static func xml(_ verdicts: [NotebookVerdict], command: String) -> String {
        let suites = verdicts.map(suite)
        let tests = suites.reduce(0) { $0 + $1.tests }, failures = suites.reduce(0) { $0 + $1.failures }
        let skipped = suites.reduce(0) { $0 + $1.skipped }
        let time = verdicts.flatMap(\.cells).compactMap(\.seconds).reduce(0, +)
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"\(escape(command))\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\" time=\"\(seconds(time))\">\n"
        for suite in suites { xml += suite.xml }
        return xml + "</testsuites>\n"
    }

    private struct Suite {
        var xml: String
        var tests: Int
        var failures: Int
        var skipped: Int
    }

    private static func suite(_ verdict: NotebookVerdict) -> Suite {
        let name = escape(verdict.notebook)
        var cases: [String] = []
        var failures = 0, skipped = 0
        for cell in verdict.cells {
            var body = ""
            if cell.status == .skipped {
                body = "<skipped message=\"eval: false\"/>"
                skipped += 1
            } else if !cell.passed {
                body = failure(cell.findings, status: cell.status.rawValue)
                failures += 1
            }
            cases.append(testCase(name: cell.name, suite: name, file: verdict.notebook, line: cell.line, seconds: cell.seconds ?? 0, body: body))
        }
        let reportFailed = !verdict.findings.isEmpty
        if reportFailed { failures += 1 }
        cases.append(testCase(name: "report", suite: name, file: verdict.notebook, line: verdict.findings.first?.line ?? 1, seconds: 0,
                              body: reportFailed ? failure(verdict.findings, status: "differs") : ""))
        let time = verdict.cells.compactMap(\.seconds).reduce(0, +)
        var xml = "  <testsuite name=\"\(name)\" tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\" time=\"\(seconds(time))\">\n"
        xml += cases.joined()
        xml += "  </testsuite>\n"
        return Suite(xml: xml, tests: cases.count, failures: failures, skipped: skipped)
    }

    private static func testCase(name: String, suite: String, file: String, line: Int, seconds time: Double, body: String) -> String {
        let open = "    <testcase name=\"\(escape(name))\" classname=\"\(suite)\" file=\"\(escape(file))\" line=\"\(line)\" time=\"\(seconds(time))\""
        return body.isEmpty ? open + "/>\n" : open + ">\n      \(body)\n    </testcase>\n"
    }

    private static func failure(_ findings: [Finding], status: String) -> String {
        let message = findings.first?.message ?? status
        let text = findings.map { finding in
            (["\(finding.file):\(finding.line): \(finding.message)"] + finding.detail).joined(separator: "\n")
        }.joined(separator: "\n")
        return "<failure message=\"\(escape(message))\" type=\"\(escape(status))\">\(escape(text))</failure>"
    }

    private static func seconds(_ value: Double) -> String { String(format: "%.3f", value) }

    /// XML text and attribute escaping: HTML's, with newlines kept through attributes as `&#10;`
    /// and the control characters XML 1.0 cannot hold (a cell may print them) as U+FFFD.
    static func escape(_ text: String) -> String {
        var clean = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            clean.append(scalar.value < 0x20 && !["\n", "\t", "\r"].contains(scalar) ? "\u{FFFD}" : scalar)
        }
        return HTMLText.escape(String(clean)).replacingOccurrences(of: "\n", with: "&#10;")
    }
}
