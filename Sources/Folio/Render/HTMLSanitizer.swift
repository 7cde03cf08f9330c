/// Raw HTML from prose, rewritten to what `HTMLAllowlist` and `URLPolicy` allow.
///
/// It reads the HTML as a browser's tokenizer does (HTML Standard §13.2.5: a tag name or an
/// attribute name ends where a browser ends it, a `>` inside quotes does not close a tag, the
/// first of two same-named attributes wins), then writes it out itself: every tag it writes is
/// complete, its values quoted and escaped, and every `<` it does not write as a tag becomes
/// `&lt;`. So the browser reads the output exactly as the sanitiser read it, however oddly the
/// input was spelt, and an address is checked as the very string the browser will get.
///
/// What goes:
/// - An element off the list is shown as text (`&lt;iframe …&gt;`), as cmark-gfm's tagfilter
///   already showed `<script>`: a reader sees that something was not rendered, and the author
///   sees what, rather than a paragraph that silently lost a piece.
/// - An attribute off the list, or an address that `URLPolicy` refuses, is dropped and its
///   element kept: `<img src="x.png" onerror="…">` still shows the image.
/// - Comments are dropped, as a browser hides them anyway; an unclosed one drops the rest.
struct HTMLSanitizer {
    enum Removal: Equatable {
        /// An element shown as text.
        case element(String)
        case attribute(String, element: String)
        /// An address that `URLPolicy` refuses, as decoded.
        case address(String, attribute: String, element: String)
    }

    struct Change: Equatable {
        /// Byte offset in the input of the tag that changed.
        var offset: Int
        var removal: Removal
    }

    struct Result {
        var html: String
        var changes: [Change]
        /// Everything removed, run together: math placeholders in it are accounted for.
        var dropped: String
    }

    static func sanitize(_ html: String) -> Result {
        var sanitizer = HTMLSanitizer(bytes: Array(html.utf8))
        sanitizer.run()
        return Result(html: String(decoding: sanitizer.output, as: UTF8.self), changes: sanitizer.changes,
                      dropped: String(decoding: sanitizer.dropped, as: UTF8.self))
    }

    private let bytes: [UInt8]
    private var i = 0
    private var output: [UInt8] = []
    private var changes: [Change] = []
    private var dropped: [UInt8] = []

    private init(bytes: [UInt8]) {
        self.bytes = bytes
        output.reserveCapacity(bytes.count)
    }

    private mutating func run() {
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "<") {
                lessThan()
            } else {
                output.append(bytes[i])
                i += 1
            }
        }
    }

    private func byte(_ index: Int) -> UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func lessThan() {
        if matches("<!--", at: i) { return comment() }
        let end = byte(i + 1) == UInt8(ascii: "/")
        if let first = byte(i + (end ? 2 : 1)), first.isASCIILetter, let tag = Tag.read(bytes, at: i, end: end) {
            return write(tag)
        }
        // Text to a browser, or a bogus comment (`<!x`, `<?x`, `</3`), or a tag that never closes:
        // shown as text, so that the browser and the sanitiser go on reading from the same place.
        output += "&lt;".utf8
        i += 1
    }

    private func matches(_ text: String, at index: Int) -> Bool {
        let pattern = Array(text.utf8)
        return index + pattern.count <= bytes.count && bytes[index..<(index + pattern.count)].elementsEqual(pattern)
    }

    /// `<!-->` and `<!--->` close at once; otherwise the comment ends at `-->` or `--!>`.
    private mutating func comment() {
        let body = i + 4
        var end = bytes.count
        if byte(body) == UInt8(ascii: ">") {
            end = body + 1
        } else if matches("->", at: body) {
            end = body + 2
        } else if let close = (body..<bytes.count).first(where: { matches("-->", at: $0) || matches("--!>", at: $0) }) {
            end = close + (matches("-->", at: close) ? 3 : 4)
        }
        dropped += bytes[i..<end]
        i = end
    }

    private mutating func write(_ tag: Tag) {
        let raw = bytes[i..<tag.end]
        defer { i = tag.end }
        guard HTMLAllowlist.elements.contains(tag.name) else {
            if !tag.isEnd { changes.append(Change(offset: i, removal: .element(tag.name))) }
            for byte in raw {
                switch byte {
                case UInt8(ascii: "<"): output += "&lt;".utf8
                case UInt8(ascii: ">"): output += "&gt;".utf8
                default: output.append(byte)
                }
            }
            return
        }
        if tag.isEnd {
            output += "</\(tag.name)>".utf8
            return
        }
        output += "<\(tag.name)".utf8
        var seen: Set<String> = []
        for attribute in tag.attributes {
            guard seen.insert(attribute.name).inserted else {
                dropped += attribute.raw  // a browser ignores all but the first
                continue
            }
            guard HTMLAllowlist.allows(attribute.name, on: tag.name) else {
                changes.append(Change(offset: i, removal: .attribute(attribute.name, element: tag.name)))
                dropped += attribute.raw
                continue
            }
            guard let value = attribute.value else {
                output += " \(attribute.name)".utf8
                continue
            }
            if let use = HTMLAllowlist.addressAttributes[attribute.name] {
                let address = CharacterReferences.decode(value)
                guard URLPolicy.allows(address, as: use) else {
                    changes.append(Change(offset: i, removal: .address(address, attribute: attribute.name, element: tag.name)))
                    dropped += attribute.raw
                    continue
                }
                output += " \(attribute.name)=\"\(HTMLText.escape(address))\"".utf8
            } else {
                // References are left for the browser to decode: in a value without an address
                // they only ever stand for text. `<` and `>` are escaped all the same, for the
                // tools that find tags by their brackets (Folio's math placement among them).
                output += " \(attribute.name)=\"".utf8
                for byte in value {
                    switch byte {
                    case UInt8(ascii: "\""): output += "&quot;".utf8
                    case UInt8(ascii: "<"): output += "&lt;".utf8
                    case UInt8(ascii: ">"): output += "&gt;".utf8
                    default: output.append(byte)
                    }
                }
                output.append(UInt8(ascii: "\""))
            }
        }
        output.append(UInt8(ascii: ">"))
    }
}

