// The energie-investeringsaftrek per year (art. 3.42 Wet IB 2001), ../shared/rules/investeringsaftrek.md §7.1.

extension SpecialDeductionYear {
    static func eia(_ year: Int, _ rate: ExactDecimal, threshold: Money?, cap: Money, version: String,
                    offFrom: String? = nil, offSource: LegalSource? = nil, status: SourceStatus = .law, note: String? = nil) -> SpecialDeductionYear {
        var periods = [Period(from: Day.startOfYear(year), rates: [.percent(rate)], source: nil)]
        if let offFrom, let day = Day(iso: offFrom) { periods.append(Period(from: day, rates: [0], source: offSource)) }
        return SpecialDeductionYear(year: year, periods: periods, annualThreshold: threshold,
                                    assetMinimum: year >= 2014 ? 2_500 : 450, cap: cap,
                                    source: .wetIB("art. 3.42", version: version, status: status, note: note))
    }

    static let regeling2002 = LegalSource(article: "Regeling BWBR0014038 (EIA, MIA en Vamil op nul vanaf 26-09-2002)",
                                          url: "https://wetten.overheid.nl/BWBR0014038", status: .law)
    static let regeling2007 = LegalSource(article: "Regeling BWBR0022909 (EIA en MIA op nul, Vamil uit, 28-11-2007 tot en met 31-12-2007)",
                                          url: "https://wetten.overheid.nl/BWBR0022909", status: .law)

    /// Every EIA year 2002–2026.
    public static let eiaYears: [Int: SpecialDeductionYear] = Dictionary(uniqueKeysWithValues: [
        eia(2002, 55, threshold: 1_900, cap: 99_000_000, version: "2002-08-29", offFrom: "2002-09-26", offSource: regeling2002),
        eia(2003, 55, threshold: 2_000, cap: 103_000_000, version: "2003-01-01"),
        eia(2004, 55, threshold: 2_000, cap: 106_000_000, version: "2004-01-01"),
        eia(2005, 44, threshold: 2_000, cap: 107_000_000, version: "2005-01-01"),
        eia(2006, 44, threshold: 2_100, cap: 108_000_000, version: "2006-01-01"),
        eia(2007, 44, threshold: 2_100, cap: 110_000_000, version: "2007-01-01", offFrom: "2007-11-28", offSource: regeling2007),
        eia(2008, 44, threshold: 2_100, cap: 111_000_000, version: "2008-01-01"),
        eia(2009, 44, threshold: 2_200, cap: 113_000_000, version: "2009-01-01"),
        eia(2010, 44, threshold: 2_200, cap: 115_000_000, version: "2010-01-01"),
        eia(2011, "41.5", threshold: 2_200, cap: 116_000_000, version: "2011-01-01"),
        eia(2012, "41.5", threshold: 2_300, cap: 118_000_000, version: "2012-10-01", note: "the 2012-01-01 text still shows 2.200 and 116M (lag)"),
        eia(2013, "41.5", threshold: 2_300, cap: 118_000_000, version: "2013-01-01"),
        eia(2014, "41.5", threshold: nil, cap: 118_000_000, version: "2014-01-01"),
        eia(2015, "41.5", threshold: nil, cap: 119_000_000, version: "2015-11-10"),
        eia(2016, 58, threshold: nil, cap: 120_000_000, version: "2016-01-01"),
        eia(2017, 55, threshold: nil, cap: 120_000_000, version: "2017-07-01",
            note: "55% applied retroactively from 1-1-2017 (Rijksfinanciën 2017); the 2017-01-01 text says 57,5%"),
        eia(2018, "54.5", threshold: nil, cap: 121_000_000, version: "2018-01-01"),
        eia(2019, 45, threshold: nil, cap: 122_000_000, version: "2019-01-01"),
        eia(2020, 45, threshold: nil, cap: 124_000_000, version: "2020-01-01"),
        eia(2021, "45.5", threshold: nil, cap: 126_000_000, version: "2021-01-01"),
        eia(2022, "45.5", threshold: nil, cap: 128_000_000, version: "2022-01-01"),
        eia(2023, "45.5", threshold: nil, cap: 136_000_000, version: "2023-01-01"),
        eia(2024, 40, threshold: nil, cap: 149_000_000, version: "2024-01-01"),
        eia(2025, 40, threshold: nil, cap: 151_000_000, version: "2025-01-01"),
        eia(2026, 40, threshold: nil, cap: 153_000_000, version: "2026-01-01"),
    ].map { ($0.year, $0) })
}
