import Foundation

/// Debian's headless Chromium, to check a report as a reader's browser shows it.
enum Chromium {
    static var executable: String? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first(where: FileManager.default.isExecutableFile(atPath:))
    }

    /// Runs Chromium headless on a page; `mode` is `--dump-dom` or `--screenshot=PATH`.
    static func run(_ mode: String, page: String) throws -> String {
        guard let executable else { throw BrowserMissing() }
        let profile = NSTemporaryDirectory() + "folio-chromium-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                             "--user-data-dir=\(profile)", "--virtual-time-budget=3000", "--window-size=1280,2000",
                             mode, URL(fileURLWithPath: page).absoluteString]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    struct BrowserMissing: Error, CustomStringConvertible {
        var description: String { "chromium is not installed; scripts/test installs it" }
    }
}