/// One start or end tag, as a browser's tokenizer splits it.
private struct Tag {
    struct Attribute {
        var name: String
        /// Bytes between the quotes (or of an unquoted value); nil for a bare `open`.
        var value: ArraySlice<UInt8>?
        var raw: ArraySlice<UInt8>
    }

    var name: String
    var isEnd: Bool
    var attributes: [Attribute] = []
    /// Just past the closing `>`.
    var end: Int

    /// The tag whose `<` is at `start`, or nil if the input ends before its `>`.
    static func read(_ bytes: [UInt8], at start: Int, end isEnd: Bool) -> Tag? {
        var j = start + (isEnd ? 2 : 1)
        let nameStart = j
        while j < bytes.count, !bytes[j].isTagSpace, bytes[j] != UInt8(ascii: "/"), bytes[j] != UInt8(ascii: ">") { j += 1 }
        var tag = Tag(name: lowercased(bytes[nameStart..<j]), isEnd: isEnd, end: 0)
        while true {
            // Before an attribute's name: spaces, and a `/` that is not right before `>`, are skipped.
            while j < bytes.count, bytes[j].isTagSpace || bytes[j] == UInt8(ascii: "/") { j += 1 }
            guard j < bytes.count else { return nil }
            if bytes[j] == UInt8(ascii: ">") {
                tag.end = j + 1
                return tag
            }
            let attributeStart = j
            j += 1  // the first character belongs to the name, even `=`, `"` or `<`
            while j < bytes.count, !bytes[j].isTagSpace, !"/>=".utf8.contains(bytes[j]) { j += 1 }
            let name = lowercased(bytes[attributeStart..<j])
            var k = j
            while k < bytes.count, bytes[k].isTagSpace { k += 1 }
            guard k < bytes.count else { return nil }
            var value: ArraySlice<UInt8>?
            if bytes[k] == UInt8(ascii: "=") {
                k += 1
                while k < bytes.count, bytes[k].isTagSpace { k += 1 }
                guard k < bytes.count else { return nil }
                let quote = bytes[k]
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    guard let close = bytes[(k + 1)...].firstIndex(of: quote) else { return nil }
                    value = bytes[(k + 1)..<close]
                    j = close + 1
                } else if quote == UInt8(ascii: ">") {
                    value = []  // `a=>`: an empty value, and the tag ends
                    j = k
                } else {
                    var e = k
                    while e < bytes.count, !bytes[e].isTagSpace, bytes[e] != UInt8(ascii: ">") { e += 1 }
                    guard e < bytes.count else { return nil }
                    value = bytes[k..<e]
                    j = e
                }
            }
            tag.attributes.append(Attribute(name: name, value: value, raw: bytes[attributeStart..<j]))
        }
    }

    private static func lowercased(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes.map { (65...90).contains($0) ? $0 + 32 : $0 }, as: UTF8.self)
    }
}

private extension UInt8 {
    /// Tab, line feed, form feed, carriage return (a browser has made it a line feed) and space.
    var isTagSpace: Bool { self == 0x09 || self == 0x0A || self == 0x0C || self == 0x0D || self == 0x20 }
    var isASCIILetter: Bool { (65...90).contains(self) || (97...122).contains(self) }
}
