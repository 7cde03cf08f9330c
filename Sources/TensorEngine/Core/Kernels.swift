/// Per-element maths for the concrete scalar types. Float uses the branch-free
/// polynomials in `FloatMath` (they vectorise); Double calls libm.
/// `SIMDScalar` lets kernels load eight lanes at once (`Codable` only because
/// SIMDScalar's storage types require it).
protocol ElementMath: TensorScalar, SIMDScalar, Codable {
    static func exp(_ x: Self) -> Self
    static func log(_ x: Self) -> Self
    static func tanh(_ x: Self) -> Self
    static func sin(_ x: Self) -> Self
    static func cos(_ x: Self) -> Self
    static func pow(_ x: Self, _ y: Self) -> Self
    static func log10(_ x: Self) -> Self
    static func log2(_ x: Self) -> Self
    static func log1p(_ x: Self) -> Self
    static func expm1(_ x: Self) -> Self
}

/// The loops behind the `TensorScalar` hooks. They are generic only to be
/// written once: each is `@inline(__always)` and called from a concrete
/// conformance, so it is compiled (and vectorised) for Float and for Double.
enum Kernels<S: ElementMath> {
    @inline(__always)
    static func map(_ x: UnsafePointer<S>, _ y: UnsafeMutablePointer<S>, _ n: Int, _ f: (S) -> S) {
        for i in 0..<n { y[i] = f(x[i]) }
    }

    @inline(__always)
    static func unary(_ op: UnaryOp, _ x: UnsafePointer<S>, _ y: UnsafeMutablePointer<S>, _ n: Int) {
        switch op {
        case .negate: map(x, y, n) { -$0 }
        case .abs: map(x, y, n) { Swift.abs($0) }
        case .exp: map(x, y, n) { S.exp($0) }
        case .log: map(x, y, n) { S.log($0) }
        // Swift's squareRoot() is libm's sqrtf on Linux (it may set errno), which
        // blocks vectorisation; the root of a magnitude is a plain vector sqrt.
        case .sqrt: map(x, y, n) { $0 < 0 ? .nan : ($0 == 0 ? $0 : $0.magnitude.squareRoot()) }
        // NumPy's maximum(x, 0): NaN propagates, relu(-0) is 0.
        case .relu: map(x, y, n) { $0 > 0 || $0 != $0 ? $0 : 0 }
        // 1/(1+e^-x): e^-x overflows to inf for x < -88 and the quotient is 0, as wanted.
        case .sigmoid: map(x, y, n) { 1 / (1 + S.exp(-$0)) }
        case .tanh: map(x, y, n) { S.tanh($0) }
        case .sin: map(x, y, n) { S.sin($0) }
        case .cos: map(x, y, n) { S.cos($0) }
        case .square: map(x, y, n) { $0 * $0 }
        case .floor: map(x, y, n) { $0.rounded(.down) }
        case .ceil: map(x, y, n) { $0.rounded(.up) }
        // NumPy's rint: halves go to the even neighbour (0.5 → 0, 1.5 → 2, -0.5 → -0).
        case .round: map(x, y, n) { $0.rounded(.toNearestOrEven) }
        // NumPy's sign: sign(±0) = +0, sign(NaN) = NaN.
        case .sign: map(x, y, n) { $0 > 0 ? 1 : $0 < 0 ? -1 : $0 == 0 ? 0 : $0 }
        case .log10: map(x, y, n) { S.log10($0) }
        case .log2: map(x, y, n) { S.log2($0) }
        case .log1p: map(x, y, n) { S.log1p($0) }
        case .expm1: map(x, y, n) { S.expm1($0) }
        case .isnan: map(x, y, n) { $0 != $0 ? 1 : 0 }
        case .isinf: map(x, y, n) { $0.magnitude == .infinity ? 1 : 0 }
        case .isfinite: map(x, y, n) { $0.isFinite ? 1 : 0 }
        }
    }

    @inline(__always)
    static func binary(
        _ op: BinaryOp, _ a: UnsafePointer<S>, _ sa: Int, _ b: UnsafePointer<S>, _ sb: Int,
        _ o: UnsafeMutablePointer<S>, _ n: Int
    ) {
        switch op {
        case .add: stridedZip(a, sa, b, sb, o, n) { $0 + $1 }
        case .subtract: stridedZip(a, sa, b, sb, o, n) { $0 - $1 }
        case .multiply: stridedZip(a, sa, b, sb, o, n) { $0 * $1 }
        case .divide: stridedZip(a, sa, b, sb, o, n) { $0 / $1 }
        case .pow:
            // x² is the common case (d2l's squared loss); NumPy also special-cases it.
            if sb == 0 && b[0] == 2 {
                stridedZip(a, sa, b, sb, o, n) { x, _ in x * x }
            } else {
                stridedZip(a, sa, b, sb, o, n) { S.pow($0, $1) }
            }
        // NumPy's maximum/minimum: NaN in either operand propagates; ties give b.
        case .maximum: stridedZip(a, sa, b, sb, o, n) { $0 > $1 || $0 != $0 ? $0 : $1 }
        case .minimum: stridedZip(a, sa, b, sb, o, n) { $0 < $1 || $0 != $0 ? $0 : $1 }
        case .greater: stridedZip(a, sa, b, sb, o, n) { $0 > $1 ? 1 : 0 }
        case .less: stridedZip(a, sa, b, sb, o, n) { $0 < $1 ? 1 : 0 }
        case .greaterEqual: stridedZip(a, sa, b, sb, o, n) { $0 >= $1 ? 1 : 0 }
        case .lessEqual: stridedZip(a, sa, b, sb, o, n) { $0 <= $1 ? 1 : 0 }
        case .equal: stridedZip(a, sa, b, sb, o, n) { $0 == $1 ? 1 : 0 }
        }
    }

