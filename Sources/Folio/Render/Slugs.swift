/// Heading anchors as GitHub makes them: lower case, punctuation dropped, spaces to dashes,
/// and `-1`, `-2` … for repeats, so links into a Folio page and into its GitHub report agree.
struct Slugs {
    private var used: [String] = []

    /// Keeps an anchor the author chose (`{#sec-x}`) from being made for another heading.
    mutating func reserve(_ id: String) {
        used.append(id)
    }

    mutating func make(for text: String) -> String {
        var slug = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || character == "-" || character == "_" {
                slug.append(character)
            } else if character == " " {
                slug.append("-")
            }
        }
        if slug.isEmpty { slug = "section" }
        var candidate = slug
        var suffix = 0
        while used.contains(candidate) {
            suffix += 1
            candidate = "\(slug)-\(suffix)"
        }
        used.append(candidate)
        return candidate
    }
}
