/// The fixed rules of normal fiscal depreciation (art. 3.30, 3.30a Wet IB 2001; Besluit afschrijvingen 2010).
public struct DepreciationRules: Sendable {
    /// Art. 3.30 lid 2: at most 20% of the cost a year ("op jaarbasis"), from 2007.
    public let yearlyCap: Parameter<Rate>
    /// Art. 3.30 lid 2: at most 10% for goodwill, from 2007.
    public let goodwillYearlyCap: Parameter<Rate>
    /// The first calendar year the caps apply.
    public let capsFrom: Parameter<Int>
    /// Art. 10a.3 lid 1: for an asset acquired before 1 January of `capsFrom` (2007), the yearly maximum from the
    /// first boekjaar starting on or after that day (lid 2) is 12 / (this − V) × the book value at its start, V =
    /// the months already depreciated before it: 60 for other assets, 120 for goodwill.
    public let transitionMonths: Parameter<Int>
    public let goodwillTransitionMonths: Parameter<Int>
    /// Besluit afschrijvingen §6 (art. 3.30 lid 4): items of less than €450 that are not part of a larger asset
    /// may be expensed at once. Exactly €450 is not covered.
    public let smallItemBelow: Parameter<Money>

    public static let netherlands = DepreciationRules(
        yearlyCap: Parameter(value: .percent(20), source: .wetIB("art. 3.30 lid 2", version: "2026-01-01")),
        goodwillYearlyCap: Parameter(value: .percent(10), source: .wetIB("art. 3.30 lid 2", version: "2026-01-01")),
        capsFrom: Parameter(value: 2007, source: .wetIB("art. 3.30 lid 2", version: "2010-01-01",
                                                        note: "not in the 2006 text; Besluit afschrijvingen 2010 §1, §4")),
        transitionMonths: Parameter(value: 60, source: .wetIB("art. 10a.3 lid 1 en 2", version: "2024-01-01")),
        goodwillTransitionMonths: Parameter(value: 120, source: .wetIB("art. 10a.3 lid 1 en 2", version: "2024-01-01")),
        smallItemBelow: Parameter(value: 450, source: LegalSource(article: "Besluit afschrijvingen 2010 §6 (BWBR0027392); art. 3.30 lid 4 Wet IB 2001",
                                                                  version: "2010-03-08", status: .official))
    )
}