    @inline(__always)
    static func reduce(_ op: ReduceOp, _ x: UnsafePointer<S>, _ n: Int) -> S {
        switch op {
        // NumPy starts from the identity 0, then adds the pairwise sum of the run.
        case .sum: return 0 + pairwiseSum(x, n)
        case .max:
            var m = x[0]
            for i in 1..<max(n, 1) { let v = x[i]; m = v > m || v != v ? v : m }
            return m
        case .min:
            var m = x[0]
            for i in 1..<max(n, 1) { let v = x[i]; m = v < m || v != v ? v : m }
            return m
        }
    }

    /// NumPy's `pairwise_sum` (numpy/_core/src/umath/loops_utils.h.src), copied
    /// operation for operation so that float32 sums agree with NumPy bit for
    /// bit: runs under 8 add sequentially, runs up to 128 use eight unrolled
    /// partial sums, longer runs split in two at a multiple of 8 and recurse.
    /// The error grows as O(log n) rather than O(n), and the result is the
    /// same however the work is later split across threads.
    static func pairwiseSum(_ a: UnsafePointer<S>, _ n: Int) -> S {
        if n < 8 {
            var res: S = 0
            for i in 0..<n { res += a[i] }
            return res
        } else if n <= 128 {
            var r0 = a[0], r1 = a[1], r2 = a[2], r3 = a[3]
            var r4 = a[4], r5 = a[5], r6 = a[6], r7 = a[7]
            var i = 8
            let end = n - n % 8
            while i < end {
                r0 += a[i]; r1 += a[i + 1]; r2 += a[i + 2]; r3 += a[i + 3]
                r4 += a[i + 4]; r5 += a[i + 5]; r6 += a[i + 6]; r7 += a[i + 7]
                i += 8
            }
            var res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
            while i < n { res += a[i]; i += 1 }
            return res
        } else {
            var n2 = n / 2
            n2 -= n2 % 8
            return pairwiseSum(a, n2) + pairwiseSum(a + n2, n - n2)
        }
    }

    /// `c = a · b` by plain loops, in the i-k-j order that streams rows of `b`.
    /// For tiny matrices (4×4) this beats a BLAS call, whose setup dominates.
    @inline(__always)
    static func naiveMatmul(
        _ a: UnsafePointer<S>, _ b: UnsafePointer<S>, _ c: UnsafeMutablePointer<S>,
        _ m: Int, _ n: Int, _ k: Int
    ) {
        for i in 0..<m {
            let row = c + i * n
            for j in 0..<n { row[j] = 0 }
            for p in 0..<k {
                let x = a[i * k + p]
                let brow = b + p * n
                for j in 0..<n { row[j] += x * brow[j] }
            }
        }
    }

    /// `y = A·x` for a row-major m×k matrix: one dot product per row, eight
    /// lanes at a time. OpenBLAS's gemv starts a second thread from 9216
    /// elements, and for a 100×100 matrix waking it costs more than the work.
    @inline(__always)
    static func matVec(
        _ a: UnsafePointer<S>, _ x: UnsafePointer<S>, _ y: UnsafeMutablePointer<S>, _ m: Int, _ k: Int
    ) {
        let wide = k - k % 8
        let xr = UnsafeRawPointer(x)
        for i in 0..<m {
            let row = a + i * k
            let rr = UnsafeRawPointer(row)
            var acc = SIMD8<S>()
            var p = 0
            while p < wide {
                let stride = p * MemoryLayout<S>.stride
                acc += rr.loadUnaligned(fromByteOffset: stride, as: SIMD8<S>.self)
                    * xr.loadUnaligned(fromByteOffset: stride, as: SIMD8<S>.self)
                p += 8
            }
            var s = acc.sum()
            while p < k { s += row[p] * x[p]; p += 1 }
            y[i] = s
        }
    }

