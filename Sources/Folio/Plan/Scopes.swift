import SwiftSyntax

/// Swift's lexical scopes, as far as redefinition needs them: whether a name at a node means a
/// local (a parameter, a closure's argument, a `let` in a block, a member of the enclosing type)
/// rather than the global of the same name.
///
/// A block's locals count for the whole block: Swift rejects using a local before its
/// declaration, so a global of the same name cannot be meant there either.
enum Scopes {
    static func isShadowed(_ name: String, at node: Syntax) -> Bool {
        var child = node
        while let parent = child.parent {
            if declares(parent, name, reachedThrough: child) { return true }
            child = parent
        }
        return false
    }

    private static func declares(_ scope: Syntax, _ name: String, reachedThrough child: Syntax) -> Bool {
        switch scope.as(SyntaxEnum.self) {
        case .codeBlockItemList(let items):
            // The cell's own top level holds the globals themselves.
            guard !(items.parent?.is(SourceFileSyntax.self) ?? true) else { return false }
            // A local's own initializer (`let x = x`, `guard let x`) still sees the outer name.
            return items.contains { item in
                (item.id != child.id || item.item.is(FunctionDeclSyntax.self)) && localNames(of: item.item).contains(name)
            }
        case .memberBlock(let block):
            return block.members.contains { memberNames(of: $0.decl).contains(name) }
        case .closureExpr(let closure):
            let captures = closure.signature?.capture?.items.map(\.name.text) ?? []
            return child.id == closure.statements.id && (closureParameters(closure) + captures).contains(name)
        case .functionDecl(let function):
            return parameterNames(function.signature.parameterClause) .contains(name)
                || genericNames(function.genericParameterClause).contains(name)
        case .initializerDecl(let initializer):
            return parameterNames(initializer.signature.parameterClause).contains(name)
                || genericNames(initializer.genericParameterClause).contains(name)
        case .subscriptDecl(let subscriptDecl):
            return parameterNames(subscriptDecl.parameterClause).contains(name)
        case .accessorDecl(let accessor):
            if let parameter = accessor.parameters?.name { return parameter.text == name }
            let implicit = ["set": "newValue", "willSet": "newValue", "didSet": "oldValue"]
            return implicit[accessor.accessorSpecifier.text] == name
        case .forStmt(let loop):
            return child.id == loop.body.id && identifierPatterns(in: loop.pattern).contains { $0.identifier.text == name }
        case .ifExpr(let statement):
            return child.id == statement.body.id && conditionNames(statement.conditions).contains(name)
        case .whileStmt(let loop):
            return child.id == loop.body.id && conditionNames(loop.conditions).contains(name)
        case .switchCase(let switchCase):
            return identifierPatterns(in: switchCase.label).contains { $0.identifier.text == name }
        case .catchClause(let clause):
            if clause.catchItems.isEmpty { return name == "error" }
            return identifierPatterns(in: clause.catchItems).contains { $0.identifier.text == name }
        default:
            return false
        }
    }

    /// Names a statement of a block declares for the rest of that block.
    private static func localNames(of item: CodeBlockItemSyntax.Item) -> [String] {
        switch item {
        case .decl(let decl):
            return memberNames(of: decl)
        case .stmt(let statement):
            guard let guardStatement = statement.as(GuardStmtSyntax.self) else { return [] }
            return conditionNames(guardStatement.conditions)
        case .expr:
            return []
        @unknown default:
            return []
        }
    }

    /// The names a declaration introduces where it stands: variables, functions, types, cases.
    private static func memberNames(of decl: DeclSyntax) -> [String] {
        if let variable = decl.as(VariableDeclSyntax.self) {
            return variable.bindings.flatMap { identifierPatterns(in: $0.pattern).map(\.identifier.text) }
        }
        if let enumCase = decl.as(EnumCaseDeclSyntax.self) {
            return enumCase.elements.map(\.name.text)
        }
        if let named = decl.asProtocol(NamedDeclSyntax.self) {
            return [named.name.text]
        }
        return []
    }

    private static func closureParameters(_ closure: ClosureExprSyntax) -> [String] {
        guard let signature = closure.signature, let parameters = signature.parameterClause else { return [] }
        switch parameters {
        case .simpleInput(let shorthand):
            return shorthand.map(\.name.text)
        case .parameterClause(let clause):
            return clause.parameters.map { ($0.secondName ?? $0.firstName).text }
        @unknown default:
            return []
        }
    }

    private static func parameterNames(_ clause: FunctionParameterClauseSyntax) -> [String] {
        clause.parameters.map { ($0.secondName ?? $0.firstName).text }
    }

    private static func genericNames(_ clause: GenericParameterClauseSyntax?) -> [String] {
        clause?.parameters.map(\.name.text) ?? []
    }

    private static func conditionNames(_ conditions: ConditionElementListSyntax) -> [String] {
        conditions.flatMap { element -> [String] in
            switch element.condition {
            case .optionalBinding(let binding): identifierPatterns(in: binding.pattern).map(\.identifier.text)
            case .matchingPattern(let matching): identifierPatterns(in: matching.pattern).map(\.identifier.text)
            default: []
            }
        }
    }

    /// The names a pattern binds (`x`, `(a, b)`, `.some(let y)`), not looking into closures.
    static func identifierPatterns(in node: some SyntaxProtocol) -> [IdentifierPatternSyntax] {
        let collector = PatternCollector(viewMode: .sourceAccurate)
        collector.walk(node)
        return collector.found
    }
}

private final class PatternCollector: SyntaxVisitor {
    var found: [IdentifierPatternSyntax] = []

    override func visit(_ node: IdentifierPatternSyntax) -> SyntaxVisitorContinueKind {
        found.append(node)
        return .skipChildren
    }

    override func visit(_ node: ClosureExprSyntax) -> SyntaxVisitorContinueKind { .skipChildren }
}
