import Foundation

/// What Folio pins in a notebook program's environment so that its numbers are the same on
/// every x86-64 machine with AVX2, whatever its CPU model and core count.
///
/// Measured on one machine, the showcase's numbers changed with each of these: OpenBLAS picks
/// its kernels by CPU model (`SkylakeX` on an AVX-512 machine, `Haswell` on most AVX2 machines,
/// `Sandybridge` on neither give three different results), and its threaded gemm gives
/// different last bits on one thread and on two. The engine itself never lets OpenBLAS thread
/// (it splits large products into fixed blocks); the kernel family has to be fixed before
/// OpenBLAS loads, so it is set in the environment the program starts with.
public struct NumericEnvironment: Sendable, Equatable {
    /// The kernel family every AVX2 + FMA machine runs: OpenBLAS's `Zen` and `SkylakeX` builds
    /// differ from it, `Zen` only in name.
    public static let pinnedKernels = "Haswell"

    /// The kernel family pinned for this machine; nil where the CPU lacks AVX2 or FMA and
    /// OpenBLAS chooses (the report's metadata says so).
    public var blasKernels: String?

    public init(blasKernels: String?) {
        self.blasKernels = blasKernels
    }

    /// Pins `pinnedKernels` where the CPU can run them.
    public static func detect(cpuFlags: Set<String> = CPUFlags.current) -> NumericEnvironment {
        NumericEnvironment(blasKernels: cpuFlags.isSuperset(of: ["avx2", "fma"]) ? pinnedKernels : nil)
    }

    /// The program's environment: `OPENBLAS_CORETYPE` pinned (a user's own setting is kept only
    /// where nothing is pinned), and one BLAS thread, so OpenBLAS starts no idle threads either.
    public func apply(to environment: inout [String: String]) {
        if let blasKernels { environment["OPENBLAS_CORETYPE"] = blasKernels }
        environment["OPENBLAS_NUM_THREADS"] = "1"
    }

    /// How the thread count is kept out of the results, for the report's metadata.
    public static let threadPolicy = "BLAS on one thread per call; products of 2^24+ multiply-adds split into "
        + "128-row blocks and elementwise work into fixed chunks, whatever the core count"

    /// The kernel family as the report's metadata states it.
    public var kernelNote: String {
        if let blasKernels { return "\(blasKernels) (pinned)" }
        return "chosen by OpenBLAS for this CPU, which lacks AVX2 or FMA: "
            + "results may differ in their last digits from those of AVX2 machines"
    }
}

/// The CPU's feature flags, as Linux lists them in `/proc/cpuinfo`.
public enum CPUFlags {
    public static let current: Set<String> = {
        guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return [] }
        return parse(cpuinfo: text)
    }()

    static func parse(cpuinfo: String) -> Set<String> {
        for line in cpuinfo.split(separator: "\n") where line.hasPrefix("flags") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            return Set(line[line.index(after: colon)...].split(separator: " ").map(String.init))
        }
        return []
    }
}
