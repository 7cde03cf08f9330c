/// The element buffer behind a tensor: a `ManagedBuffer` whose header is the
/// element count and whose scalars are tail-allocated in the same block, so a
/// new small tensor costs one `malloc` rather than an object plus an array.
///
/// Float and Double are trivial types, so elements need no deinitialisation.
final class TensorStorage<Scalar: TensorScalar>: ManagedBuffer<Int, Scalar> {
    static func make(count n: Int) -> TensorStorage<Scalar> {
        let buffer = create(minimumCapacity: n) { _ in n }
        // `create` is a class method that allocates an instance of `Self`;
        // the downcast cannot fail, so skip the dynamic check.
        return unsafeDowncast(buffer, to: TensorStorage<Scalar>.self)
    }

    var count: Int { header }

    /// The first element. The buffer lives as long as the object, and tensors
    /// never expose this pointer outside a `with…` scope.
    var base: UnsafeMutablePointer<Scalar> {
        withUnsafeMutablePointerToElements { $0 }
    }
}
