import SwiftSyntax

/// Every place a cell names something that may be a global: identifiers in expressions (not
/// member names after a dot, not key-path components) and type names (not members of types).
final class ReferenceFinder: SyntaxVisitor {
    struct Reference {
        var name: String
        var token: TokenSyntax
        var node: Syntax
        var offset: Int
        /// `if let x` or a capture `[x]`, with no `= …`: the name is a reference and a new local at once.
        var shorthand = false
    }

    private(set) var found: [Reference] = []

    override func visit(_ node: DeclReferenceExprSyntax) -> SyntaxVisitorContinueKind {
        if let parent = node.parent {
            if let member = parent.as(MemberAccessExprSyntax.self), member.declName.id == node.id { return .visitChildren }
            if parent.is(KeyPathPropertyComponentSyntax.self) { return .visitChildren }
        }
        add(node.baseName, Syntax(node))
        return .visitChildren
    }

    override func visit(_ node: IdentifierTypeSyntax) -> SyntaxVisitorContinueKind {
        add(node.name, Syntax(node))
        return .visitChildren
    }

    override func visit(_ node: OptionalBindingConditionSyntax) -> SyntaxVisitorContinueKind {
        if node.initializer == nil, let pattern = node.pattern.as(IdentifierPatternSyntax.self) {
            // Looked up from the condition itself, whose own binding does not shadow it.
            add(pattern.identifier, Syntax(node), shorthand: true)
        }
        return .visitChildren
    }

    override func visit(_ node: ClosureCaptureSyntax) -> SyntaxVisitorContinueKind {
        // `[x] in` captures the outer x under its own name, as `[x = x]` does.
        if node.initializer == nil { add(node.name, Syntax(node), shorthand: true) }
        return .visitChildren
    }

    private func add(_ token: TokenSyntax, _ node: Syntax, shorthand: Bool = false) {
        guard case .identifier = token.tokenKind else { return }
        found.append(Reference(name: token.identifier?.name ?? token.text, token: token, node: node,
                               offset: token.positionAfterSkippingLeadingTrivia.utf8Offset, shorthand: shorthand))
    }
}
