import Foundation
#if canImport(Glibc)
import Glibc

@_silgen_name("fallocate")
private func fallocate(_ descriptor: Int32, _ mode: Int32, _ offset: Int, _ length: Int) -> Int32
#endif

/// A cell's output files (`cell-N.out`, `cell-N.err`), kept to the cell's output limit.
///
/// The program writes them directly (the kernel points descriptors 1 and 2 at them), which is
/// what keeps a crash's last message in the cell it belongs to; so the limit is applied from
/// outside. While the cell runs, `trim` frees the disk blocks of everything between the first
/// and the last `limit / 2` bytes (`FALLOC_FL_PUNCH_HOLE`: the program's writes go on at the
/// same offset, into a sparse file), and `read` loads only those two halves. Memory and disk
/// stay O(limit) however much the cell prints.
enum OutputFiles {
    /// A file is trimmed once it is this much past its limit, so that a busy printer costs one
    /// system call per megabyte or so, not one per poll.
    static let slack = 1 << 20

    /// Frees the middle of `path` when it has grown past `limit`.
    static func trim(_ path: String, limit: Int) {
        #if canImport(Glibc)
        var info = stat()
        guard stat(path, &info) == 0, Int(info.st_size) > limit + slack else { return }
        let block = 4096
        let start = (limit / 2 + block - 1) / block * block
        let end = (Int(info.st_size) - limit / 2) / block * block
        guard end > start else { return }
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        // FALLOC_FL_KEEP_SIZE | FALLOC_FL_PUNCH_HOLE. A file system without holes (rare) refuses,
        // and the file keeps its blocks; `read` still loads only the two halves.
        _ = fallocate(descriptor, 0x01 | 0x02, start, end - start)
        #endif
    }

    /// What a report keeps of a file: all of it, or its first and last `limit / 2` bytes.
    struct Kept {
        var head: [UInt8]
        var tail: [UInt8] = []
        /// The file's full size.
        var size: Int

        var isCut: Bool { size > head.count + tail.count }
        var notShown: Int { size - head.count - tail.count }
    }

    static func read(_ path: String, limit: Int) -> Kept {
        guard let file = FileHandle(forReadingAtPath: path) else { return Kept(head: [], size: 0) }
        defer { try? file.close() }
        let size = Int((try? file.seekToEnd()) ?? 0)
        try? file.seek(toOffset: 0)
        guard size > limit else {
            return Kept(head: Array((try? file.readToEnd()) ?? Data()), size: size)
        }
        let head = Array((try? file.read(upToCount: limit / 2)) ?? Data())
        try? file.seek(toOffset: UInt64(size - limit / 2))
        let tail = Array((try? file.readToEnd()) ?? Data())
        return Kept(head: head, tail: tail, size: size)
    }
}
