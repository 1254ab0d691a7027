/// The foutenleer (docs/law/opening-balance.md §4): a closed year stays as filed; when the register now gives its end
/// figures otherwise, the year after it opens with the filed figures and takes the difference into its profit in one
/// amount. Depreciation goes on from the correct book value; it is not spread over later years.
extension Engine {
    /// Sets the foutenherstel of the year after `status`'s closed year, when that year is reported and the end
    /// figures differ.
    func attachFoutenherstel(after status: ClosedYearStatus, to years: inout [YearReport]) {
        let closed = status.closed
        guard let index = years.firstIndex(where: { $0.year == closed.year + 1 }) else { return }
        let filed = Dictionary(closed.figures.map { ($0.key, $0.amount) }, uniquingKeysWith: { first, _ in first })
        let now = years.first(where: { $0.year == closed.year })
        let bookValueFiled = filed["activastaat.bookValue"] ?? 0, bookValueCorrect = now?.depreciation.bookValue ?? 0
        let hirFiled = filed["activastaat.hirBalance"] ?? 0, hirCorrect = now?.depreciation.hirBalance ?? 0
        var assets: [Foutenherstel.AssetDifference] = []
        if !closed.bookValues.isEmpty {
            let correct = now?.heldBookValues ?? [:]
            for id in Set(closed.bookValues.keys).union(correct.keys).sorted() {
                let wasFiled = closed.bookValues[id] ?? 0, isNow = correct[id] ?? 0
                if wasFiled != isNow { assets.append(.init(id: id, filed: wasFiled, correct: isNow)) }
            }
        }
        guard bookValueFiled != bookValueCorrect || hirFiled != hirCorrect || !assets.isEmpty else { return }
        var correction = Foutenherstel(closedYear: closed.year, cause: status.cause ?? .registerChanged, bookValueFiled: bookValueFiled,
                                       bookValueCorrect: bookValueCorrect, hirFiled: hirFiled, hirCorrect: hirCorrect, assets: assets)
        for step in correction.steps { correction.explanation.add(step.kind, step.figures, source: step.source) }
        years[index].foutenherstel = correction
    }

    /// The register with the change that moves its closed years accepted as the correction of an error: each closed
    /// year that the register now gives other figures keeps its filed figures and records the ones it gives now, so
    /// that the report carries the foutenherstel and a further change is refused again. Unchanged when no closed
    /// year moves.
    /// `digest` is the fingerprint of the corrected register (`RegisterDigest`).
    public func acceptCorrection(_ register: Register, on day: Day, registerVersion: Int? = nil, digest: String? = nil) throws(EngineError) -> Register {
        var options = self.options
        options.explanations = false
        options.reportedYears = nil
        let report = try Engine(law: law, options: options).report(register, digest: digest)
        var corrected = register
        for status in report.closedYears where status.cause == .registerChanged {
            guard let index = corrected.closedYears.firstIndex(where: { $0.year == status.closed.year }) else { continue }
            let now = report.years.first(where: { $0.year == status.closed.year })
            corrected.closedYears[index].correction = AcceptedCorrection(acceptedOn: day, registerVersion: registerVersion, registerDigest: digest,
                                                                         figures: now.map { $0.recomputedFigures ?? $0.filedFigures } ?? [], bookValues: now?.heldBookValues ?? [:])
        }
        return corrected
    }
}
