/// Picks the known name nearest to a misspelt one, so an error can say what would be right.
enum Suggestion {
    /// The nearest candidate, only when it is near enough to be the same word misspelt: a
    /// suggestion that is merely the least different name (`format` → `title`) misleads.
    /// Candidates earlier in the list win ties, so callers list the likelier names first.
    static func nearest(to word: String, in candidates: [String]) -> String? {
        let limit = allowedDistance(for: word)
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let d = distance(word, candidate)
            if d <= limit, d < (best?.distance ?? .max) { best = (candidate, d) }
        }
        return best?.name
    }

    /// `; did you mean 'name'?` for the nearest candidate (with `prefix` before it, as `@` before
    /// a label), the tail every "unknown …" message ends with; nil when none is near enough.
    static func hint(for word: String, in candidates: [String], prefix: String = "") -> String? {
        nearest(to: word, in: candidates).map { "; did you mean '\(prefix)\($0)'?" }
    }

    /// Edits a misspelling of a word this long may have: 1 up to 4 letters, 2 up to 8, 3 beyond.
    static func allowedDistance(for word: String) -> Int {
        switch word.unicodeScalars.count {
        case 0...4: 1
        case 5...8: 2
        default: 3
        }
    }

    /// Levenshtein distance over Unicode scalars; option names are short, so O(n·m) is nothing.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            previous = current
        }
        return previous[b.count]
    }
}
