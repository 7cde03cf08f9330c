/// What a program printed, made safe to show in both reports: a NUL byte would cut the page
/// short (cmark-gfm reads the HTML it is handed as a C string), and terminal escape sequences are
/// noise outside a terminal. Colours and weights (SGR sequences, `ESC [ … m`) are kept for the
/// HTML report to show (`TerminalStyles`) unless `keepingStyles` is false; other escape sequences
/// (cursor moves, titles) are removed; other control characters but tab and newline are shown in
/// caret notation, as `cat -v` shows them (`^@` for NUL, `^G` for the bell); CRLF becomes a newline.
enum TerminalText {
    static func printable(_ text: String, keepingStyles: Bool = true) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            let next = i + 1 < scalars.count ? scalars[i + 1] : nil
            if scalar == "\u{1B}" {
                let end = endOfEscape(scalars, from: i)
                if keepingStyles, isStyle(scalars[i..<end]) { output.append(contentsOf: scalars[i..<end]) }
                i = end
            } else if scalar == "\r", next == "\n" {
                i += 1
            } else if isControl(scalar) {
                output += "^".unicodeScalars
                output.append(Unicode.Scalar(UInt8(truncatingIfNeeded: scalar.value ^ 0x40)))
                i += 1
            } else {
                output.append(scalar)
                i += 1
            }
        }
        return String(output)
    }

    /// `ESC [ digits and semicolons m`.
    private static func isStyle(_ sequence: ArraySlice<Unicode.Scalar>) -> Bool {
        sequence.count >= 3 && sequence.dropFirst().first == "[" && sequence.last == "m"
            && sequence.dropFirst(2).dropLast().allSatisfy { ("0"..."9").contains($0) || $0 == ";" }
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || scalar.value == 0x7F
    }

    /// Past an escape sequence starting at `start`: CSI (`ESC [ … final`), OSC (`ESC ] … BEL` or
    /// `ESC ] … ESC \`), or an escape and one character.
    private static func endOfEscape(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var j = start + 1
        guard j < scalars.count else { return j }
        switch scalars[j] {
        case "[":
            j += 1
            while j < scalars.count, (0x20...0x3F).contains(scalars[j].value) { j += 1 }
            return min(j + 1, scalars.count)
        case "]":
            j += 1
            while j < scalars.count {
                if scalars[j] == "\u{7}" { return j + 1 }
                if scalars[j] == "\u{1B}", j + 1 < scalars.count, scalars[j + 1] == "\\" { return j + 2 }
                j += 1
            }
            return j
        default:
            return j + 1
        }
    }
}
