// Trimming as the stages need it: every stage reads and writes text, so these live apart from
// any one of them.
extension StringProtocol {
    /// Without the characters of `set` at either end: `"  a b \t".trimmingCharacters(in: " \t")`.
    func trimmingCharacters(in set: String) -> String {
        let scalars = Set(set)
        var slice = Substring(self)
        while let first = slice.first, scalars.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, scalars.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }

    /// Without spaces, tabs and carriage returns at the end (a Markdown line's trailing space).
    var trimmingTrailingSpace: Substring {
        var end = endIndex
        while end > startIndex, let last = self[..<end].last, last == " " || last == "\t" || last == "\r" {
            end = index(before: end)
        }
        return self[startIndex..<end] as? Substring ?? Substring(self[startIndex..<end])
    }
}
