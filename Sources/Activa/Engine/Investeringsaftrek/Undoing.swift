/// Art. 3.47 lid 6 Wet IB 2001: when an investment not (yet) in use is deemed undone.
struct Undoing: Sendable {
    enum Rule: Sendable {
        /// Sub a: less than 25% paid within twelve months after the obligation, and not in use in that period.
        case underpaidWithinTwelveMonths(deadline: Day, paid: Money, required: Money)
        /// Sub b: not in use within three years after 1 January of the investment year.
        case notInUseWithinThreeYears(deadline: Day)
    }
    let date: Day
    let rule: Rule

    /// The earliest undoing that applies to the asset, if any. The investment is taken as undone on the last day of
    /// the term it missed (a named choice: the law does not say on which day; investeringsaftrek.md §4).
    /// It takes the asset's fields, not the asset: passing an asset copies it, with all its fields.
    static func find(committed: Day, cost: Money, inUse: Day?, payments: [Payment]?, disposal: Day?,
                     rules: InvesteringsaftrekRules) -> Undoing? {
        var found: [Undoing] = []
        let twelveMonthsEnd = committed.adding(months: rules.minimumPaidWithinMonths.value).previousDay
        let required = cost * rules.minimumPaidShare.value
        let inUseBy = { (day: Day) in inUse.map { $0 <= day } ?? false }
        let paid = { (day: Day) in Asset.paid(by: day, payments: payments, committed: committed, cost: cost) }
        if !inUseBy(twelveMonthsEnd), paid(twelveMonthsEnd) < required {
            found.append(Undoing(date: twelveMonthsEnd,
                                 rule: .underpaidWithinTwelveMonths(deadline: twelveMonthsEnd, paid: paid(twelveMonthsEnd),
                                                                    required: required)))
        }
        let threeYearsEnd = Day.endOfYear(committed.year + rules.inUseWithinYears.value - 1)
        if !inUseBy(threeYearsEnd) {
            found.append(Undoing(date: threeYearsEnd, rule: .notInUseWithinThreeYears(deadline: threeYearsEnd)))
        }
        guard let first = found.min(by: { $0.date < $1.date }) else { return nil }
        if let disposal, disposal <= first.date { return nil }
        return first
    }

    func explanation(rules: InvesteringsaftrekRules) -> LocalizedText {
        switch rule {
        case .underpaidWithinTwelveMonths(let deadline, let paid, let required):
            return .make { l in
                l == .nl ? "niet in gebruik en tot en met \(deadline) \(TextFormat.euro(paid, l)) betaald, minder dan 25% (\(TextFormat.euro(required, l))): de investering geldt als ongedaan gemaakt op \(deadline)"
                         : "not in use and \(TextFormat.euro(paid, l)) paid up to and including \(deadline), less than 25% (\(TextFormat.euro(required, l))): the investment is deemed undone on \(deadline)"
            }
        case .notInUseWithinThreeYears(let deadline):
            return .make { l in
                l == .nl ? "niet in gebruik genomen binnen drie jaar na 1 januari van het investeringsjaar (uiterlijk \(deadline)): de investering geldt als ongedaan gemaakt"
                         : "not taken into use within three years after 1 January of the investment year (by \(deadline)): the investment is deemed undone"
            }
        }
    }

    func source(rules: InvesteringsaftrekRules) -> LegalSource {
        switch rule {
        case .underpaidWithinTwelveMonths: return rules.minimumPaidShare.source
        case .notInUseWithinThreeYears: return rules.inUseWithinYears.source
        }
    }
}

extension Day {
    /// The day before.
    public var previousDay: Day {
        if day > 1 { return Day(year: year, month: month, day: day - 1) ?? self }
        if month > 1 {
            return Day(year: year, month: month - 1, day: Day.daysInMonth(year: year, month: month - 1)) ?? self
        }
        return Day.endOfYear(year - 1)
    }
}
