/// Compares one cell output, or one figure, as committed against as rendered now.
enum OutputComparison {
    /// A difference, phrased for a reader, with the lines that show it.
    struct Difference: Equatable {
        var message: String
        var detail: [String] = []
    }

    /// At most this many differing lines are listed for one output.
    static let lineLimit = 10

    /// Text output: the words exactly, the numbers within `tolerance`, line by line:
    /// `output differs: "mean 1.1133e-09" → "… 1.4102e-09" (relative 0.27 > rtol 1e-5)`.
    static func text(committed: String, fresh: String, tolerance: Tolerance) -> [Difference] {
        if committed == fresh { return [] }
        let diff = { LineDiff.unified(lines(committed), lines(fresh), oldName: "committed", newName: "rendered now") }
        if tolerance.exact { return [Difference(message: "output differs (check: exact)", detail: diff())] }
        let old = NumberTokens(committed), new = NumberTokens(fresh)
        guard let pairs = new.pairs(with: old) else {
            return [Difference(message: "output differs in more than its numbers", detail: diff())]
        }
        // The worst number of each differing line, in order.
        var worst: [(line: Substring, freshLine: Substring, pair: (PrintedNumber, PrintedNumber))] = []
        for (a, b) in pairs where !tolerance.accepts(fresh: a, committed: b) {
            let line = Self.line(around: b.text), freshLine = Self.line(around: a.text)
            if let last = worst.last, last.line.startIndex == line.startIndex {
                if Tolerance.relative(fresh: a, committed: b) > Tolerance.relative(fresh: last.pair.0, committed: last.pair.1) {
                    worst[worst.count - 1].pair = (a, b)
                }
            } else {
                worst.append((line, freshLine, (a, b)))
            }
        }
        var differences = worst.prefix(lineLimit).map { entry in
            Difference(message: "output differs: \"\(entry.line)\" → \"\(elidingCommonPrefix(entry.freshLine, of: entry.line))\" "
                       + "(\(exceeds(fresh: entry.pair.0, committed: entry.pair.1, tolerance)))")
        }
        if worst.count > lineLimit { differences.append(Difference(message: "output differs in \(worst.count - lineLimit) more lines")) }
        return differences
    }

    /// A figure: the same elements, series and texts, and every coordinate within `tolerance`,
    /// plus the 0.01 to which Plotting's SVG writer rounds coordinates (so a point that moved by
    /// a rounding difference, invisibly, passes). Moved coordinates are summed up per group
    /// (`axes0-series1`), as a reader sees a curve move.
    static func figure(_ name: String, committed: String, fresh: String, tolerance: Tolerance) -> [Difference] {
        if committed == fresh { return [] }
        var tolerance = tolerance
        tolerance.atol += svgPrecision
        let old = NumberTokens(committed), new = NumberTokens(fresh)
        guard !tolerance.exact, let pairs = new.pairs(with: old) else {
            let detail = LineDiff.unified(lines(committed).map(clipped), lines(fresh).map(clipped),
                                          oldName: "committed", newName: "rendered now", context: 1, limit: 24)
            return [Difference(message: "\(name) differs in more than its coordinates (its elements, series or texts changed)",
                               detail: detail)]
        }
        let groups = SVGGroups(fresh)
        // The farthest move of each group, in order.
        var moved: [(group: String, pair: (PrintedNumber, PrintedNumber))] = []
        for (a, b) in pairs where !tolerance.accepts(fresh: a, committed: b) {
            let group = groups.name(at: a.text.startIndex)
            if let index = moved.firstIndex(where: { $0.group == group }) {
                if abs(a.value - b.value) > abs(moved[index].pair.0.value - moved[index].pair.1.value) { moved[index].pair = (a, b) }
            } else {
                moved.append((group, (a, b)))
            }
        }
        return moved.map { entry in
            Difference(message: "\(name): \(entry.group) moved by up to \(Tolerance.short(abs(entry.pair.0.value - entry.pair.1.value))) "
                       + "(\(exceeds(fresh: entry.pair.0, committed: entry.pair.1, tolerance)))")
        }
    }

    /// Plotting writes coordinates to two decimals (`SVGWriter`); a hair more, for rounding.
    static let svgPrecision = 0.01 * (1 + 1e-9)

    /// Why a pair fails: its relative change against rtol; against atol where the committed
    /// number is 0; or the special values that differ.
    static func exceeds(fresh a: PrintedNumber, committed b: PrintedNumber, _ tolerance: Tolerance) -> String {
        if !a.value.isFinite || !b.value.isFinite { return "\(b.text) became \(a.text)" }
        if b.value == 0 { return "absolute \(Tolerance.short(abs(a.value))) > atol \(Tolerance.short(tolerance.atol))" }
        return "relative \(Tolerance.short(Tolerance.relative(fresh: a, committed: b))) > rtol \(Tolerance.short(tolerance.rtol))"
    }

    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// SVG path data makes very long lines; a diff shows their start.
    private static func clipped(_ line: String) -> String {
        line.count > 160 ? String(line.prefix(157)) + "…" : line
    }

    /// The whole line of the text that `token` is part of.
    static func line(around token: Substring) -> Substring {
        let base = token.base[...]
        let start = base[..<token.startIndex].lastIndex(of: "\n").map { base.index(after: $0) } ?? base.startIndex
        let end = base[token.endIndex...].firstIndex(of: "\n") ?? base.endIndex
        return base[start..<end]
    }

    /// `fresh` with the words it shares with `committed` at its start shown as `…`.
    static func elidingCommonPrefix(_ fresh: Substring, of committed: Substring) -> String {
        var shared = fresh.startIndex
        var a = fresh.startIndex, b = committed.startIndex
        while a < fresh.endIndex, b < committed.endIndex, fresh[a] == committed[b] {
            if fresh[a] == " " { shared = fresh.index(after: a) }
            a = fresh.index(after: a); b = committed.index(after: b)
        }
        return shared > fresh.startIndex ? "… " + fresh[shared...] : String(fresh)
    }
}

/// Which `<g id="…">` group of a figure a position falls in, named without the figure's own
/// id prefix: `axes0-series1` for `c10-fig1-axes0-series1`.
struct SVGGroups {
    private var starts: [(position: String.Index, name: String)] = []

    init(_ svg: String) {
        var search = svg.startIndex
        while let open = svg.range(of: "<g id=\"", range: search..<svg.endIndex) {
            guard let close = svg[open.upperBound...].firstIndex(of: "\"") else { break }
            let id = svg[open.upperBound..<close]
            let name = id.range(of: "-axes").map { String(id[id.index(after: $0.lowerBound)...]) } ?? String(id)
            starts.append((open.lowerBound, name))
            search = close
        }
    }

    func name(at position: String.Index) -> String {
        starts.last { $0.position <= position }?.name ?? "the figure's frame"
    }
}
