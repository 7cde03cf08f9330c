/// The extents of a tensor, stored inline: up to six axes.
///
/// A `[Int]` shape costs a heap allocation and reference counting per
/// tensor, which is most of the cost of a 4×4 operation (notes: ~38 ns of
/// allocation against ~1 ns of arithmetic). An inline, trivially copyable
/// shape keeps a small tensor to one allocation, its element buffer.
/// Notebook tensors have at most four axes (NCHW images); six leaves room.
struct Shape: Equatable, Sendable {
    static let maxRank = 6

    /// 32 bytes: the element count (low 56 bits) with the rank (top 8), and 32-bit extents. A
    /// `Tensor` (storage, shape, tape reference) is then 48 bytes. The public operators reach
    /// their float32 code through `@_specialize` entry points that copy the result once; at 80
    /// bytes that copy stalled on store forwarding and cost a 4×4 add a fifth of its time. An
    /// axis holds at most 2³¹ − 1 elements.
    private var countAndRank: UInt64
    private var extents: (Int32, Int32, Int32, Int32, Int32, Int32) = (0, 0, 0, 0, 0, 0)

    var count: Int { Int(countAndRank & Shape.countMask) }
    var rank: Int { Int(countAndRank >> 56) }
    private static let countMask: UInt64 = (1 << 56) - 1

    private static func pack(count: Int, rank: Int) -> UInt64 {
        UInt64(count) | UInt64(rank) << 56
    }

    init(_ dims: [Int]) {
        require(
            dims.count <= Shape.maxRank,
            "shape \(dims) has \(dims.count) axes; tensors have at most \(Shape.maxRank)")
        var n = 1
        withUnsafeMutableBytes(of: &extents) { raw in
            let e = raw.bindMemory(to: Int32.self)
            for (i, d) in dims.enumerated() {
                require(d >= 0, "negative extent in shape \(dims)")
                e[i] = Shape.extent(d)
                n *= d
            }
        }
        require(n < 1 << 56, "shape \(dims) has more elements than a tensor can hold")
        countAndRank = Shape.pack(count: n, rank: dims.count)
    }

    /// The common small cases, without building an array first.
    static var scalar: Shape { Shape(rank: 0, count: 1) }

    init(_ n: Int) {
        countAndRank = Shape.pack(count: n, rank: 1)
        extents.0 = Shape.extent(n)
    }

    init(_ m: Int, _ n: Int) {
        countAndRank = Shape.pack(count: m * n, rank: 2)
        extents.0 = Shape.extent(m)
        extents.1 = Shape.extent(n)
    }

    private init(rank: Int, count: Int) {
        countAndRank = Shape.pack(count: count, rank: rank)
    }

    private static func extent(_ n: Int) -> Int32 {
        require(n <= Int(Int32.max), "an axis of \(n) elements is longer than the 2147483647 a tensor allows")
        return Int32(truncatingIfNeeded: n)
    }

    subscript(axis: Int) -> Int {
        Int(withUnsafeBytes(of: extents) { $0.load(fromByteOffset: axis * MemoryLayout<Int32>.stride, as: Int32.self) })
    }

    var dims: [Int] { (0..<rank).map { self[$0] } }

    static func == (a: Shape, b: Shape) -> Bool {
        a.countAndRank == b.countAndRank && a.extents.0 == b.extents.0
            && a.extents.1 == b.extents.1 && a.extents.2 == b.extents.2
            && a.extents.3 == b.extents.3 && a.extents.4 == b.extents.4
            && a.extents.5 == b.extents.5
    }
}
