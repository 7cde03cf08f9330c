import Foundation
import Testing

/// The callouts and numbered figures of a rendered page as Chromium lays them out.
@Suite("Cross-references: in the browser", .serialized)
struct CrossReferenceBrowserTests {
    @Test func calloutsAreLightReadableBoxesThatHoldTheirContent() throws {
        let (outcome, folder) = try FolioCLI.render("cross-references.md")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(outcome.status == 0, "\(outcome.stderr)")
        // A copy of the page with a script that writes what the browser computed into the DOM.
        let page = "\(folder)/measured.html"
        let probe = """
        <script>
        const note = document.querySelector('.callout-note'), warning = document.querySelector('.callout-warning');
        const cell = warning.querySelector('.cell'), box = warning.getBoundingClientRect(), inner = cell.getBoundingClientRect();
        const style = getComputedStyle(note);
        document.body.dataset.background = style.backgroundColor;
        document.body.dataset.border = style.borderLeftColor + ' ' + style.borderLeftWidth;
        document.body.dataset.text = getComputedStyle(note.querySelector('.callout-body p')).color;
        document.body.dataset.inside = String(inner.top >= box.top && inner.bottom <= box.bottom && inner.left >= box.left && inner.right <= box.right);
        document.body.dataset.figure = document.querySelector('#fig-photo figcaption').textContent;
        </script>
        """
        try FolioCLI.read("\(folder)/cross-references.html").replacingOccurrences(of: "</body>", with: probe + "</body>")
            .write(toFile: page, atomically: true, encoding: .utf8)
        let dom = try Chromium.run("--dump-dom", page: page)
        func value(_ name: String) -> String {
            dom.firstMatch(of: try! Regex("data-\(name)=\"([^\"]*)\"")).map { String($0.output[1].substring ?? "") } ?? ""
        }
        #expect(value("border") == "rgb(9, 105, 218) 4px", "a note has GitHub's blue bar: \(value("border"))")
        // Chromium gives a `color-mix` with transparency as `color(srgb r g b / alpha)`: the tint
        // over the white page, channel by channel.
        let numbers = value("background").matches(of: /[0-9.]+/).compactMap { Double($0.output) }
        let overWhite = value("background").hasPrefix("color(srgb") && numbers.count == 4
            ? numbers.prefix(3).map { 255 * (1 - numbers[3] + numbers[3] * $0) } : numbers.prefix(3).map { $0 }
        #expect(overWhite.count == 3 && overWhite.allSatisfy { $0 > 230 }, "a light tint: \(value("background"))")
        #expect(value("text") == "rgb(31, 35, 40)", "body text keeps the page's dark colour")
        #expect(value("inside") == "true", "a cell in a callout is drawn inside its box")
        #expect(value("figure") == "Figure 1: A photo of the setup")
    }
}
