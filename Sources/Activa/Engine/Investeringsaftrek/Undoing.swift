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

    /// The rule's name in a trace: `underpaid` (sub a) or `notInUse` (sub b).
    var ruleName: String {
        switch rule {
        case .underpaidWithinTwelveMonths: "underpaid"
        case .notInUseWithinThreeYears: "notInUse"
        }
    }

    /// The earliest undoing that applies to the asset, if any. The investment is taken as undone on the last day of
    /// the term it missed (a named choice: the law does not say on which day; docs/law/payment-rule.md).
    /// It takes the asset's fields, not the asset: passing an asset copies it, with all its fields.
    /// No investment is undone after the enterprise has stopped (`enterpriseEnd`): its aftrek was taken at the staking.
    static func find(committed: Day, cost: Money, inUse: Day?, payments: [Payment]?, disposal: Day?, enterpriseEnd: Day?,
                     rules: InvesteringsaftrekRules) -> Undoing? {
        var found: [Undoing] = []
        let twelveMonthsEnd = rules.minimumPaidWithin.value.lastDay(from: committed)
        let required = cost * rules.minimumPaidShare.value
        let inUseBy = { (day: Day) in inUse.map { $0 <= day } ?? false }
        let paid = { (day: Day) in Asset.paid(by: day, payments: payments, committed: committed, cost: cost) }
        if !inUseBy(twelveMonthsEnd), paid(twelveMonthsEnd) < required {
            found.append(Undoing(date: twelveMonthsEnd,
                                 rule: .underpaidWithinTwelveMonths(deadline: twelveMonthsEnd, paid: paid(twelveMonthsEnd),
                                                                    required: required)))
        }
        let threeYearsEnd = rules.inUseWithin.value.lastDay(from: Day.startOfYear(committed.year))
        if !inUseBy(threeYearsEnd) {
            found.append(Undoing(date: threeYearsEnd, rule: .notInUseWithinThreeYears(deadline: threeYearsEnd)))
        }
        guard let first = found.min(by: { $0.date < $1.date }) else { return nil }
        if let disposal, disposal <= first.date { return nil }
        if let enterpriseEnd, first.date > enterpriseEnd { return nil }
        return first
    }

    /// The step's figures: which rule, on which day, and for too little paid the amount paid and the 25% required.
    var figures: [StepFigure] {
        switch rule {
        case .underpaidWithinTwelveMonths(_, let paid, let required):
            [.text("rule", ruleName), .day("date", date), .amount("paid", paid), .amount("required", required)]
        case .notInUseWithinThreeYears:
            [.text("rule", ruleName), .day("date", date)]
        }
    }

    func source(rules: InvesteringsaftrekRules) -> LegalSource {
        switch rule {
        case .underpaidWithinTwelveMonths: return rules.minimumPaidShare.source
        case .notInUseWithinThreeYears: return rules.inUseWithin.source
        }
    }
}
