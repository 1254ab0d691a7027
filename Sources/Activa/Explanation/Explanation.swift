/// Why an amount is what it is: the steps, the parameters and the articles, so a user can check it.
public struct Explanation: Sendable, Hashable {
    public var steps: [ExplanationStep]
    public var sources: [LegalSource]
    /// Whether `add` writes steps: `Explanation.enabled` as it was when this explanation was made (a task-local
    /// read costs a hundred instructions; the engine adds steps to every line of every year).
    private let recording: Bool

    /// Whether `add` writes steps into this explanation.
    var isRecording: Bool { recording }

    public init(steps: [ExplanationStep] = [], sources: [LegalSource] = []) {
        self.steps = steps
        self.sources = sources
        self.recording = Explanation.enabled
    }

    /// An empty explanation that writes steps only if `recording` (the caller has read `Explanation.enabled`).
    init(recording: Bool) {
        self.steps = []
        self.sources = []
        self.recording = recording
    }

    /// Whether explanations are being written: a batch that prints no explanation turns them off, and then no
    /// sentence is even formatted (the arguments of `add` are evaluated only when this is true).
    @TaskLocal public static var enabled = true

    /// Explanations are equal when they say the same.
    public static func == (lhs: Explanation, rhs: Explanation) -> Bool {
        lhs.steps == rhs.steps && lhs.sources == rhs.sources
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(steps)
        hasher.combine(sources)
    }

    /// A step that says something without figures of its own (a reason, a note): kind `note`.
    @inline(__always)
    public mutating func add(_ step: @autoclosure () -> LocalizedText, source: @autoclosure () -> LegalSource? = nil) {
        guard recording else { return }
        let source = source()
        steps.append(ExplanationStep(kind: .note, text: step(), source: source))
        if let source, !sources.contains(source) { sources.append(source) }
    }

    /// A computation step: its kind and the figures it used and produced; ActivaFormats says it in words. Nothing is
    /// evaluated unless explanations are being written.
    @inline(__always)
    public mutating func add(_ kind: @autoclosure () -> StepKind, _ figures: @autoclosure () -> [StepFigure],
                             source: @autoclosure () -> LegalSource? = nil) {
        guard recording else { return }
        let source = source()
        steps.append(ExplanationStep(kind: kind(), figures: figures(), source: source))
        if let source, !sources.contains(source) { sources.append(source) }
    }

    /// The first step of a kind, if any.
    public func step(_ kind: StepKind) -> ExplanationStep? { steps.first { $0.kind == kind } }

    public mutating func append(_ other: Explanation) {
        guard !other.steps.isEmpty || !other.sources.isEmpty else { return }
        steps += other.steps
        for source in other.sources where !sources.contains(source) { sources.append(source) }
    }
}

extension LegalSource {
    /// `art. 3.41 lid 1 Wet IB 2001 (versie 2024-01-01) [LAW]`.
    public func citation(_ language: Language) -> String {
        var text = article
        if let version { text += language == .nl ? " (versie \(version))" : " (version \(version))" }
        text += " [\(status.label(language))]"
        if let note { text += " – \(note)" }
        return text
    }
}
