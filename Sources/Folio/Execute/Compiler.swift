import Foundation

/// Compiles a `Program` with `swiftc` against the notebook kernel.
struct Compiler {
    var toolchain: Toolchain
    /// `-O` instead of `-Onone` (`optimize: true`, `--optimize`): slower to compile, and a
    /// scalar loop runs about ten times faster (README: measured costs and gains).
    var optimize = false

    enum Outcome {
        case binary(String)
        /// The compiler's output, which `CompileDiagnostics` reads.
        case failed(output: String, generatedFile: String)
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
            "-swift-version", "5", optimize ? "-O" : "-Onone", "-gline-tables-only", "-suppress-warnings", "-diagnostic-style", "llvm",
            "-module-name", "Notebook", "-I", "\(kernel)/Modules", "-L", kernel, "-lNotebookKernel",
            "-Xlinker", "-rpath", "-Xlinker", kernel, source, "-o", binary,
        ]
        let outcome = try Subprocess.run(toolchain.swiftc, arguments, in: workDirectory)
        if outcome.status == 0 { return .binary(binary) }
        return .failed(output: outcome.output, generatedFile: source)
    }
}
