/// Everything of the law that changes by calendar year, in one record with its sources: the KIA table (art. 3.41
/// lid 1 Wet IB 2001), the desinvestering threshold (art. 3.47 lid 1), the EIA (art. 3.42) and MIA (art. 3.42a)
/// figures, and whether Vamil (art. 3.31) can be had for an investment of the year.
///
/// Each figure cites the consolidated text of the Wet IB 2001 read for the year (`wetIB`, the version date on
/// wetten.overheid.nl) unless it names its own version, with a status and a note where the text alone does not settle
/// it. `LawYear.netherlands` holds every year; adding a year is adding its record there (docs/law/years.md).
public struct LawYear: Sendable {
    public let year: Int
    /// The version date of the Wet IB 2001 text read for this year.
    public let wetIB: String
    public let kia: KIATable.Schedule
    public let kiaNote: String?
    public let desinvesteringThreshold: Threshold
    public let eia: EIA
    public let mia: MIA
    /// Vamil (willekeurige afschrijving of 75% of the cost of an asset on the Milieulijst) for investments of this year.
    public let vamil: Bool

    public init(_ year: Int, wetIB: String, kia: KIATable.Schedule, kiaNote: String? = nil, desinvesteringThreshold: Threshold,
                eia: EIA, mia: MIA, vamil: Bool) {
        self.year = year
        self.wetIB = wetIB
        self.kia = kia
        self.kiaNote = kiaNote
        self.desinvesteringThreshold = desinvesteringThreshold
        self.eia = eia
        self.mia = mia
        self.vamil = vamil
    }

    /// The desinvestering threshold of a year of disposal: the year's transfer prices must be more than this.
    public struct Threshold: Sendable {
        public let amount: Money
        public let version: String?
        public let status: SourceStatus
        public let note: String?
        public init(_ amount: Money, version: String? = nil, status: SourceStatus = .law, note: String? = nil) {
            self.amount = amount
            self.version = version
            self.status = status
            self.note = note
        }
    }

    /// The EIA of the year: the percentage, the yearly threshold (until 2013), the cap, and a date from which it was
    /// switched off (2002, 2007), with the regulation that did it.
    public struct EIA: Sendable {
        public let rate: ExactDecimal
        public let threshold: Money?
        public let cap: Money
        public let version: String?
        public let offFrom: String?
        public let offSource: LegalSource?
        public let status: SourceStatus
        public let note: String?
        public init(rate: ExactDecimal, threshold: Money?, cap: Money, version: String? = nil, offFrom: String? = nil,
                    offSource: LegalSource? = nil, status: SourceStatus = .law, note: String? = nil) {
            self.rate = rate
            self.threshold = threshold
            self.cap = cap
            self.version = version
            self.offFrom = offFrom
            self.offSource = offSource
            self.status = status
            self.note = note
        }
    }

    /// The MIA of the year: the percentages of categories I, II and III, and as the EIA a threshold and a switch-off.
    public struct MIA: Sendable {
        public let rates: [ExactDecimal]
        public let threshold: Money?
        public let version: String?
        public let offFrom: String?
        public let offSource: LegalSource?
        public let status: SourceStatus
        public let note: String?
        public init(rates: [ExactDecimal], threshold: Money?, version: String? = nil, offFrom: String? = nil,
                    offSource: LegalSource? = nil, status: SourceStatus = .law, note: String? = nil) {
            self.rates = rates
            self.threshold = threshold
            self.version = version
            self.offFrom = offFrom
            self.offSource = offSource
            self.status = status
            self.note = note
        }
    }
}

extension KIATable.Schedule {
    /// 2002–2009: the minimum, then (upper bound inclusive, percentage of the whole total) per row.
    public static func regimeA(minimum: Money, _ rows: [(Money, ExactDecimal)]) -> KIATable.Schedule {
        .percentageOfTotal(minimumExclusive: minimum, brackets: rows.map { KIATable.Bracket(upTo: $0.0, rate: .percent($0.1)) })
    }

    /// 2010 onward: LO, B1, B2, HI and the fixed amount F; 28% and 7,56% (art. 3.41 lid 1, the same in every year).
    public static func regimeB(_ lower: Money, _ b1: Money, _ b2: Money, _ upper: Money, fixed: Money) -> KIATable.Schedule {
        .fixedAmountWithPhaseOut(KIATable.FixedAmountWithPhaseOut(
            lowerBound: lower, percentageUpTo: b1, fixedUpTo: b2, upperBound: upper, fixedAmount: fixed,
            rate: .percent(28), phaseOutRate: .percent("7.56")))
    }
}

extension LawYear {
    /// The year's figures in the engine's tables, each with its source.
    var kiaTable: KIATable {
        KIATable(year: year, schedule: kia, source: .wetIB("art. 3.41 lid 1", version: wetIB, note: kiaNote))
    }

    var threshold: DesinvesteringThreshold {
        let t = desinvesteringThreshold
        return DesinvesteringThreshold(year: year, amount: t.amount,
                                       source: .wetIB("art. 3.47 lid 1", version: t.version ?? wetIB, status: t.status, note: t.note))
    }

    /// The least investment per asset for EIA and MIA: € 450 until 2013 (art. 3.45 lid 1 sub a), € 2.500 from 2014
    /// (art. 3.45 lid 4 sub b) — a change of the law, not a yearly figure.
    private var specialAssetMinimum: Money { year >= 2014 ? 2_500 : 450 }

    var eiaYear: SpecialDeductionYear {
        var periods = [SpecialDeductionYear.Period(from: Day.startOfYear(year), rates: [.percent(eia.rate)], source: nil)]
        if let off = eia.offFrom, let day = Day(iso: off) { periods.append(.init(from: day, rates: [0], source: eia.offSource)) }
        return SpecialDeductionYear(year: year, periods: periods, annualThreshold: eia.threshold, assetMinimum: specialAssetMinimum,
                                    cap: eia.cap, source: .wetIB("art. 3.42", version: eia.version ?? wetIB, status: eia.status, note: eia.note))
    }

    var miaYear: SpecialDeductionYear { Self.miaYear(year, mia, wetIB: wetIB, assetMinimum: specialAssetMinimum) }

    static func miaYear(_ year: Int, _ mia: MIA, wetIB: String, assetMinimum: Money) -> SpecialDeductionYear {
        var periods = [SpecialDeductionYear.Period(from: Day.startOfYear(year), rates: mia.rates.map { .percent($0) }, source: nil)]
        if let off = mia.offFrom, let day = Day(iso: off) { periods.append(.init(from: day, rates: [0, 0, 0], source: mia.offSource)) }
        return SpecialDeductionYear(year: year, periods: periods, annualThreshold: mia.threshold, assetMinimum: assetMinimum, cap: nil,
                                    source: .wetIB("art. 3.42a", version: mia.version ?? wetIB, status: mia.status, note: mia.note))
    }
}
