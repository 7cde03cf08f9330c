// `histogram` on 10⁷ float32 against NumPy's `np.histogram` on the same values, in the same run.
import Foundation
import Plotting

func runHistogramBenchmark(repeats: Int = 7) {
    let count = 10_000_000
    // Values NumPy can make bit for bit: integers below 2²⁴ are exact in float32.
    let values = (0..<count).map { Float(($0 &* 7919) % 1_000_003) / 1e5 - 5 }
    for bins in [10, 100] {
        var counts: [Double] = []
        let folio = median(timed(repeats: repeats) { counts = histogram(values, bins: bins).counts })
        guard let (numpy, numpyCounts) = numpyHistogram(count: count, bins: bins, repeats: repeats) else { return }
        let same = numpyCounts == counts ? "same counts" : "COUNTS DIFFER"
        print("hist   10^7 float32, \(bins) bins: Folio \(format(folio)), NumPy \(format(numpy)), "
              + String(format: "%.2f× NumPy", numpy / folio) + " (goal ≥ 1×), \(same)")
    }
}

/// NumPy's median time and counts, from a child `python3`.
private func numpyHistogram(count: Int, bins: Int, repeats: Int) -> (Double, [Double])? {
    let script = """
    import json, sys, time
    import numpy as np
    x = ((np.arange(\(count), dtype=np.int64) * 7919) % 1000003).astype(np.float32) / np.float32(1e5) - np.float32(5)
    np.histogram(x, bins=\(bins))
    times = []
    for _ in range(\(repeats)):
        start = time.perf_counter(); counts, _ = np.histogram(x, bins=\(bins)); times.append(time.perf_counter() - start)
    print(json.dumps({"median": sorted(times)[len(times) // 2], "counts": counts.tolist()}))
    """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script]
    let pipe = Pipe()
    process.standardOutput = pipe
    guard (try? process.run()) != nil else {
        print("hist   could not run python3 for NumPy's side")
        return nil
    }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    struct Report: Decodable { var median: Double; var counts: [Double] }
    guard process.terminationStatus == 0, let report = try? JSONDecoder().decode(Report.self, from: data) else {
        print("hist   NumPy's side failed (status \(process.terminationStatus))")
        return nil
    }
    return (report.median, report.counts)
}
