/// The order statistics of one lane of a tensor (the values along an axis), found by selection
/// rather than sorting: `lane[k]` is the k-th smallest value, in O(n) on average, as NumPy's
/// `partition` finds them for `median` and `quantile`. The buffer is reused lane after lane.
final class LaneOrder<Scalar: TensorScalar> {
    private var buffer: UnsafeMutableBufferPointer<Scalar>
    private var source: UnsafePointer<Scalar>?
    private var step = 1
    private(set) var count = 0
    private(set) var hasNaN = false

    init(capacity: Int) {
        buffer = .allocate(capacity: Swift.max(capacity, 1))
    }

    deinit { buffer.deallocate() }

    /// Loads `count` values from `start`, `step` apart; `start` must stay valid while this
    /// lane is in use.
    func load(from start: UnsafePointer<Scalar>, step: Int, count: Int) {
        (source, self.step, self.count) = (start, step, count)
        var nan = false
        for i in 0..<count {
            let v = start[i * step]
            buffer[i] = v
            nan = nan || v != v
        }
        hasNaN = nan
    }

    /// The k-th smallest value (0-based). Only meaningful for a lane without NaN, whose
    /// order statistics NumPy replaces by NaN anyway.
    subscript(rank: Int) -> Scalar {
        Self.select(rank, in: UnsafeMutableBufferPointer(rebasing: buffer[0..<count]))
    }

    /// Where in the lane, as loaded, the first element equal to `value` sits (NaN matches NaN).
    func position(of value: Scalar) -> Int {
        guard let source else { return 0 }
        for i in 0..<count {
            let v = source[i * step]
            if v == value || (v != v && value != value) { return i }
        }
        return 0
    }

    /// Hoare's quickselect with a median-of-three pivot: afterwards `a[k]` holds the k-th
    /// smallest value, smaller ones before it and larger ones after (C++'s `nth_element`).
    private static func select(_ k: Int, in a: UnsafeMutableBufferPointer<Scalar>) -> Scalar {
        var low = 0, high = a.count - 1
        while high > low {
            let middle = low + (high - low) / 2
            if a[middle] < a[low] { a.swapAt(middle, low) }
            if a[high] < a[low] { a.swapAt(high, low) }
            if a[high] < a[middle] { a.swapAt(high, middle) }
            let pivot = a[middle]
            var i = low, j = high
            while i <= j {
                while a[i] < pivot { i += 1 }
                while pivot < a[j] { j -= 1 }
                if i <= j {
                    a.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            // Now a[low...j] ≤ pivot ≤ a[i...high], and everything between equals the pivot.
            if k <= j {
                high = j
            } else if k >= i {
                low = i
            } else {
                return a[k]
            }
        }
        return a[k]
    }
}
