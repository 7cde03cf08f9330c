import Plotting

/// Plotting benchmarks: drawing a figure of 10 series × 10⁴ points to SVG, the largest figure a
/// notebook is likely to make (a training curve per run). Goal: under 50 ms in a release build.
func runPlotBenchmarks() {
    runHistogramBenchmark()
    for shape in [PlotBenchShape.randomWalk, .smooth] {
        let figure = shape.figure(series: 10, points: 10_000)
        var svg = ""
        let times = (0..<11).map { _ in
            measureMilliseconds { svg = figure.svg(idPrefix: "bench") }
        }
        let median = times.sorted()[times.count / 2]
        let kilobytes = Double(svg.utf8.count) / 1024
        print("plot   svg, 10 series × 10^4 points, \(shape.name): median \(fixed(median)) ms "
              + "(goal < 50), \(fixed(kilobytes)) KiB")
    }
}

private enum PlotBenchShape {
    /// Noisy curves (a random walk, like a loss curve per step): the worst case for simplification.
    case randomWalk
    /// Smooth curves (sines): what most plotted functions look like.
    case smooth

    var name: String { self == .randomWalk ? "random walks" : "smooth curves" }

    func figure(series: Int, points: Int) -> Figure {
        let figure = Figure(figsize: (6.4, 4.8))
        let x = (0..<points).map(Double.init)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for index in 0..<series {
            var level = Double(index)
            let y: [Double] = (0..<points).map { step in
                switch self {
                case .smooth:
                    return sine(Double(step) / Double(points) * 12 + Double(index)) + Double(index) * 0.5
                case .randomWalk:
                    // A 64-bit LCG: deterministic, and free of any library.
                    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    level += Double(Int64(bitPattern: state >> 11) % 2001 - 1000) / 10_000
                    return level
                }
            }
            figure.axes.plot(x, y, label: "run \(index + 1)")
        }
        figure.axes.xlabel = "step"
        figure.axes.ylabel = "loss"
        figure.axes.grid = true
        return figure
    }

    /// sin by its Taylor series after reduction, so the benchmark needs no Foundation.
    private func sine(_ x: Double) -> Double {
        let twoPi = 6.283185307179586
        var r = x - (x / twoPi).rounded() * twoPi
        if r > twoPi / 4 { r = twoPi / 2 - r } else if r < -twoPi / 4 { r = -twoPi / 2 - r }
        var term = r, sum = r
        for n in stride(from: 3, through: 15, by: 2) {
            term *= -r * r / Double((n - 1) * n)
            sum += term
        }
        return sum
    }
}

private func measureMilliseconds(_ body: () -> Void) -> Double {
    let clock = ContinuousClock()
    let elapsed = clock.measure(body)
    return Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
}

/// One decimal, without Foundation's `String(format:)`.
private func fixed(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return "\(tenths / 10).\(abs(tenths % 10))"
}
