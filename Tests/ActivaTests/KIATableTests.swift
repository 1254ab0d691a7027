import Testing
@testable import Activa

/// The tables of docs/law/kia.md §2, copied here independently of the engine's data,
/// so a typo in either is caught.
struct RegimeBRow: Sendable, CustomStringConvertible {
    let year: Int, lower: ExactDecimal, b1: ExactDecimal, b2: ExactDecimal, upper: ExactDecimal, fixed: ExactDecimal
    /// The KIA at exactly HI (docs/law/kia.md §2).
    let atUpper: ExactDecimal
    var description: String { String(year) }
}

let regimeBRows: [RegimeBRow] = [
    .init(year: 2010, lower: 2_200, b1: 54_000, b2: 100_000, upper: 300_000, fixed: 15_120, atUpper: 0),
    .init(year: 2011, lower: 2_200, b1: 54_324, b2: 100_600, upper: 301_800, fixed: 15_211, atUpper: "0.28"),
    .init(year: 2012, lower: 2_300, b1: 55_248, b2: 102_311, upper: 306_931, fixed: 15_470, atUpper: "0.728"),
    .init(year: 2013, lower: 2_300, b1: 55_248, b2: 102_311, upper: 306_931, fixed: 15_470, atUpper: "0.728"),
    .init(year: 2014, lower: 2_300, b1: 55_248, b2: 102_311, upper: 306_931, fixed: 15_470, atUpper: "0.728"),
    .init(year: 2015, lower: 2_300, b1: 55_745, b2: 103_231, upper: 309_693, fixed: 15_609, atUpper: "0.4728"),
    .init(year: 2016, lower: 2_300, b1: 56_024, b2: 103_748, upper: 311_242, fixed: 15_687, atUpper: "0.4536"),
    .init(year: 2017, lower: 2_300, b1: 56_192, b2: 104_059, upper: 312_176, fixed: 15_734, atUpper: "0.3548"),
    .init(year: 2018, lower: 2_300, b1: 56_642, b2: 104_891, upper: 314_673, fixed: 15_863, atUpper: "3.4808"),
    .init(year: 2019, lower: 2_300, b1: 57_321, b2: 106_150, upper: 318_449, fixed: 16_051, atUpper: "1.1956"),
    .init(year: 2020, lower: 2_400, b1: 58_238, b2: 107_848, upper: 323_544, fixed: 16_307, atUpper: "0.3824"),
    .init(year: 2021, lower: 2_400, b1: 59_170, b2: 109_574, upper: 328_721, fixed: 16_568, atUpper: "0.4868"),
    .init(year: 2022, lower: 2_400, b1: 59_939, b2: 110_998, upper: 332_994, fixed: 16_784, atUpper: "1.1024"),
    .init(year: 2023, lower: 2_600, b1: 63_716, b2: 117_991, upper: 353_973, fixed: 17_841, atUpper: "0.7608"),
    .init(year: 2024, lower: 2_800, b1: 69_765, b2: 129_194, upper: 387_580, fixed: 19_535, atUpper: "1.0184"),
    .init(year: 2025, lower: 2_900, b1: 70_602, b2: 130_744, upper: 392_230, fixed: 19_769, atUpper: "0.6584"),
    .init(year: 2026, lower: 2_900, b1: 71_683, b2: 132_746, upper: 398_236, fixed: 20_072, atUpper: "0.956"),
]

struct RegimeARow: Sendable, CustomStringConvertible {
    let year: Int
    let minimum: ExactDecimal
    /// (upper bound inclusive, percentage)
    let brackets: [(ExactDecimal, ExactDecimal)]
    var description: String { String(year) }
}

let regimeARows: [RegimeARow] = [
    .init(year: 2002, minimum: 1_900, brackets: [(31_000, 25), (61_000, 22), (90_000, 19), (120_000, 16), (150_000, 13), (180_000, 11), (210_000, 8), (240_000, 5), (270_000, 3)]),
    .init(year: 2003, minimum: 2_000, brackets: [(33_000, 25), (64_000, 22), (93_000, 19), (124_000, 16), (155_000, 13), (186_000, 11), (217_000, 8), (248_000, 5), (279_000, 3)]),
    .init(year: 2004, minimum: 2_000, brackets: [(33_000, 25), (65_000, 22), (96_000, 19), (127_000, 16), (159_000, 13), (191_000, 11), (223_000, 8), (254_000, 5), (286_000, 3)]),
    .init(year: 2005, minimum: 2_000, brackets: [(34_000, 25), (66_000, 22), (97_000, 17), (129_000, 14), (161_000, 11), (193_000, 8), (226_000, 5), (258_000, 3), (290_000, 0)]),
    .init(year: 2006, minimum: 2_100, brackets: [(35_000, 25), (67_000, 22), (98_000, 15), (131_000, 10), (163_000, 6), (195_000, 3), (229_000, 3), (261_000, 0), (293_000, 0)]),
    .init(year: 2007, minimum: 2_100, brackets: [(35_000, 25), (68_000, 21), (99_000, 12), (132_000, 8), (164_000, 5), (197_000, 2), (230_000, 1), (263_000, 0), (295_000, 0)]),
    .init(year: 2008, minimum: 2_100, brackets: [(36_000, 25), (70_000, 21), (102_000, 12), (135_000, 8), (169_000, 5), (201_000, 2), (236_000, 1)]),
    .init(year: 2009, minimum: 2_200, brackets: [(37_000, 25), (71_000, 21), (104_000, 12), (138_000, 8), (172_000, 5), (205_000, 2), (240_000, 1)]),
]

