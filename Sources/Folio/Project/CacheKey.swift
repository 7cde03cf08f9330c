import Foundation

/// The SHA-256 of exactly what determines a notebook's results, so that a render whose key is
/// unchanged may reuse the last run's results instead of compiling and running anything.
///
/// In it: the generated program (every cell's code, and every option that reaches the program:
/// `eval`, figure sizes, the seed), the timeouts, the compiler's version and target, the bytes of
/// the kernel library and modules, the BLAS kernels and thread policy Folio pins, the hashing seed
/// and the optimisation level, Folio's version, and the bytes of the files the notebook declares as
/// `inputs`. Not in it: prose, headings, captions, alt text and display options (`echo`, `output`, `include`, `check`), which Render
/// applies to the results; and the notebook lines of cells, which only matter when a result
/// names one (see `CacheEntry.usable(for:)`) or a cell asks for its own line.
enum CacheKey {
    static func of(_ program: Program, notebook: Notebook, toolchain: ToolchainIdentity, numeric: NumericEnvironment,
                   optimize: Bool = false) -> String {
        var parts = [
            "folio \(FolioVersion.current)",
            "compiler \(toolchain.compilerVersion)",
            "kernel \(toolchain.kernelDigest)",
            "blas kernels \(numeric.blasKernels ?? "OpenBLAS's choice for this CPU")",
            "threads \(NumericEnvironment.threadPolicy)",
            "timeouts \(program.timeouts)",
            "hashing \(Runner.deterministicHashing)=1",
            // -O may change a result's last bits (floating-point contraction) and a trap's message.
            "optimize \(optimize)",
        ]
        if cellsAskForTheirLines(notebook) { parts.append("lines \(notebook.cells.map(\.codeLine))") }
        let folder = (notebook.path as NSString).deletingLastPathComponent
        parts.append("inputs\n" + DeclaredInputs.fingerprint(of: notebook.frontMatter.inputs, in: folder))
        parts.append("program\n" + withoutLineNumbers(program.source))
        return Digest.hex(parts.joined(separator: "\n"))
    }

    /// `#sourceLocation(file: "x.md", line: 14)` without its line: moving a cell down by a
    /// paragraph of prose changes no result that does not name a line.
    static func withoutLineNumbers(_ source: String) -> String {
        source.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard line.hasPrefix("#sourceLocation(file: "), let comma = line.range(of: ", line: ", options: .backwards) else { return line }
            return line[..<comma.lowerBound] + ")"
        }.joined(separator: "\n")
    }

    /// `#line`, `#file` and their kin print a cell's place in the notebook.
    private static func cellsAskForTheirLines(_ notebook: Notebook) -> Bool {
        notebook.cells.contains { cell in ["#line", "#file", "#filePath", "#fileID"].contains { cell.code.contains($0) } }
    }
}
