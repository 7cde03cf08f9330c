// folio-bench: Folio against its competitors, side by side in one run.
// Build with `swift run -c release folio-bench`; every figure printed is a median.
// `folio-bench engine plots math training` runs only the sections named (default: all).
import Foundation
import TensorEngine

pinBLASAsNotebooksRun()
HeapPolicy.keepFreedMemory()  // as the notebook kernel does
let sections = Set(CommandLine.arguments.dropFirst())
if sections.isEmpty || sections.contains("engine") { runEngineBenchmarks() }
if sections.isEmpty || sections.contains("plots") { runPlotBenchmarks() }
if sections.isEmpty || sections.contains("math") { runMathBenchmarks() }
if sections.isEmpty || sections.contains("training") { runTrainingBenchmarks() }

/// Notebook programs run OpenBLAS's Haswell kernels wherever the CPU has AVX2 and FMA (Folio
/// sets `OPENBLAS_CORETYPE` before they start, so every machine computes the same bits); the
/// benchmark times what notebooks run, so it restarts itself once with the same setting.
/// NumPy's side runs with OpenBLAS's own choice of kernels (see `runNumPy`).
func pinBLASAsNotebooksRun() {
    let flags = ((try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? "")
        .split(separator: "\n").first { $0.hasPrefix("flags") }.map { Set($0.split(separator: " ").map(String.init)) } ?? []
    guard flags.isSuperset(of: ["avx2", "fma"]), ProcessInfo.processInfo.environment["OPENBLAS_CORETYPE"] != "Haswell" else { return }
    setenv("OPENBLAS_CORETYPE", "Haswell", 1)
    let arguments = CommandLine.arguments.map { strdup($0) } + [nil]
    execv("/proc/self/exe", arguments)
}
