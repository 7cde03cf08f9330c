/// A problem with the input that stops before anything runs (exit code 2).
///
/// It always names where it is, as compilers do, so that an editor can jump to it. Parsing goes
/// on after a problem, so one run names every problem of a notebook: the first is this error,
/// the rest are `others`, and the warnings found on the way travel with them.
public struct NotebookError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String
    /// Further problems in the same file, in the order they were found.
    public var others: [NotebookError] = []
    /// Warnings found before parsing stopped, so that a failed parse still reports them.
    public var warnings: [NotebookWarning] = []

    public init(file: String, line: Int? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// This problem and the others, each on its own.
    public var all: [NotebookError] {
        var first = self
        first.others = []
        first.warnings = []
        return [first] + others
    }

    /// One error standing for all of `errors`, or nil when there are none.
    static func combining(_ errors: [NotebookError], warnings: [NotebookWarning] = []) -> NotebookError? {
        guard var first = errors.first else { return nil }
        first.others = first.others + errors.dropFirst().flatMap(\.all)
        first.warnings += warnings
        return first
    }

    public var description: String {
        all.map { error in
            if let line = error.line { return "\(error.file):\(line): error: \(error.message)" }
            return "\(error.file): error: \(error.message)"
        }.joined(separator: "\n")
    }
}

/// Something in a notebook that Folio accepts but does not act on as written, such as a Quarto
/// option that means nothing for its reports. It never changes the exit code.
public struct NotebookWarning: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public init(file: String, line: Int, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file):\(line): warning: \(message)" }
}

/// Problems and warnings gathered while a notebook is parsed, so that parsing can go on past one.
struct ParseDiagnostics {
    var file: String
    var errors: [NotebookError] = []
    var warnings: [NotebookWarning] = []

    mutating func error(_ line: Int?, _ message: String) {
        errors.append(NotebookError(file: file, line: line, message))
    }

    mutating func warn(_ line: Int, _ message: String) {
        warnings.append(NotebookWarning(file: file, line: line, message))
    }

    /// Records a problem (and those it carries), so that parsing can go on.
    mutating func record(_ error: NotebookError) {
        errors.append(contentsOf: error.all)
        warnings += error.warnings
    }

    /// Throws everything gathered when anything went wrong, in line order.
    func throwIfFailed() throws(NotebookError) {
        if let error = NotebookError.combining(Self.inLineOrder(errors, line: { $0.line ?? 0 }), warnings: warnings) { throw error }
    }

    /// Sorted by line, keeping the order they were found in on one line.
    static func inLineOrder<Item>(_ items: [Item], line: (Item) -> Int) -> [Item] {
        items.enumerated().sorted { (line($0.element), $0.offset) < (line($1.element), $1.offset) }.map(\.element)
    }
}
