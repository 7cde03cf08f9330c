/// Picks the known name nearest to a misspelt one, so an error can say what would be right.
enum Suggestion {
    static func nearest(to word: String, in candidates: [String]) -> String? {
        candidates.min { distance(word, $0) < distance(word, $1) }
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
