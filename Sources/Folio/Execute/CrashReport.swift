/// What the Swift runtime's backtracer says about a crash, reduced to what a reader needs: the
/// reason (`Bad pointer dereference`, or a stack overflow recognised from the frames), without
/// the addresses, thread ids and library frames that would make two renders of one failure differ.
struct CrashReport {
    /// Such as `Bad pointer dereference`; nil when the text holds no crash report.
    var reason: String?
    /// The function that called itself until the stack ran out, when that is what happened.
    var recursion: String?

    /// How many frames of one function in a row make a crash a stack overflow: the backtracer
    /// shows 64 frames, and no notebook recurses 32 deep by design and then faults.
    static let recursionDepth = 32

    init(_ text: String) {
        var previous: String?, run = 0
        for line in text.split(separator: "\n") {
            if line.hasPrefix("*** Program crashed: ") {
                var reason = line.dropFirst("*** Program crashed: ".count)
                if let at = reason.range(of: " at 0x") { reason = reason[..<at.lowerBound] }
                self.reason = String(reason.hasSuffix(" ***") ? reason.dropLast(4) : reason)
                continue
            }
            // A frame: `  12 [ra] 0x00005… down(_:) + 76 in Notebook at /path/a.md:7:47`.
            guard let address = line.range(of: " 0x"), let plus = line.range(of: " + ", range: address.upperBound..<line.endIndex),
                  let space = line[address.upperBound...].firstIndex(of: " ") else { continue }
            let function = String(line[line.index(after: space)..<plus.lowerBound])
            run = function == previous ? run + 1 : 1
            previous = function
            if run >= Self.recursionDepth, recursion == nil { recursion = function }
        }
    }

    /// One sentence for the report, or nil when the runtime's own message already says it all.
    func sentence(messageIsEmpty: Bool) -> String? {
        if let recursion { return "Program crashed: stack overflow (\(recursion) called itself without end)" }
        guard let reason else { return nil }
        // A trap's reason is an illegal instruction; the runtime's message above it explains.
        if reason == "Illegal instruction" && !messageIsEmpty { return nil }
        if reason == "Illegal instruction" { return "Program crashed: a run-time check failed (Illegal instruction)" }
        return "Program crashed: \(reason)"
    }
}
