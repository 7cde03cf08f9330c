/// A parsed notebook: the plain value the Parse stage hands to Plan and Render.
public struct Notebook: Sendable, Equatable {
    /// The path as the user gave it; compiler diagnostics and `#sourceLocation` use it.
    public var path: String
    /// The file name, e.g. `hello.md`; reports cite it so that they never hold an absolute path.
    public var fileName: String
    /// The file name without its extension: the reports are `<name>.html` and `<name>.md`.
    public var name: String
    /// The notebook's text as read from disk.
    public var source: String
    public var frontMatter: FrontMatter
    /// The Markdown handed to cmark-gfm: front matter blanked, math replaced by placeholders.
    public var markdown: ProtectedMarkdown
    public var cells: [Cell]
    /// `@fig-…`, `@tbl-…` and `@sec-…` references in prose, in document order.
    public var references: [FigureReference]
    /// Chunks in other languages (`{python}`, `{.python .input}`), in order: shown, never run.
    public var foreignCells: [ForeignCell] = []
    /// Section headings in document order, numbered with `number-sections: true`.
    public var headings: [Heading] = []
    /// `::: {.callout-…}` boxes, by opening line.
    public var callouts: [Callout] = []
    /// Fence lines of other fenced divs, which the reports leave out.
    public var plainDivLines: [Int] = []
    /// `![caption](x.png){#fig-x}` figures.
    public var figureImages: [FigureImage] = []

    public var hasMath: Bool { !markdown.math.isEmpty }

    /// The title for the page: the front matter's, else the first level-1 heading's, else the name.
    public var title: String { frontMatter.title ?? firstHeading ?? name }
    public var firstHeading: String?
    /// `` `{swift} expr` `` code spans of the prose, in document order.
    public var inlineExpressions: [InlineExpression] = []
    /// What Folio accepts but does not act on (a Quarto option that means nothing here), in line order.
    public var warnings: [NotebookWarning] = []

    /// Whether results may come from the cache: neither the front matter nor a cell said `cache: false`.
    public var usesCache: Bool {
        frontMatter.cache && !cells.contains { $0.options.cache == false }
    }

    /// Line `number` (1-based) of the notebook's text, for excerpts in messages.
    public func sourceLine(_ number: Int) -> Substring? {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        return number >= 1 && number <= lines.count ? lines[number - 1] : nil
    }
}

/// One ` ```{swift} ` cell.
public struct Cell: Sendable, Equatable {
    /// 0-based position among the notebook's cells.
    public var index: Int
    /// 1-based line of the opening fence.
    public var fenceLine: Int
    /// 1-based line of the closing fence (the last line of the block when it is unclosed).
    public var endLine: Int
    /// 1-based line of the first line of `code`, after the option lines.
    public var codeLine: Int
    /// Columns of indentation before the fence (a cell inside a list item is indented).
    public var indent: Int
    /// The cell's Swift source without its `//|` option lines, ending in a newline.
    public var code: String
    public var options: CellOptions

    /// 1-based line of the last line of `code`.
    public var lastCodeLine: Int {
        codeLine + max(0, code.split(separator: "\n", omittingEmptySubsequences: false).count - 2)
    }

    /// How the cell is named in messages: `cell 3` or `cell 3 (fig-relu)`.
    public var displayName: String {
        if let label = options.label { return "cell \(index + 1) (\(label))" }
        return "cell \(index + 1)"
    }
}

/// A `@fig-…`, `@tbl-…` or `@sec-…` cross-reference written in prose.
public struct FigureReference: Sendable, Equatable {
    public var label: String
    public var line: Int
}
