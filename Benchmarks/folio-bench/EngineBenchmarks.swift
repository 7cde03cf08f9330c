// Times TensorEngine against NumPy on the same machine, in the same run:
// Folio's side here, NumPy's in Benchmarks/numpy_bench.py (run as a child
// process, so both sides see the same environment, e.g. OPENBLAS_* variables).
import Dispatch
import Foundation
import Plotting
import TensorEngine

// MARK: The seed notebook, written as its MXNet code is.

private func prodRandMatrices(scale: Float, k: Int) -> Tensor<Float> {
    var y = diag(Tensor<Float>(ones: [k]))
    for _ in 0..<100 {
        let w = Tensor<Float>(randomNormal: [k, k], mean: 0, std: scale)
        y = matmul(w, y)
    }
    return y
}

private func syntheticGradient(
    k: Int, sigma: (Tensor<Float>) -> Tensor<Float>, dSigma: (Tensor<Float>) -> Tensor<Float>,
    weight: ([Int]) -> Tensor<Float>
) -> Double {
    var results: [Double] = []
    for _ in 0..<10 {
        _ = Tensor<Float>(randomNormal: [k])
        var h = Tensor<Float>(ones: [k])
        var y = diag(Tensor<Float>(ones: [k]))
        for _ in 0..<50 {
            let w = weight([k, k])
            let wh = matmul(w, h)
            y = matmul(dSigma(wh) * w.T, y)
            h = sigma(wh)
        }
        results.append(Double(y.abs().mean().scalar))
    }
    return results.reduce(0, +) / Double(results.count)
}

private func seedWorkload() {
    _ = prodRandMatrices(scale: 0.5, k: 4)
    _ = prodRandMatrices(scale: 0.7, k: 4)
    let k = 100
    let normal = { (scale: Float) in { (shape: [Int]) in Tensor<Float>(randomNormal: shape, mean: 0, std: scale) } }
    let dRelu = { (x: Tensor<Float>) in x .> 0 }
    for scale: Float in [0.1, 0.2, 0.4, 0.8] {
        _ = syntheticGradient(k: k, sigma: relu, dSigma: dRelu, weight: normal(scale))
    }
    let a = Float((6.0 / Double(k + k)).squareRoot())
    _ = syntheticGradient(k: k, sigma: relu, dSigma: dRelu) { Tensor<Float>(randomUniform: $0, low: -a, high: a) }
    let dSigmoid = { (x: Tensor<Float>) in (1 - sigmoid(x)) * sigmoid(x) }
    for scale: Float in [0.1, 0.2, 0.4, 0.8] {
        _ = syntheticGradient(k: k, sigma: sigmoid, dSigma: dSigmoid, weight: normal(scale))
    }
    let scaled = { (x: Tensor<Float>) in 4 * sigmoid(x) - 2 }
    let dScaled = { (x: Tensor<Float>) in 4 * (1 - sigmoid(x)) * sigmoid(x) }
    for scale: Float in [0.1, 0.2, 0.4, 0.8] {
        _ = syntheticGradient(k: k, sigma: scaled, dSigma: dScaled, weight: normal(scale))
    }
}

// MARK: NumPy

private struct NumPyReport: Decodable {
    var numpy: String
    var blas: String
    var results: [String: [Double]]
}

/// NumPy's side, in a child process. `kernels` pins NumPy's OpenBLAS to a kernel family, for a
/// like-for-like comparison with Folio's pinned one; nil lets it choose its best for this CPU.
private func runNumPy(repeats: Int, only: String? = nil, kernels: String? = nil) -> NumPyReport? {
    // Benchmarks/folio-bench/EngineBenchmarks.swift → Benchmarks/numpy_bench.py,
    // found from this file, so the benchmark works from any directory.
    let script = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("numpy_bench.py")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script.path, String(repeats)] + (only.map { [$0] } ?? [])
    // NumPy at its best: its own OpenBLAS picks its kernels for this CPU. The machine-wide
    // OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE some hosts set for older OpenBLAS builds slow it down,
    // and Folio's pin (Haswell) is Folio's choice, not NumPy's.
    var environment = ProcessInfo.processInfo.environment
    environment["OPENBLAS_CORETYPE"] = kernels
    environment["OPENBLAS_L2_SIZE"] = nil
    process.environment = environment
    let pipe = Pipe()
    process.standardOutput = pipe
    do {
        try process.run()
    } catch {
        print("could not run python3 \(script.path): \(error)")
        return nil
    }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0,
          let report = try? JSONDecoder().decode(NumPyReport.self, from: data)
    else {
        print("numpy_bench.py failed (status \(process.terminationStatus))")
        return nil
    }
    return report
}

// MARK: The table

