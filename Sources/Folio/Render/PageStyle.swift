/// The page's one stylesheet, inline so that a report is a single file.
///
/// Figures keep a white card in dark mode: their SVG text is drawn dark, as matplotlib's is.
enum PageStyle {
    static let css = """
    :root { --text: #1f2328; --muted: #59636e; --rule: #d1d9e0; --code-bg: #f6f8fa; --out-bg: #ffffff;
      --accent: #0969da; --err-bg: #ffebe9; --err-rule: #cf222e; --kw: #cf222e; --st: #0a3069; --nu: #0550ae;
      --co: #6e7781; --ty: #8250df; --at: #953800; }
    @media (prefers-color-scheme: dark) {
      :root { --text: #e6edf3; --muted: #9198a1; --rule: #3d444d; --code-bg: #151b23; --out-bg: #0d1117;
        --accent: #4493f8; --err-bg: #2d1214; --err-rule: #f85149; --kw: #ff7b72; --st: #a5d6ff; --nu: #79c0ff;
        --co: #9198a1; --ty: #d2a8ff; --at: #ffa657; }
      body { background: #0d1117; }
    }
    * { box-sizing: border-box; }
    body { margin: 0; color: var(--text); font: 16px/1.6 -apple-system, "Segoe UI", "DejaVu Sans", Helvetica, Arial, sans-serif; }
    .page { max-width: 52rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
    h1, h2, h3, h4 { line-height: 1.25; margin: 2rem 0 1rem; scroll-margin-top: 1rem; }
    h1 { font-size: 2rem; border-bottom: 1px solid var(--rule); padding-bottom: .3em; }
    h2 { font-size: 1.5rem; border-bottom: 1px solid var(--rule); padding-bottom: .3em; }
    a { color: var(--accent); }
    a.anchor { float: left; margin-left: -1.1em; width: 1.1em; text-decoration: none; opacity: 0; }
    a.anchor::before { content: "#"; }
    h1:hover a.anchor, h2:hover a.anchor, h3:hover a.anchor, h4:hover a.anchor, a.anchor:focus { opacity: .6; }
    nav.contents { border: 1px solid var(--rule); border-radius: 6px; padding: .5rem 1rem; margin: 1rem 0 2rem; }
    nav.contents .contents-title { font-weight: 600; margin: .25rem 0; }
    nav.contents ul { list-style: none; margin: 0; padding: 0; }
    nav.contents li.level-3 { padding-left: 1.25rem; }
    nav.book { display: flex; justify-content: space-between; gap: 1rem; border-top: 1px solid var(--rule); margin-top: 3rem; padding-top: 1rem; }
    ol.chapters { padding-left: 1.5rem; } ol.chapters li { margin: 1rem 0; } ol.chapters p { margin: .25rem 0; }
    .chapter-status { font-size: .85rem; color: var(--muted); } .chapter-status.failed { color: var(--err-rule); }
    code, pre { font: 13.5px/1.45 "DejaVu Sans Mono", ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
    :not(pre) > code { background: var(--code-bg); padding: .1em .35em; border-radius: 4px; }
    pre { overflow-x: auto; padding: .75rem 1rem; margin: 0; border-radius: 6px; }
    pre.code, pre.cell-code, article > pre { background: var(--code-bg); margin: 1rem 0; }
    .cell { margin: 1.25rem 0; border-left: 3px solid var(--rule); padding-left: .75rem; }
    .cell pre.cell-code { margin: 0 0 .5rem; }
    .cell-output { background: var(--out-bg); border: 1px solid var(--rule); margin: .5rem 0; white-space: pre; }
    .cell-output-stderr { border-color: #d4a72c; }
    .cell-output-display { border-style: dashed; }
    .cell-status { color: var(--muted); font-style: italic; margin: .25rem 0; }
    .cell-error { background: var(--err-bg); border: 1px solid var(--err-rule); border-left-width: 4px; border-radius: 6px; margin: .5rem 0; }
    .cell-error-title { margin: .5rem 1rem 0; font-weight: 600; color: var(--err-rule); }
    .cell-error-expected { border-style: dashed; }
    figure.cell-figure { margin: .75rem 0; text-align: center; }
    figure.cell-figure svg { max-width: 100%; height: auto; background: #fff; border-radius: 4px; }
    figcaption { color: var(--muted); font-size: .95rem; margin-top: .35rem; }
    table { border-collapse: collapse; margin: 1rem 0; }
    th, td { border: 1px solid var(--rule); padding: .3rem .7rem; }
    blockquote { margin: 1rem 0; padding: 0 1rem; color: var(--muted); border-left: .25em solid var(--rule); }
    img { max-width: 100%; }
    .math.display { display: block; overflow-x: auto; text-align: center; margin: 1rem 0; }
    math { font-family: "STIX Two Math", "Latin Modern Math", "DejaVu Math TeX Gyre", math; }
    math[display="block"] { margin: 1rem 0; padding: .25em 0; overflow-x: auto; overflow-y: hidden; }
    .equation { display: flex; align-items: center; }
    .equation > math { flex: 1; }
    .equation-number { margin-left: 1rem; }
    code.math-error { color: var(--err-rule); border: 1px dashed var(--err-rule); }
    .kw { color: var(--kw); } .st { color: var(--st); } .nu { color: var(--nu); } .co { color: var(--co); font-style: italic; }
    .ty { color: var(--ty); } .at { color: var(--at); }
    @media print {
      nav.contents, nav.book, a.anchor { display: none; }
      .page { max-width: none; padding: 0; }
      .cell, figure, pre { break-inside: avoid; }
      a { color: inherit; text-decoration: none; }
    }

    """

