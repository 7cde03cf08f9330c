// What every section of folio-bench measures with: repeats, medians, a table.
import Dispatch
import Foundation

/// Seconds per run of `body`, one entry per repeat (after one warm-up run). Inlined into each
/// caller, so that a nanosecond-scale body is not timed through a closure call.
@inline(__always)
func timed(repeats: Int, number: Int = 1, _ body: () -> Void) -> [Double] {
    body()
    return (0..<repeats).map { _ in
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<number { body() }
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 / Double(number)
    }
}

/// The middle value: the figure to quote on a shared, noisy machine.
func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

func format(_ seconds: Double) -> String {
    if seconds < 1e-6 { return String(format: "%.0f ns", seconds * 1e9) }
    if seconds < 1e-3 { return String(format: "%.1f µs", seconds * 1e6) }
    if seconds < 1 { return String(format: "%.1f ms", seconds * 1e3) }
    return String(format: "%.2f s", seconds)
}

func pad(_ s: String, _ n: Int) -> String {
    s.count >= n ? s : s + String(repeating: " ", count: n - s.count)
}
