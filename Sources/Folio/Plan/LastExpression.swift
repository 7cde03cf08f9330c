import SwiftParser
import SwiftSyntax

/// Jupyter's rule: a cell whose last statement is an expression displays its value.
///
/// The statement is found with swift-syntax's parser, never with a regular expression: a
/// trailing closure, a multi-line call or a comment after the expression all parse correctly.
enum LastExpression {
    /// Wraps the cell's last top-level expression in `function(…)`, keeping every line where it was.
    ///
    /// Assignments are statements in spirit (Swift types them `()`), so they are left alone; so are
    /// cells that do not parse, whose errors the compiler reports at the notebook line.
    ///
    /// - Returns: the wrapped code, and where the wrapper went: the 0-based line in `code`, the 1-based
    /// column, and how many columns it added there (compiler columns after it must shift back).
    static func wrap(_ code: String, with function: String) -> (code: String, insertion: (line: Int, column: Int, width: Int)?) {
        let file = Parser.parse(source: code)
        guard !file.hasError, let last = file.statements.last, case .expr(let expression) = last.item,
              !isAssignment(expression) else {
            return (code, nil)
        }
        let utf8 = Array(code.utf8)
        let start = expression.positionAfterSkippingLeadingTrivia.utf8Offset
        let end = expression.endPositionBeforeTrailingTrivia.utf8Offset
        let opening = Array("\(function)(".utf8)
        let wrapped = Array(utf8[..<start]) + opening + Array(utf8[start..<end]) + Array(")".utf8) + Array(utf8[end...])
        let line = utf8[..<start].count { $0 == UInt8(ascii: "\n") }
        let lineStart = utf8[..<start].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        return (String(decoding: wrapped, as: UTF8.self), (line, start - lineStart + 1, opening.count))
    }

    private static func isAssignment(_ expression: ExprSyntax) -> Bool {
        if let sequence = expression.as(SequenceExprSyntax.self) {
            return sequence.elements.contains { element in
                if element.is(AssignmentExprSyntax.self) { return true }
                if let op = element.as(BinaryOperatorExprSyntax.self) { return isAssignmentOperator(op.operator.text) }
                return false
            }
        }
        return expression.is(AssignmentExprSyntax.self)
    }

    /// `+=`, `&*=`, `<<=` … assign; `==`, `!=`, `<=`, `>=`, `===`, `!==` compare.
    private static func isAssignmentOperator(_ text: String) -> Bool {
        text.hasSuffix("=") && !["==", "!=", "<=", ">=", "===", "!=="].contains(text)
    }
}
