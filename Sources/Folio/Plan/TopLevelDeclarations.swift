import SwiftSyntax

/// The names a cell declares at its top level, where they become the program's globals.
struct TopLevelDeclarations {
    struct Declaration {
        var name: String
        var kind: Redefinitions.Kind
        /// The token that names it.
        var token: TokenSyntax
        /// UTF-8 offsets of the whole declaration, attributes and modifiers included.
        var start: Int
        var end: Int
        var privateModifier: Int?
        /// A function's argument labels and parameter types: what tells an overload from a redeclaration.
        var signature: String?
    }

    var all: [Declaration] = []

    init(_ file: SourceFileSyntax) {
        for item in file.statements {
            guard case .decl(let decl) = item.item else { continue }
            let start = decl.positionAfterSkippingLeadingTrivia.utf8Offset
            let end = decl.endPositionBeforeTrailingTrivia.utf8Offset
            func add(_ token: TokenSyntax, _ kind: Redefinitions.Kind, _ modifiers: DeclModifierListSyntax? = nil, signature: String? = nil) {
                guard case .identifier = token.tokenKind else { return }
                let privateModifier = modifiers?.first { $0.name.tokenKind == .keyword(.private) }
                all.append(Declaration(name: token.identifier?.name ?? token.text, kind: kind, token: token, start: start, end: end,
                                       privateModifier: privateModifier?.positionAfterSkippingLeadingTrivia.utf8Offset, signature: signature))
            }
            if let variable = decl.as(VariableDeclSyntax.self) {
                for binding in variable.bindings {
                    for pattern in Scopes.identifierPatterns(in: binding.pattern) { add(pattern.identifier, .value) }
                }
            } else if let function = decl.as(FunctionDeclSyntax.self) {
                let signature = function.signature.parameterClause.parameters
                    .map { "\($0.firstName.text): \($0.type.trimmedDescription)" }.joined(separator: ", ")
                add(function.name, .function, signature: signature)
            } else if let type = decl.asProtocol(NamedDeclSyntax.self), Self.isNestable(decl) {
                add(type.name, .type, decl.asProtocol(WithModifiersSyntax.self)?.modifiers)
            }
        }
    }

    private static func isNestable(_ decl: DeclSyntax) -> Bool {
        decl.is(StructDeclSyntax.self) || decl.is(ClassDeclSyntax.self) || decl.is(EnumDeclSyntax.self)
            || decl.is(ActorDeclSyntax.self) || decl.is(ProtocolDeclSyntax.self) || decl.is(TypeAliasDeclSyntax.self)
    }
}
