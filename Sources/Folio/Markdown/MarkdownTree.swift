import CCmarkGFM
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A cmark-gfm document: parsed with GitHub's extensions, walked, edited and rendered.
///
/// cmark-gfm's extension registry is a plain global that concurrent first calls corrupt
/// (notes/cmark-gfm.md §8), so registration happens once, behind a `static let`.
final class MarkdownTree {
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// Debian builds cmark-gfm without CMARK_THREADING, so attaching an extension writes a
    /// global table of special characters that another thread's parser may be reading (a crash
    /// seen under parallel tests). Every use of the library goes through this lock.
    static let lock = NSLock()

    private let parser: OpaquePointer
    let root: OpaquePointer

    init(markdown: String) {
        precondition(Self.registered)
        Self.lock.lock()
        defer { Self.lock.unlock() }
        let parser = cmark_parser_new(CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_FOOTNOTES)!
        for name in Self.extensionNames {
            if let syntax = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntax)
            }
        }
        let utf8 = Array(markdown.utf8)
        utf8.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        self.parser = parser
        root = cmark_parser_finish(parser)
    }

    deinit {
        Self.lock.lock()
        defer { Self.lock.unlock() }
        cmark_node_free(root)
        cmark_parser_free(parser)
    }

    /// Calls `body` with every node in document order, collected first so that `body` may edit
    /// the tree. Nodes are borrowed: the tree is kept alive for exactly as long as `body` runs,
    /// since ARC may otherwise free it right after its last use, before the nodes are read.
    func withNodes<Result, Failure: Error>(_ body: ([MarkdownNode]) throws(Failure) -> Result) throws(Failure) -> Result {
        defer { withExtendedLifetime(self) {} }
        return try body(nodes())
    }

    private func nodes() -> [MarkdownNode] {
        Self.lock.lock()
        defer { Self.lock.unlock() }
        var result: [MarkdownNode] = []
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) {
                result.append(MarkdownNode(pointer: node))
            }
        }
        return result
    }

    /// HTML with raw HTML emitted as the tree holds it, through the tagfilter extension. Render
    /// has already made the tree's raw HTML and addresses safe (`ProseSanitizer`), unless the
    /// notebook says `raw-html: true`.
    func renderHTML() -> String {
        Self.lock.lock()
        defer { Self.lock.unlock() }
        let extensions = cmark_parser_get_syntax_extensions(parser)
        guard let html = cmark_render_html(root, CMARK_OPT_UNSAFE | CMARK_OPT_FOOTNOTES, extensions) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }
}

/// A borrowed node of a `MarkdownTree`; valid while the tree lives.
struct MarkdownNode {
    let pointer: OpaquePointer

