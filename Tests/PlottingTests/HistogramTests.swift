import Testing
import Plotting

/// `histogram` against NumPy 2.4's `np.histogram` on fixed inputs (values quoted from it).
@Suite("Histogram: NumPy's binning")
struct HistogramTests {
    @Test("float32 data is binned in float32: 0.1 × i lands where NumPy puts it")
    func float32Edges() {
        // np.histogram(np.arange(31, dtype=np.float32) * np.float32(0.1), bins=10)
        let values = (0..<31).map { Float($0) * Float(0.1) }
        let (counts, edges) = histogram(values, bins: 10)
        #expect(counts == [3, 3, 3, 3, 3, 3, 3, 3, 3, 4])
        #expect(edges == [0.0, 0.30000001192092896, 0.6000000238418579, 0.9000000357627869, 1.2000000476837158, 1.5,
                          1.8000000715255737, 2.1000001430511475, 2.4000000953674316, 2.700000047683716, 3.0])
        // bins=7
        #expect(histogram(values, bins: 7).counts == [5, 4, 4, 5, 4, 4, 5])
        // range=(0.3, 2.4): edges spaced in float64, then rounded to float32.
        let ranged = histogram(values, bins: 3, range: (0.3, 2.4))
        #expect(ranged.counts == [7, 7, 8])
        #expect(ranged.edges == [0.30000001192092896, 1.0, 1.7000000476837158, 2.4000000953674316])
    }

    @Test("a range ignores values outside it, NaN and infinities; the last bin is closed")
    func rangeAndNonFinite() {
        let values: [Double] = [0.0, 0.2, 0.2, 0.5, 0.999, 1.0, 1.5, -0.1, .nan, .infinity, -.infinity, 0.3, 0.7]
        let (counts, edges) = histogram(values, bins: 5, range: (0, 1))
        #expect(counts == [1, 3, 1, 1, 2])
        #expect(edges == [0.0, 0.2, 0.4, 0.6000000000000001, 0.8, 1.0])
        let density = histogram(values, bins: 5, range: (0, 1), density: true).counts
        #expect(density == [0.625, 1.875, 0.6249999999999998, 0.6250000000000001, 1.2500000000000002])
    }

    @Test("explicit edges: [e₀, e₁), …, [eₙ₋₁, eₙ], and density by width")
    func explicitEdges() {
        let values: [Double] = [0.0, 0.2, 0.2, 0.5, 0.999, 1.0, 1.5, -0.1, .nan, .infinity, -.infinity, 0.3, 0.7]
        #expect(histogram(values, bins: [0, 0.25, 0.5, 2]).counts == [3, 1, 5])
        #expect(histogram(values, bins: [0, 0.25, 0.5, 2], density: true).counts
                == [1.3333333333333333, 0.4444444444444444, 0.3703703703703704])
    }

    @Test("one value is widened by ±0.5; no values give 0…1; NaN alone is ignored (matplotlib's range)")
    func degenerateRanges() {
        let single = histogram([5.0, 5, 5], bins: 4)
        #expect(single.counts == [0, 0, 3, 0])
        #expect(single.edges == [4.5, 4.75, 5.0, 5.25, 5.5])
        let empty = histogram([Double](), bins: 2)
        #expect(empty.counts == [0, 0])
        #expect(empty.edges == [0, 0.5, 1])
        #expect(histogram([1.0, .nan, 3], bins: 2).counts == [1, 1])
    }

    @Test("every value lands in a bin whose edges hold it, on 2 × 10⁴ values of awkward spacing")
    func edgeCorrection() {
        let values = (0..<20_000).map { Float($0) * Float(0.0007) - 13 }
        let (counts, edges) = histogram(values, bins: 37)
        #expect(counts.reduce(0, +) == 20_000)
        // The count of each bin by comparison with its edges alone.
        var expected = [Double](repeating: 0, count: 37)
        for value in values {
            let index = (0..<37).last { Double(value) >= edges[$0] }!
            expected[index] += 1
        }
        #expect(counts == expected)
    }

    @Test("decreasing edges stop the program with the edge named")
    func decreasingEdges() async {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = histogram([1.0], bins: [0, 2, 1])
        }
        let message = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
        #expect(message.contains("hist: bin edge 2 is smaller than edge 1; edges must increase"))
    }
}
