/// Marks the lines of a Markdown text that are code (fenced or indented), where `$` means nothing.
enum CodeLines {
    static func classify(_ lines: [String]) -> [Bool] {
        var result = Array(repeating: false, count: lines.count)
        var fence: (character: Character, length: Int)?
        var inList = false
        var previousBlank = true
        var previousIndentedCode = false
        for (index, line) in lines.enumerated() {
            let indent = indentation(of: line)
            let content = line.drop { $0 == " " || $0 == "\t" }
            let blank = content.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
            if let open = fence {
                result[index] = true
                let run = content.prefix { $0 == open.character }.count
                if run >= open.length, content.dropFirst(run).allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) {
                    fence = nil
                }
            } else if let marker = content.first, marker == "`" || marker == "~",
                      content.prefix(while: { $0 == marker }).count >= 3,
                      indent < 4 || inList {
                fence = (marker, content.prefix { $0 == marker }.count)
                result[index] = true
            } else if !blank, indent >= 4, !inList, previousBlank || previousIndentedCode {
                result[index] = true
            }
            previousIndentedCode = result[index] && fence == nil && indent >= 4
            if !blank && indent < 4 && result[index] == false {
                if isListItem(content) { inList = true } else if previousBlank && indent == 0 { inList = false }
            }
            previousBlank = blank
        }
        return result
    }

    static func indentation(of line: String) -> Int {
        var width = 0
        for character in line {
            if character == " " { width += 1 } else if character == "\t" { width += 4 - width % 4 } else { break }
        }
        return width
    }

    private static func isListItem(_ content: Substring) -> Bool {
        if let first = content.first, "-+*".contains(first) {
            return content.dropFirst().first == " " || content.count == 1
        }
        let digits = content.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 9 else { return false }
        let rest = content.dropFirst(digits.count)
        return (rest.first == "." || rest.first == ")") && (rest.dropFirst().first == " " || rest.count == 1)
    }
}
