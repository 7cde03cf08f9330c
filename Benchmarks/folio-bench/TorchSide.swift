// PyTorch's side of folio-bench's automatic-differentiation benchmarks: Benchmarks/torch_bench.py,
// run as a child process in a venv of its own, <repo>/.build-bench/torch-venv, made on first use.
//
// The wheel is PyTorch's CPU-only build, which the machine image carries in /opt/wheels (pip's
// find-links there). PyPI itself has only the CUDA build for Linux x86_64: a 500 MB wheel that
// does not import without some GB of nvidia/CUDA packages beside it.
import Foundation

struct TorchReport: Decodable {
    var torch: String
    var threads: Int
    var results: [String: [Double]]
}

/// Runs `executable arguments` with this process's output and the given environment, and waits.
private func runToCompletion(_ executable: String, _ arguments: [String], environment: [String: String]) -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.environment = environment
    do {
        try process.run()
    } catch {
        print("could not run \(executable): \(error)")
        return false
    }
    process.waitUntilExit()
    return process.terminationStatus == 0
}

/// PyTorch's side, in a child process: `torch_bench.py repeats [only]` in the venv, which is
/// created and filled on first use. Nil, with the reason printed, if any step fails.
func runTorch(repeats: Int, only: String? = nil) -> TorchReport? {
    // Benchmarks/folio-bench/TorchSide.swift → Benchmarks/torch_bench.py and the repository root,
    // found from this file, so the benchmark works from any directory.
    let benchmarks = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent()
    let script = benchmarks.appendingPathComponent("torch_bench.py")
    let venv = benchmarks.deletingLastPathComponent()
        .appendingPathComponent(".build-bench").appendingPathComponent("torch-venv")
    let python = venv.appendingPathComponent("bin").appendingPathComponent("python").path

    // PyTorch at its best: it brings its own MKL and OpenMP; the machine-wide OPENBLAS_* settings
    // (and Folio's Haswell pin) are not its concern. Same cleaning as runNumPy's.
    var environment = ProcessInfo.processInfo.environment
    environment["OPENBLAS_CORETYPE"] = nil
    environment["OPENBLAS_L2_SIZE"] = nil

    // torch's wheel installs the `torchrun` script last: its presence means a finished install.
    let torchrun = venv.appendingPathComponent("bin").appendingPathComponent("torchrun").path
    if !FileManager.default.isExecutableFile(atPath: torchrun) {
        let wheel = "/opt/wheels/torch-2.13.0+cpu-cp311-cp311-manylinux_2_28_x86_64.whl"
        guard FileManager.default.fileExists(atPath: wheel) else {
            print("PyTorch skipped: its CPU-only wheel \(wheel) is not on this machine")
            return nil
        }
        print("installing PyTorch 2.13.0+cpu into \(venv.path) (a 183 MB wheel from /opt/wheels, "
              + "its small dependencies from PyPI, 0.9 GB installed; once)")
        guard runToCompletion("/usr/bin/env", ["python3.11", "-m", "venv", venv.path], environment: environment) else {
            print("PyTorch skipped: could not create the venv \(venv.path) with python3.11")
            return nil
        }
        guard runToCompletion(python, ["-m", "pip", "install", "-q", wheel], environment: environment) else {
            print("PyTorch skipped: pip could not install \(wheel) into \(venv.path)")
            return nil
        }
    }

    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = [script.path, String(repeats)] + (only.map { [$0] } ?? [])
    process.environment = environment
    let pipe = Pipe()
    process.standardOutput = pipe
    do {
        try process.run()
    } catch {
        print("could not run \(python) \(script.path): \(error)")
        return nil
    }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0,
          let report = try? JSONDecoder().decode(TorchReport.self, from: data)
    else {
        print("torch_bench.py failed (status \(process.terminationStatus))")
        return nil
    }
    return report
}
