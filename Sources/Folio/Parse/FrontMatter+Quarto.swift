import Yams

/// Quarto's front matter: the values of the keys Folio honours, and a warning for each key that
/// means nothing for Folio's two reports, so that a Quarto document renders as it is.
extension FrontMatter {
    /// Keys Quarto documents carry that mean nothing for an HTML page and a GitHub Markdown file
    /// made by Folio: other output formats, other engines, citations, themes, site and book
    /// projects. Each is ignored with a warning. (`format: html:` is read for the keys in
    /// `formatKeys`.)
    static let quartoKeys = [
        // output formats and how Quarto runs
        "format", "jupyter", "engine", "knitr", "kernel", "editor", "execute-dir", "freeze",
        "keep-ipynb", "keep-md", "keep-tex", "keep-typ", "output-file", "output-ext", "pdf-engine",
        "pdf-engine-opts", "filters", "shortcodes", "metadata-files", "resources", "server", "runtime",
        "params", "ojs-engine", "ipynb-filters", "standalone", "self-contained", "embed-resources",
        // look and layout
        "theme", "css", "include-in-header", "include-before-body", "include-after-body", "template",
        "template-partials", "highlight-style", "syntax-highlighting", "code-copy", "code-link", "code-tools",
        "code-overflow", "code-annotations", "code-block-bg", "code-block-border-left", "page-layout",
        "grid", "toc-location", "toc-expand", "smooth-scroll", "anchor-sections", "title-block-banner",
        "title-block-style", "title-block-categories", "mainfont", "monofont", "sansfont", "fontsize",
        "linestretch", "fontcolor", "linkcolor", "backgroundcolor", "max-width", "margin-left",
        "margin-right", "margin-top", "margin-bottom", "geometry", "documentclass", "classoption",
        "papersize", "fig-format", "fig-dpi", "fig-responsive", "fig-cap-location", "tbl-cap-location",
        "cap-location", "df-print", "html-math-method", "mermaid", "lightbox", "callout-appearance",
        "callout-icon", "brand", "logo", "wrap", "columns", "html-table-processing", "link-external-icon",
        "link-external-newwindow", "email-obfuscation", "footnotes-hover", "citations-hover",
        "crossrefs-hover", "reference-location", "shift-heading-level-by", "number-depth", "number-offset",
        "section-divs", "appendix-style", "comments", "search", "mainfont-options",
        // citations and cross-references
        "bibliography", "csl", "citation", "citeproc", "cite-method", "link-citations", "nocite",
        "citation-location", "crossref", "google-scholar", "references",
        // who, when and where (beyond what Folio shows)
        "institute", "affiliation", "affiliations", "affiliation-title", "author-title",
        "abstract-title", "published-title", "date-format", "date-modified", "doi", "license", "copyright",
        "funding", "keywords", "categories", "image", "image-alt", "draft", "order", "open-graph",
        "twitter-card", "other-links", "code-links", "notebook-links", "notebook-view",
        "notebook-subarticles", "margin-header", "margin-footer", "pagetitle", "title-meta",
        "author-meta", "date-meta", "subject", "language",
        // projects
        "project", "website", "book", "manuscript",
    ]

    /// Keys Folio also reads under `format: html:`, where Quarto documents usually set them.
    static let formatKeys = ["toc", "toc-title", "toc-depth", "lang", "number-sections"] + CellOptions.documentDefaults

    /// Quarto's words for "the day of rendering", which a reproducible report cannot show.
    static let renderDates = ["today", "now", "last-modified"]

    static func ignoredKeyMessage(_ name: String, under parent: String? = nil) -> String {
        let shown = parent.map { "\($0).\(name)" } ?? name
        if quartoKeys.contains(name) { return "'\(shown)' is a Quarto option ignored by Folio" }
        // Quarto's names first: `fig-align` is not a misspelt `fig-alt`.
        let hint = Suggestion.hint(for: name, in: quartoKeys + keys) ?? ""
        return "unknown front matter key '\(shown)' is ignored\(hint)"
    }

    static func text(_ value: Node, _ name: String, file: String, line: Int) throws(NotebookError) -> String {
        guard value.scalar != nil, let text = value.string else {
            throw NotebookError(file: file, line: line, "\(name) must be text, such as '\(name): \"…\"'")
        }
        return text
    }

    static func flag(_ value: Node, _ name: String, file: String, line: Int, meaning: String) throws(NotebookError) -> Bool {
        guard let flag = value.bool else {
            throw NotebookError(file: file, line: line, "\(name) must be true (\(meaning)) or false, not '\(value.string ?? "")'")
        }
        return flag
    }

