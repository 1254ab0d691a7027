/// The engine's answer for a register: every year, every amount with its explanation.
public struct Report: Sendable {
    public var entity: Entity
    public var years: [YearReport]
    /// The named choices the engine made where the law is silent or a figure is UNCONFIRMED.
    public var policies: [PolicyNote]
    /// What the user should look at: a missing or late notification, an assumption made for a future year.
    public var warnings: [ReportWarning] = []
    /// The closed years, each with its filed figures and what the register computes differently now.
    public var closedYears: [ClosedYearStatus] = []

    /// The closed years the register, as it is now, computes differently because it was changed after closing.
    public var changedClosedYears: [ClosedYearStatus] { closedYears.filter { $0.cause == .registerChanged } }
}

/// Something in the register the user should act on.
public struct ReportWarning: Sendable, Hashable {
    public var assetId: String?
    public var text: LocalizedText

    public init(assetId: String?, text: LocalizedText) {
        self.assetId = assetId
        self.text = text
    }
}

/// One fiscal year of the report.
public struct YearReport: Sendable {
    /// The boekjaar, named by the calendar year in which it ends.
    public var year: Int
    /// Its first and last day (a calendar year unless the register sets a gebroken boekjaar).
    public var start: Day
    public var end: Day
    /// The year's total investeringsbedrag of qualifying assets (the KIA base).
    public var investments: Money
    /// The table applied to `investments`; nil when nothing was invested this year.
    public var kiaComputation: KIAComputation?
    /// KIA deducted in this year's aangifte: this year's KIA as far as the betalingscriterium allows, plus
    /// earlier years' deferred KIA released now (art. 3.44).
    public var kia: Money
    /// Of this year's own KIA, the part deferred to later years by the betalingscriterium.
    public var kiaDeferred: Money
    /// Earlier years' KIA released this year.
    public var kiaFromEarlierYears: Money
    /// KIA that will never be taken (the investment was undone or disposed of before the rest was released).
    public var kiaLapsed: Money
    /// The year's qualifying energy investments and the EIA deducted this year (art. 3.42).
    public var eiaInvestments: Money = 0
    public var eia: Money = 0
    /// The year's qualifying environmental investments and the MIA deducted this year (art. 3.42a).
    public var miaInvestments: Money = 0
    public var mia: Money = 0
    public var desinvestering: DesinvesteringYear
    /// The activastaat totals: depreciation, book values, boekwinst, herinvesteringsreserve.
    public var depreciation: DepreciationTotals
    /// The register entries with anything in this year (assembled from the engine's results when read).
    public var assets: AssetYears
    public var partners: [PartnerYear]
    public var explanation: Explanation
    /// The figures of this year taken from an earlier year because this year's are not known yet (VOORLOPIG).
    public var provisional: [ProvisionalFigure] = []
    /// The correction of a closed year's end figures that the register now gives otherwise (foutenleer): in the
    /// first year after the last closed one, and in a closed year filed with one.
    public var foutenherstel: Foutenherstel? = nil
    /// A closed year whose totals are the figures as filed while its asset lines are computed from the register as
    /// it is now (after a correction, or by a newer Activa): the lines then need not add up to the totals.
    public var linesRecomputed = false
    /// For such a year: its aangifte figures as the register computes them now (what a correction accepts).
    public var recomputedFigures: [FiledFigure]? = nil
}

/// The desinvesteringsbijtelling of a year (art. 3.47 Wet IB 2001).
public struct DesinvesteringYear: Sendable {
    /// The total of the transfer prices of this year's disposals of assets with investeringsaftrek (within the window).
    public var transferPrices: Money
    public var threshold: Money?
    /// KIA + EIA + MIA parts.
    public var bijtelling: Money
    public var bijtellingEIA: Money = 0
    public var bijtellingMIA: Money = 0
    public var explanation: Explanation
}

/// One register entry in one year.
public struct AssetYear: Sendable {
    public var id: String
    public var description: String?
    /// The rubriek of the fiscal balance sheet it is shown under.
    public var category: BalanceCategory = .overigeMaterieleVasteActiva
    /// The investment amount, in the year of investment only.
    public var investment: Money?
    /// In the year of investment: whether it counts for the KIA.
    public var qualifies: Bool?
    /// In the year of investment: the asset's part of the year's KIA (by investment amount).
    public var kiaAllocated: Money?
    /// KIA deducted this year for this asset.
    public var kia: Money
    /// KIA of this asset still deferred at the end of the year (betalingscriterium).
    public var kiaOutstanding: Money
    public var kiaLapsed: Money
    /// In the year of investment: the asset's EIA / MIA; and what is deducted this year.
    public var eiaAllocated: Money?
    public var eia: Money = 0
    public var miaAllocated: Money?
    public var mia: Money = 0
    /// Paid by the end of the year (cumulative).
    public var paid: Money
    public var inUse: Bool
    /// A disposal, withdrawal or undoing this year.
    public var disposal: AssetDisposal?
    /// The activastaat line; nil when the asset is not depreciated (no life given, or land).
    public var depreciation: AssetDepreciation?
    public var explanation: Explanation
}

/// A disposal of an asset for the desinvesteringsbijtelling.
public struct AssetDisposal: Sendable {
    public enum Kind: String, Sendable {
        case sale
        case withdrawal
        /// Art. 3.47 lid 6: deemed undone by the 25%-within-12-months or the 3-years-in-use rule.
        case undone
    }
    public var kind: Kind
    public var date: Day
    public var transferPrice: Money
    /// Whether it falls within five years from 1 January of the investment year.
    public var withinWindow: Bool
    /// The whole bijtelling: KIA part + EIA part + MIA part.
    public var bijtelling: Money
    public var bijtellingEIA: Money = 0
    public var bijtellingMIA: Money = 0
}

/// A partner's part of the year (samenwerkingsverband).
public struct PartnerYear: Sendable {
    public var name: String
    public var share: Rate
    /// The base the table was applied to for this partner: the partnership total, plus (from 2021) outside investments.
    public var base: Money
    /// The partner's KIA from the partnership's investments, deducted this year.
    public var kia: Money
    /// From 2021: the partner's KIA on his own outside investments (informative; deducted in his own onderneming).
    public var kiaOutside: Money
    /// EIA and MIA deducted this year (none for a limited partner).
    public var eia: Money = 0
    public var mia: Money = 0
    public var desinvesteringsbijtelling: Money
    public var explanation: Explanation
}

/// A choice the engine made on a point the law leaves open, shown with every report.
public struct PolicyNote: Sendable, Hashable {
    public var name: String
    public var value: String
    public var status: SourceStatus
    public var text: LocalizedText
}

extension Report {
    /// The report of one year; a year without activity reports zeros rather than nothing.
    public func year(_ year: Int) -> YearReport {
        years.first { $0.year == year } ?? YearReport(
            year: year, start: entity.calendar.start(year), end: entity.calendar.end(year), investments: 0, kiaComputation: nil, kia: 0, kiaDeferred: 0, kiaFromEarlierYears: 0, kiaLapsed: 0,
            desinvestering: DesinvesteringYear(transferPrices: 0, threshold: nil, bijtelling: 0, explanation: Explanation()),
            depreciation: DepreciationTotals(), assets: AssetYears(), partners: [], explanation: Explanation())
    }
}
