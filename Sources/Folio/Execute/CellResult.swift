/// What running one cell produced: the Execute stage's product, one per cell.
public struct CellResult: Sendable, Equatable, Codable {
    public var status: CellStatus
    /// In the order the cell produced them.
    public var outputs: [CellOutput]
    /// Wall-clock seconds from the cell's start to its end, when it ran; CI test reports show it.
    public var seconds: Double?
    /// Values of the prose's inline expressions evaluated with this cell (`InlineHost`).
    public var inlineValues: [InlineValue] {
        get { inline ?? [] }
        set { inline = newValue.isEmpty ? nil : newValue }
    }
    /// Optional so that cache entries written before inline values existed still decode.
    private var inline: [InlineValue]?

    public init(status: CellStatus, outputs: [CellOutput] = [], seconds: Double? = nil, inlineValues: [InlineValue] = []) {
        self.status = status
        self.outputs = outputs
        self.seconds = seconds
        self.inline = inlineValues.isEmpty ? nil : inlineValues
    }
}

/// The text an inline expression's value shows as in the prose.
public struct InlineValue: Sendable, Equatable, Codable {
    /// The expression's index among the notebook's inline expressions.
    public var index: Int
    public var text: String

    public init(index: Int, text: String) {
        self.index = index
        self.text = text
    }
}

public enum CellStatus: Sendable, Equatable, Codable {
    case succeeded
    case failed(CellFailure)
    /// An earlier cell failed, or the program did not compile.
    case notRun(reason: String)
    /// `eval: false`.
    case notEvaluated

    public var failure: CellFailure? {
        if case .failed(let failure) = self { return failure }
        return nil
    }
}

public struct CellFailure: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable {
        case compileError = "compile error"
        case crash = "crash"
        case timeout = "timeout"
        case exit = "exit"
    }

    public var kind: Kind
    /// The notebook line the failure points at, when known.
    public var line: Int?
    /// What went wrong, with `file:line` names already rewritten to the notebook's file name.
    public var message: String

    /// Public so that code outside Folio can build results to render; the fuzzer
    /// (`Fuzz/folio-fuzz`) hands the Markdown report synthetic failures with it.
    public init(kind: Kind, line: Int?, message: String) {
        self.kind = kind
        self.line = line
        self.message = message
    }
}

public enum CellOutput: Sendable, Equatable, Codable {
    case stdout(String)
    case stderr(String)
    /// A displayed value's text (a last expression or `display`).
    case value(String)
    case figure(svg: String)
}
