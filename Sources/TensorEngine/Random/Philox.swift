/// Philox4x32-10 (Salmon, Moraes, Dror and Shaw, "Parallel random numbers: as
/// easy as 1, 2, 3", SC'11): a counter-based generator. Output block `c` under
/// key `k` is a keyed bijection of the 128-bit counter, so any element of a
/// random fill can be computed on its own. That is what makes fills
/// independent of thread count and of how work is split into chunks.
public struct Philox4x32: Sendable, Equatable {
    public var key: SIMD2<UInt32>

    public init(key: SIMD2<UInt32>) { self.key = key }

    /// The generator for a 64-bit seed: key = (low 32 bits, high 32 bits).
    public init(seed: UInt64) {
        key = SIMD2(UInt32(truncatingIfNeeded: seed), UInt32(truncatingIfNeeded: seed >> 32))
    }

    /// The 128-bit output block for a counter: ten rounds, nine key bumps.
    @inline(__always)
    public func block(_ counter: SIMD4<UInt32>) -> SIMD4<UInt32> {
        Philox4x32.rounds(counter.x, counter.y, counter.z, counter.w, key.x, key.y)
    }

    /// The block for counter (lo, hi, 0, 0) of a 64-bit block index.
    @inline(__always)
    public func block(index: UInt64) -> SIMD4<UInt32> {
        Philox4x32.rounds(
            UInt32(truncatingIfNeeded: index), UInt32(truncatingIfNeeded: index >> 32), 0, 0,
            key.x, key.y)
    }

    @inline(__always)
    static func rounds(
        _ c0: UInt32, _ c1: UInt32, _ c2: UInt32, _ c3: UInt32, _ k0: UInt32, _ k1: UInt32
    ) -> SIMD4<UInt32> {
        var (c0, c1, c2, c3, k0, k1) = (c0, c1, c2, c3, k0, k1)
        for r in 0..<10 {
            if r > 0 {
                k0 &+= 0x9E37_79B9
                k1 &+= 0xBB67_AE85
            }
            let p0 = UInt64(c0) &* 0xD251_1F53
            let p1 = UInt64(c2) &* 0xCD9E_8D57
            let hi0 = UInt32(truncatingIfNeeded: p0 >> 32), lo0 = UInt32(truncatingIfNeeded: p0)
            let hi1 = UInt32(truncatingIfNeeded: p1 >> 32), lo1 = UInt32(truncatingIfNeeded: p1)
            (c0, c1, c2, c3) = (hi1 ^ c1 ^ k0, lo1, hi0 ^ c3 ^ k1, lo0)
        }
        return SIMD4(c0, c1, c2, c3)
    }
}
