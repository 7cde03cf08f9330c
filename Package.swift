// swift-tools-version: 6.1
import Foundation
import PackageDescription

/// The CPU TensorEngine's release build targets: `native` (the default) where Folio is built on
/// the machine that runs it; `FOLIO_TARGET_CPU=x86-64-v3` (AVX2) or `x86-64` for a binary to copy
/// to other machines. Reports are the same bytes either way: no kernel's result depends on it.
let targetCPU = ProcessInfo.processInfo.environment["FOLIO_TARGET_CPU"] ?? "native"

/// The toolchain's own swift-syntax (`usr/lib/swift/host`, which the compiler ships for macros),
/// when it is the release Folio pins (603, Swift 6.3's): building the package's copy is most of
/// a fresh build. `FOLIO_SWIFT_SYNTAX=package` builds the package's copy anyway.
let toolchainSyntax: String? = {
    guard ProcessInfo.processInfo.environment["FOLIO_SWIFT_SYNTAX"] != "package" else { return nil }
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    for folder in path.split(separator: ":") {
        let swiftc = URL(fileURLWithPath: "\(folder)/swiftc")
        guard FileManager.default.isExecutableFile(atPath: swiftc.path) else { continue }
        let usr = swiftc.resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent()
        let host = usr.appendingPathComponent("lib/swift/host").path
        let modules = ["SwiftSyntax", "SwiftParser", "SwiftIDEUtils"]
        guard modules.allSatisfy({ FileManager.default.fileExists(atPath: "\(host)/\($0).swiftmodule") }) else { return nil }
        let version = Process()
        version.executableURL = swiftc
        version.arguments = ["--version"]
        let pipe = Pipe()
        version.standardOutput = pipe
        version.standardError = FileHandle.nullDevice
        guard (try? version.run()) != nil else { return nil }
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        version.waitUntilExit()
        return text.contains("Swift version 6.3") ? host : nil
    }
    return nil
}()

let syntaxDependencies: [Target.Dependency] = toolchainSyntax != nil ? [] : [
    .product(name: "SwiftParser", package: "swift-syntax"),
    .product(name: "SwiftSyntax", package: "swift-syntax"),
    .product(name: "SwiftIDEUtils", package: "swift-syntax"),
]
let syntaxSwiftSettings: [SwiftSetting] = toolchainSyntax.map { [.unsafeFlags(["-I", $0])] } ?? []
let syntaxLinkerSettings: [LinkerSetting] = toolchainSyntax.map {
    [.unsafeFlags(["-L", $0, "-lSwiftSyntax", "-lSwiftParser", "-lSwiftIDEUtils", "-Xlinker", "-rpath", "-Xlinker", $0])]
} ?? []

let package = Package(
    name: "Folio",
    products: [
        .executable(name: "folio", targets: ["folio"]),
        .executable(name: "folio-bench", targets: ["folio-bench"]),
        // Notebook programs link this library; `swift build` builds it beside `folio`.
        .library(name: "NotebookKernel", type: .dynamic, targets: ["NotebookKernel"]),
        .library(name: "Folio", targets: ["Folio"]),
        .library(name: "TensorEngine", targets: ["TensorEngine"]),
        .library(name: "Plotting", targets: ["Plotting"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swiftlang/swift-syntax", exact: "603.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(
            name: "COpenBLAS", pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev"])]),
        // SHA-256 for the result cache's keys, from the system's OpenSSL: swift-crypto would
        // compile BoringSSL's C sources, a minute or two of every fresh build.
        .systemLibrary(
            name: "COpenSSL", pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]),
        .target(
            name: "TensorEngine", dependencies: ["COpenBLAS"], exclude: ["README.md"],
            // -Ounchecked: shape checks are explicit fatalErrors, so the stdlib's own checks only
            // cost time. -target-cpu native: Folio is built from source where it runs, and the
            // elementwise and random kernels gain AVX2/AVX-512 (the seed workload runs 1.5x faster).
            swiftSettings: [.unsafeFlags(["-Ounchecked", "-target-cpu", targetCPU], .when(configuration: .release))]),
        .target(name: "Plotting", exclude: ["README.md"]),
        // Swift 5 mode: the kernel's job is C's stdio globals (stdout, dup2), which Swift 6 mode
        // rejects as shared mutable state; notebook programs themselves compile in Swift 5 mode.
        .target(
            name: "NotebookKernel", dependencies: ["TensorEngine", "Plotting"], exclude: ["README.md"],
            swiftSettings: [.swiftLanguageMode(.v5)]),
        .target(
            name: "Folio",
            dependencies: [
                "CCmarkGFM",
                "COpenSSL",
                .product(name: "Yams", package: "Yams"),
            ] + syntaxDependencies,
            exclude: ["README.md"],
            swiftSettings: syntaxSwiftSettings,
            linkerSettings: syntaxLinkerSettings),
        .executableTarget(
            name: "folio",
            dependencies: [
                "Folio",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: syntaxSwiftSettings),
        .executableTarget(
            name: "folio-bench", dependencies: ["TensorEngine", "Plotting", "Folio"],
            path: "Benchmarks/folio-bench", swiftSettings: syntaxSwiftSettings),
        // libFuzzer over Parse and the Markdown report; `scripts/fuzz` builds it with `-D FUZZING`
        // and `--sanitize=fuzzer --sanitize=address`. A plain build makes an input replayer.
        .executableTarget(name: "folio-fuzz", dependencies: ["Folio"], path: "Fuzz/folio-fuzz",
                          swiftSettings: syntaxSwiftSettings),
        .testTarget(name: "TensorEngineTests", dependencies: ["TensorEngine"]),
        .testTarget(name: "PlottingTests", dependencies: ["Plotting"]),
        .testTarget(name: "FolioTests", dependencies: ["Folio"], exclude: ["Fixtures"], swiftSettings: syntaxSwiftSettings),
    ]
)
