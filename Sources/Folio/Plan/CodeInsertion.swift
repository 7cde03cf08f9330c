/// An insertion at a UTF-8 offset of a cell's code.
struct CodeInsertion: Equatable {
    var offset: Int
    var text: String

    /// `code` with every insertion made; insertions at one offset keep their order.
    static func apply(_ insertions: [CodeInsertion], to code: String) -> String {
        var bytes = Array(code.utf8)
        let ordered = insertions.enumerated().sorted { ($0.element.offset, $0.offset) > ($1.element.offset, $1.offset) }
        for (_, insertion) in ordered { bytes.insert(contentsOf: insertion.text.utf8, at: insertion.offset) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The insertions as notebook columns, for a cell whose code starts at notebook line `firstLine`.
    static func columns(_ insertions: [CodeInsertion], in code: String, firstLine: Int) -> [ColumnInsertion] {
        let bytes = Array(code.utf8)
        return insertions.map { insertion in
            let before = bytes[..<insertion.offset]
            let line = before.count { $0 == UInt8(ascii: "\n") }
            let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
            return ColumnInsertion(line: firstLine + line, column: insertion.offset - lineStart + 1, width: insertion.text.utf8.count)
        }
    }
}
