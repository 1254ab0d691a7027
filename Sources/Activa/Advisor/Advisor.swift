/// `activa advise`: looks at a register (and its planned purchases) from a given day and says where a different
/// amount, date, grouping or choice changes the investeringsaftrek, the bijtelling or the depreciation — each
/// time with both computations done by the engine. No advice without a number.
public struct Advisor: Sendable {
    public let engine: Engine

    public init(engine: Engine = Engine()) {
        self.engine = engine
    }

    public func advise(_ register: Register, asOf today: Day) throws(EngineError) -> [Advice] {
        let calendar = register.entity.calendar
        var base = register
        base.planned = []
        // Planned purchases are placed on their earliest day for the "as is" picture.
        base.assets += register.planned.map { $0.asset(committedOn: $0.earliest) }
        let report = try engine.report(base)
        var advice: [Advice] = []
        advice += try justBelowMinimum(base, report: report, today: today, calendar: calendar)
        advice += try partsFormOneAsset(base, report: report, today: today, calendar: calendar)
        advice += try moveAcrossYearEnd(register, base: base, calendar: calendar)
        advice += try belowLowerBound(base, report: report, today: today, calendar: calendar)
        advice += try sales(base, report: report, today: today, calendar: calendar)
        advice += try notInUse(base, report: report, today: today, calendar: calendar)
        advice += try willekeurig(base, report: report, today: today, calendar: calendar)
        return advice
    }

    // MARK: - The measure

    /// KIA + EIA + MIA − desinvesteringsbijtelling over `years`.
    func net(_ report: Report, _ years: [Int]) -> Money {
        years.reduce(Money.zero) { total, year in
            let y = report.year(year)
            return total + y.kia + y.eia + y.mia - y.desinvestering.bijtelling
        }
    }

    func netFigures(_ report: Report, _ years: [Int]) -> [Figure] {
        years.flatMap { year -> [Figure] in
            let y = report.year(year)
            var figures = [Figure(name: .make { l in l == .nl ? "investeringen \(year)" : "investments \(year)" }, amount: y.investments),
                           Figure(name: LocalizedText(nl: "KIA \(year)", en: "KIA \(year)"), amount: y.kia)]
            if !y.eia.isZero { figures.append(Figure(name: LocalizedText(nl: "EIA \(year)", en: "EIA \(year)"), amount: y.eia)) }
            if !y.mia.isZero { figures.append(Figure(name: LocalizedText(nl: "MIA \(year)", en: "MIA \(year)"), amount: y.mia)) }
            if !y.desinvestering.bijtelling.isZero {
                figures.append(Figure(name: LocalizedText(nl: "desinvesteringsbijtelling \(year)", en: "desinvesteringsbijtelling \(year)"),
                                      amount: y.desinvestering.bijtelling))
            }
            return figures
        }
    }

    func measure(_ years: [Int]) -> LocalizedText {
        let range = years.count == 1 ? "\(years[0])" : "\(years.min() ?? 0)–\(years.max() ?? 0)"
        return LocalizedText(nl: "investeringsaftrek − desinvesteringsbijtelling \(range)",
                             en: "investeringsaftrek − desinvesteringsbijtelling \(range)")
    }

    /// Compares two registers on the net investeringsaftrek of `years`; nil when they do not differ.
    func compare(kind: Advice.Kind, assetId: String?, title: LocalizedText, asIs: (Register, LocalizedText),
                 advised: (Register, LocalizedText), years: [Int], sources: [LegalSource]) throws(EngineError) -> Advice? {
        let before = try engine.report(asIs.0), after = try engine.report(advised.0)
        let a = net(before, years), b = net(after, years)
        guard a != b else { return nil }
        return Advice(kind: kind, assetId: assetId, title: title,
                      asIs: Scenario(description: asIs.1, figures: netFigures(before, years), total: a),
                      advised: Scenario(description: advised.1, figures: netFigures(after, years), total: b),
                      difference: b - a, measure: measure(years), sources: sources)
    }

    func source(_ article: String, _ year: Int) -> LegalSource {
        .wetIB(article, version: engine.law.wetIBVersion(forYear: year))
    }
}
