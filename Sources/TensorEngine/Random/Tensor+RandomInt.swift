extension Tensor {
    /// Uniform random integers in `range` (NumPy's `rng.integers(low, high, size)`), from the
    /// default generator: `Tensor<Int32>(randomInt: 0..<10, shape: [100])`. A float tensor
    /// holds the same whole numbers.
    ///
    /// Each value takes 64 random bits (two per Philox block) and maps them to the range by a
    /// multiply-high, without rejection, so element i depends on the key and block i / 2 alone
    /// (the bias, at most span / 2⁶⁴, is far below anything measurable).
    @_specialize(where Scalar == Int32)
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    public init(randomInt range: Range<Int>, shape: [Int]) {
        require(!range.isEmpty, "randomInt: the range \(range) is empty; give low..<high with low < high")
        if Scalar.self == Int32.self {
            require(
                range.lowerBound >= Int(Int32.min) && range.upperBound <= Int(Int32.max) + 1,
                "randomInt: the range \(range) does not fit in int32")
        }
        let dims = Shape(shape)
        let (philox, firstBlock) = Random.reserve(blocks: (dims.count + 1) / 2)
        self = Tensor.randomIntegers(range, philox: philox, firstBlock: firstBlock, shape: dims)
    }

    /// Fills from explicit Philox blocks, two values per block.
    @_specialize(where Scalar == Int32)
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    static func randomIntegers(
        _ range: Range<Int>, philox: Philox4x32, firstBlock: UInt64, shape dims: Shape,
        threshold: Int = RandomGrain.threshold
    ) -> Tensor {
        let low = range.lowerBound
        let span = UInt64(bitPattern: Int64(range.upperBound) &- Int64(low))
        let result = Tensor(uninitialized: dims)
        let out = result.storage.base, count = dims.count
        parallelChunks(count: count, chunk: RandomGrain.chunk, threshold: threshold) { lo, hi in
            let n = hi - lo
            RandomKernels.forEachTile(
                key: philox.key, firstBlock: firstBlock &+ UInt64(lo / 2), blocks: (n + 1) / 2
            ) { s, blocks, x0, x1, x2, x3 in
                for j in 0..<blocks {
                    let i = lo + 2 * (s + j)
                    let a = UInt64(x0[j]) << 32 | UInt64(x1[j]), b = UInt64(x2[j]) << 32 | UInt64(x3[j])
                    out[i] = Scalar._fromDouble(Double(low &+ Int(a.multipliedFullWidth(by: span).high)))
                    if i + 1 < hi {
                        out[i + 1] = Scalar._fromDouble(Double(low &+ Int(b.multipliedFullWidth(by: span).high)))
                    }
                }
            }
        }
        return result
    }
}
