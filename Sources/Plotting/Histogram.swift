/// NumPy's `np.histogram`, for the `hist` plots and for anyone who wants the numbers.
///
/// - Equal bins (`bins: 10`): the edges are `linspace(low, high, bins + 1)` in the data's own
///   precision (float32 data gets float32 edges, as in NumPy), a value's bin comes from one
///   multiply, then is corrected against the edges exactly as NumPy corrects it, so a value
///   lying on an edge lands in the bin that edge opens. The last bin is closed.
/// - Explicit edges (`bins: [0, 1, 5]`): bins `[e₀, e₁), [e₁, e₂) … [eₙ₋₁, eₙ]`; the edges must
///   increase.
/// - Values outside the range are not counted, nor are NaN and ±∞. Without a range it is the
///   data's finite min…max, as matplotlib's `hist` takes it (NumPy itself stops on a NaN there);
///   a range of one value is widened by ±0.5, no values at all give 0…1.
/// - `density`: each count divided by the bin width and the number counted, so the bars'
///   area is 1 (NaN everywhere when nothing was counted, as NumPy's 0/0).
public func histogram<S: PlotSeries>(
    _ values: S, bins: Int = 10, range: (Double, Double)? = nil, density: Bool = false
) -> (counts: [Double], edges: [Double]) {
    // float32 data keeps float32 arithmetic (and is not widened, which would copy it).
    if let floats = values.plotFloat32 {
        return Histogram.uniform(floats, bins: bins, range: range, density: density)
    }
    return Histogram.uniform(values.plotValues, bins: bins, range: range, density: density)
}

/// Bins between explicit, increasing edges (NumPy's `bins=[…]`); the last bin is closed.
public func histogram<S: PlotSeries>(
    _ values: S, bins edges: [Double], density: Bool = false
) -> (counts: [Double], edges: [Double]) {
    Histogram.explicit(values.plotValues, edges: edges, density: density)
}

enum Histogram {
    @_specialize(where F == Float)
    @_specialize(where F == Double)
    static func uniform<F: HistogramFloat>(
        _ values: [F], bins: Int, range: (Double, Double)?, density: Bool
    ) -> (counts: [Double], edges: [Double]) {
        guard bins >= 1 else { fatalError(PlotError.badBins(bins).description) }
        let edges = uniformEdges(values, bins: bins, range: range)
        var counts = [Int](repeating: 0, count: bins)
        values.withUnsafeBufferPointer { data in
            edges.withUnsafeBufferPointer { edges in
                counts.withUnsafeMutableBufferPointer { counts in
                    count(data, edges: edges, into: counts)
                }
            }
        }
        let widths = (0..<bins).map { Double(edges[$0 + 1] - edges[$0]) }
        return (normalised(counts, widths: widths, density: density), edges.map { Double($0) })
    }

    /// One pass, no allocation: the bin by multiply, corrected by at most one against the edges
    /// (NumPy's rule), so that rounding in the multiply never moves a value across an edge.
    @_specialize(where F == Float)
    @_specialize(where F == Double)
    static func count<F: HistogramFloat>(
        _ data: UnsafeBufferPointer<F>, edges: UnsafeBufferPointer<F>, into counts: UnsafeMutableBufferPointer<Int>
    ) {
        let bins = counts.count
        let first = edges[0], last = edges[bins]
        let scale = F(bins) / (last - first)
        let lastBin = bins - 1
        for value in data {
            // NaN fails both comparisons and is skipped with everything out of range.
            guard value >= first && value <= last else { continue }
            let position = (value - first) * scale
            guard position.isFinite else {
                // A range past the type's largest finite value (`scale` 0 or infinite): no
                // multiply finds the bin, so search the edges for the last one at or below it.
                var index = 0
                while index < lastBin && edges[index + 1] <= value { index += 1 }
                counts[index] += 1
                continue
            }
            var index = min(position.truncatedIndex, lastBin)
            if value < edges[index] {
                index -= 1
            } else if index != lastBin && value >= edges[index + 1] {
                index += 1
            }
            counts[index] += 1
        }
    }

    static func explicit(_ values: [Double], edges: [Double], density: Bool) -> (counts: [Double], edges: [Double]) {
        guard edges.count >= 2 else { fatalError(PlotError.badBins(edges.count - 1).description) }
        for index in edges.indices.dropFirst() where !(edges[index - 1] <= edges[index]) {
            fatalError(PlotError.decreasingEdges(index: index).description)
        }
        let bins = edges.count - 1
        var counts = [Int](repeating: 0, count: bins)
        let first = edges[0], last = edges[bins]
        for value in values where value >= first && value <= last {
            // The last edge e with e <= value (binary search); the last bin takes its right edge.
            var low = 0, high = bins
            while high - low > 1 {
                let middle = (low + high) / 2
                if edges[middle] <= value { low = middle } else { high = middle }
            }
            counts[low] += 1
        }
        let widths = (0..<bins).map { edges[$0 + 1] - edges[$0] }
        return (normalised(counts, widths: widths, density: density), edges)
    }

    /// The bin edges for `bins` equal bins. A given range is spaced in float64 and rounded to
    /// the data's type, as NumPy does; the data's own min…max is spaced in the data's type.
    static func uniformEdges<F: HistogramFloat>(_ values: [F], bins: Int, range: (Double, Double)?) -> [F] {
        if let range {
            guard range.0.isFinite && range.1.isFinite, range.0 <= range.1 else {
                fatalError(PlotError.badRange(range.0, range.1).description)
            }
            let (first, last) = range.0 == range.1 ? (range.0 - 0.5, range.1 + 0.5) : range
            return linspace(first, last, bins: bins).map { F($0) }
        }
        // Comparisons skip NaN by themselves; only when an infinity is among the values does a
        // second pass have to leave it out (a branch per value costs the common case a lot).
        var first = F.infinity, last = -F.infinity
        values.withUnsafeBufferPointer { data in
            for value in data {
                first = value < first ? value : first
                last = value > last ? value : last
            }
            guard !first.isFinite || !last.isFinite else { return }
            (first, last) = (F.infinity, -F.infinity)
            for value in data where value.isFinite {
                first = value < first ? value : first
                last = value > last ? value : last
            }
        }
        if first > last { (first, last) = (0, 1) }
        if first == last { (first, last) = (first - 0.5, last + 0.5) }
        return linspace(first, last, bins: bins)
    }

    /// NumPy's `linspace`: `i × step + first`, the last edge exactly `last`.
    static func linspace<F: HistogramFloat>(_ first: F, _ last: F, bins: Int) -> [F] {
        let step = (last - first) / F(bins)
        var edges = (0...bins).map { F($0) * step + first }
        edges[bins] = last
        return edges
    }

    static func normalised(_ counts: [Int], widths: [Double], density: Bool) -> [Double] {
        guard density else { return counts.map(Double.init) }
        let total = Double(counts.reduce(0, +))
        return zip(counts, widths).map { Double($0) / $1 / total }
    }
}

/// The float types a histogram bins in. `Int(x)` on a generic float goes through the standard
/// library's generic conversion, ten times slower than the concrete one this calls.
protocol HistogramFloat: BinaryFloatingPoint {
    var truncatedIndex: Int { get }
}

extension Float: HistogramFloat {
    var truncatedIndex: Int { Int(self) }
}

extension Double: HistogramFloat {
    var truncatedIndex: Int { Int(self) }
}