    /// `y = xᵀ` for a row-major r×c matrix, in 4×4 blocks: four vector
    /// loads from four rows, four vector stores into four columns (three
    /// times faster than element by element at 100×100).
    @inline(__always)
    static func transpose(_ x: UnsafePointer<S>, _ y: UnsafeMutablePointer<S>, _ r: Int, _ c: Int) {
        let r4 = r - r % 4, c4 = c - c % 4, size = MemoryLayout<S>.stride
        let xr = UnsafeRawPointer(x), yr = UnsafeMutableRawPointer(y)
        @inline(__always) func row(_ i: Int, _ j: Int) -> SIMD4<S> {
            xr.loadUnaligned(fromByteOffset: (i * c + j) * size, as: SIMD4<S>.self)
        }
        var i = 0
        while i < r4 {
            var j = 0
            while j < c4 {
                let a = row(i, j), b = row(i + 1, j), d = row(i + 2, j), e = row(i + 3, j)
                for l in 0..<4 {
                    yr.storeBytes(of: SIMD4(a[l], b[l], d[l], e[l]), toByteOffset: ((j + l) * r + i) * size, as: SIMD4<S>.self)
                }
                j += 4
            }
            for jj in c4..<c { for ii in i..<(i + 4) { y[jj * r + ii] = x[ii * c + jj] } }
            i += 4
        }
        for ii in r4..<r { for jj in 0..<c { y[jj * r + ii] = x[ii * c + jj] } }
    }

    /// Picks the loop for a product: plain loops for tiny work and for
    /// vector products up to 64 Ki elements, else `gemm` (BLAS, one thread).
    /// Large products go to BLAS in fixed blocks of rows, in parallel: each
    /// block is an independent part of the output, and the blocks depend only
    /// on the shape, so the result is the same on one core or sixty-four.
    ///
    /// (Splitting mid-sized products such as the seed's 100×100×100 into two
    /// half-height BLAS calls on two threads was tried and is slower here:
    /// the two vCPUs share vector units, and waking a worker costs more.)
    @inline(__always)
    static func matmul(
        _ a: UnsafePointer<S>, _ b: UnsafePointer<S>, _ c: UnsafeMutablePointer<S>,
        _ m: Int, _ n: Int, _ k: Int, transposeA: Bool, transposeB: Bool,
        gemm: (UnsafePointer<S>, Int, UnsafePointer<S>, Int, UnsafeMutablePointer<S>, Int, Int, Int, Bool, Bool) -> Void
    ) {
        // A transposed vector is the same memory as the vector.
        let transposeA = transposeA && m > 1 && k > 1, transposeB = transposeB && n > 1 && k > 1
        // Aᵀ·x is xᵀ·A, and x·Bᵀ is B·x: vector products read the stored matrix as it lies.
        if transposeA && n == 1 {
            return matmul(b, a, c, 1, m, k, transposeA: false, transposeB: false, gemm: gemm)
        }
        if transposeB && m == 1 {
            return matmul(b, a, c, n, 1, k, transposeA: false, transposeB: false, gemm: gemm)
        }
        let work = m * n * k
        let vectorOrTiny = (n == 1 && m * k <= 1 << 16) || work <= 4096 || (m == 1 && k * n <= 1 << 16)
        if (transposeA || transposeB) && vectorOrTiny {
            // Tiny products with a transposed operand: copying it costs little next to the
            // product, and leaves one set of plain loops.
            let at = transposeA ? UnsafeMutablePointer<S>.allocate(capacity: m * k) : nil
            let bt = transposeB ? UnsafeMutablePointer<S>.allocate(capacity: k * n) : nil
            defer { at?.deallocate(); bt?.deallocate() }
            if let at { transpose(a, at, k, m) }
            if let bt { transpose(b, bt, n, k) }
            matmul(at.map { UnsafePointer($0) } ?? a, bt.map { UnsafePointer($0) } ?? b, c, m, n, k,
                   transposeA: false, transposeB: false, gemm: gemm)
            return
        }
        let lda = transposeA ? m : k, ldb = transposeB ? k : n
        if n == 1 && m * k <= 1 << 16 {
            matVec(a, b, c, m, k)
        } else if vectorOrTiny {
            naiveMatmul(a, b, c, m, n, k)
        } else if m > ParallelGrain.gemmRows && work >= ParallelGrain.gemmWork {
            parallelBlocks(count: m, block: ParallelGrain.gemmRows) { first, end in
                gemm(transposeA ? a + first : a + first * k, lda, b, ldb, c + first * n, end - first, n, k,
                     transposeA, transposeB)
            }
        } else {
            gemm(a, lda, b, ldb, c, m, n, k, transposeA, transposeB)
        }
    }
}

/// `o[i] = f(a[i·sa], b[i·sb])` for steps 0 or 1: one loop per stride pattern, so each is a plain
/// contiguous loop. Generic and always inlined, so that each element type's kernel gets its own copy.
@inline(__always)
func stridedZip<S>(
    _ a: UnsafePointer<S>, _ sa: Int, _ b: UnsafePointer<S>, _ sb: Int,
    _ o: UnsafeMutablePointer<S>, _ n: Int, _ f: (S, S) -> S
) {
    if sa == 1 && sb == 1 {
        for i in 0..<n { o[i] = f(a[i], b[i]) }
    } else if sa == 0 && sb == 1 {
        let x = a[0]
        for i in 0..<n { o[i] = f(x, b[i]) }
    } else if sa == 1 {
        let y = b[0]
        for i in 0..<n { o[i] = f(a[i], y) }
    } else {
        let v = f(a[0], b[0])
        for i in 0..<n { o[i] = v }
    }
}
