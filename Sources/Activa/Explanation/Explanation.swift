/// Why an amount is what it is: the steps, the parameters and the articles, so a user can check it.
public struct Explanation: Sendable, Hashable {
    public var steps: [LocalizedText]
    public var sources: [LegalSource]

    public init(steps: [LocalizedText] = [], sources: [LegalSource] = []) {
        self.steps = steps
        self.sources = sources
    }

    public mutating func add(_ step: LocalizedText, source: LegalSource? = nil) {
        steps.append(step)
        if let source, !sources.contains(source) { sources.append(source) }
    }

    public mutating func append(_ other: Explanation) {
        steps += other.steps
        for source in other.sources where !sources.contains(source) { sources.append(source) }
    }
}

extension LegalSource {
    /// `art. 3.41 lid 1 Wet IB 2001 (versie 2024-01-01) [LAW]`.
    public func citation(_ language: Language) -> String {
        var text = article
        if let version { text += language == .nl ? " (versie \(version))" : " (version \(version))" }
        text += " [\(status.rawValue)]"
        if let note { text += " – \(note)" }
        return text
    }
}
