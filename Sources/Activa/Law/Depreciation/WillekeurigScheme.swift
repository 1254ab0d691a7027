/// A scheme of willekeurige afschrijving (art. 3.31–3.39 Wet IB 2001; Uitvoeringsregeling willekeurige
/// afschrijving 2001, UWA). Membership is decided by the commitment date (art. 3.39).
public struct WillekeurigScheme: Sendable {
    public enum Identifier: String, Sendable, CaseIterable {
        case crisis2009, crisis2010, crisis2011, scheme2013, scheme2023, starters, vamil
    }

    public let id: Identifier
    public let name: LocalizedText
    /// The commitment dates the scheme covers; nil for starters (decided by the entity's starters years).
    public internal(set) var window: ClosedRange<Day>?
    public let maximum: Maximum
    public let timing: Timing
    /// Must be in use before this day, or the willekeurige afschrijving is taken back (art. 3.38; UWA art. 15).
    public let inUseBefore: Day?
    /// Only assets not used before (the temporary schemes and Vamil).
    public let requiresNew: Bool
    public let excludedKinds: Set<AssetKind>
    /// Passenger cars are excluded unless their CO2 emission is at most this (g/km); nil = all excluded.
    public let carCO2Limit: (diesel: Int, other: Int)?
    /// Assets mainly made available to third parties are excluded.
    public let excludesRentedOut: Bool
    /// Starters: only for IB ondernemers, with the KIA exclusions (art. 3.45, 3.46) and a yearly ceiling.
    public let ibOnly: Bool
    public let followsKIAExclusions: Bool
    public let source: LegalSource
    /// Starters: a change the scheme does not allow (renting out) within this term after the beginning of the
    /// investment year takes the willekeurige afschrijving back (art. 3.38; UWA art. 9: five years).
    public var terugnamePeriod: LegalTerm? = nil

    /// The last day on which renting the asset out takes the willekeurige afschrijving back (art. 3.38): the
    /// starters' term, or a temporary scheme's in-use deadline (UWA art. 15); nil when renting out does not matter.
    public func terugnameUntil(committed: Day) -> Day? {
        guard excludesRentedOut else { return nil }
        if let terugnamePeriod { return terugnamePeriod.lastDay(from: Day.startOfYear(committed.year)) }
        return inUseBefore?.previousDay
    }

    /// How much may be depreciated willekeurig in total.
    public enum Maximum: Sendable {
        /// A share of the depreciable amount (cost − residual): 50% for the temporary schemes, 100% for starters.
        case shareOfDepreciable(Rate)
        /// A share of the cost, never below residual: Vamil 75% (art. 3.31 lid 1).
        case shareOfCost(Rate)
    }

    /// In which years the willekeurige afschrijving may be taken.
    public enum Timing: Sendable {
        /// Once, only in the year of commitment; what is not used there is lost (2013, 2023).
        case commitmentYearOnly
        /// At most the maximum in the year of commitment; the rest in any later year (2009–2011).
        case capInCommitmentYearThenFree
        /// Any year (starters, Vamil).
        case anyYear
        /// Once, with payments made within these dates, each in the boekjaar in which it is made; what is not used
        /// is lost (2023; the same as `commitmentYearOnly` for calendar years).
        case paymentsWithin(ClosedRange<Day>)
    }
}

extension WillekeurigScheme {
    static let temporaryExclusions: Set<AssetKind> = [.building, .dwelling, .land, .motorcycle, .intangible, .goodwill,
                                                       .permit, .securities, .animal, .publicInfrastructure]

    static func crisis(_ year: Int, inUseBefore: Int, _ id: Identifier) -> WillekeurigScheme {
        WillekeurigScheme(
            id: id, name: LocalizedText(nl: "willekeurige afschrijving \(year)", en: "willekeurige afschrijving \(year)"),
            window: Day.startOfYear(year)...Day.endOfYear(year), maximum: .shareOfDepreciable(.percent(50)),
            timing: .capInCommitmentYearThenFree, inUseBefore: Day.startOfYear(inUseBefore), requiresNew: true,
            excludedKinds: temporaryExclusions, carCO2Limit: (95, 110), excludesRentedOut: true, ibOnly: false,
            followsKIAExclusions: false,
            source: LegalSource(article: "art. 13–15 Uitvoeringsregeling willekeurige afschrijving 2001", version: "2011-01-01",
                                url: "https://wetten.overheid.nl/BWBR0012035/2011-01-01", status: .law))
    }

