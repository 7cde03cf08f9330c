import Foundation

/// What compiling a notebook needs: a `swiftc`, and the kernel built beside `folio`.
public struct Toolchain: Sendable, Equatable {
    public var swiftc: String
    /// Holds `libNotebookKernel.so` and `Modules/` (SwiftPM's `.build/<config>`).
    public var kernelDirectory: String

    public init(swiftc: String, kernelDirectory: String) {
        self.swiftc = swiftc
        self.kernelDirectory = kernelDirectory
    }

    /// `FOLIO_SWIFTC`, else the first `swiftc` on `PATH`; the kernel beside the running executable.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment,
                              executable: String = CommandLine.executablePath) throws(SetupError) -> Toolchain {
        let swiftc: String
        if let given = environment["FOLIO_SWIFTC"] {
            guard FileManager.default.isExecutableFile(atPath: given) else {
                throw SetupError("FOLIO_SWIFTC is '\(given)', which is not an executable file")
            }
            swiftc = given
        } else {
            let directories = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
            guard let found = directories.map({ "\($0)/swiftc" }).first(where: FileManager.default.isExecutableFile(atPath:)) else {
                throw SetupError("no swiftc on PATH; install the Swift toolchain or set FOLIO_SWIFTC to its swiftc")
            }
            swiftc = found
        }
        let directory = (executable as NSString).deletingLastPathComponent
        let library = "\(directory)/libNotebookKernel.so"
        let module = "\(directory)/Modules/NotebookKernel.swiftmodule"
        guard FileManager.default.fileExists(atPath: library), FileManager.default.fileExists(atPath: module) else {
            throw SetupError("the notebook kernel is missing beside folio (\(directory)); build it with "
                             + "'swift build -c release' (not 'swift build --product folio'), then run .build/release/folio")
        }
        return Toolchain(swiftc: swiftc, kernelDirectory: directory)
    }
}

/// Folio itself cannot run here (exit code 2): no compiler, or no kernel.
public struct SetupError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { "folio: error: \(message)" }
}

extension CommandLine {
    /// The running executable, resolved through `/proc` so that a symlink or a relative
    /// `argv[0]` still finds the kernel beside the real binary.
    public static var executablePath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? arguments[0]
    }
}
