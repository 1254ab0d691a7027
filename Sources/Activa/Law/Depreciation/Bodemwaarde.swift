/// The bodemwaarde of a building (art. 3.30a Wet IB 2001): depreciation only while the book value exceeds a
/// percentage of the WOZ value of the calendar year, and at most down to it.
public struct BodemwaardeRegime: Sendable {
    /// The first calendar year this regime applies.
    public let from: Int
    public let ibOwnUse: Rate
    public let ibInvestment: Rate
    public let vpbOwnUse: Rate
    public let vpbInvestment: Rate
    public let source: LegalSource

    public func percentage(_ taxpayer: Taxpayer, _ use: BuildingUse) -> Rate {
        switch (taxpayer, use) {
        case (.ib, .ownUse): return ibOwnUse
        case (.ib, .investment): return ibInvestment
        case (.vpb, .ownUse): return vpbOwnUse
        case (.vpb, .investment): return vpbInvestment
        }
    }

    /// docs/law/buildings.md. Before 2007 there is no bodemwaarde rule.
    public static let all: [BodemwaardeRegime] = [
        BodemwaardeRegime(from: 2007, ibOwnUse: .percent(50), ibInvestment: .percent(100), vpbOwnUse: .percent(50),
                          vpbInvestment: .percent(100), source: .wetIB("art. 3.30a lid 3", version: "2010-01-01")),
        BodemwaardeRegime(from: 2019, ibOwnUse: .percent(50), ibInvestment: .percent(100), vpbOwnUse: .percent(100),
                          vpbInvestment: .percent(100),
                          source: LegalSource(article: "art. 8 lid 6 Wet Vpb 1969; art. 3.30a lid 3 Wet IB 2001", version: "2019-01-01",
                                              url: "https://wetten.overheid.nl/BWBR0002672/2019-01-01", status: .law)),
        BodemwaardeRegime(from: 2024, ibOwnUse: .percent(100), ibInvestment: .percent(100), vpbOwnUse: .percent(100),
                          vpbInvestment: .percent(100), source: .wetIB("art. 3.30a lid 3", version: "2024-01-01")),
    ]

    /// The regime of a calendar year; nil before 2007.
    public static func regime(for year: Int, in regimes: [BodemwaardeRegime]) -> BodemwaardeRegime? {
        regimes.filter { $0.from <= year }.max { $0.from < $1.from }
    }
}

/// How a building is used, for the bodemwaarde (art. 3.30a lid 3, until 2023 for IB).
public enum BuildingUse: String, Sendable, CaseIterable {
    /// In eigen gebruik.
    case ownUse
    /// Ter belegging: mainly made available to others than connected persons.
    case investment
}
