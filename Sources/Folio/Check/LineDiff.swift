/// A unified diff, as `diff -u` and `git diff` print it, for text that changed shape.
enum LineDiff {
    enum Edit: Equatable {
        case same(old: Int, new: Int)
        case removed(old: Int)
        case added(new: Int)
    }

    /// The edits that turn `old` into `new`: a longest common subsequence between the common
    /// prefix and suffix; past four million line pairs the middle is simply replaced.
    static func edits<Line: Equatable>(_ old: [Line], _ new: [Line]) -> [Edit] {
        let prefix = firstDifference(old, new)
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
              old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
        let a = Array(old[prefix..<(old.count - suffix)]), b = Array(new[prefix..<(new.count - suffix)])
        var edits = (0..<prefix).map { Edit.same(old: $0, new: $0) }
        if a.count * b.count > 4_000_000 {
            edits += a.indices.map { .removed(old: prefix + $0) } + b.indices.map { .added(new: prefix + $0) }
        } else {
            // lengths[i][j]: the longest common subsequence of a[i...] and b[j...].
            var lengths = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
            for i in stride(from: a.count - 1, through: 0, by: -1) {
                for j in stride(from: b.count - 1, through: 0, by: -1) {
                    lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
                }
            }
            var i = 0, j = 0
            while i < a.count || j < b.count {
                if i < a.count, j < b.count, a[i] == b[j] {
                    edits.append(.same(old: prefix + i, new: prefix + j)); i += 1; j += 1
                } else if i < a.count, j == b.count || lengths[i + 1][j] >= lengths[i][j + 1] {
                    edits.append(.removed(old: prefix + i)); i += 1
                } else {
                    edits.append(.added(new: prefix + j)); j += 1
                }
            }
        }
        let tail = (0..<suffix).map { Edit.same(old: old.count - suffix + $0, new: new.count - suffix + $0) }
        return edits + tail
    }

    /// The index of the first line where the two differ (the shorter one's length if one is the
    /// start of the other).
    static func firstDifference<Line: Equatable>(_ old: [Line], _ new: [Line]) -> Int {
        var index = 0
        while index < old.count, index < new.count, old[index] == new[index] { index += 1 }
        return index
    }

    /// `diff -u` text of `old` (the committed report) against `new` (what renders now), with
    /// `context` lines around each change, cut after `limit` lines.
    static func unified(
        _ old: [String], _ new: [String], oldName: String, newName: String, context: Int = 2, limit: Int = 40,
        firstLines: (old: Int, new: Int) = (1, 1)
    ) -> [String] {
        let edits = self.edits(old, new)
        let changed = edits.indices.filter { if case .same = edits[$0] { false } else { true } }
        guard !changed.isEmpty else { return [] }
        // Hunks: runs of changes whose contexts touch.
        var hunks: [ClosedRange<Int>] = []
        for index in changed {
            let range = max(0, index - context)...min(edits.count - 1, index + context)
            if let last = hunks.last, range.lowerBound <= last.upperBound + 1 {
                hunks[hunks.count - 1] = last.lowerBound...range.upperBound
            } else {
                hunks.append(range)
            }
        }
        var lines = ["--- \(oldName)", "+++ \(newName)"]
        for hunk in hunks {
            let slice = edits[hunk]
            let olds = slice.compactMap { edit -> Int? in
                switch edit { case .same(let o, _), .removed(let o): o; case .added: nil }
            }
            let news = slice.compactMap { edit -> Int? in
                switch edit { case .same(_, let n), .added(let n): n; case .removed: nil }
            }
            let oldStart = olds.first.map { $0 + firstLines.old } ?? 0, newStart = news.first.map { $0 + firstLines.new } ?? 0
            lines.append("@@ -\(oldStart),\(olds.count) +\(newStart),\(news.count) @@")
            for edit in slice {
                switch edit {
                case .same(let o, _): lines.append(" " + old[o])
                case .removed(let o): lines.append("-" + old[o])
                case .added(let n): lines.append("+" + new[n])
                }
            }
        }
        if lines.count > limit {
            let more = lines.count - limit
            lines = Array(lines.prefix(limit)) + ["… \(more) more diff lines"]
        }
        return lines
    }
}
