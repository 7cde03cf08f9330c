import Foundation
import Testing
@testable import Folio

/// A report is a function of the notebook and its seed, not of the machine: the same bytes under
/// every OpenBLAS kernel family and thread count, and in a build without `-target-cpu native`.
@Suite("Reproducible on any machine", .serialized)
struct ReproducibilityTests {
    static let root = ShowcaseTests.root
    /// The showcase, and the notebook that runs every engine path whose result could depend on
    /// the machine (blocked BLAS products, gemv, parallel sums, maps and fills, libm).
    static let notebooks = ["notebooks/numerical-stability.md", "notebooks/reproducibility.md"]

    /// `OPENBLAS_*` as a user's machine may have them. The kernel families other than Haswell
    /// are only asked for where the CPU runs Haswell's: Folio pins it there, and elsewhere leaves
    /// OpenBLAS to choose (the README says so).
    static var settings: [[String: String?]] {
        var settings: [[String: String?]] = [
            ["OPENBLAS_NUM_THREADS": "1"], ["OPENBLAS_NUM_THREADS": "2"], ["OPENBLAS_NUM_THREADS": "4"],
        ]
        if NumericEnvironment.detect().blasKernels != nil {
            settings += [["OPENBLAS_CORETYPE": nil], ["OPENBLAS_CORETYPE": "Haswell"], ["OPENBLAS_CORETYPE": "Zen"],
                         ["OPENBLAS_CORETYPE": "Sandybridge", "OPENBLAS_NUM_THREADS": "1"]]
            if CPUFlags.current.contains("avx512f") { settings.append(["OPENBLAS_CORETYPE": "SkylakeX"]) }
        }
        return settings
    }

    static func render(into folder: String, environment: [String: String?]) throws -> FolioCLI.Outcome {
        try FolioCLI.run(["render"] + notebooks + ["-o", folder], in: root, environment: environment)
    }

    static func files(in folder: String) -> [String: Data] {
        var files: [String: Data] = [:]
        for name in (FileManager.default.subpaths(atPath: folder) ?? []).sorted() {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: "\(folder)/\(name)", isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            files[name] = FileManager.default.contents(atPath: "\(folder)/\(name)")
        }
        return files
    }

    @Test func everyBLASSettingGivesTheSameBytes() throws {
        var reference: [String: Data]?
        for environment in Self.settings {
            let folder = NSTemporaryDirectory() + "folio-blas-\(UUID().uuidString)"
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let outcome = try Self.render(into: folder, environment: environment)
            #expect(outcome.status == 0, "\(environment): \(outcome.stderr)")
            let files = Self.files(in: folder)
            #expect(files.count >= 7, "two reports each and the figures")
            if let reference {
                for (name, data) in reference {
                    #expect(files[name] == data, "\(name) differs under \(environment)")
                }
            } else {
                reference = files
            }
        }
    }

    /// The committed reports were rendered by the release build, whose TensorEngine is compiled
    /// with `-O -target-cpu native` (AVX-512 on the machine that rendered them); the tests' debug
    /// build has neither optimisation nor `-target-cpu`, so its loops run at SSE2's width, one
    /// element at a time. Both give the same bytes: no kernel's result depends on vector width.
    @Test func aBuildWithoutNativeCodegenRendersTheCommittedBytes() throws {
        let folder = NSTemporaryDirectory() + "folio-debug-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let outcome = try FolioCLI.run(["render", "notebooks", "-o", folder], in: Self.root)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        for (name, data) in Self.files(in: folder) {
            let committed = try #require(FileManager.default.contents(atPath: "\(Self.root)/output/\(name)"), "output/\(name)")
            // The provenance comment names the toolchain, which may be another one on CI.
            let fresh = HTMLRegions.removingProvenance(String(decoding: data, as: UTF8.self))
            #expect(fresh == HTMLRegions.removingProvenance(String(decoding: committed, as: UTF8.self)), "output/\(name)")
        }
    }

    @Test func reportsRenderedUnderOneSettingCheckGreenUnderAnother() throws {
        let folder = NSTemporaryDirectory() + "folio-ci-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let rendered = try FolioCLI.run(["render", "notebooks", "-o", folder], in: Self.root,
                                        environment: ["OPENBLAS_CORETYPE": "Sandybridge", "OPENBLAS_NUM_THREADS": "1"])
        #expect(rendered.status == 0, "\(rendered.stderr)")
        let checked = try FolioCLI.run(["check", "notebooks", "-o", folder], in: Self.root,
                                       environment: ["OPENBLAS_CORETYPE": "Zen", "OPENBLAS_NUM_THREADS": "2"])
        #expect(checked.status == 0, "\(checked.stderr)")
        #expect(checked.stderr.isEmpty && checked.stdout.isEmpty, "a check that passes says nothing")
    }

    @Test func theHTMLRecordsWhatItWasComputedWith() throws {
        let html = FolioCLI.read("\(Self.root)/output/reproducibility.html")
        let comment = try #require(html.components(separatedBy: "<!-- folio-provenance\n").dropFirst().first?
            .components(separatedBy: "-->").first)
        #expect(comment.contains("folio \(FolioVersion.current)\n"))
        #expect(comment.contains("swiftc: Swift version "))
        #expect(comment.contains("blas: OpenBLAS "), "the kernel reports the BLAS it loaded")
        #expect(comment.contains("running Haswell kernels"))
        #expect(comment.contains("blas kernels: Haswell (pinned)"))
        #expect(comment.contains("threads: BLAS on one thread per call"))
        #expect(!comment.contains("/"), "no paths: \(comment)")
        #expect(!html.contains("20\(Calendar.current.component(.year, from: Date()) % 100)-"), "no dates")
    }

    @Test func thePinnedKernelsNeedAVX2AndFMA() {
        #expect(NumericEnvironment.detect(cpuFlags: ["sse2", "avx", "avx2", "fma"]).blasKernels == "Haswell")
        let fallback = NumericEnvironment.detect(cpuFlags: ["sse2", "avx"])
        #expect(fallback.blasKernels == nil)
        #expect(fallback.kernelNote.contains("lacks AVX2"))
        var environment = ["OPENBLAS_CORETYPE": "Sandybridge", "OPENBLAS_NUM_THREADS": "8"]
        fallback.apply(to: &environment)
        #expect(environment == ["OPENBLAS_CORETYPE": "Sandybridge", "OPENBLAS_NUM_THREADS": "1"], "a user's own setting is kept")
        NumericEnvironment.detect(cpuFlags: ["avx2", "fma"]).apply(to: &environment)
        #expect(environment["OPENBLAS_CORETYPE"] == "Haswell")
        #expect(CPUFlags.parse(cpuinfo: "processor\t: 0\nflags\t\t: fpu sse2 avx2 fma\n") == ["fpu", "sse2", "avx2", "fma"])
    }
}
