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
        (amount * ExactDecimal(used)).divided(by: ExactDecimal(of), scale: 2, rounding: .halfUp)
    }

    /// The use of an asset in `year`: from ingebruikname (or 1 January) to the disposal (or 31 December).
    static func use(in year: Int, inUse: Day, disposal: Day?, policy: ProrationPolicy) -> YearFraction {
        let start = Day.startOfYear(year), end = Day.endOfYear(year)
        guard inUse <= end, disposal.map({ $0 > start }) ?? true else {
            return YearFraction(used: 0, of: policy == .monthly ? 12 : end.ordinal - start.ordinal + 1)
        }
        let from = Swift.max(inUse, start)
        switch policy {
        case .monthly:
            let first = from.month
            let last = disposal.flatMap { $0.year == year ? $0.month - 1 : nil } ?? 12
            return YearFraction(used: Swift.max(0, last - first + 1), of: 12)
        case .daily:
            let lastDay = disposal.flatMap { $0.year == year ? $0.ordinal - 1 : nil } ?? end.ordinal
            return YearFraction(used: Swift.max(0, lastDay - from.ordinal + 1), of: end.ordinal - start.ordinal + 1)
        }
    }

    func describe(_ policy: ProrationPolicy, _ language: Language) -> String {
        switch policy {
        case .monthly: return "\(used)/12"
        case .daily: return language == .nl ? "\(used)/\(of) dagen" : "\(used)/\(of) days"
        }
    }
}
