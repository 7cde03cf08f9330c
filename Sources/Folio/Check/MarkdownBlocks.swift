/// A Markdown report cut into the text outputs of ` ```text ` fences and the rest, the same
/// way for the committed report and the one rendered now, so the two can be laid side by side.
struct MarkdownBlocks {
    struct Block: Equatable {
        /// Inside a ` ```text ` fence (the fence lines themselves are not).
        var isOutput: Bool
        /// 0-based line indices in the report.
        var lines: Range<Int>
    }

    var lines: [String]
    var blocks: [Block]

    init(_ markdown: String) {
        lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        blocks = []
        var start = 0, index = 0
        while index < lines.count {
            guard let fence = Self.outputFence(lines[index]) else { index += 1; continue }
            // A fence never closed is not an output block: leave it to the text comparison.
            guard let close = lines[(index + 1)...].firstIndex(where: { Self.closes($0, fence: fence) }) else { break }
            blocks.append(Block(isOutput: false, lines: start..<(index + 1)))
            blocks.append(Block(isOutput: true, lines: (index + 1)..<close))
            start = close
            index = close + 1
        }
        blocks.append(Block(isOutput: false, lines: start..<lines.count))
    }

    func text(of block: Block) -> String {
        lines[block.lines].joined(separator: "\n")
    }

    /// The backtick run of a ` ```text ` opening line, which may stand after a block quote's `>`
    /// or a list item's indentation, as the Markdown report writes them.
    private static func outputFence(_ line: String) -> Substring? {
        let body = line.drop { $0 == " " || $0 == ">" }
        let fence = body.prefix { $0 == "`" }
        guard fence.count >= 3, body[fence.endIndex...] == "text" else { return nil }
        return fence
    }

    private static func closes(_ line: String, fence: Substring) -> Bool {
        line.drop { $0 == " " || $0 == ">" } == fence
    }
}
