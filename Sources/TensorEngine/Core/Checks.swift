/// Stops the program with `message` unless `condition` holds.
///
/// Not `precondition`: the engine is built with `-Ounchecked` in release,
/// which removes preconditions (and makes `preconditionFailure` undefined
/// behaviour). A notebook with mismatched shapes must stop with a message
/// naming them, in every build; `fatalError` always does.
@inline(__always)
func require(
    _ condition: Bool, _ message: @autoclosure () -> String,
    file: StaticString = #fileID, line: UInt = #line
) {
    if !condition { fatalError(message(), file: file, line: line) }
}
