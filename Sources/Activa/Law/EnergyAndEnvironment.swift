/// The energie-investeringsaftrek (art. 3.42) or milieu-investeringsaftrek (art. 3.42a) of one calendar year.
public struct SpecialDeductionYear: Sendable {
    public let year: Int
    /// Percentages by commitment date: each period runs from its `from` day to the next period (2002 and 2007 were
    /// switched off late in the year). For MIA one rate per category I, II, III.
    public let periods: [Period]
    /// Until 2013: the year's total of these investments must be more than this (art. 3.42 lid 2 old text).
    public let annualThreshold: Money?
    /// The least investment per asset: €450 until 2013 (art. 3.45 lid 1 sub a), €2.500 from 2014 (lid 4 sub b).
    public let assetMinimum: Money
    /// EIA only: the most energy investment per year that counts (art. 3.42 lid 3).
    public let cap: Money?
    public let source: LegalSource

    public struct Period: Sendable {
        public let from: Day
        /// EIA: one rate. MIA: categories I, II, III.
        public let rates: [Rate]
        public let source: LegalSource?
    }

    /// The period that applies to a commitment date.
    public func period(for day: Day) -> Period? {
        periods.filter { $0.from <= day }.max { $0.from < $1.from }
    }
}

/// The MIA categories of the Milieulijst: F/G = I, A/D = II, B/E = III (Aanwijzingsregeling, BWBR0025316).
public enum MIACategory: String, Sendable, CaseIterable {
    case I, II, III
    var index: Int { self == .I ? 0 : self == .II ? 1 : 2 }
}
