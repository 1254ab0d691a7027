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

    /// The table of a year, or the error that names the known years.
    public func kiaTable(_ year: Int) throws(EngineError) -> KIATable {
        guard let table = law.kiaTables[year] else { throw .noKIATable(year: year, known: law.kiaYears) }
        return table
    }

    /// The KIA of a year for separate investments, each its own business asset, each tested against €450.
    public func kia(year: Int, amounts: [Money]) throws(EngineError) -> KIAQuery {
        let table = try kiaTable(year)
        let minimum = law.investeringsaftrek.minimumPerAsset
        let items = amounts.map { KIAQuery.Item(amount: $0, qualifies: !($0 < minimum.value)) }
        let total = items.filter(\.qualifies).reduce(Money.zero) { $0 + $1.amount }
        return KIAQuery(year: year, items: items, minimum: minimum, computation: table.compute(total: total))
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

    public var investments: Money { computation.total }
    public var kia: Money { computation.kia }
}
