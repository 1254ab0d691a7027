/// One step of a computation, as data: what was computed (`kind`, a stable code), the figures it used and produced
/// (exact, by name) and its source. A bookkeeping app can store or show the steps without reading sentences; tests
/// assert the figures. The codes and figure names are a contract, listed in docs/explanation-trace.md (trace version
/// `ExplanationStep.traceVersion`).
///
/// The sentence that says a step in Dutch or English is not made here: ActivaFormats renders it from the kind and the
/// figures (`ExplanationStep.sentence(_:)`). Only a `note` — a reason or a remark, which is its sentence — carries its
/// text (docs/explanation-trace.md).
public struct ExplanationStep: Sendable, Hashable {
    /// The version of the codes and figure names: raised when one changes meaning or is removed.
    public static let traceVersion = 1

    public let kind: StepKind
    public let figures: [StepFigure]
    /// The engine's own sentence: for a `note`; nil for a step that ActivaFormats renders from its figures.
    public let text: LocalizedText?
    public let source: LegalSource?

    public init(kind: StepKind, figures: [StepFigure] = [], text: LocalizedText? = nil, source: LegalSource? = nil) {
        self.kind = kind
        self.figures = figures
        self.text = text
        self.source = source
    }

    /// The figure of that name, if the step has it.
    public subscript(_ name: String) -> FigureValue? { figures.first { $0.name == name }?.value }

    /// An amount figure by name (tests and apps reading a trace).
    public func amount(_ name: String) -> Money? {
        if case .amount(let value)? = self[name] { return value }
        return nil
    }

    public func rate(_ name: String) -> Rate? {
        if case .rate(let value)? = self[name] { return value }
        return nil
    }

    public func number(_ name: String) -> Int? {
        if case .number(let value)? = self[name] { return value }
        return nil
    }

    public func day(_ name: String) -> Day? {
        if case .day(let value)? = self[name] { return value }
        return nil
    }

    /// A text figure (an id, a code word) by name.
    public func string(_ name: String) -> String? {
        if case .text(let value)? = self[name] { return value }
        return nil
    }
}

/// What a step computed: a dotted code such as `kia.percentage` or `depreciation.straightLine`. Steps that only say
/// something (a reason, a note) are `note`.
public struct StepKind: RawRepresentable, Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }

    public static let note: StepKind = "note"
}

/// A named figure of a step.
public struct StepFigure: Sendable, Hashable {
    public let name: String
    public let value: FigureValue

    public init(_ name: String, _ value: FigureValue) {
        self.name = name
        self.value = value
    }

    public static func amount(_ name: String, _ value: Money) -> StepFigure { StepFigure(name, .amount(value)) }
    public static func rate(_ name: String, _ value: Rate) -> StepFigure { StepFigure(name, .rate(value)) }
    public static func number(_ name: String, _ value: Int) -> StepFigure { StepFigure(name, .number(value)) }
    public static func day(_ name: String, _ value: Day) -> StepFigure { StepFigure(name, .day(value)) }
    public static func text(_ name: String, _ value: String) -> StepFigure { StepFigure(name, .text(value)) }
}

/// The value of a figure: an exact amount in euros, a rate as a fraction (0.28), a whole number (a year, a count of
/// months), a calendar day, or a code word.
public enum FigureValue: Sendable, Hashable {
    case amount(Money)
    case rate(Rate)
    case number(Int)
    case day(Day)
    case text(String)
}