let cent: ExactDecimal = "0.01"

@Suite("KIA tables 2010–2026: every row's bounds (lower exclusive, upper inclusive)")
struct RegimeBTableTests {
    @Test("the five rows at and just past each bound", arguments: regimeBRows)
    func bounds(row: RegimeBRow) throws {
        let table = try Engine().kiaTable(row.year)
        func kia(_ total: ExactDecimal) -> ExactDecimal { table.compute(total: total).kia }
        #expect(kia(row.lower) == 0)
        #expect(kia(row.lower + cent) == (row.lower + cent) * "0.28")
        #expect(kia(row.b1) == row.b1 * "0.28")
        #expect(kia(row.b1 + cent) == row.fixed)
        #expect(kia(row.b2) == row.fixed)
        #expect(kia(row.b2 + cent) == row.fixed - cent * "0.0756")
        #expect(kia(row.upper) == row.atUpper)
        #expect(kia(row.upper + cent) == 0)
        #expect(kia(1_000_000) == 0)
    }

    @Test("the step at B1: 2025 +0,44 and 2018 +3,24 (§1.4)")
    func stepAtB1() throws {
        let t2025 = try Engine().kiaTable(2025), t2018 = try Engine().kiaTable(2018)
        #expect(t2025.compute(total: "70602.01").kia - t2025.compute(total: 70_602).kia == "0.44")
        #expect(t2018.compute(total: "56642.01").kia - t2018.compute(total: 56_642).kia == "3.24")
    }

    @Test("Besluit investeringsaftrek §4.4: 2014, € 204.000 → 7.782,3116 exact, € 7.783 in the aangifte")
    func besluitExample() throws {
        let kia = try Engine().kiaTable(2014).compute(total: 204_000).kia
        #expect(kia == "7782.3116")
        #expect(RoundingPolicy.aangifte.apply(kia, as: .deduction) == 7_783)
    }

    @Test("HR 2020 (19/02419): 2016, € 119.385 → 14.504,8428, € 14.505 rounded in the taxpayer's favour")
    func hogeRaadExample() throws {
        let kia = try Engine().kiaTable(2016).compute(total: 119_385).kia
        #expect(kia == "14504.8428")
        #expect(RoundingPolicy.aangifte.apply(kia, as: .deduction) == 14_505)
    }

    @Test("2017, € 150.000 is in the phase-out band: 12.260,8604 (not the fixed 15.734)")
    func phaseOut2017() throws {
        #expect(try Engine().kiaTable(2017).compute(total: 150_000).kia == "12260.8604")
    }
}

@Suite("KIA tables 2002–2009: one percentage on the whole total, with cliffs")
struct RegimeATableTests {
    @Test("every bracket bound and its cliff", arguments: regimeARows)
    func cliffs(row: RegimeARow) throws {
        let table = try Engine().kiaTable(row.year)
        func kia(_ total: ExactDecimal) -> ExactDecimal { table.compute(total: total).kia }
        #expect(kia(row.minimum) == 0)
        #expect(kia(row.minimum + cent) == (row.minimum + cent) * .percent(row.brackets[0].1))
        for (index, (bound, rate)) in row.brackets.enumerated() {
            #expect(kia(bound) == bound * .percent(rate), "at \(bound)")
            let nextRate = index + 1 < row.brackets.count ? row.brackets[index + 1].1 : 0
            #expect(kia(bound + cent) == (bound + cent) * .percent(nextRate), "just above \(bound)")
        }
    }

    @Test("the 2002 cliff at € 31.000: € 7.750 at the bound, € 6.820,0022 one cent above")
    func cliff2002() throws {
        let table = try Engine().kiaTable(2002)
        #expect(table.compute(total: 31_000).kia == 7_750)
        #expect(table.compute(total: "31000.01").kia == "6820.0022")
    }

    @Test("2006 gives 3% in two consecutive rows")
    func twoRowsOfThreePercent() throws {
        let table = try Engine().kiaTable(2006)
        #expect(table.compute(total: 195_000).kia == 5_850)
        #expect(table.compute(total: "195000.01").kia == "5850.0003")
    }
}

@Suite("Years without a table")
struct MissingYearTests {
    /// Before the first table there is no KIA to assume; after the last one the default takes the latest table,
    /// marked provisional (FutureYearsTests), and `futureYears = error` refuses.
    @Test("a year without a table is a clear error naming the known years", arguments: [2001, Law.netherlands.firstUnknownYear])
    func missing(year: Int) {
        let latest = Law.netherlands.firstUnknownYear - 1
        let engine = Engine(options: EngineOptions(futureYears: .error))
        #expect(throws: EngineError.self) { try engine.kia(year: year, amounts: [5_000]) }
        do {
            _ = try engine.kia(year: year, amounts: [5_000])
        } catch {
            #expect(error.message(.nl) == "geen KIA-tabel voor \(year) bekend; bekend: 2002–\(latest)")
            #expect(error.message(.en) == "no KIA table known for \(year); known: 2002–\(latest)")
        }
    }

    @Test("every known year (2002 to the latest) has a table, a desinvestering threshold equal to its lower bound, and a source")
    func everyYear() throws {
        for year in try #require(Law.netherlands.kiaYears) {
            let table = try Engine().kiaTable(year)
            #expect(table.source.version != nil)
            let threshold = try #require(Law.netherlands.desinvesteringThresholds[year])
            #expect(threshold.amount == table.minimumExclusive, "year \(year)")
        }
    }
}
