import Synchronization

/// The default generator: a Philox key fixed by the seed, plus a running
/// block counter. Each fill reserves the blocks it needs and advances the
/// counter past them, so the draws of a program depend only on the seed and
/// the sequence of fills, never on threads or timing.
public enum Random {
    struct State {
        var philox: Philox4x32
        var nextBlock: UInt64
    }

    /// One generator per process; the mutex makes concurrent fills safe
    /// (each gets disjoint blocks). The seed is 0 until `seed(_:)` is called.
    static let state = Mutex(State(philox: Philox4x32(seed: 0), nextBlock: 0))

    /// Restarts the default generator from `seed` (as `mx.random.seed`,
    /// `torch.manual_seed`): same seed, same draws.
    public static func seed<T: BinaryInteger>(_ seed: T) {
        let s = UInt64(truncatingIfNeeded: seed)
        state.withLock { $0 = State(philox: Philox4x32(seed: s), nextBlock: 0) }
    }

    /// Reserves `blocks` consecutive counter blocks and returns the key and the first.
    static func reserve(blocks: Int) -> (Philox4x32, UInt64) {
        state.withLock { s in
            let first = s.nextBlock
            s.nextBlock &+= UInt64(blocks)
            return (s.philox, first)
        }
    }
}

/// Random fills are compute-bound (ten Philox rounds, a log and a sincos per
/// pair), but a thread wake-up costs tens of microseconds on this kind of
/// machine and the two vCPUs share vector units: fills go parallel only from
/// 64 Ki elements, in chunks of 64 Ki (measured: a 100×100 fill is faster on
/// one core).
enum RandomGrain {
    static let threshold = 1 << 16
    static let chunk = 1 << 16
}

extension Tensor where Scalar: TensorScalar {
    /// Normal samples, `mean + std·z`, from the default generator.
    public init(randomNormal shape: [Int], mean: Scalar = 0, std: Scalar = 1) {
        self = Tensor.random(.normal(mean: Double(mean), std: Double(std)), shape: shape)
    }

    /// Uniform samples on `[low, high)` from the default generator.
    public init(randomUniform shape: [Int], low: Scalar = 0, high: Scalar = 1) {
        require(low < high, "randomUniform: low \(low) must be below high \(high)")
        self = Tensor.random(.uniform(low: Double(low), high: Double(high)), shape: shape)
    }

    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    static func random(_ d: Distribution, shape: [Int]) -> Tensor {
        let dims = Shape(shape)
        let per = Scalar._valuesPerBlock
        let (philox, first) = Random.reserve(blocks: (dims.count + per - 1) / per)
        return fill(d, philox: philox, firstBlock: first, shape: dims,
                    chunk: RandomGrain.chunk, threshold: RandomGrain.threshold)
    }

    /// Fills from explicit Philox blocks, `chunk` elements (a multiple of the
    /// values per block) at a time; the result does not depend on `chunk`.
    static func fill(
        _ d: Distribution, philox: Philox4x32, firstBlock: UInt64, shape: Shape,
        chunk: Int, threshold: Int
    ) -> Tensor {
        let per = Scalar._valuesPerBlock
        require(chunk % per == 0, "chunk must be a multiple of \(per)")
        let out = Tensor(uninitialized: shape)
        let y = out.storage.base
        parallelChunks(count: shape.count, chunk: chunk, threshold: threshold) { lo, hi in
            Scalar._randomFill(
                d, key: philox.key, firstBlock: firstBlock &+ UInt64(lo / per), y + lo, count: hi - lo)
        }
        return out
    }
}
