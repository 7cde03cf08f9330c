import SwiftParser
import SwiftSyntax

/// Jupyter's redefinition: a later cell may declare a top-level name again, and from there on
/// the name means the new declaration.
///
/// All cells are one `main.swift`, where a second `let x` is an invalid redeclaration, so the
/// later declaration and the references after it are renamed with swift-syntax, never by text
/// substitution: `x` declared again in cell 3 becomes `x__folio3`; a type `Point` becomes
/// `Point__folio3.Point`, nested in a caseless enum, so that it still prints as `Point`.
/// Member names (`p.x`), argument labels and locals that shadow the name are left alone.
/// A function of a signature not declared before is an overload, as Swift has it, and keeps
/// the name the earlier ones have. `authorNames(in:)` undoes the renaming in compiler messages.
struct Redefinitions {
    enum Kind { case value, function, type }

    private struct Binding {
        var cell: Int
        var kind: Kind
        var spelling: String { "__folio\(cell + 1)" }
    }

    /// What each top-level name means now; absent: the name as written.
    private var current: [String: Binding] = [:]
    /// Every top-level name declared so far, and what its latest declaration declared.
    private var declared: [String: Kind] = [:]
    /// The signatures of the functions a name means now: a function of another signature
    /// overloads them (Swift's rule) instead of replacing them.
    private var signatures: [String: Set<String>] = [:]

    /// The insertions that make cell `cell` (0-based) refer to the latest declarations, and that
    /// rename its own redeclarations. Call once per cell of the program, in order.
    mutating func rename(_ code: String, cell: Int) -> [CodeInsertion] {
        let file = Parser.parse(source: code)
        let declarations = TopLevelDeclarations(file)
        var fresh: [String: (binding: Binding, visibleFrom: Int)] = [:]
        /// Overloads that join the functions of the name's current declaration, renamed as they are.
        var joining: [String: Binding] = [:]
        for declaration in declarations.all where declared[declaration.name] != nil && fresh[declaration.name] == nil {
            let name = declaration.name
            let same = declarations.all.filter { $0.name == name }
            let cellSignatures = Set(same.compactMap(\.signature))
            if declared[name] == .function, cellSignatures.count == same.count,
               cellSignatures.isDisjoint(with: signatures[name] ?? []) {
                if let binding = current[name] { joining[name] = binding }
                continue
            }
            let from = declaration.kind == .value ? declaration.end : 0
            fresh[name] = (Binding(cell: cell, kind: declaration.kind), from)
        }
        let before = current
        let references = ReferenceFinder(viewMode: .sourceAccurate)
        references.walk(file)

        var insertions: [CodeInsertion] = []
        func binding(_ name: String, at offset: Int) -> Binding? {
            if let new = fresh[name], offset >= new.visibleFrom { return new.binding }
            return before[name]
        }
        for reference in references.found {
            guard let meant = binding(reference.name, at: reference.offset),
                  !Scopes.isShadowed(reference.name, at: reference.node) else { continue }
            insertions += Self.insertions(for: reference.token, meaning: meant, asBindingShorthand: reference.shorthand)
        }
        for declaration in declarations.all {
            guard let new = fresh[declaration.name]?.binding ?? joining[declaration.name] else { continue }
            switch declaration.kind {
            case .value, .function:
                insertions.append(Self.suffix(new.spelling, to: declaration.token))
            case .type:
                let namespace = declaration.name + new.spelling
                insertions.append(CodeInsertion(offset: declaration.start, text: "enum \(namespace) { "))
                insertions.append(CodeInsertion(offset: declaration.end, text: " }"))
                // Inside the enum, `private` would hide the type from the rest of the file.
                if let modifier = declaration.privateModifier {
                    insertions.append(CodeInsertion(offset: modifier, text: "file"))
                }
            }
        }
        for name in Set(fresh.keys) { signatures[name] = [] }
        for declaration in declarations.all {
            declared[declaration.name] = declaration.kind
            if let signature = declaration.signature { signatures[declaration.name, default: []].insert(signature) }
            if let new = fresh[declaration.name] { current[declaration.name] = new.binding }
        }
        return insertions
    }

    private static func insertions(for token: TokenSyntax, meaning binding: Binding, asBindingShorthand: Bool) -> [CodeInsertion] {
        let name = token.identifier?.name ?? token.text
        if asBindingShorthand {
            // `if let x` means `if let x = x`; the new local keeps the author's name.
            return [CodeInsertion(offset: token.endPositionBeforeTrailingTrivia.utf8Offset,
                                  text: " = \(name)\(binding.spelling)")]
        }
        if binding.kind == .type {
            return [CodeInsertion(offset: token.positionAfterSkippingLeadingTrivia.utf8Offset, text: "\(name)\(binding.spelling).")]
        }
        return [suffix(binding.spelling, to: token)]
    }

    /// `x` → `x__folio3`, and `` `x` `` → `` `x__folio3` ``.
    private static func suffix(_ spelling: String, to token: TokenSyntax) -> CodeInsertion {
        let end = token.endPositionBeforeTrailingTrivia.utf8Offset
        return CodeInsertion(offset: token.text.hasSuffix("`") ? end - 1 : end, text: spelling)
    }

    /// The compiler's `text` with the authors' names: `x__folio3` → `x`, `Point__folio3.Point` → `Point`.
    static func authorNames(in text: String) -> String {
        guard text.contains("__folio") else { return text }
        var result = ""
        var rest = Substring(text)
        while let marker = rest.range(of: "__folio") {
            let digits = rest[marker.upperBound...].prefix { $0.isASCII && $0.isNumber }
            let name = rest[..<marker.lowerBound].reversed().prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            guard !digits.isEmpty, !name.isEmpty else {
                result += rest[..<marker.upperBound]
                rest = rest[marker.upperBound...]
                continue
            }
            result += rest[..<marker.lowerBound]
            rest = rest[marker.upperBound...].dropFirst(digits.count)
            let qualified = "." + String(name.reversed())
            if rest.hasPrefix(qualified) { rest = rest.dropFirst(qualified.count) }
        }
        return result + rest
    }
}
