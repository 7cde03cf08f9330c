// swift-tools-version: 6.1
import Foundation
import PackageDescription

/// The CPU TensorEngine's release build targets: `native` (the default) where Folio is built on
/// the machine that runs it; `FOLIO_TARGET_CPU=x86-64-v3` (AVX2) or `x86-64` for a binary to copy
/// to other machines. Reports are the same bytes either way: no kernel's result depends on it.
let targetCPU = ProcessInfo.processInfo.environment["FOLIO_TARGET_CPU"] ?? "native"

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
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(
            name: "COpenBLAS", pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev"])]),
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
                .product(name: "Yams", package: "Yams"),
                .product(name: "SwiftParser", package: "swift-syntax"),
                .product(name: "SwiftSyntax", package: "swift-syntax"),
                .product(name: "SwiftIDEUtils", package: "swift-syntax"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            exclude: ["README.md"]),
        .executableTarget(
            name: "folio",
            dependencies: [
                "Folio",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(
            name: "folio-bench", dependencies: ["TensorEngine", "Plotting", "Folio"],
            path: "Benchmarks/folio-bench"),
        .testTarget(name: "TensorEngineTests", dependencies: ["TensorEngine"]),
        .testTarget(name: "PlottingTests", dependencies: ["Plotting"]),
        .testTarget(name: "FolioTests", dependencies: ["Folio"], exclude: ["Fixtures"]),
    ]
)
