import Foundation

/// Compiles a `Program` with `swiftc` against the notebook kernel.
struct Compiler {
    var toolchain: Toolchain

    enum Outcome {
        case binary(String)
        case diagnostics([Diagnostic])
    }

    /// One compiler error and the lines (source excerpt, notes) that explain it.
    struct Diagnostic: Equatable {
        var file: String
        var line: Int
        var text: String
    }

    func compile(_ program: Program, in workDirectory: String) throws -> Outcome {
        let source = "\(workDirectory)/main.swift"
        let binary = "\(workDirectory)/notebook"
        try program.source.write(toFile: source, atomically: false, encoding: .utf8)
        let kernel = toolchain.kernelDirectory
        let arguments = [
            // Swift 5 mode: a top-level `var` used inside a function compiles, as authors expect.
            // Line tables are all a trap's backtrace needs to name the notebook line, and unlike
            // full debug info they add no module-emitting job (0.3 s against 0.43 s for a notebook).
            "-swift-version", "5", "-Onone", "-gline-tables-only", "-suppress-warnings", "-diagnostic-style", "llvm",
            "-module-name", "Notebook", "-I", "\(kernel)/Modules", "-L", kernel, "-lNotebookKernel",
            "-Xlinker", "-rpath", "-Xlinker", kernel, source, "-o", binary,
        ]
        let outcome = try Subprocess.run(toolchain.swiftc, arguments, in: workDirectory)
        if outcome.status == 0 { return .binary(binary) }
        let diagnostics = Self.errors(in: outcome.output)
        if diagnostics.isEmpty {
            return .diagnostics([Diagnostic(file: "", line: 0, text: outcome.output.trimmingCharacters(in: .whitespacesAndNewlines))])
        }
        return .diagnostics(diagnostics)
    }

    /// `file:line:col: error: message` lines with their excerpts; warnings and notes stay attached.
    static func errors(in output: String) -> [Diagnostic] {
        var result: [Diagnostic] = []
        var current: Diagnostic?
        for line in output.split(separator: "\n", omittingEmptySubsequences: false) {
            if let header = header(line) {
                if let done = current { result.append(done) }
                current = header.isError ? Diagnostic(file: header.file, line: header.line, text: String(line)) : nil
                if !header.isError, header.isNote, var last = result.popLast() {
                    last.text += "\n" + line
                    result.append(last)
                }
            } else if current != nil, !line.isEmpty {
                current!.text += "\n" + line
            }
        }
        if let done = current { result.append(done) }
        return result
    }

    private static func header(_ line: Substring) -> (file: String, line: Int, isError: Bool, isNote: Bool)? {
        let parts = line.split(separator: ":", maxSplits: 4, omittingEmptySubsequences: false)
        guard parts.count == 5, let number = Int(parts[1]), Int(parts[2]) != nil else { return nil }
        let kind = parts[3].trimmingCharacters(in: " ")
        guard ["error", "warning", "note"].contains(kind) else { return nil }
        return (String(parts[0]), number, kind == "error", kind == "note")
    }
}
