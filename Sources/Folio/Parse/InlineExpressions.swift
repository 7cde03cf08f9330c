/// Finds inline expressions: cmark-gfm says which code spans are `{swift}` ones; their places
/// in the text, which cmark-gfm does not keep for inline nodes, are found by walking the code
/// spans of their block in order.
enum InlineExpressions {
    static let marker = "{swift}"

    /// - Parameter literals: the literal of each `{swift}` code span cmark-gfm found (`isInline`), with the 1-based
    ///   first and last lines (of the protected text) of the block it stands in, in document order.
    static func find(_ literals: [(literal: String, block: ClosedRange<Int>)], in markdown: ProtectedMarkdown,
                     source: String, file: String) throws(NotebookError) -> [InlineExpression] {
        let protectedLines = markdown.text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
        let sourceLines = source.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
        var found: [InlineExpression] = []
        var scanned: (block: ClosedRange<Int>, spans: [CodeSpan], next: Int)?
        for (literal, block) in literals {
            if scanned?.block != block {
                scanned = (block, CodeSpan.all(in: protectedLines, lines: block), 0)
            }
            guard let spans = scanned?.spans, let start = scanned?.next,
                  let match = spans[start...].firstIndex(where: { $0.literal == literal }) else { continue }
            scanned?.next = match + 1
            let span = spans[match]
            let line = markdown.originalLine(span.line)
            guard span.isOneLine else {
                throw NotebookError(file: file, line: line, "an inline `{swift} …` expression must stand on one line; join its lines")
            }
            let raw = protectedLines[span.line - 1][span.bytes]
            let occurrence = spans[..<match].count { $0.line == span.line && protectedLines[$0.line - 1][$0.bytes].elementsEqual(raw) }
            guard line <= sourceLines.count, let place = nth(occurrence, of: Array(raw), in: sourceLines[line - 1]) else { continue }
            // The content is `{swift} expr`, after at most the one space CommonMark strips.
            let content = place + span.fence
            let codeStart = content + (sourceLines[line - 1][content] == UInt8(ascii: " ") ? 1 : 0) + marker.utf8.count
            let codeEnd = place + raw.count - span.fence
            let text = String(decoding: sourceLines[line - 1][codeStart..<codeEnd], as: UTF8.self)
            let code = text.trimmingCharacters(in: " ")
            let column = codeStart + 1 + text.utf8.prefix { $0 == UInt8(ascii: " ") }.count
            found.append(InlineExpression(index: found.count, code: code, line: line, column: column,
                                          span: place..<(place + raw.count), protectedLine: span.line, protectedSpan: span.bytes))
        }
        return found
    }

    /// `` `{swift} expr` ``; a bare `` `{swift}` `` names the fence, as prose about cells does.
    static func isInline(_ literal: String) -> Bool {
        literal.hasPrefix(marker + " ") && literal.dropFirst(marker.count).contains { $0 != " " }
    }

    private static func nth(_ occurrence: Int, of needle: [UInt8], in line: [UInt8]) -> Int? {
        var from = 0, seen = 0
        while from <= line.count - needle.count, let range = line[from...].firstRange(of: needle) {
            if seen == occurrence { return range.lowerBound }
            seen += 1
            from = range.upperBound
        }
        return nil
    }
}
