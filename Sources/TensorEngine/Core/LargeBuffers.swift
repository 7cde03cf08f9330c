#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// A small cache of large, page-aligned buffers.
///
/// A buffer given back is kept (up to `maximumCachedBytes` in all) and handed
/// out again for a request of between half its size and its size, so its
/// pages are already mapped. New buffers of 2 MiB or more are aligned to 2 MiB and marked for
/// transparent huge pages where the kernel supports them, which turns ~500
/// page faults per MiB into one.
enum LargeBuffers {
    /// glibc serves requests from 128 KiB with fresh `mmap`s, so every such buffer dropped and
    /// made again page-faulted anew: a fifth of a training step's time (d2l's MLP, batch 256,
    /// whose activations and gradients are 256 KiB to 800 KiB) before they were cached too.
    static let minimumBytes = 128 << 10
    static let maximumCachedBytes = 256 << 20
    static let maximumCachedBuffers = 32
    static let hugePage = 2 << 20

    struct Block: @unchecked Sendable {
        let pointer: UnsafeMutableRawPointer
        let bytes: Int
    }

    struct Cache {
        var blocks: [Block] = []
        var bytes = 0
    }

    static let cache = Mutex(Cache())

    static func take(bytes: Int) -> Block {
        let reused: Block? = cache.withLock { c in
            // The smallest cached block that fits without wasting more than half.
            var best: Int?
            for (i, b) in c.blocks.enumerated() where b.bytes >= bytes && b.bytes <= 2 * bytes {
                if best == nil || b.bytes < c.blocks[best!].bytes { best = i }
            }
            guard let i = best else { return nil }
            c.bytes -= c.blocks[i].bytes
            return c.blocks.remove(at: i)
        }
        if let reused { return reused }
        let huge = bytes >= hugePage
        let pointer = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: huge ? hugePage : 4096)
        #if canImport(Glibc)
        if huge { _ = madvise(pointer, bytes, MADV_HUGEPAGE) }
        #endif
        return Block(pointer: pointer, bytes: bytes)
    }

    static func give(_ block: Block) {
        let evicted: [Block] = cache.withLock { c in
            guard block.bytes <= maximumCachedBytes else { return [block] }
            c.blocks.append(block)
            c.bytes += block.bytes
            var out: [Block] = []
            // Drop the oldest blocks beyond the limits.
            while c.bytes > maximumCachedBytes || c.blocks.count > maximumCachedBuffers {
                let old = c.blocks.removeFirst()
                c.bytes -= old.bytes
                out.append(old)
            }
            return out
        }
        for b in evicted { b.pointer.deallocate() }
    }
}
