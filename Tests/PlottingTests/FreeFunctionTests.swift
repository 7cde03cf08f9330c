import Testing
import Plotting

/// Free calls draw on pyplot's current figure: the one `figure()` or the last free call made,
/// until it is closed (a notebook closes a figure when it shows it).
@Suite("Free functions and the current figure")
struct FreeFunctionTests {
    @Test("hist, axvline, text, annotate and scatter after figure() all draw on it")
    func oneFigure() throws {
        let fig = figure(figsize: (4, 3))
        #expect(hist([1.0, 2, 2, 3], bins: 3, label: "counts") === fig)
        #expect(axvline(2, style: .dashed) === fig)
        #expect(axhline(1) === fig)
        #expect(text(1, 1, "note") === fig)
        #expect(annotate("here", xy: (2, 2), xytext: (1, 2)) === fig)
        #expect(scatter([1], [1]) === fig)
        #expect(bar([4], [1]) === fig)
        #expect(barh([4], [1]) === fig)
        #expect(fillBetween([1, 2], [0, 1], [1, 2]) === fig)
        #expect(errorbar([1, 2], [1, 2], yerr: 0.5) === fig)
        let svg = try SVGInspection(fig.svg(idPrefix: "ff"))
        #expect(svg.element(id: "ff-axes0-patch0") != nil && svg.element(id: "ff-axes0-line0") != nil)
        #expect(svg.texts.contains("note") && svg.texts.contains("here"))
        fig.close()
    }

    @Test("after close() the next free call starts a new figure; plot and imshow always do")
    func closing() {
        let first = figure()
        first.close()
        let second = hist([1.0, 2], bins: 2)
        #expect(second !== first)
        #expect(axhline(1) === second)
        let plotted = plot([0, 1], [0, 1])
        #expect(plotted !== second, "d2l's plot clears: a new figure")
        #expect(axhline(0.5) === plotted, "and it becomes the current one")
        let image = imshow([[0, 1]])
        #expect(image !== plotted)
        #expect(scatter([0], [0]) === image)
        image.close()
    }

    @Test("every figure made is reported to the observer, once, in order")
    func observer() {
        final class Seen: @unchecked Sendable { var figures: [ObjectIdentifier] = [] }
        let seen = Seen()
        // Other tests make figures on other threads meanwhile: keep only this thread's.
        let thread = pthreadID()
        Figure.observeCreation { figure in if pthreadID() == thread { seen.figures.append(ObjectIdentifier(figure)) } }
        defer { Figure.observeCreation(nil) }
        let a = Figure()
        let b = figure()
        let c = hist([1.0], bins: 1)
        b.close()
        #expect(seen.figures == [ObjectIdentifier(a), ObjectIdentifier(b)])
        #expect(c === b)
    }

    @Test("free imshow has a colour bar for a continuous map, none for classes")
    func colorbar() throws {
        let continuous = imshow([[0, 1], [2, 3]], vmin: 0, vmax: 4)
        continuous.close()
        let svg = try SVGInspection(continuous.svg(idPrefix: "cb"))
        let bar = try #require(svg.element(id: "cb-axes0-colorbar"))
        #expect(svg.element(id: "cb-axes0-colorbar-gradient") != nil)
        let strip = try #require(bar.descendants.first { $0.name == "rect" })
        #expect(strip.value("fill") == "url(#cb-axes0-colorbar-gradient)")
        let labels = bar.descendants.filter { $0.name == "text" }.compactMap(\.stringValue)
        #expect(labels.first == "0" && labels.last == "4", "\(labels)")
        let stops = svg.elements(named: "stop")
        #expect(stops.first?.value("stop-color") == "#440154" && stops.last?.value("stop-color") == "#fde725")
        let box = try svg.axesBox("cb")
        #expect(Box(strip).x > box.right && Box(strip).height == box.height)

        let classes = imshow([[0, 1]], colormap: .tab10Categorical)
        classes.close()
        #expect(try SVGInspection(classes.svg(idPrefix: "nc")).element(id: "nc-axes0-colorbar") == nil)
    }
}

#if canImport(Glibc)
import Glibc
func pthreadID() -> UInt { UInt(pthread_self()) }
#else
import Darwin
func pthreadID() -> UInt { UInt(bitPattern: pthread_self()) }
#endif
