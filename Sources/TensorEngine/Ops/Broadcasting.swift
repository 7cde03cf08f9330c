/// NumPy broadcasting: align shapes at their trailing axes; each pair of
/// extents must be equal or one of them 1 (a missing axis counts as 1).
/// Returns nil when the shapes do not broadcast.
func broadcastShape(_ a: [Int], _ b: [Int]) -> [Int]? {
    let r = max(a.count, b.count)
    var out = [Int](repeating: 1, count: r)
    for i in 0..<r {
        let x = i < r - a.count ? 1 : a[i - (r - a.count)]
        let y = i < r - b.count ? 1 : b[i - (r - b.count)]
        if x == y || y == 1 {
            out[i] = x
        } else if x == 1 {
            out[i] = y
        } else {
            return nil
        }
    }
    return out
}

/// The message for shapes that do not broadcast; it names both shapes.
func broadcastFailure(_ a: [Int], _ b: [Int]) -> String {
    "shapes \(a) and \(b) do not broadcast"
}

/// Row-major strides of `shape` padded to `rank` axes, with 0 on every axis
/// that `shape` lacks or has extent 1 against a larger `target` extent.
func broadcastStrides(_ shape: [Int], to target: [Int]) -> [Int] {
    let r = target.count, pad = r - shape.count
    var strides = [Int](repeating: 0, count: r)
    var s = 1
    for i in stride(from: shape.count - 1, through: 0, by: -1) {
        strides[i + pad] = shape[i] == 1 && target[i + pad] != 1 ? 0 : s
        s *= shape[i]
    }
    return strides
}

/// Visits the rows of a broadcast result: calls `body(aOffset, bOffset,
/// outOffset)` once per innermost row of `shape.last` elements, in row-major order.
func forEachBroadcastRow(
    shape: [Int], aStrides: [Int], bStrides: [Int], _ body: (Int, Int, Int) -> Void
) {
    let r = shape.count
    let inner = shape[r - 1]
    let rows = shape.dropLast().reduce(1, *)
    var index = [Int](repeating: 0, count: max(r - 1, 0))
    var aOff = 0, bOff = 0
    for row in 0..<rows {
        body(aOff, bOff, row * inner)
        // Odometer increment over the outer axes.
        var axis = r - 2
        while axis >= 0 {
            index[axis] += 1
            aOff += aStrides[axis]
            bOff += bStrides[axis]
            if index[axis] < shape[axis] { break }
            aOff -= aStrides[axis] * shape[axis]
            bOff -= bStrides[axis] * shape[axis]
            index[axis] = 0
            axis -= 1
        }
    }
}
