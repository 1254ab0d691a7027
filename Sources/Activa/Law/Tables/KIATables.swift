// The KIA tables 2002–2026, one entry per year, as read in ../shared/rules/investeringsaftrek.md §1.2–1.3.
// Adding a year is adding one line here (and its desinvestering threshold in DesinvesteringThresholds.swift).

extension KIATable {
    /// Every known KIA table, by calendar year of investment.
    public static let all: [Int: KIATable] = Dictionary(uniqueKeysWithValues: (regimeA + regimeB).map { ($0.year, $0) })

    /// 2002–2009: (upper bound inclusive, percentage of the whole total). Rows of 0% are kept as the law lists them.
    static let regimeA: [KIATable] = [
        .regimeA(2002, minimum: 1_900, [(31_000, 25), (61_000, 22), (90_000, 19), (120_000, 16), (150_000, 13),
                                        (180_000, 11), (210_000, 8), (240_000, 5), (270_000, 3)], version: "2002-08-29"),
        .regimeA(2003, minimum: 2_000, [(33_000, 25), (64_000, 22), (93_000, 19), (124_000, 16), (155_000, 13),
                                        (186_000, 11), (217_000, 8), (248_000, 5), (279_000, 3)], version: "2003-01-01"),
        .regimeA(2004, minimum: 2_000, [(33_000, 25), (65_000, 22), (96_000, 19), (127_000, 16), (159_000, 13),
                                        (191_000, 11), (223_000, 8), (254_000, 5), (286_000, 3)], version: "2004-01-01"),
        .regimeA(2005, minimum: 2_000, [(34_000, 25), (66_000, 22), (97_000, 17), (129_000, 14), (161_000, 11),
                                        (193_000, 8), (226_000, 5), (258_000, 3), (290_000, 0)], version: "2005-01-01"),
        .regimeA(2006, minimum: 2_100, [(35_000, 25), (67_000, 22), (98_000, 15), (131_000, 10), (163_000, 6),
                                        (195_000, 3), (229_000, 3), (261_000, 0), (293_000, 0)], version: "2006-01-01"),
        .regimeA(2007, minimum: 2_100, [(35_000, 25), (68_000, 21), (99_000, 12), (132_000, 8), (164_000, 5),
                                        (197_000, 2), (230_000, 1), (263_000, 0), (295_000, 0)], version: "2007-01-01"),
        .regimeA(2008, minimum: 2_100, [(36_000, 25), (70_000, 21), (102_000, 12), (135_000, 8), (169_000, 5),
                                        (201_000, 2), (236_000, 1)], version: "2008-01-01"),
        .regimeA(2009, minimum: 2_200, [(37_000, 25), (71_000, 21), (104_000, 12), (138_000, 8), (172_000, 5),
                                        (205_000, 2), (240_000, 1)], version: "2009-01-01"),
    ]

    /// 2010 onward: LO, B1, B2, HI and the fixed amount F; 28% and 7,56% in every year.
    static let regimeB: [KIATable] = [
        .regimeB(2010, 2_200, 54_000, 100_000, 300_000, fixed: 15_120, version: "2010-01-01"),
        .regimeB(2011, 2_200, 54_324, 100_600, 301_800, fixed: 15_211, version: "2011-01-01"),
        .regimeB(2012, 2_300, 55_248, 102_311, 306_931, fixed: 15_470, version: "2012-10-01",
                 note: "the 2012-01-01 consolidation still shows the 2011 amounts (a consolidation lag)"),
        .regimeB(2013, 2_300, 55_248, 102_311, 306_931, fixed: 15_470, version: "2013-01-01"),
        .regimeB(2014, 2_300, 55_248, 102_311, 306_931, fixed: 15_470, version: "2014-01-01"),
        .regimeB(2015, 2_300, 55_745, 103_231, 309_693, fixed: 15_609, version: "2015-01-07"),
        .regimeB(2016, 2_300, 56_024, 103_748, 311_242, fixed: 15_687, version: "2016-01-01"),
        .regimeB(2017, 2_300, 56_192, 104_059, 312_176, fixed: 15_734, version: "2017-01-01"),
        .regimeB(2018, 2_300, 56_642, 104_891, 314_673, fixed: 15_863, version: "2018-01-01"),
        .regimeB(2019, 2_300, 57_321, 106_150, 318_449, fixed: 16_051, version: "2019-01-01"),
        .regimeB(2020, 2_400, 58_238, 107_848, 323_544, fixed: 16_307, version: "2020-01-01"),
        .regimeB(2021, 2_400, 59_170, 109_574, 328_721, fixed: 16_568, version: "2021-01-01"),
        .regimeB(2022, 2_400, 59_939, 110_998, 332_994, fixed: 16_784, version: "2022-01-01"),
        .regimeB(2023, 2_600, 63_716, 117_991, 353_973, fixed: 17_841, version: "2023-01-01"),
        .regimeB(2024, 2_800, 69_765, 129_194, 387_580, fixed: 19_535, version: "2024-01-01"),
        .regimeB(2025, 2_900, 70_602, 130_744, 392_230, fixed: 19_769, version: "2025-01-01"),
        .regimeB(2026, 2_900, 71_683, 132_746, 398_236, fixed: 20_072, version: "2026-01-01"),
    ]
}
