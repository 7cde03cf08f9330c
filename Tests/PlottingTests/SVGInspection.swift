import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import Plotting

/// Parses an SVG with Foundation's XML parser (any malformed output fails here) and answers
/// questions about it.
struct SVGInspection {
    let source: String
    let document: XMLDocument

    init(_ source: String) throws {
        self.source = source
        document = try XMLDocument(xmlString: source, options: [])
    }

    var root: XMLElement { document.rootElement()! }

    /// Every element, in document order.
    var elements: [XMLElement] {
        var result: [XMLElement] = []
        func visit(_ node: XMLNode) {
            if let element = node as? XMLElement { result.append(element) }
            for child in node.children ?? [] { visit(child) }
        }
        visit(root)
        return result
    }

    func elements(named name: String) -> [XMLElement] { elements.filter { $0.name == name } }

    func element(id: String) -> XMLElement? { elements.first { $0.value("id") == id } }

    var ids: [String] { elements.compactMap { $0.value("id") } }

    /// The string value of every text element (tspan text included).
    var texts: [String] { elements(named: "text").compactMap(\.stringValue) }

    /// All attribute values of all elements.
    var attributeValues: [String] {
        elements.flatMap { ($0.attributes ?? []).compactMap(\.stringValue) }
    }
}

extension XMLElement {
    /// An attribute's value. (swift-corelibs-foundation's `attribute(forName:)` finds nothing on
    /// elements in a default namespace, as every SVG element is, hence the scan.)
    func value(_ name: String) -> String? {
        attributes?.first { $0.name == name }?.stringValue
    }

    func number(_ name: String) -> Double? { value(name).flatMap(Double.init) }

    /// Elements below this one, in document order.
    var descendants: [XMLElement] {
        var result: [XMLElement] = []
        for child in children ?? [] {
            if let element = child as? XMLElement {
                result.append(element)
                result.append(contentsOf: element.descendants)
            }
        }
        return result
    }
}

/// The subpaths of path data made of M and L commands: one array of points per M.
func subpaths(_ d: String) -> [[(Double, Double)]] {
    var result: [[(Double, Double)]] = []
    var command: Character = " "
    var number = ""
    var pending: [Double] = []
    func flushNumber() {
        if let value = Double(number) { pending.append(value) }
        number = ""
        if pending.count == 2 {
            if command == "M" { result.append([]) }
            result[result.count - 1].append((pending[0], pending[1]))
            pending = []
        }
    }
    for character in d {
        if character == "M" || character == "L" {
            flushNumber()
            command = character
        } else if character == "," || character == " " {
            flushNumber()
        } else {
            number.append(character)
        }
    }
    flushNumber()
    return result
}

/// The path data of a series' line: the first `<path fill="none">` in its group.
func linePath(_ svg: SVGInspection, prefix: String, axes: Int = 0, series: Int) -> String? {
    svg.element(id: "\(prefix)-axes\(axes)-series\(series)")?.descendants
        .first { $0.name == "path" && $0.value("fill") == "none" }?.value("d")
}