    /// Styles for what Quarto's options add (a title block, deep contents, folded or numbered
    /// code, aligned figures, panels, `asis` output), only on pages that use them: a page without
    /// them keeps the bytes it had.
    static let quartoCSS = """
    nav.contents li.level-4 { padding-left: 2.5rem; } nav.contents li.level-5 { padding-left: 3.75rem; } nav.contents li.level-6 { padding-left: 5rem; }
    .subtitle { font-size: 1.25rem; color: var(--muted); margin: -.5rem 0 .75rem; }
    .byline { color: var(--muted); margin: .25rem 0 1rem; }
    section.abstract { border-left: 3px solid var(--rule); padding: 0 1rem; margin: 1rem 0; }
    section.abstract .abstract-title { font-weight: 600; margin: .25rem 0; }
    figure.cell-figure.align-left { text-align: left; } figure.cell-figure.align-right { text-align: right; }
    .subfigures { display: grid; gap: 1rem; align-items: end; }
    figure.subfigure { margin: 0; text-align: center; }
    details.code-fold { margin: 0 0 .5rem; } details.code-fold > summary { cursor: pointer; color: var(--muted); }
    pre.line-numbers { display: flex; }
    .line-number-gutter { flex: none; text-align: right; color: var(--co); user-select: none; padding-right: .75rem; margin-right: .75rem; border-right: 1px solid var(--rule); white-space: pre; }
    .cell-output-asis { margin: .5rem 0; }

    """

    static func quartoCSS(for body: String) -> String {
        let marks = ["class=\"subtitle\"", "class=\"byline\"", "class=\"abstract\"", "class=\"level-4\"", "class=\"level-5\"",
                     "class=\"level-6\"", " align-left", " align-right", "class=\"subfigures\"", "class=\"code-fold\"",
                     "line-numbers", "cell-output-asis"]
        return marks.contains { body.contains($0) } ? quartoCSS : ""
    }

    /// Styles for Quarto's callouts, numbered images and tables, section numbers and missing
    /// references, added only to the pages that have one, so that other pages stay as they were.
    static let crossReferenceCSS = """
    figure.image-figure { margin: 1rem 0; text-align: center; } figure.image-figure p { margin: 0; }
    .table-caption { color: var(--muted); font-size: .95rem; margin: .25rem 0; }
    .header-section-number { color: var(--muted); margin-right: .35em; } nav.contents .header-section-number { margin-right: 0; }
    .xref-missing { color: var(--err-rule); }
    .callout { margin: 1.25rem 0; padding: .5rem 1rem; border: 1px solid var(--callout); border-left-width: 4px;
      border-radius: 6px; background: color-mix(in srgb, var(--callout) 7%, transparent); }
    .callout-title { margin: .25rem 0 .5rem; font-weight: 600; color: var(--callout); }
    .callout-body > :first-child { margin-top: 0; } .callout-body > :last-child { margin-bottom: .25rem; }
    .callout-note { --callout: #0969da; } .callout-tip { --callout: #1a7f37; } .callout-important { --callout: #8250df; }
    .callout-warning { --callout: #9a6700; } .callout-caution { --callout: #d1242f; }
    @media (prefers-color-scheme: dark) {
      .callout-note { --callout: #4493f8; } .callout-tip { --callout: #3fb950; } .callout-important { --callout: #ab7df8; }
      .callout-warning { --callout: #d29922; } .callout-caution { --callout: #f85149; }
    }

    """

    static func crossReferenceCSS(for article: String) -> String {
        ["class=\"callout ", "class=\"image-figure\"", "class=\"table-caption\"", "class=\"header-section-number\"", "class=\"xref-missing\""]
            .contains(where: article.contains) ? crossReferenceCSS : ""
    }
}
