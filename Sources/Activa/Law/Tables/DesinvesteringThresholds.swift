// The desinvesteringsbijtelling threshold per year of disposal (art. 3.47 lid 1 Wet IB 2001): the total of the
// year's transfer prices must be MORE than this. ../shared/rules/investeringsaftrek.md §5.2.

extension DesinvesteringThreshold {
    public static let all: [Int: DesinvesteringThreshold] = {
        var table: [Int: DesinvesteringThreshold] = [:]
        func add(_ years: ClosedRange<Int>, _ amount: Money, _ version: String, _ status: SourceStatus = .law, note: String? = nil) {
            for year in years {
                table[year] = DesinvesteringThreshold(year: year, amount: amount,
                                                      source: .wetIB("art. 3.47 lid 1", version: version, status: status, note: note))
            }
        }
        let inferred = "inferred to equal that year's KIA minimum; the threshold itself was not read"
        add(2002...2002, 1_900, "2002-08-29")
        add(2003...2003, 2_000, "2003-01-01", .unconfirmed, note: inferred)
        add(2004...2004, 2_000, "2004-01-01", .unconfirmed, note: inferred)
        add(2005...2005, 2_000, "2005-01-01", .unconfirmed, note: inferred)
        add(2006...2006, 2_100, "2006-01-01")
        add(2007...2007, 2_100, "2007-01-01", .unconfirmed, note: inferred)
        add(2008...2008, 2_100, "2008-01-01", .unconfirmed, note: inferred)
        add(2009...2009, 2_200, "2009-01-01")
        add(2010...2010, 2_200, "2010-01-01")
        add(2011...2011, 2_200, "2011-01-01")
        add(2012...2012, 2_300, "2012-10-01", note: "the 2012-01-01 consolidation shows 2.200 (a consolidation lag)")
        add(2013...2013, 2_300, "2013-01-01")
        add(2014...2014, 2_300, "2014-01-01")
        add(2015...2015, 2_300, "2015-11-10")
        add(2016...2016, 2_300, "2016-01-01")
        add(2017...2017, 2_300, "2017-01-01")
        add(2018...2018, 2_300, "2018-01-01")
        add(2019...2019, 2_300, "2019-01-01")
        add(2020...2020, 2_400, "2020-01-01")
        add(2021...2021, 2_400, "2021-01-01")
        add(2022...2022, 2_400, "2022-01-01")
        add(2023...2023, 2_600, "2023-01-01")
        add(2024...2024, 2_800, "2024-01-01")
        add(2025...2025, 2_900, "2025-01-01")
        add(2026...2026, 2_900, "2026-01-01")
        return table
    }()
}
