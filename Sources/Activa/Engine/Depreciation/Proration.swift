/// The part of a year an asset is in use, for normal depreciation and the 20% cap "op jaarbasis".
struct YearFraction: Sendable, Equatable {
    /// In use this many units (months or days) …
    let used: Int
    /// … of this many in the year.
    let of: Int

    var isZero: Bool { used == 0 }
    var isWhole: Bool { used == of }

    /// `amount × fraction`, to cents, half up.
    func of(_ amount: Money) -> Money {
        // A whole year (the usual case): the amount itself, to cents.
        if used == of { return amount.rounded(scale: 2, .halfUp) }
        return (amount * ExactDecimal(used)).divided(by: ExactDecimal(of), scale: 2, rounding: .halfUp)
    }

    /// The use of an asset in the boekjaar `start…end`: from ingebruikname (or the start) to the disposal (or the
    /// end). "Op jaarbasis": a boekjaar of more or fewer than twelve months gives more or less than a whole year.
    static func use(from start: Day, to end: Day, inUse: Day, disposal: Day?, policy: ProrationPolicy) -> YearFraction {
        // Days in the twelve months from the start of the boekjaar (a calendar year: its own length), counted only
        // when the proration is by the day.
        var daysPerYear: Int { start.adding(months: 12).ordinal - start.ordinal }
        guard inUse <= end, disposal.map({ $0 > start }) ?? true else {
            return YearFraction(used: 0, of: policy == .monthly ? 12 : daysPerYear)
        }
        let from = Swift.max(inUse, start)
        let disposedNow = disposal.flatMap { $0 <= end ? $0 : nil }
        switch policy {
        case .monthly:
            let first = from.year * 12 + from.month
            let last = disposedNow.map { $0.year * 12 + $0.month - 1 } ?? (end.year * 12 + end.month)
            return YearFraction(used: Swift.max(0, last - first + 1), of: 12)
        case .daily:
            let lastDay = disposedNow.map { $0.ordinal - 1 } ?? end.ordinal
            return YearFraction(used: Swift.max(0, lastDay - from.ordinal + 1), of: daysPerYear)
        }
    }

    func describe(_ policy: ProrationPolicy, _ language: Language) -> String {
        switch policy {
        case .monthly: return "\(used)/12"
        case .daily: return language == .nl ? "\(used)/\(of) dagen" : "\(used)/\(of) days"
        }
    }
}
