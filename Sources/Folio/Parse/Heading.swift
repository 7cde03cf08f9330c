/// A section heading of the notebook, as both reports show and cross-reference it.
public struct Heading: Sendable, Equatable {
    /// The notebook line its text starts on.
    public var line: Int
    public var level: Int
    /// Plain text with math placeholders, without its `{…}` attributes.
    public var text: String
    /// `{#sec-name}`: the heading's anchor and the label `@sec-name` refers to.
    public var id: String?
    /// `{.unnumbered}` or `{-}`.
    public var unnumbered = false
    /// "2.1" with `number-sections: true`; nil for the title and unnumbered headings.
    public var number: String?

    /// Numbers sections as Quarto does: the title (the first `#` heading, which Folio shows as the
    /// page's title) is not numbered, numbering starts at the shallowest remaining level, and an
    /// unnumbered heading neither takes a number nor advances the count.
    static func numbered(_ headings: [Heading], titleLine: Int?) -> [Heading] {
        let counted = headings.indices.filter { !headings[$0].unnumbered && headings[$0].line != titleLine }
        guard let base = counted.map({ headings[$0].level }).min() else { return headings }
        var result = headings
        var counters = [Int](repeating: 0, count: 7)
        for index in counted {
            let depth = result[index].level - base
            counters[depth] += 1
            for deeper in (depth + 1)..<counters.count { counters[deeper] = 0 }
            result[index].number = counters[0...depth].map(String.init).joined(separator: ".")
        }
        return result
    }
}
