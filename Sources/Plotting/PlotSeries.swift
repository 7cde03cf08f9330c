/// A sequence of numbers that can be plotted as one coordinate of a series.
///
/// Plotting does not depend on the tensor engine; the kernel adds `extension Tensor: PlotSeries`.
/// Arrays, slices, countable ranges and strides of any ``PlotScalar`` conform here.
public protocol PlotSeries {
    /// The values in order, widened to `Double`; NaN and infinities are allowed and leave gaps.
    var plotValues: [Double] { get }
    /// The values as they are when they are float32, else nil: a histogram bins float32 data
    /// in float32, as NumPy does, so that values on a bin edge land where NumPy puts them.
    var plotFloat32: [Float]? { get }
}

extension PlotSeries {
    public var plotFloat32: [Float]? { nil }
}

/// A number type whose values can be plotted.
public protocol PlotScalar {
    var plotValue: Double { get }
}

extension Double: PlotScalar { public var plotValue: Double { self } }
extension Float: PlotScalar { public var plotValue: Double { Double(self) } }
extension Int: PlotScalar { public var plotValue: Double { Double(self) } }
extension Int8: PlotScalar { public var plotValue: Double { Double(self) } }
extension Int16: PlotScalar { public var plotValue: Double { Double(self) } }
extension Int32: PlotScalar { public var plotValue: Double { Double(self) } }
extension Int64: PlotScalar { public var plotValue: Double { Double(self) } }
extension UInt: PlotScalar { public var plotValue: Double { Double(self) } }
extension UInt8: PlotScalar { public var plotValue: Double { Double(self) } }
extension UInt16: PlotScalar { public var plotValue: Double { Double(self) } }
extension UInt32: PlotScalar { public var plotValue: Double { Double(self) } }
extension UInt64: PlotScalar { public var plotValue: Double { Double(self) } }

extension Array: PlotSeries where Element: PlotScalar {
    public var plotValues: [Double] { map(\.plotValue) }
    // Not `as? [Float]`, which converts element by element.
    public var plotFloat32: [Float]? { Element.self == Float.self ? unsafeBitCast(self, to: [Float].self) : nil }
}

extension ArraySlice: PlotSeries where Element: PlotScalar {
    public var plotValues: [Double] { map(\.plotValue) }
}

extension ContiguousArray: PlotSeries where Element: PlotScalar {
    public var plotValues: [Double] { map(\.plotValue) }
}

// Only countable ranges conform: `0..<10` has values, `0.0..<1.0` does not.
extension Range: PlotSeries where Bound: PlotScalar & Strideable, Bound.Stride: SignedInteger {
    public var plotValues: [Double] { map(\.plotValue) }
}

extension ClosedRange: PlotSeries where Bound: PlotScalar & Strideable, Bound.Stride: SignedInteger {
    public var plotValues: [Double] { map(\.plotValue) }
}

extension StrideTo: PlotSeries where Element: PlotScalar {
    public var plotValues: [Double] { map(\.plotValue) }
}

extension StrideThrough: PlotSeries where Element: PlotScalar {
    public var plotValues: [Double] { map(\.plotValue) }
}

/// A table of numbers that `imshow` draws as coloured cells: rows of equal length, row 0 at
/// the bottom of the extent.
///
/// Arrays of any ``PlotSeries`` (`[[Double]]`, `[[Float]]`, `[[Int]]` …) conform here, as one
/// conditional conformance since Swift allows no second one of `Array` to the same protocol;
/// the kernel adds rank-2 `Tensor`s.
public protocol PlotGrid {
    /// `plotGrid[row][column]`, widened to `Double`; NaN leaves a cell empty.
    var plotGrid: [[Double]] { get }
}

extension Array: PlotGrid where Element: PlotSeries {
    public var plotGrid: [[Double]] { map(\.plotValues) }
}