    /// `author: A`, a list of names, or Quarto's list of `{name: …, affiliations: …}` whose
    /// `name` may itself be `{given: …, family: …}` or `{literal: …}`.
    static func authors(_ value: Node, file: String, line: Int) throws(NotebookError) -> [String] {
        let entries = value.sequence.map(Array.init) ?? [value]
        var names: [String] = []
        for entry in entries {
            guard let name = authorName(entry), !name.isEmpty else {
                throw NotebookError(file: file, line: line, "author must be a name, a list of names, or a list of '{name: …}' as Quarto writes them")
            }
            names.append(name)
        }
        return names
    }

    private static func authorName(_ node: Node) -> String? {
        if node.scalar != nil { return node.string }
        guard let mapping = node.mapping, let name = mapping["name"] else { return nil }
        if name.scalar != nil { return name.string }
        guard let parts = name.mapping else { return nil }
        if let literal = parts["literal"]?.string { return literal }
        let words = [parts["given"]?.string, parts["family"]?.string].compactMap { $0 }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    static func date(_ value: Node, file: String, line: Int, diagnostics: inout ParseDiagnostics) throws(NotebookError) -> String? {
        let text = try Self.text(value, "date", file: file, line: line)
        guard !renderDates.contains(text) else {
            diagnostics.warn(line, "date '\(text)' is left out: it would make the report change with the day it is rendered; write the date itself, such as 'date: 2024-05-01'")
            return nil
        }
        return text
    }

    /// A BCP 47 language tag such as `en`, `fr` or `de-CH`, as `<html lang>` takes it.
    static func language(_ value: Node, file: String, line: Int) throws(NotebookError) -> String {
        let text = value.string ?? ""
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let valid = (2...8).contains(parts[0].count) && parts[0].allSatisfy { $0.isASCII && $0.isLetter }
            && parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
        guard value.scalar != nil, valid else {
            throw NotebookError(file: file, line: line, "lang must be a language tag such as en, fr or de-CH, not '\(text)'")
        }
        return text
    }

    /// `execute: {echo: false, …}`: defaults for every cell. Each bad value is its own problem.
    mutating func parseExecute(_ value: Node, file: String, line: Int, lines: YAMLLines,
                               diagnostics: inout ParseDiagnostics) throws(NotebookError) {
        guard let mapping = value.mapping else {
            throw NotebookError(file: file, line: line, "execute must be a mapping such as 'execute: {echo: false}'")
        }
        for (key, option) in mapping {
            let name = key.string ?? ""
            let keyLine = (key.mark?.line).map(lines.fileLine) ?? line
            do throws(NotebookError) {
                switch name {
                case "cache":
                    cache = try Self.flag(option, "execute.cache", file: file, line: keyLine, meaning: "use the result cache")
                case _ where CellOptions.executeDefaults.contains(name):
                    try cellDefaults.set(name, to: OptionValue(node: option, name: "'execute.\(name)'", file: file, line: keyLine))
                case _ where CellOptions.quartoExecuteKeys.contains(name):
                    diagnostics.warn(keyLine, "'execute.\(name)' is a Quarto option ignored by Folio")
                default:
                    let hint = Suggestion.hint(for: name, in: CellOptions.executeDefaults + ["cache"]) ?? ""
                    diagnostics.warn(keyLine, "unknown key 'execute.\(name)' is ignored\(hint)")
                }
            } catch {
                diagnostics.record(error)
            }
        }
    }

    /// `format: {html: {toc: true, code-fold: true, …}}`: the keys of `formatKeys` under `html`
    /// are read; the rest of `format` concerns other tools, which one warning says.
    mutating func parseFormat(_ value: Node, file: String, line: Int, lines: YAMLLines,
                              diagnostics: inout ParseDiagnostics) {
        diagnostics.warn(line, "'format' is a Quarto option ignored by Folio (but for toc, code-fold and the other keys of 'format: html' that its README lists)")
        let html: String = "html"
        guard let options = value.mapping?[html]?.mapping else { return }
        for (key, option) in options {
            let name = key.string ?? ""
            guard Self.formatKeys.contains(name) else { continue }
            let keyLine = (key.mark?.line).map(lines.fileLine) ?? line
            do throws(NotebookError) {
                try set(name, to: option, file: file, line: keyLine, lines: lines, diagnostics: &diagnostics)
            } catch {
                diagnostics.record(error)
            }
        }
    }
}
