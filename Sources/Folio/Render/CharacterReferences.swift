/// Character references in an attribute value (`&#106;`, `&#x6A`, `&colon;`), decoded as a
/// browser decodes them, so that `jav&#x61;script:` is checked as `javascript:`.
///
/// Numeric references follow the HTML Standard (the `;` may be missing, any number of leading
/// zeros, 0 and out-of-range values become U+FFFD). Of the 2,000-odd named references only those
/// that spell ASCII punctuation, space or markup are known; an unknown one is kept as written.
/// That is safe, not merely close: `HTMLSanitizer` writes the decoded address back with `&`
/// escaped, so the browser receives exactly the string that was checked.
enum CharacterReferences {
    static let named: [String: String] = [
        "amp": "&", "AMP": "&", "lt": "<", "LT": "<", "gt": ">", "GT": ">", "quot": "\"", "QUOT": "\"",
        "apos": "'", "nbsp": "\u{A0}", "Tab": "\t", "NewLine": "\n", "colon": ":", "sol": "/", "bsol": "\\",
        "num": "#", "quest": "?", "equals": "=", "period": ".", "comma": ",", "semi": ";", "lpar": "(",
        "rpar": ")", "percnt": "%", "plus": "+", "excl": "!", "commat": "@", "lowbar": "_", "ast": "*",
        "dollar": "$", "lsqb": "[", "rsqb": "]", "lcub": "{", "rcub": "}", "verbar": "|", "grave": "`",
        "Hat": "^", "tilde": "˜",
    ]

    /// Those a browser also decodes without the `;` (when no `=` or letter follows, in a value).
    static let legacy: Set<String> = ["amp", "AMP", "lt", "LT", "gt", "GT", "quot", "QUOT", "nbsp"]

    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var result = String.UnicodeScalarView()
        var j = bytes.startIndex
        func at(_ index: Int) -> UInt8? { index < bytes.endIndex ? bytes[index] : nil }
        while j < bytes.endIndex {
            guard bytes[j] == UInt8(ascii: "&") else {
                let start = j
                j += 1
                while j < bytes.endIndex, bytes[j] != UInt8(ascii: "&") { j += 1 }
                result += String(decoding: bytes[start..<j], as: UTF8.self).unicodeScalars
                continue
            }
            if at(j + 1) == UInt8(ascii: "#") {
                let hex = at(j + 2) == UInt8(ascii: "x") || at(j + 2) == UInt8(ascii: "X")
                var k = j + (hex ? 3 : 2), value: UInt32 = 0, digits = 0
                while let byte = at(k), let digit = Self.digit(byte, hex: hex) {
                    value = min(value &* (hex ? 16 : 10) &+ digit, 0x110000)  // saturates: huge is U+FFFD too
                    digits += 1
                    k += 1
                }
                if digits > 0 {
                    if at(k) == UInt8(ascii: ";") { k += 1 }
                    let valid = value != 0 && !(0xD800...0xDFFF).contains(value) && value <= 0x10FFFF
                    result.append(valid ? Unicode.Scalar(value)! : "\u{FFFD}")
                    j = k
                    continue
                }
            } else {
                var k = j + 1
                while let byte = at(k), byte.isASCIIAlphanumeric { k += 1 }
                let name = String(decoding: bytes[(j + 1)..<k], as: UTF8.self)
                if at(k) == UInt8(ascii: ";"), let text = named[name] {
                    result += text.unicodeScalars
                    j = k + 1
                    continue
                }
                if legacy.contains(name), at(k) != UInt8(ascii: "="), at(k) != UInt8(ascii: ";"), let text = named[name] {
                    result += text.unicodeScalars
                    j = k
                    continue
                }
            }
            result.append("&")
            j += 1
        }
        return String(result)
    }

    private static func digit(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case 48...57: UInt32(byte - 48)
        case 97...102 where hex: UInt32(byte - 87)
        case 65...70 where hex: UInt32(byte - 55)
        default: nil
        }
    }
}

private extension UInt8 {
    var isASCIIAlphanumeric: Bool { (48...57).contains(self) || (65...90).contains(self) || (97...122).contains(self) }
}
