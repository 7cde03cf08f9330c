import Testing
@testable import Folio

/// ANSI SGR sequences as HTML spans and as plain text.
struct TerminalStylesTests {
    @Test func basicColoursWeightsAndResets() {
        let text = "\u{1B}[31mred\u{1B}[0m \u{1B}[1;4;42mbold underlined on green\u{1B}[22;24m still green\u{1B}[49m none"
        #expect(TerminalStyles.html(text) == #"<span class="ansi-red-fg">red</span> <span class="ansi-bold ansi-underline ansi-green-bg">bold underlined on green</span>"#
            + #"<span class="ansi-green-bg"> still green</span> none"#)
        #expect(TerminalStyles.plain(text) == "red bold underlined on green still green none")
    }

    @Test func brightExtendedAndTrueColours() {
        #expect(TerminalStyles.html("\u{1B}[91ma\u{1B}[m") == #"<span class="ansi-red-intense-fg">a</span>"#)
        #expect(TerminalStyles.html("\u{1B}[38;5;208ma\u{1B}[m") == #"<span style="color: rgb(255, 135, 0)">a</span>"#)
        #expect(TerminalStyles.html("\u{1B}[38;5;9ma\u{1B}[m") == #"<span class="ansi-red-intense-fg">a</span>"#)
        #expect(TerminalStyles.html("\u{1B}[48;5;240ma\u{1B}[m") == #"<span style="background-color: rgb(88, 88, 88)">a</span>"#)
        #expect(TerminalStyles.html("\u{1B}[38;2;1;2;300ma\u{1B}[0m") == #"<span style="color: rgb(1, 2, 255)">a</span>"#)
    }

    @Test func textIsEscapedAndUnstyledTextUntouched() {
        #expect(TerminalStyles.html("<b>&\u{1B}[1m<i>\u{1B}[0m") == #"&lt;b&gt;&amp;<span class="ansi-bold">&lt;i&gt;</span>"#)
        #expect(TerminalStyles.html("plain <x>") == "plain &lt;x&gt;")
        #expect(TerminalStyles.plain("plain") == "plain")
    }

    @Test func theExecuteStageKeepsStylesOnlyWhereAsked() {
        let raw = "\u{1B}[31mred\u{1B}[0m\u{1B}[2J\u{1B}]0;title\u{7}"
        #expect(TerminalText.printable(raw) == "\u{1B}[31mred\u{1B}[0m")
        #expect(TerminalText.printable(raw, keepingStyles: false) == "red")
    }
}