/// Runs every engine benchmark and prints a table: work, Folio median,
/// NumPy median, speed ratio (NumPy time / Folio time), goal, verdict.
func runEngineBenchmarks(repeats: Int = 7) {
    let rows: [(key: String, work: String, goal: String, target: (Double, Double) -> Bool)] = [
        ("seed", "seed workload (2 products + 13 gradient runs)", "≥ 5× NumPy", { f, n in n / f >= 5 }),
        ("sgemm", "sgemm 1000×1000", "≥ 0.9× NumPy", { f, n in n / f >= 0.9 }),
        ("sgemmHaswell", "sgemm 1000×1000, NumPy on Haswell kernels too", "≥ 0.9× NumPy", { f, n in n / f >= 0.9 }),
        ("normal", "10^7 standard normal float32", "≥ 3× NumPy", { f, n in n / f >= 3 }),
        ("sigmoid", "sigmoid of 10^7 float32", "≥ 1× NumPy", { f, n in n / f >= 1 }),
        ("add4", "4×4 elementwise add", "≤ 50 ns", { f, _ in f <= 50e-9 }),
        ("cumsum", "cumsum of 10^7 float32", "≥ 1× NumPy", { f, n in n / f >= 1 }),
        ("sort", "sort of 10^7 float32", "≥ 1× NumPy", { f, n in n / f >= 1 }),
        ("mask", "x[x > 0] on 10^7 float32", "≥ 1× NumPy", { f, n in n / f >= 1 }),
        ("hist", "histogram of 10^7 float32, 100 bins", "≥ 1× NumPy", { f, n in n / f >= 1 }),
    ]
    let a = Tensor<Float>(randomNormal: [1000, 1000]), b = Tensor<Float>(randomNormal: [1000, 1000])
    let x = Tensor<Float>(randomNormal: [10_000_000])
    let p = Tensor<Float>(randomNormal: [4, 4]), q = Tensor<Float>(randomNormal: [4, 4])
    var folio: [String: [Double]] = [:]
    folio["seed"] = timed(repeats: max(3, repeats / 2)) { seedWorkload() }
    folio["sgemm"] = timed(repeats: repeats) { _ = matmul(a, b) }
    folio["sgemmHaswell"] = folio["sgemm"]
    folio["normal"] = timed(repeats: repeats) { _ = Tensor<Float>(randomNormal: [10_000_000]) }
    folio["sigmoid"] = timed(repeats: repeats) { _ = sigmoid(x) }
    folio["add4"] = timed(repeats: repeats, number: 1_000_000) { _ = p + q }
    folio["cumsum"] = timed(repeats: repeats) { _ = x.cumsum() }
    folio["sort"] = timed(repeats: repeats) { _ = x.sorted() }
    folio["mask"] = timed(repeats: repeats) { _ = x[x .> 0] }
    // What `hist` bins with: Plotting's `histogram` reads the float32 tensor as the kernel passes it.
    let values = x.scalars
    folio["hist"] = timed(repeats: repeats) { _ = histogram(values, bins: 100) }

    var numpy = runNumPy(repeats: repeats)
    // Folio pins OpenBLAS's Haswell kernels so that every AVX2 machine computes the same bits; on
    // an AVX-512 machine NumPy's own choice is faster at large products. Both comparisons shown.
    numpy?.results["sgemmHaswell"] = runNumPy(repeats: repeats, only: "sgemm", kernels: "Haswell")?.results["sgemm"]
    let env = ProcessInfo.processInfo.environment.filter { $0.key.hasPrefix("OPENBLAS") || $0.key == "OMP_NUM_THREADS" }
    print("TensorEngine vs NumPy \(numpy?.numpy ?? "?") (BLAS: \(numpy?.blas ?? "?"); Folio: system OpenBLAS); "
          + "medians of \(repeats) repeats (seed workload: \(max(3, repeats / 2)))")
    print("Folio's environment: " + (env.isEmpty ? "no OPENBLAS_* variables set" : env.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))
          + "; BLAS \(BLASIdentity.configuration), one thread per call, Folio's own blocks; NumPy: OpenBLAS's own kernel choice and threads")
    print(pad("work", 48) + pad("Folio", 11) + pad("NumPy", 11) + pad("ratio", 9) + pad("goal", 14) + "met")
    for row in rows {
        let f = median(folio[row.key]!)
        let n = numpy?.results[row.key].map(median)
        let ratio = n.map { String(format: "%.2f×", $0 / f) } ?? "-"
        let met = n.map { row.target(f, $0) ? "yes" : "NO" } ?? (row.key == "add4" ? (f <= 50e-9 ? "yes" : "NO") : "?")
        print(pad(row.work, 48) + pad(format(f), 11) + pad(n.map(format) ?? "-", 11) + pad(ratio, 9) + pad(row.goal, 14) + met)
    }
}