    var type: String { String(cString: cmark_node_get_type_string(pointer)) }
    var literal: String? { cmark_node_get_literal(pointer).map { String(cString: $0) } }
    var fenceInfo: String? { cmark_node_get_fence_info(pointer).map { String(cString: $0) } }
    var isFenced: Bool {
        var length: Int32 = 0, offset: Int32 = 0
        var character: CChar = 0
        return cmark_node_get_fenced(pointer, &length, &offset, &character) != 0
    }
    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }
    var startLine: Int { Int(cmark_node_get_start_line(pointer)) }
    var startColumn: Int { Int(cmark_node_get_start_column(pointer)) }
    var endLine: Int { Int(cmark_node_get_end_line(pointer)) }
    /// A link's or an image's address, references and escapes decoded.
    var url: String? { cmark_node_get_url(pointer).map { String(cString: $0) } }
    var parent: MarkdownNode? { cmark_node_parent(pointer).map(MarkdownNode.init) }
    var firstChild: MarkdownNode? { cmark_node_first_child(pointer).map(MarkdownNode.init) }
    var nextSibling: MarkdownNode? { cmark_node_next(pointer).map(MarkdownNode.init) }

    /// The line an inline node stands on, which cmark-gfm does not record for every inline: its
    /// block's first line plus the line breaks before it, those inside emphasis or links too.
    var inlineLine: Int {
        var container = parent
        while let candidate = container, Self.inlineContainers.contains(candidate.type) { container = candidate.parent }
        guard let block = container, block.startLine > 0 else { return max(startLine, 1) }
        var breaks = 0
        /// Walks `node`'s inlines in document order; true once this node is reached.
        func countBreaks(before node: MarkdownNode) -> Bool {
            var current = node.firstChild
            while let inline = current {
                if inline.pointer == pointer { return true }
                if inline.type == "softbreak" || inline.type == "linebreak" { breaks += 1 }
                if countBreaks(before: inline) { return true }
                current = inline.nextSibling
            }
            return false
        }
        _ = countBreaks(before: block)
        return block.startLine + breaks
    }

    private static let inlineContainers: Set<String> = ["emph", "strong", "link", "image", "strikethrough"]

    /// The text of a heading or paragraph, without markup.
    var plainText: String {
        var text = ""
        let iterator = cmark_iter_new(pointer)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
            default: break
            }
        }
        return text
    }

    /// Replaces this node by a block whose HTML is emitted verbatim.
    ///
    /// A custom block's on-enter text bypasses both the UNSAFE switch and tagfilter, which would
    /// otherwise escape an SVG's `<title>` (notes/cmark-gfm.md §6).
    func replace(withHTMLBlock html: String) {
        let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)
        cmark_node_set_on_enter(block, html)
        cmark_node_set_on_exit(block, "")
        cmark_node_replace(pointer, block)
        cmark_node_free(pointer)
    }

    /// Points a link or an image at another address.
    func setURL(_ url: String) {
        cmark_node_set_url(pointer, url)
    }

    /// Puts verbatim HTML blocks around this block, as a `<figure>` around an image's paragraph.
    /// The block itself stays: its inlines' text lives in its buffer, so moving them into another
    /// node and freeing it would leave them pointing at freed memory.
    func surround(withHTMLBlocks open: String, _ close: String) {
        for (html, before) in [(open, true), (close, false)] {
            let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)
            cmark_node_set_on_enter(block, html)
            cmark_node_set_on_exit(block, "")
            if before { cmark_node_insert_before(pointer, block) } else { cmark_node_insert_after(pointer, block) }
        }
    }

    /// Replaces the literal of an HTML block or inline HTML node.
    func setLiteral(_ literal: String) {
        cmark_node_set_literal(pointer, literal)
    }

    /// Replaces this node by its children: a link by its text, an image by its alt text.
    func replaceByChildren() {
        while let child = cmark_node_first_child(pointer) {
            cmark_node_insert_before(pointer, child)
        }
        cmark_node_unlink(pointer)
        cmark_node_free(pointer)
    }

    /// Inserts verbatim inline HTML as this node's first child.
    func prependInlineHTML(_ html: String) {
        let inline = Self.customInline(html)
        if let first = cmark_node_first_child(pointer) {
            cmark_node_insert_before(first, inline)
        } else {
            cmark_node_append_child(pointer, inline)
        }
    }

    /// Replaces a text node by a run of text and verbatim inline HTML pieces.
    func replaceText(with pieces: [InlinePiece]) {
        for piece in pieces {
            let node: OpaquePointer?
            switch piece {
            case .text(let text):
                node = cmark_node_new(CMARK_NODE_TEXT)
                cmark_node_set_literal(node, text)
            case .html(let html):
                node = Self.customInline(html)
            }
            cmark_node_insert_before(pointer, node)
        }
        cmark_node_unlink(pointer)
        cmark_node_free(pointer)
    }

    private static func customInline(_ html: String) -> OpaquePointer? {
        let node = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)
        cmark_node_set_on_enter(node, html)
        cmark_node_set_on_exit(node, "")
        return node
    }
}

enum InlinePiece: Equatable {
    case text(String)
    case html(String)
}
