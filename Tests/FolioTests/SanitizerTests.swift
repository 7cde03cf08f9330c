import Testing
@testable import Folio

/// Raw HTML and link addresses in prose are made safe, as GitHub makes a README safe, unless a
/// notebook says `raw-html: true`; Folio's own HTML is never touched.
@Suite("Sanitizer: only safe HTML in prose")
struct SanitizerTests {
    /// An XSS vector (most from OWASP's XSS Filter Evasion Cheat Sheet), as a notebook's prose,
    /// and the article HTML that must come out of it.
    struct Vector: Sendable, CustomTestStringConvertible {
        var name: String
        var markdown: String
        var html: String
        var testDescription: String { name }
    }

    static let vectors: [Vector] = [
        // <script> in its spellings: shown as text.
        Vector(name: "script", markdown: "<script>alert(1)</script>", html: "&lt;script&gt;alert(1)&lt;/script&gt;"),
        Vector(name: "script with src, upper case", markdown: "<SCRIPT SRC=https://xss.rocks/xss.js></SCRIPT>",
               html: "&lt;SCRIPT SRC=https://xss.rocks/xss.js&gt;&lt;/SCRIPT&gt;"),
        Vector(name: "script in mixed case", markdown: "<ScRiPt>alert(1)</sCrIpT>", html: "&lt;ScRiPt&gt;alert(1)&lt;/sCrIpT&gt;"),
        Vector(name: "script with a slash for a space", markdown: #"<SCRIPT/XSS SRC="http://xss.rocks/xss.js"></SCRIPT>"#,
               html: #"<p>&lt;SCRIPT/XSS SRC=&quot;<a href="http://xss.rocks/xss.js%22%3E">http://xss.rocks/xss.js&quot;&gt;</a>&lt;/SCRIPT&gt;</p>"#),
        Vector(name: "extraneous open brackets", markdown: #"<<SCRIPT>alert("XSS");//\<</SCRIPT>"#,
               html: "<p>&lt;&lt;SCRIPT&gt;alert(&quot;XSS&quot;);//&lt;&lt;/SCRIPT&gt;</p>"),
        Vector(name: "script never closed", markdown: "<SCRIPT SRC=http://xss.rocks/xss.js?< B >",
               html: "&lt;SCRIPT SRC=http://xss.rocks/xss.js?&lt; B &gt;"),
        Vector(name: "script in an attribute of a malformed img", markdown: #"<IMG """><SCRIPT>alert("XSS")</SCRIPT>"\>"#,
               html: "<p>&lt;IMG &quot;&quot;&quot;&gt;&lt;SCRIPT&gt;alert(&quot;XSS&quot;)&lt;/SCRIPT&gt;&quot;&gt;</p>"),
        // Event handlers: dropped, the element kept.
        Vector(name: "img onerror", markdown: "<img src=x onerror=alert(1)>", html: #"<img src="x">"#),
        Vector(name: "img onerror in upper case, quoted", markdown: #"<IMG SRC="x" ONERROR="alert(1)">"#, html: #"<img src="x">"#),
        Vector(name: "div onmouseover", markdown: #"<div onmouseover="alert(1)">hover</div>"#, html: "<div>hover</div>"),
        Vector(name: "details ontoggle", markdown: "<details open ontoggle=alert(1)>", html: "<details open>"),
        Vector(name: "img with a javascript-ish scheme and onerror=eval(src)", markdown: "<img src=x:alert(alt) onerror=eval(src) alt=0>",
               html: #"<img alt="0">"#),
        Vector(name: "svg onload", markdown: "<svg onload=alert(1)>", html: "&lt;svg onload=alert(1)&gt;"),
        Vector(name: "svg/onload (not a tag to CommonMark)", markdown: "<svg/onload=alert('XSS')>", html: "<p>&lt;svg/onload=alert('XSS')&gt;</p>"),
        Vector(name: "body onload", markdown: "<BODY ONLOAD=alert('XSS')>", html: "&lt;BODY ONLOAD=alert('XSS')&gt;"),
        Vector(name: "input onfocus autofocus", markdown: "<input onfocus=alert(1) autofocus>", html: "&lt;input onfocus=alert(1) autofocus&gt;"),
        Vector(name: "unknown element with onclick", markdown: "<x onclick=alert(1)>click</x>", html: "<p>&lt;x onclick=alert(1)&gt;click&lt;/x&gt;</p>"),
        Vector(name: "frameset onload", markdown: "<frameset onload=alert(1)>", html: "&lt;frameset onload=alert(1)&gt;"),
        Vector(name: "audio onerror", markdown: "<audio src=x onerror=alert(1)>", html: "&lt;audio src=x onerror=alert(1)&gt;"),
        // img src=javascript: in its spellings: the address dropped.
        Vector(name: "img src javascript:", markdown: #"<IMG SRC="javascript:alert('XSS');">"#, html: "<img>"),
        Vector(name: "img src JaVaScRiPt: unquoted", markdown: "<IMG SRC=JaVaScRiPt:alert(1)>", html: "<img>"),
        Vector(name: "img src in decimal references", markdown: "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
               html: "<img>"),
        Vector(name: "img src in long decimal references without ;", markdown: "<IMG SRC=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041>",
               html: "<img>"),
        Vector(name: "img src in hex references without ;", markdown: "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>",
               html: "<img>"),
        Vector(name: "img src with an embedded tab", markdown: "<IMG SRC=\"jav\tascript:alert('XSS');\">", html: "<img>"),
        Vector(name: "img src with an encoded tab", markdown: #"<IMG SRC="jav&#x09;ascript:alert('XSS');">"#, html: "<img>"),
        Vector(name: "img src with an encoded newline", markdown: #"<IMG SRC="jav&#x0A;ascript:alert('XSS');">"#, html: "<img>"),
        Vector(name: "img src with an encoded carriage return", markdown: #"<IMG SRC="jav&#x0D;ascript:alert('XSS');">"#, html: "<img>"),
        Vector(name: "img src after spaces and a control character", markdown: #"<IMG SRC=" &#14;  javascript:alert('XSS');">"#, html: "<img>"),
        Vector(name: "img src in grave accents", markdown: "<img src=`javascript:alert(1)`>", html: "<p>&lt;img src=<code>javascript:alert(1)</code>&gt;</p>"),
        Vector(name: "img src data:image/svg+xml", markdown: #"<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">"#, html: "<img>"),
        Vector(name: "img style expression()", markdown: #"<IMG STYLE="xss:expr/*XSS*/ession(alert('XSS'))">"#, html: "<img>"),
        // a href in its spellings: the address dropped, the text kept.
        Vector(name: "a href javascript:", markdown: #"<a href="javascript:alert(1)">x</a>"#, html: "<p><a>x</a></p>"),
        Vector(name: "a href unquoted", markdown: "<a href=javascript:alert(1)>x</a>", html: "<p><a>x</a></p>"),
        Vector(name: "a href with a hex reference", markdown: #"<a href="jav&#x61;script:alert(1)">x</a>"#, html: "<p><a>x</a></p>"),
        Vector(name: "a href all in hex references", markdown: #"<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">x</a>"#,
               html: "<p><a>x</a></p>"),
        Vector(name: "a href broken by an encoded tab", markdown: #"<a href="jav&#x09;ascript:alert(1)">x</a>"#, html: "<p><a>x</a></p>"),
        Vector(name: "a href with &colon;", markdown: #"<a href="javascript&colon;alert(1)">x</a>"#, html: "<p><a>x</a></p>"),
        Vector(name: "a href with &Tab; and &colon;", markdown: #"<a href="java&Tab;script&colon;alert(1)">x</a>"#, html: "<p><a>x</a></p>"),
        Vector(name: "a href after spaces and &#14;", markdown: #"<a href="  &#14;javascript:alert(1)">x</a>"#, html: "<p><a>x</a></p>"),
        Vector(name: "a href percent-encoded scheme", markdown: #"<a href="%6Aavascript:alert(1)">x</a>"#, html: "<p><a>x</a></p>"),
        Vector(name: "a href vbscript:", markdown: #"<a href="vbscript:msgbox(1)">x</a>"#, html: "<p><a>x</a></p>"),
        Vector(name: "a href data:text/html", markdown: #"<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>"#, html: "<p><a>x</a></p>"),
        Vector(name: "a with two hrefs: the browser's first", markdown: #"<a href="javascript:alert(1)" href="https://example.com">x</a>"#,
               html: "<p><a>x</a></p>"),
        // Elements that load, redirect, submit or restyle: shown as text.
        Vector(name: "iframe src javascript:", markdown: #"<iframe src="javascript:alert(1)"></iframe>"#, html: #"&lt;iframe src="javascript:alert(1)"&gt;&lt;/iframe&gt;"#),
        Vector(name: "iframe srcdoc", markdown: #"<iframe srcdoc="<script>alert(1)</script>"></iframe>"#,
               html: #"&lt;iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"&gt;&lt;/iframe&gt;"#),
        Vector(name: "meta refresh to javascript:", markdown: #"<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert('XSS');">"#,
               html: #"&lt;META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert('XSS');"&gt;"#),
        Vector(name: "meta refresh to data:", markdown: #"<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K">"#,
               html: #"&lt;META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K"&gt;"#),
        Vector(name: "object", markdown: #"<OBJECT TYPE="text/x-scriptlet" DATA="http://xss.rocks/scriptlet.html"></OBJECT>"#,
               html: #"<p>&lt;OBJECT TYPE="text/x-scriptlet" DATA="http://xss.rocks/scriptlet.html"&gt;&lt;/OBJECT&gt;</p>"#),
        Vector(name: "embed an SVG", markdown: #"<EMBED SRC="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+" AllowScriptAccess="always"></EMBED>"#,
               html: #"<p>&lt;EMBED SRC="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+" AllowScriptAccess="always"&gt;&lt;/EMBED&gt;</p>"#),
        Vector(name: "form action", markdown: #"<form action="javascript:alert(1)"><button>go</button></form>"#,
               html: #"&lt;form action="javascript:alert(1)"&gt;&lt;button&gt;go&lt;/button&gt;&lt;/form&gt;"#),
        Vector(name: "button formaction", markdown: #"<button formaction="javascript:alert(1)">go</button>"#,
               html: #"<p>&lt;button formaction="javascript:alert(1)"&gt;go&lt;/button&gt;</p>"#),
        Vector(name: "style with url(javascript:)", markdown: #"<STYLE>li {list-style-image: url("javascript:alert('XSS')");}</STYLE><UL><LI>XSS</br>"#,
               html: #"&lt;STYLE&gt;li {list-style-image: url("javascript:alert('XSS')");}&lt;/STYLE&gt;<ul><li>XSS</br>"#),
        Vector(name: "div style background-image url(javascript:)", markdown: #"<DIV STYLE="background-image: url(javascript:alert('XSS'))">"#, html: "<div>"),
        Vector(name: "div style expression()", markdown: #"<DIV STYLE="width: expression(alert('XSS'));">"#, html: "<div>"),
        Vector(name: "base href", markdown: #"<BASE HREF="javascript:alert('XSS');//">"#, html: #"&lt;BASE HREF="javascript:alert('XSS');//"&gt;"#),
        Vector(name: "link stylesheet", markdown: #"<LINK REL="stylesheet" HREF="javascript:alert('XSS');">"#, html: #"&lt;LINK REL="stylesheet" HREF="javascript:alert('XSS');"&gt;"#),
        Vector(name: "link import", markdown: #"<link rel="import" href="https://xss.rocks/x.html">"#, html: #"&lt;link rel="import" href="https://xss.rocks/x.html"&gt;"#),
        Vector(name: "table background", markdown: #"<TABLE BACKGROUND="javascript:alert('XSS')">"#, html: "<table>"),
        Vector(name: "svg a xlink:href", markdown: #"<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>"#,
               html: "<p>&lt;svg&gt;<a>&lt;text&gt;x&lt;/text&gt;</a>&lt;/svg&gt;</p>"),
        Vector(name: "math maction xlink:href", markdown: #"<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">x</maction></math>"#,
               html: #"<p>&lt;math&gt;&lt;maction actiontype="statusline" xlink:href="javascript:alert(1)"&gt;x&lt;/maction&gt;&lt;/math&gt;</p>"#),
        // Parser confusion: the browser must read the output as the sanitiser did.
        Vector(name: "comment closed by <!-->", markdown: "<!--><img src=x onerror=alert(1)>-->", html: #"<img src="x">-->"#),
        Vector(name: "noscript around a title holding a tag", markdown: #"<noscript><p title="</noscript><img src=x onerror=alert(1)>">"#,
               html: #"<p>&lt;noscript&gt;<p title="&lt;/noscript&gt;&lt;img src=x onerror=alert(1)&gt;"></p>"#),
        Vector(name: "a tag that never closes", markdown: "<div title=\"x\n<img src=x onerror=alert(1)>", html: "&lt;div title=\"x\n<img src=\"x\">"),
        Vector(name: "xmp", markdown: "<xmp><img src=x onerror=alert(1)></xmp>", html: #"<p>&lt;xmp&gt;<img src="x">&lt;/xmp&gt;</p>"#),
        // Markdown's own links, images and autolinks: the address dropped, the words kept.
        Vector(name: "Markdown link javascript:", markdown: "[x](javascript:alert(1))", html: "<p>x</p>"),
        Vector(name: "Markdown link JaVaScRiPt:", markdown: "[x](JaVaScRiPt:alert(1))", html: "<p>x</p>"),
        Vector(name: "Markdown link with a hex reference", markdown: "[x](jav&#x61;script:alert(1))", html: "<p>x</p>"),
        Vector(name: "Markdown link with &#58;", markdown: "[x](javascript&#58;alert(1))", html: "<p>x</p>"),
        Vector(name: "Markdown link in angle brackets", markdown: "[x](<javascript:alert(1)>)", html: "<p>x</p>"),
        Vector(name: "Markdown link with emphasis and a title", markdown: #"[*x*](javascript:alert(1) "t")"#, html: "<p><em>x</em></p>"),
        Vector(name: "Markdown reference link", markdown: "[x][r]\n\n[r]: javascript:alert(1)", html: "<p>x</p>"),
        Vector(name: "Markdown link vbscript:", markdown: "[x](vbscript:msgbox(1))", html: "<p>x</p>"),
        Vector(name: "Markdown link data:text/html", markdown: "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", html: "<p>x</p>"),
        Vector(name: "Markdown link data:image (an image, not a page)", markdown: "[x](data:image/png;base64,iVBORw0KGgo=)", html: "<p>x</p>"),
        Vector(name: "Markdown link file:", markdown: "[x](file:///etc/passwd)", html: "<p>x</p>"),
        Vector(name: "Markdown image javascript:", markdown: "![x](javascript:alert(1))", html: "<p>x</p>"),
        Vector(name: "Markdown image data:image/svg+xml", markdown: "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)", html: "<p>x</p>"),
        Vector(name: "Markdown image in a javascript: link", markdown: "[![i](javascript:alert(1))](javascript:alert(2))", html: "<p>i</p>"),
        Vector(name: "autolink javascript:", markdown: "<javascript:alert(1)>", html: "<p>javascript:alert(1)</p>"),
    ]

    /// What a reader expects to keep, kept as written.
    static let kept: [Vector] = [
        Vector(name: "details and summary", markdown: "<details><summary>More</summary>\n\nhidden\n\n</details>",
               html: "<details><summary>More</summary>\n<p>hidden</p>\n</details>"),
        Vector(name: "kbd, sub, sup, br", markdown: "Press <kbd>Ctrl</kbd>; H<sub>2</sub>O; x<sup>2</sup>; line<br>break.",
               html: "<p>Press <kbd>Ctrl</kbd>; H<sub>2</sub>O; x<sup>2</sup>; line<br>break.</p>"),
        Vector(name: "img with empty alt", markdown: #"<img src="x.png" alt="">"#, html: #"<img src="x.png" alt="">"#),
        Vector(name: "a to https with &amp;", markdown: #"<a href="https://example.com/a?b=1&amp;c=2">ok</a>"#,
               html: #"<p><a href="https://example.com/a?b=1&amp;c=2">ok</a></p>"#),
        Vector(name: "table", markdown: "<table>\n<tr><td colspan=\"2\">1</td></tr>\n</table>", html: "<table>\n<tr><td colspan=\"2\">1</td></tr>\n</table>"),
        Vector(name: "centred logo", markdown: #"<p align="center"><img src="logo.png" width="100"></p>"#, html: #"<p align="center"><img src="logo.png" width="100"></p>"#),
        Vector(name: "class and id", markdown: #"<div class="note" id="n1">note</div>"#, html: #"<div class="note" id="n1">note</div>"#),
        Vector(name: "a title in single quotes with a reference", markdown: #"<abbr title='it&apos;s "x"'>x</abbr>"#,
               html: #"<p><abbr title="it&apos;s &quot;x&quot;">x</abbr></p>"#),
        Vector(name: "a comment, hidden as a browser hides it", markdown: "a <!-- a note --> b", html: "<p>a  b</p>"),
        Vector(name: "Markdown links and images", markdown: "[a](https://example.com) [b](other.html#part) [c](#top) [d](mailto:a@b.org) ![e](data:image/png;base64,iVBORw0KGgo=)",
               html: ##"<p><a href="https://example.com">a</a> <a href="other.html#part">b</a> <a href="#top">c</a> <a href="mailto:a@b.org">d</a> <img src="data:image/png;base64,iVBORw0KGgo=" alt="e" /></p>"##),
        Vector(name: "autolinks", markdown: "<https://example.com> www.example.com <a@b.org>",
               html: #"<p><a href="https://example.com">https://example.com</a> <a href="http://www.example.com">www.example.com</a> <a href="mailto:a@b.org">a@b.org</a></p>"#),
    ]

    static func article(_ markdown: String, path: String = "v.md") throws -> (html: String, warnings: [(line: Int, message: String)]) {
        let notebook = try NotebookParser.parse(source: markdown, path: path)
        let page = try HTMLReport.page(notebook, [])
        let start = try #require(page.html.range(of: "<article>\n")), end = try #require(page.html.range(of: "</article>"))
        var html = String(page.html[start.upperBound..<end.lowerBound])
        while html.last == "\n" { html.removeLast() }
        return (html, page.warnings)
    }

    @Test(arguments: vectors)
    func aVectorIsDefused(_ vector: Vector) throws {
        let (html, warnings) = try Self.article(vector.markdown)
        #expect(html == vector.html)
        #expect(InertHTML.problems(in: html) == [])
        // Whatever would be live as written is named at its line; what CommonMark itself reads
        // as text (inert with `raw-html: true` too) needs no word.
        let raw = try Self.article("---\nraw-html: true\n---\n" + vector.markdown).html
        #expect(InertHTML.problems(in: raw).isEmpty || !warnings.isEmpty, "a change comes with a warning")
        let lines = vector.markdown.split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(warnings.allSatisfy { (1...lines).contains($0.line) && $0.message.contains("raw-html: true") }, "\(warnings)")
    }

    @Test(arguments: kept)
    func harmlessHTMLIsKept(_ vector: Vector) throws {
        let (html, warnings) = try Self.article(vector.markdown)
        #expect(html == vector.html)
        #expect(warnings.isEmpty, "\(warnings)")
    }

    @Test func theVectorsAreLiveAsWrittenAndTheSecondOpinionSeesIt() throws {
        #expect(Self.vectors.count >= 60)
        // Rendered as written (`raw-html: true`), most of them would run: the checker is not blind.
        let live = try Self.vectors.filter { !InertHTML.problems(in: try Self.article("---\nraw-html: true\n---\n" + $0.markdown).html).isEmpty }
        #expect(live.count >= 55, "\(live.count) live")
        #expect(InertHTML.problems(in: #"<p><a href="jav&#x09;ascript:x">x</a><img src=y onerror=z><svg></svg></p>"#).count == 3)
    }

    @Test func addressesAreCheckedAgainstAnAllowlistOfSchemes() {
        for url in ["https://example.com", "HTTP://example.com", "mailto:a@b.org", "other.html#part", "#top", "?q=1", "//cdn.example.com/x",
                    "./a:b.html", "dir/a:b", ""] {
            #expect(URLPolicy.allows(url, as: .link), "\(url)")
        }
        for url in ["javascript:alert(1)", " JAVASCRIPT:alert(1)", "jav\tascript:x", "java\nscript:x", "\u{1}javascript:x", "vbscript:x",
                    "data:text/html,x", "data:image/png;base64,x", "file:///etc/passwd", "a:b", "java script:x", "%6Aavascript:x", "tel:123"] {
            #expect(!URLPolicy.allows(url, as: .link), "\(url)")
        }
        for url in ["x.png", "https://example.com/x.png", "data:image/png;base64,AAAA", "DATA:IMAGE/JPEG;base64,AAAA", "data:image/gif,x",
                    "data: image/webp ;base64,x"] {
            #expect(URLPolicy.allows(url, as: .image), "\(url)")
        }
        for url in ["javascript:alert(1)", "data:image/svg+xml;base64,AAAA", "data:image/svg+xml,<svg onload=alert(1)>", "data:text/html,x",
                    "data:,x", "mailto:a@b.org"] {
            #expect(!URLPolicy.allows(url, as: .image), "\(url)")
        }
    }

    @Test func characterReferencesDecodeAsABrowserDecodesThemInAnAttribute() {
        func decode(_ text: String) -> String { CharacterReferences.decode(Array(text.utf8)[...]) }
        #expect(decode("&#106;&#x61;&#X76;&#0000097;&#x73") == "javas")
        #expect(decode("a&colon;b&Tab;c&NewLine;d&amp;e&lt;") == "a:b\tc\nd&e<")
        #expect(decode("?a=1&amp=2&ampx&amp;") == "?a=1&amp=2&ampx&", "a legacy name before '=' or a letter stays as written")
        #expect(decode("&eacute; &unknown; & &#; &#x;") == "&eacute; &unknown; & &#; &#x;", "unknown names stay, and are escaped on output")
        #expect(decode("&#0;&#xD800;&#x110000;&#99999999999;") == "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}")
    }

    @Test func theTokenizerEndsTagsWhereABrowserDoes() {
        // `>` inside quotes does not close a tag; the first of two attributes wins.
        #expect(HTMLSanitizer.sanitize(#"<img alt="a>b" src="x.png" src="javascript:x">"#).html == #"<img alt="a&gt;b" src="x.png">"#)
        // An attribute name may begin with `=` or hold quotes; a `/` between attributes is a space.
        #expect(HTMLSanitizer.sanitize(#"<img/src="x.png"/onerror=y =z "q=1>"#).html == #"<img src="x.png">"#)
        // A comment closed by `--!>`, and one never closed: the rest of the HTML is dropped with it.
        #expect(HTMLSanitizer.sanitize("a<!-- x --!><b>b</b>").html == "a<b>b</b>")
        #expect(HTMLSanitizer.sanitize("a<!-- <img src=x onerror=y>").html == "a")
        // `<` that starts no tag, `<?`, `<!x` and `</3` are text.
        #expect(HTMLSanitizer.sanitize("1 < 2 <?php x ?> <!DOCTYPE html> </3").html == "1 &lt; 2 &lt;?php x ?> &lt;!DOCTYPE html> &lt;/3")
        // Upper case is read as lower case, and written so.
        #expect(HTMLSanitizer.sanitize(#"<A HREF="HTTPS://X.ORG" TITLE=T>a</A>"#).html == #"<a href="HTTPS://X.ORG" title="T">a</a>"#)
        // The removals, with the offset of their tag.
        #expect(HTMLSanitizer.sanitize(#"<b>x</b><img src="javascript:y" onerror=z><iframe>"#).changes == [
            .init(offset: 8, removal: .address("javascript:y", attribute: "src", element: "img")),
            .init(offset: 8, removal: .attribute("onerror", element: "img")),
            .init(offset: 42, removal: .element("iframe")),
        ])
    }

    @Test func warningsNameTheLineOfTheFile() throws {
        let source = "---\ntitle: T\n---\n# T\n\nSome $x$ math.\n\n<div>\nok\n<img src=x onerror=y>\n</div>\n\n[a](javascript:b) and ![c](javascript:d)\n"
        let notebook = try NotebookParser.parse(source: source, path: "notes/t.md")
        let page = try HTMLReport.page(notebook, [])
        #expect(page.warnings.map(\.line) == [10, 13, 13])
        #expect(page.warnings[0].message.hasPrefix("attribute 'onerror' removed from <img>"))
        #expect(page.warnings[1].message.hasPrefix("link to 'javascript:b' shown as plain text: only http, https, mailto and relative links are kept"))
        #expect(page.warnings[2].message.hasPrefix("image 'javascript:d' shown as its alt text"))
        #expect(page.html.contains("<math"), "math is placed as before")
    }

    @Test func mathInARemovedAddressDoesNotFailTheRender() throws {
        let notebook = try NotebookParser.parse(source: "[x](javascript:$a$) and $b$\n", path: "m.md")
        #expect(notebook.markdown.math.count == 2, "the address's $a$ was protected as math")
        let page = try HTMLReport.page(notebook, [])
        #expect(page.html.contains("<p>x and <math"))
    }

    @Test func folioOwnHTMLIsNeverSanitised() throws {
        let source = """
        # Figures

        See @fig-a.

        ```{swift}
        //| label: fig-a
        //| fig-cap: "A <img src=x onerror=alert(1)> caption with [a link](javascript:alert(2))."
        plot()
        ```
        """
        let notebook = try NotebookParser.parse(source: source, path: "f.md")
        let svg = ##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title id="c1-fig1-title">t</title><style>.a{fill:red}</style><a href="#x"><path onclick="" d="M0 0"/></a></svg>"##
        let results = [CellResult(status: .succeeded, outputs: [.stdout("<script>alert(3)</script>\n"), .figure(svg: svg)])]
        let page = try HTMLReport.page(notebook, results)
        #expect(page.html.contains(svg), "the figure's SVG, style and all, is spliced in as drawn")
        #expect(page.html.contains(#"<pre class="cell-output cell-output-stdout">&lt;script&gt;alert(3)&lt;/script&gt;</pre>"#))
        #expect(page.html.contains(#"<figcaption>Figure 1: A <img src="x"> caption with a link.</figcaption>"#), "the caption's Markdown is prose")
        #expect(page.html.contains(##"<a class="anchor" id="figures" href="#figures""##))
        #expect(page.html.contains(##"<a class="xref" href="#fig-a">Figure&nbsp;1</a>"##))
        #expect(page.warnings.map(\.line) == [7, 7])
        #expect(page.warnings.allSatisfy { $0.message.hasPrefix("fig-cap: ") })
    }

    @Test func rawHTMLTrueKeepsTheHTMLAsWritten() throws {
        let prose = #"<img src=x onerror="alert(1)"> <a href="jav&#x61;script:alert(2)">a</a> [b](javascript:alert(3))"#
        let (html, warnings) = try Self.article("---\nraw-html: true\n---\n" + prose)
        #expect(html == #"<p><img src=x onerror="alert(1)"> <a href="jav&#x61;script:alert(2)">a</a> <a href="javascript:alert(3)">b</a></p>"#)
        #expect(warnings.isEmpty)
        #expect(try Self.article("---\nraw-html: false\n---\n" + prose).html == #"<p><img src="x"> <a>a</a> b</p>"#)
    }

    @Test func rawHTMLIsAFrontMatterSwitch() throws {
        #expect(try NotebookParser.parse(source: "---\nraw-html: true\n---\n", path: "a.md").frontMatter.rawHTML)
        #expect(try !NotebookParser.parse(source: "# x\n", path: "a.md").frontMatter.rawHTML)
        #expect(FrontMatter.keys.contains("raw-html"))
        let error = #expect(throws: NotebookError.self) { try NotebookParser.parse(source: "---\ntitle: T\nraw-html: sometimes\n---\n", path: "n/a.md") }
        #expect(error?.description.hasPrefix("n/a.md:3: error: raw-html must be true") == true, "\(String(describing: error))")
        let typo = try NotebookParser.parse(source: "---\nraw_html: true\n---\n", path: "a.md")
        #expect(typo.warnings.first?.description.contains("did you mean 'raw-html'?") == true)
        #expect(!typo.frontMatter.rawHTML)
    }

    @Test func theSwitchIsNotPartOfTheResultCacheKey() throws {
        let cell = "```{swift}\nprint(1)\n```\n"
        let identity = ToolchainIdentity(compilerVersion: "swift", kernelDigest: "k")
        let keys = try ["---\nraw-html: true\n---\n", "---\nraw-html: false\n---\n"].map { frontMatter in
            let notebook = try NotebookParser.parse(source: frontMatter + cell, path: "c.md")
            return CacheKey.of(ProgramPlanner.plan(notebook, seed: 0), notebook: notebook, toolchain: identity, numeric: NumericEnvironment(blasKernels: nil))
        }
        #expect(keys[0] == keys[1])
    }

    @Test func theMarkdownReportKeepsTheAuthorsTextForGitHubToSanitise() throws {
        let notebook = try NotebookParser.parse(source: "<img src=x onerror=alert(1)> [a](javascript:b)\n", path: "m.md")
        #expect(MarkdownReport.render(notebook, []).markdown.hasPrefix("<img src=x onerror=alert(1)> [a](javascript:b)"))
    }
}
