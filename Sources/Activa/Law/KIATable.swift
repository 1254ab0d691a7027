/// The kleinschaligheidsinvesteringsaftrek table of one calendar year (art. 3.41 lid 1 Wet IB 2001).
///
/// In the law's columns "meer dan" is an exclusive lower bound and "maar niet meer dan" an inclusive upper bound.
public struct KIATable: Sendable {
    public let year: Int
    public let schedule: Schedule
    public let source: LegalSource

    public enum Schedule: Sendable {
        /// 2002–2009: one percentage, chosen by the bracket the year total falls in, applied to the whole total.
        /// The result jumps down at every bracket bound.
        case percentageOfTotal(minimumExclusive: Money, brackets: [Bracket])
        /// 2010 onward: 28% of the total, then a fixed amount, then the fixed amount minus 7,56% of the excess, then 0.
        case fixedAmountWithPhaseOut(FixedAmountWithPhaseOut)
    }

    /// A row of a 2002–2009 table: totals up to and including `upTo` get `rate` on the whole total.
    public struct Bracket: Sendable {
        public let upTo: Money
        public let rate: Rate
    }

    /// The five rows of the tables since 2010.
    public struct FixedAmountWithPhaseOut: Sendable {
        /// LO: at or below it, no KIA.
        public let lowerBound: Money
        /// B1: up to and including it, `rate` × total.
        public let percentageUpTo: Money
        /// B2: up to and including it, the fixed amount.
        public let fixedUpTo: Money
        /// HI: up to and including it, the fixed amount minus `phaseOutRate` × (total − B2); above it, 0.
        public let upperBound: Money
        public let fixedAmount: Money
        public let rate: Rate
        public let phaseOutRate: Rate
    }

    /// The highest percentage of the year's total that the table gives (a bracket's rate, or the first row's 28%):
    /// no asset can have received a larger part of its investment.
    public var highestRate: Rate {
        switch schedule {
        case .percentageOfTotal(_, let brackets): return brackets.map(\.rate).max() ?? 0
        case .fixedAmountWithPhaseOut(let rows): return rows.rate
        }
    }

    /// The lowest total that is still "at or below the minimum": investing more than this is needed for any KIA.
    public var minimumExclusive: Money {
        switch schedule {
        case .percentageOfTotal(let minimum, _): return minimum
        case .fixedAmountWithPhaseOut(let rows): return rows.lowerBound
        }
    }
}
