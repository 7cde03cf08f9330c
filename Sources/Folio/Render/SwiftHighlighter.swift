import SwiftIDEUtils
import SwiftParser
import SwiftSyntax

/// Swift source as HTML with token classes, from swift-syntax's own classification of tokens.
enum SwiftHighlighter {
    static func html(_ code: String) -> String {
        let tree = Parser.parse(source: code)
        let utf8 = Array(code.utf8)
        var result = ""
        var position = 0
        for classified in tree.classifications {
            let start = classified.range.lowerBound.utf8Offset, end = classified.range.upperBound.utf8Offset
            guard start >= position, end <= utf8.count else { continue }
            if start > position { result += HTMLText.escape(String(decoding: utf8[position..<start], as: UTF8.self)) }
            let text = HTMLText.escape(String(decoding: utf8[start..<end], as: UTF8.self))
            if let name = cssClass(classified.kind) {
                result += "<span class=\"\(name)\">\(text)</span>"
            } else {
                result += text
            }
            position = end
        }
        if position < utf8.count { result += HTMLText.escape(String(decoding: utf8[position...], as: UTF8.self)) }
        return result
    }

    private static func cssClass(_ kind: SyntaxClassification) -> String? {
        switch kind {
        case .keyword: "kw"
        case .stringLiteral, .regexLiteral: "st"
        case .integerLiteral, .floatLiteral: "nu"
        case .lineComment, .blockComment, .docLineComment, .docBlockComment: "co"
        case .type: "ty"
        case .attribute, .ifConfigDirective: "at"
        default: nil
        }
    }
}
