import Activa

/// The sentence of an explanation step, in Dutch or English: rendered from the step's kind and figures (the engine
/// records those, not words), or the engine's own text for a `note`. Every writer and page says a step through here.
extension ExplanationStep {
    public func sentence(_ language: Language) -> String {
        if let render = StepSentences.byKind[kind.rawValue] { return render(Figures(step: self), language) }
        return text?.text(language) ?? kind.rawValue
    }
}

/// The sentence of each computation kind, by its code (docs/explanation-trace.md); one file per area of the law.
enum StepSentences {
    typealias Render = @Sendable (Figures, Language) -> String

    static let byKind: [String: Render] = depreciation.merging(investeringsaftrek) { first, _ in first }
}

/// A step's figures as a sentence reads them: a figure a step lacks reads as zero or empty (a trace from elsewhere
/// may be incomplete; a sentence is never a reason to fail).
struct Figures {
    let step: ExplanationStep

    func euro(_ name: String, _ language: Language) -> String { TextFormat.euro(step.amount(name) ?? 0, language) }
    func amount(_ name: String) -> Money { step.amount(name) ?? 0 }
    func percent(_ name: String, _ language: Language) -> String { TextFormat.percent(step.rate(name) ?? 0, language) }
    func number(_ name: String) -> Int { step.number(name) ?? 0 }
    func text(_ name: String) -> String { step.string(name) ?? "" }
    func day(_ name: String) -> String { step.day(name).map { "\($0)" } ?? "" }

    /// The part of a year used, as the proration policy counts it: `7/12` (months) or `200/366 dagen` (days).
    func fraction(_ language: Language) -> String {
        let used = number("used"), of = number("of")
        return of == 12 ? "\(used)/12" : (language == .nl ? "\(used)/\(of) dagen" : "\(used)/\(of) days")
    }
}
