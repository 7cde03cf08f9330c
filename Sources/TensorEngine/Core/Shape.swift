/// The extents of a tensor, stored inline: up to six axes.
///
/// A `[Int]` shape costs a heap allocation and reference counting per
/// tensor, which is most of the cost of a 4×4 operation (notes: ~38 ns of
/// allocation against ~1 ns of arithmetic). An inline, trivially copyable
/// shape keeps a small tensor to one allocation, its element buffer.
/// Notebook tensors have at most four axes (NCHW images); six leaves room.
struct Shape: Equatable, Sendable {
    static let maxRank = 6

    var rank: Int
    var count: Int
    var extents: (Int, Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0, 0)

    init(_ dims: [Int]) {
        require(
            dims.count <= Shape.maxRank,
            "shape \(dims) has \(dims.count) axes; tensors have at most \(Shape.maxRank)")
        rank = dims.count
        var n = 1
        withUnsafeMutableBytes(of: &extents) { raw in
            let e = raw.bindMemory(to: Int.self)
            for (i, d) in dims.enumerated() {
                require(d >= 0, "negative extent in shape \(dims)")
                e[i] = d
                n *= d
            }
        }
        count = n
    }

    /// The common small cases, without building an array first.
    static var scalar: Shape { Shape(rank: 0, count: 1) }

    init(_ n: Int) {
        rank = 1
        count = n
        extents.0 = n
    }

    init(_ m: Int, _ n: Int) {
        rank = 2
        count = m * n
        extents.0 = m
        extents.1 = n
    }

    private init(rank: Int, count: Int) {
        self.rank = rank
        self.count = count
    }

    subscript(axis: Int) -> Int {
        withUnsafeBytes(of: extents) { $0.load(fromByteOffset: axis * MemoryLayout<Int>.stride, as: Int.self) }
    }

    var dims: [Int] { (0..<rank).map { self[$0] } }

    static func == (a: Shape, b: Shape) -> Bool {
        a.rank == b.rank && a.count == b.count && a.extents.0 == b.extents.0
            && a.extents.1 == b.extents.1 && a.extents.2 == b.extents.2
            && a.extents.3 == b.extents.3 && a.extents.4 == b.extents.4
            && a.extents.5 == b.extents.5
    }
}
