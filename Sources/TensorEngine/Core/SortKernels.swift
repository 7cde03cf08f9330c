/// Stable sorting by an unsigned key whose integer order is the elements' NumPy order.
///
/// Long runs use a least-significant-digit radix sort with 11-bit digits (three passes for
/// 32-bit keys): linear time, stable by construction, and on 10⁷ float32 faster than
/// comparison sorts. The digit counts of every pass come from one read of the data, and a
/// pass whose digit is the same for all elements is skipped. Short runs — rows of a matrix
/// sorted along an axis — sort (key, position) pairs with Swift's sort: a radix sort's
/// 2048-bucket tables cost more than the work there. Keys are recomputed from the values in
/// each pass, so values move intact (NaN payloads, -0.0 before or after 0.0 as they came).
enum SortKernels {
    static let digitBits = 11
    static let buckets = 1 << digitBits
    /// Below this, pair sorting; at and above it, radix sorting.
    static let radixThreshold = 1 << 11

    @inline(__always)
    static func digit<K: FixedWidthInteger & UnsignedInteger>(_ key: K, _ pass: Int) -> Int {
        Int(truncatingIfNeeded: key >> (pass * digitBits)) & (buckets - 1)
    }

    /// The per-pass bucket offsets for `keys` (nil for a pass whose digit never varies).
    @inline(__always)
    static func offsets<T, K: FixedWidthInteger & UnsignedInteger>(
        _ x: UnsafePointer<T>, _ n: Int, passes: Int, key: (T) -> K
    ) -> [[Int]?] {
        var counts = [Int](repeating: 0, count: passes * buckets)
        counts.withUnsafeMutableBufferPointer { c in
            for i in 0..<n {
                let k = key(x[i])
                for p in 0..<passes { c[p * buckets + digit(k, p)] += 1 }
            }
        }
        return (0..<passes).map { p in
            let slice = counts[(p * buckets)..<((p + 1) * buckets)]
            if slice.contains(n) { return nil }
            var running = 0
            return slice.map { count in
                defer { running += count }
                return running
            }
        }
    }

    /// Sorts `x[0..<n]` in place, stably by `key`.
    @inline(__always)
    static func sort<T, K: FixedWidthInteger & UnsignedInteger>(
        _ x: UnsafeMutablePointer<T>, _ n: Int, key: (T) -> K
    ) {
        if n < 2 { return }
        if n < radixThreshold {
            withUnsafeTemporaryAllocation(of: T.self, capacity: n) { copy in
                let c = copy.baseAddress!
                c.initialize(from: x, count: n)
                withUnsafeTemporaryAllocation(of: Int32.self, capacity: n) { order in
                    pairSort(UnsafePointer(c), order.baseAddress!, n, key: key)
                    for i in 0..<n { x[i] = c[Int(order[i])] }
                }
            }
            return
        }
        let passes = (K.bitWidth + digitBits - 1) / digitBits
        let table = offsets(UnsafePointer(x), n, passes: passes, key: key)
        let scratch = UnsafeMutablePointer<T>.allocate(capacity: n)
        defer { scratch.deallocate() }
        var src = x, dst = scratch
        for p in 0..<passes {
            guard var next = table[p] else { continue }
            next.withUnsafeMutableBufferPointer { next in
                for i in 0..<n {
                    let v = src[i]
                    let d = digit(key(v), p)
                    dst[next[d]] = v
                    next[d] += 1
                }
            }
            swap(&src, &dst)
        }
        if src != x { x.update(from: src, count: n) }
    }

    /// The stable sorting permutation of `x[0..<n]` by `key`, as Int32 positions.
    @inline(__always)
    static func argsort<T, K: FixedWidthInteger & UnsignedInteger>(
        _ x: UnsafePointer<T>, _ order: UnsafeMutablePointer<Int32>, _ n: Int, key: (T) -> K
    ) {
        if n < radixThreshold {
            pairSort(x, order, n, key: key)
            return
        }
        let passes = (K.bitWidth + digitBits - 1) / digitBits
        let table = offsets(x, n, passes: passes, key: key)
        // Keys travel with their positions, so later passes read them without the values.
        let keys = UnsafeMutablePointer<K>.allocate(capacity: 2 * n)
        let positions = UnsafeMutablePointer<Int32>.allocate(capacity: n)
        defer { keys.deallocate(); positions.deallocate() }
        for i in 0..<n { keys[i] = key(x[i]); order[i] = Int32(truncatingIfNeeded: i) }
        var srcKeys = keys, dstKeys = keys + n
        var srcOrder = order, dstOrder = positions
        for p in 0..<passes {
            guard var next = table[p] else { continue }
            next.withUnsafeMutableBufferPointer { next in
                for i in 0..<n {
                    let k = srcKeys[i]
                    let d = digit(k, p)
                    let at = next[d]
                    dstKeys[at] = k
                    dstOrder[at] = srcOrder[i]
                    next[d] = at + 1
                }
            }
            swap(&srcKeys, &dstKeys)
            swap(&srcOrder, &dstOrder)
        }
        if srcOrder != order { order.update(from: srcOrder, count: n) }
    }

    /// Sorts (key, position) pairs: distinct positions make the order total, hence stable.
    @inline(__always)
    static func pairSort<T, K: FixedWidthInteger & UnsignedInteger>(
        _ x: UnsafePointer<T>, _ order: UnsafeMutablePointer<Int32>, _ n: Int, key: (T) -> K
    ) {
        if K.bitWidth <= 32 {
            // One 64-bit integer per pair, key above position: plain integer comparisons.
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: n) { packed in
                var packed = packed
                for i in 0..<n { packed[i] = UInt64(key(x[i])) << 32 | UInt64(i) }
                if n <= 16 {
                    for i in 1..<Swift.max(n, 1) {
                        let v = packed[i]
                        var j = i
                        while j > 0 && packed[j - 1] > v { packed[j] = packed[j - 1]; j -= 1 }
                        packed[j] = v
                    }
                } else {
                    packed.sort()
                }
                for i in 0..<n { order[i] = Int32(truncatingIfNeeded: packed[i]) }
            }
            return
        }
        withUnsafeTemporaryAllocation(of: (K, Int32).self, capacity: n) { pairs in
            var pairs = pairs
            for i in 0..<n { pairs[i] = (key(x[i]), Int32(truncatingIfNeeded: i)) }
            pairs.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
            for i in 0..<n { order[i] = pairs[i].1 }
        }
    }
}