    /// Every scheme the engine knows (docs/law/willekeurig.md). There is no 2020/2021 scheme and none
    /// for investments after 2023 (the same note, "The schemes").
    public static let all: [WillekeurigScheme] = [
        crisis(2009, inUseBefore: 2012, .crisis2009),
        crisis(2010, inUseBefore: 2013, .crisis2010),
        crisis(2011, inUseBefore: 2014, .crisis2011),
        WillekeurigScheme(
            id: .scheme2013,
            name: LocalizedText(nl: "verruimde willekeurige afschrijving 2013", en: "extended willekeurige afschrijving 2013"),
            window: Day.startOfYear(2013).adding(months: 6)...Day.endOfYear(2013), maximum: .shareOfDepreciable(.percent(50)),
            timing: .commitmentYearOnly, inUseBefore: Day.startOfYear(2016), requiresNew: true,
            excludedKinds: temporaryExclusions, carCO2Limit: (88, 95), excludesRentedOut: true, ibOnly: false,
            followsKIAExclusions: false,
            source: LegalSource(article: "art. 13–15 Uitvoeringsregeling willekeurige afschrijving 2001 (Stcrt. 2013, 18345)",
                                version: "2014-01-01", url: "https://wetten.overheid.nl/BWBR0012035/2014-01-01", status: .law)),
        WillekeurigScheme(
            id: .scheme2023, name: LocalizedText(nl: "willekeurige afschrijving 2023", en: "willekeurige afschrijving 2023"),
            window: Day.startOfYear(2023)...Day.endOfYear(2023), maximum: .shareOfDepreciable(.percent(50)),
            timing: .paymentsWithin(Day.startOfYear(2023)...Day.endOfYear(2023)), inUseBefore: Day.startOfYear(2026), requiresNew: true,
            excludedKinds: temporaryExclusions.union([.ship, .aircraft, .pleasureCraft]), carCO2Limit: (0, 0),
            excludesRentedOut: true, ibOnly: false, followsKIAExclusions: false,
            source: LegalSource(article: "art. 13–15 Uitvoeringsregeling willekeurige afschrijving 2001 (versie 2023)",
                                url: "https://www.finqaccountants.nl/2023/07/10/willekeurige-afschrijving-bedrijfsmiddelen-2023/",
                                status: .secondary, note: "law text not read; 50% of the depreciable amount assumed (UNCONFIRMED)")),
        WillekeurigScheme(
            id: .starters, name: LocalizedText(nl: "willekeurige afschrijving voor starters", en: "willekeurige afschrijving for starters"),
            window: nil, maximum: .shareOfDepreciable(.percent(100)), timing: .anyYear, inUseBefore: nil, requiresNew: false,
            excludedKinds: [], carCO2Limit: nil, excludesRentedOut: true, ibOnly: true, followsKIAExclusions: true,
            source: LegalSource(article: "art. 7–9 Uitvoeringsregeling willekeurige afschrijving 2001", version: "2015-04-02",
                                url: "https://wetten.overheid.nl/BWBR0012035", status: .law),
            terugnamePeriod: LegalTerm(months: 60, after: .afterBeginningOf)),
        WillekeurigScheme(
            id: .vamil, name: LocalizedText(nl: "Vamil (milieubedrijfsmiddelen)", en: "Vamil (environmental assets)"),
            // The window: the years whose record has Vamil (LawYear.vamil), set by `Law`.
            window: nil, maximum: .shareOfCost(.percent(75)), timing: .anyYear,
            inUseBefore: nil, requiresNew: true, excludedKinds: [], carCO2Limit: nil, excludesRentedOut: false,
            ibOnly: false, followsKIAExclusions: false,
            source: .wetIB("art. 3.31 lid 1", version: "2026-01-01", note: "75% in every text 2011–2026; before 2011 set by regeling (UNCONFIRMED, not offered)")),
    ]
}

extension WillekeurigScheme {
    /// The payment rule of the 2023 scheme with a gebroken boekjaar: each payment made in 2023 counts in the boekjaar
    /// in which it is made, also when the asset is taken into use before that boekjaar ends; a payment in 2024 never
    /// counts; no catch-up (the Belastingdienst's example of € 100.000, boekjaar 1 May – 30 April).
    public static let paymentsInWindowSource = LegalSource(
        article: "Belastingdienst, willekeurige afschrijving 2023 bij een gebroken boekjaar; art. 3.35 Wet IB 2001",
        url: "https://omnyacc.nl/nieuws/willekeurige-afschrijving-op-investeringen-bij-een-gebroken-boekjaar", status: .official,
        note: "the Belastingdienst's explanation as reported (via SRA) by omnyacc.nl and stolwijkkennisnetwerk.nl; the Belastingdienst's own page not read")
}
