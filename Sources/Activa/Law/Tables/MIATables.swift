// The milieu-investeringsaftrek per year (art. 3.42a Wet IB 2001), categories I / II / III,
// ../shared/rules/investeringsaftrek.md §7.2.

extension SpecialDeductionYear {
    static func mia(_ year: Int, _ rates: [ExactDecimal], threshold: Money?, version: String, offFrom: String? = nil,
                    offSource: LegalSource? = nil, status: SourceStatus = .law, note: String? = nil) -> SpecialDeductionYear {
        var periods = [Period(from: Day.startOfYear(year), rates: rates.map { .percent($0) }, source: nil)]
        if let offFrom, let day = Day(iso: offFrom) { periods.append(Period(from: day, rates: [0, 0, 0], source: offSource)) }
        return SpecialDeductionYear(year: year, periods: periods, annualThreshold: threshold,
                                    assetMinimum: year >= 2014 ? 2_500 : 450, cap: nil,
                                    source: .wetIB("art. 3.42a", version: version, status: status, note: note))
    }

    /// Every MIA year 2002–2026. 2010 follows its law text (60/50/35), a temporary crisis increase whose
    /// application is UNCONFIRMED: the engine option `mia2010` can use 40/30/15 instead.
    public static let miaYears: [Int: SpecialDeductionYear] = Dictionary(uniqueKeysWithValues: [
        mia(2002, [40, 30, 15], threshold: 1_900, version: "2002-08-29", offFrom: "2002-09-26", offSource: regeling2002),
        mia(2003, [40, 30, 15], threshold: 2_000, version: "2003-01-01"),
        mia(2004, [40, 30, 15], threshold: 2_000, version: "2004-01-01"),
        mia(2005, [40, 30, 15], threshold: 2_000, version: "2005-01-01"),
        mia(2006, [40, 30, 15], threshold: 2_100, version: "2006-01-01"),
        mia(2007, [40, 30, 15], threshold: 2_100, version: "2007-01-01", offFrom: "2007-11-28", offSource: regeling2007),
        mia(2008, [40, 30, 15], threshold: 2_100, version: "2008-01-01"),
        mia(2009, [40, 30, 15], threshold: 2_200, version: "2009-01-01"),
        mia(2010, [60, 50, 35], threshold: 2_200, version: "2010-01-01", status: .unconfirmed,
            note: "law text; a temporary crisis increase under the EU aid framework, otherwise 40/30/15"),
        mia(2011, [36, 27, "13.5"], threshold: 2_200, version: "2011-01-01"),
        mia(2012, [36, 27, "13.5"], threshold: 2_300, version: "2012-10-01"),
        mia(2013, [36, 27, "13.5"], threshold: 2_300, version: "2013-01-01"),
        mia(2014, [36, 27, "13.5"], threshold: nil, version: "2014-01-01"),
        mia(2015, [36, 27, "13.5"], threshold: nil, version: "2015-11-10"),
        mia(2016, [36, 27, "13.5"], threshold: nil, version: "2016-01-01"),
        mia(2017, [36, 27, "13.5"], threshold: nil, version: "2017-01-01"),
        mia(2018, [36, 27, "13.5"], threshold: nil, version: "2018-01-01"),
        mia(2019, [36, 27, "13.5"], threshold: nil, version: "2019-01-01"),
        mia(2020, [36, 27, "13.5"], threshold: nil, version: "2020-01-01"),
        mia(2021, [36, 27, "13.5"], threshold: nil, version: "2021-01-01"),
        mia(2022, [45, 36, 27], threshold: nil, version: "2022-01-01"),
        mia(2023, [45, 36, 27], threshold: nil, version: "2023-01-01"),
        mia(2024, [45, 36, 27], threshold: nil, version: "2024-01-01"),
        mia(2025, [45, 36, 27], threshold: nil, version: "2025-01-01"),
        mia(2026, [45, 36, 27], threshold: nil, version: "2026-01-01"),
    ].map { ($0.year, $0) })

    /// MIA 2010 at the base rates, for the option that does not apply the crisis increase.
    static let mia2010Base = mia(2010, [40, 30, 15], threshold: 2_200, version: "2010-01-01", status: .unconfirmed,
                                 note: "base rates without the temporary 2010 increase")
}
