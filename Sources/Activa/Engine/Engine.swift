/// Activa's engine: pure functions from a register and the law to a report. No IO.
public struct Engine: Sendable {
    public let law: Law
    public let options: EngineOptions

    public init(law: Law = .netherlands, options: EngineOptions = EngineOptions()) {
        self.law = law
        self.options = options
    }

    /// Digits kept where a computation must divide (KIA ÷ total, partner pro-rating): the precision of 28% × cents.
    static let divisionScale = 4

    /// The table of a year; for a year after the known ones the latest table, marked provisional (`futureYears`);
    /// otherwise the error that names the known years.
    public func kiaTable(_ year: Int) throws(EngineError) -> KIATable {
        if let table = law.kiaTables[year] { return table }
        guard let latest = provisionalYear(for: year, known: law.kiaTables.keys), let table = law.kiaTables[latest] else {
            throw .noKIATable(year: year, known: law.kiaYears)
        }
        return KIATable(year: year, schedule: table.schedule, source: table.source.provisional(for: year, takenFrom: latest))
    }

    /// The KIA of a year for separate investments, each its own business asset, each tested against €450.
    public func kia(year: Int, amounts: [Money]) throws(EngineError) -> KIAQuery {
        let table = try kiaTable(year)
        let minimum = law.investeringsaftrek.minimumPerAsset
        let items = amounts.map { KIAQuery.Item(amount: $0, qualifies: !($0 < minimum.value)) }
        let total = items.filter(\.qualifies).reduce(Money.zero) { $0 + $1.amount }
        let provisional = law.kiaTables[year] == nil ? provisionalYear(for: year, known: law.kiaTables.keys)
            .map { ProvisionalFigure(figure: .kiaTable, year: year, takenFrom: $0) } : nil
        return KIAQuery(year: year, items: items, minimum: minimum, computation: table.compute(total: total),
                        provisional: provisional)
    }
}

/// The answer to `activa kia`: a year's KIA for a list of amounts.
public struct KIAQuery: Sendable {
    public struct Item: Sendable {
        public let amount: Money
        public let qualifies: Bool
    }
    public let year: Int
    public let items: [Item]
    public let minimum: Parameter<Money>
    public let computation: KIAComputation
    /// Set when the year's table is not known yet and the latest known one was used (VOORLOPIG).
    public let provisional: ProvisionalFigure?

    public var investments: Money { computation.total }
    public var kia: Money { computation.kia }
}
