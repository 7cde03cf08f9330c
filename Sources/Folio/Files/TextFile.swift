import Foundation

/// A whole file read as UTF-8 text; nil when it cannot be read. Invalid bytes become U+FFFD:
/// reports and program output are shown, never rejected.
enum TextFile {
    static func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }
}
