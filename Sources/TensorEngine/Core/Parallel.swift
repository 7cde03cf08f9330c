import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Splits `0..<count` into fixed chunks of `chunk` elements and runs them on
/// all cores. Chunk boundaries depend only on `count` and `chunk`, never on
/// the number of threads, so results are the same however the work is scheduled.
/// Work smaller than `threshold` runs inline: a dispatch costs microseconds.
func parallelChunks(
    count: Int, chunk: Int, threshold: Int, _ body: (_ start: Int, _ end: Int) -> Void
) {
    if count < threshold || ProcessInfoCores.count < 2 {
        body(0, count)
        return
    }
    let chunks = (count + chunk - 1) / chunk
    withoutActuallyEscaping(body) { body in
        let box = UncheckedSendable(body)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            box.value(c * chunk, min(count, (c + 1) * chunk))
        }
    }
}

/// Runs `body` once for each fixed block of `block` elements of `0..<count`, on all cores.
///
/// Unlike `parallelChunks`, the blocks are the same calls on a single core too: for work whose
/// result depends on where it is cut (a BLAS call per block), the cut must not depend on the
/// machine.
func parallelBlocks(count: Int, block: Int, _ body: (_ start: Int, _ end: Int) -> Void) {
    let blocks = (count + block - 1) / block
    if ProcessInfoCores.count < 2 {
        for b in 0..<blocks { body(b * block, min(count, (b + 1) * block)) }
        return
    }
    withoutActuallyEscaping(body) { body in
        let box = UncheckedSendable(body)
        DispatchQueue.concurrentPerform(iterations: blocks) { b in
            box.value(b * block, min(count, (b + 1) * block))
        }
    }
}

/// Runs two closures at once and returns both results.
func inParallel<R>(_ first: () -> R, _ second: () -> R) -> (R, R) {
    var results: (R?, R?) = (nil, nil)
    withoutActuallyEscaping(first) { first in
        withoutActuallyEscaping(second) { second in
            withUnsafeMutablePointer(to: &results) { out in
                let box = UncheckedSendable((first, second, out))
                DispatchQueue.concurrentPerform(iterations: 2) { i in
                    if i == 0 {
                        box.value.2.pointee.0 = box.value.0()
                    } else {
                        box.value.2.pointee.1 = box.value.1()
                    }
                }
            }
        }
    }
    return (results.0!, results.1!)
}

/// Elementwise work below a million elements is memory-bound and gains little
/// from a second core, less than the cost of waking one (see `RandomGrain`).
enum ParallelGrain {
    static let elementwiseThreshold = 1 << 20
    static let elementwiseChunk = 1 << 18
    /// Products of at least 2²⁴ multiply-adds (256³) are split into blocks of 128 rows, each
    /// one single-threaded BLAS call: large enough that packing the right-hand matrix once
    /// per block costs little (sgemm 1000×1000 times the same as with 256), small enough that
    /// a batch of 256 rows — d2l's — keeps two cores busy (an MLP training step went from
    /// 1.9 to 1.4 ms). Rows are computed alike in any block, so the cut changed no result.
    static let gemmWork = 1 << 24
    static let gemmRows = 128
}

/// The closure only touches disjoint ranges of buffers that outlive the call.
struct UncheckedSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

/// The number of online CPUs.
enum ProcessInfoCores {
    static let count: Int = {
        #if canImport(Glibc)
        return Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        #else
        return 2
        #endif
    }()
}
