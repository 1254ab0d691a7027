import Testing
@testable import Activa

func depreciationLines(_ register: Register, _ id: String = "a", options: EngineOptions = EngineOptions()) throws -> [Int: AssetDepreciation] {
    let report = try Engine(options: options).report(register)
    var lines: [Int: AssetDepreciation] = [:]
    for year in report.years { if let line = year.assets.first(where: { $0.id == id })?.depreciation { lines[year.year] = line } }
    return lines
}

/// Art. 3.30: straight line from ingebruikname over the life, time-proportional, the 20%/10% cap on the cost
/// "op jaarbasis", never below residual.
@Suite("Normal depreciation")
struct NormalDepreciationTests {
    @Test("Besluit afschrijvingen §4: bestelwagen € 20.000, residual € 5.000, 3 years → 4.000, 4.000, 4.000, 3.000")
    func capStretchesSchedule() throws {
        let lines = try depreciationLines(Register(assets: [Asset(id: "a", kind: .van, committed: day("2024-01-01"), inUse: day("2024-01-01"),
                                                                  cost: 20_000, residual: 5_000, life: 3)]))
        #expect([2024, 2025, 2026, 2027].map { lines[$0]?.normal } == [4_000, 4_000, 4_000, 3_000])
        #expect(lines[2027]?.bookValue == 5_000)
    }

    @Test("the cap is pro rata in a part year: in use 1 October, 3 years → 3/12 × 20% × 20.000 = 1.000 (not 1.250)")
    func capProRata() throws {
        let lines = try depreciationLines(Register(assets: [Asset(id: "a", committed: day("2024-10-01"), inUse: day("2024-10-01"),
                                                                  cost: 20_000, residual: 5_000, life: 3)]))
        #expect(lines[2024]?.normal == 1_000)
        #expect(lines[2025]?.normal == 4_000)
    }

    @Test("goodwill: at most 10% a year")
    func goodwill() throws {
        let lines = try depreciationLines(Register(assets: [Asset(id: "a", kind: .goodwill, committed: day("2024-01-01"), inUse: day("2024-01-01"),
                                                                  cost: 50_000, life: 5)]))
        #expect(lines[2024]?.normal == 5_000)
        #expect(lines.values.map(\.depreciation).reduce(0, +) == 50_000)
    }

    @Test("before 2007 there is no cap")
    func noCapBefore2007() throws {
        let lines = try depreciationLines(Register(assets: [Asset(id: "a", committed: day("2005-01-01"), inUse: day("2005-01-01"),
                                                                  cost: 9_000, life: 3)]))
        #expect(lines[2005]?.normal == 3_000)
        // From 2007 the transitional maximum of art. 10a.3, not 20% × 9.000 = 1.800: book value on 1-1-2007 3.000,
        // V = 24 months, 12 / (60 − 24) × 3.000 = 1.000 a year.
        #expect([2007, 2008, 2009].map { lines[$0]?.normal } == [1_000, 1_000, 1_000])
    }

    @Test("laptop € 1.500 in use 1 April: 9/12 × 20% × € 1.500 = € 225 (fundamentvoor.nl)")
    func laptop() throws {
        let lines = try depreciationLines(Register(assets: [Asset(id: "a", committed: day("2025-04-01"), inUse: day("2025-04-01"),
                                                                  cost: 1_500, life: 5)]))
        #expect(lines[2025]?.normal == 225)
    }

    @Test("daily proration as an option: in use 2 July 2025 = 183 of 365 days")
    func daily() throws {
        let lines = try depreciationLines(Register(assets: [Asset(id: "a", committed: day("2025-07-02"), inUse: day("2025-07-02"),
                                                                  cost: 3_650, life: 5)]),
                                          options: EngineOptions(proration: .daily))
        #expect(lines[2025]?.normal == "366.00") // 3.650 / 5 × 183 / 365
        let monthly = try depreciationLines(Register(assets: [Asset(id: "a", committed: day("2025-07-02"), inUse: day("2025-07-02"),
                                                                    cost: 3_650, life: 5)]))
        #expect(monthly[2025]?.normal == 365) // July counts in full: 6/12
    }

    @Test("no normal depreciation before ingebruikname")
    func notBeforeInUse() throws {
        let lines = try depreciationLines(Register(assets: [Asset(id: "a", committed: day("2024-06-01"), inUse: day("2025-03-01"),
                                                                  cost: 10_000, life: 5)]))
        #expect(lines[2024]?.depreciation == 0)
        #expect(lines[2025]?.normal == "1666.67") // 10.000 / 5 × 10/12
    }

    @Test("an item of less than € 450 is expensed at once; € 450 is depreciated")
    func smallItems() throws {
        let small = try depreciationLines(Register(assets: [Asset(id: "a", committed: day("2024-06-01"), inUse: day("2024-06-01"),
                                                                  cost: "449.99", life: 5)]))
        #expect(small[2024]?.expensed == true)
        #expect(small[2024]?.depreciation == "449.99")
        #expect(small[2025] == nil)
        let threshold = try depreciationLines(Register(assets: [Asset(id: "a", committed: day("2024-06-01"), inUse: day("2024-06-01"),
                                                                      cost: 450, life: 5)]))
        #expect(threshold[2024]?.expensed == false)
        #expect(threshold[2024]?.normal == "52.50")
    }

    @Test("parts of a larger asset are not small items")
    func partsNotSmall() throws {
        let register = Register(assets: [
            Asset(id: "a", committed: day("2024-01-01"), inUse: day("2024-01-01"), cost: 300, life: 3, part: "set"),
            Asset(id: "b", committed: day("2024-01-01"), inUse: day("2024-01-01"), cost: 300, life: 3, part: "set"),
        ])
        #expect(try depreciationLines(register)[2024]?.expensed == false)
    }

    @Test("declining balance within the 20% cap; the last year of the life takes the rest")
    func decliningBalance() throws {
        let lines = try depreciationLines(Register(assets: [Asset(id: "a", committed: day("2024-01-01"), inUse: day("2024-01-01"),
                                                                  cost: 10_000, residual: 1_000, life: 5,
                                                                  method: .decliningBalance(rate: "0.3"))]))
        #expect(lines[2024]?.normal == 2_000) // 30% × 10.000 = 3.000, capped at 20%
        #expect(lines[2025]?.normal == 2_000) // 30% × 8.000 = 2.400, capped
        #expect(lines[2026]?.normal == 1_800) // 30% × 6.000
        #expect(lines[2027]?.normal == 1_260) // 30% × 4.200
        #expect(lines[2028]?.normal == 1_940) // rest down to 1.000, within the 2.000 cap
        #expect(lines[2028]?.bookValue == 1_000)
    }

    @Test("disposal: depreciate to the disposal date first, then boekwinst = price − book value")
    func disposal() throws {
        let lines = try depreciationLines(Register(assets: [Asset(id: "a", committed: day("2024-01-01"), inUse: day("2024-01-01"),
                                                                  cost: 12_000, life: 5,
                                                                  disposal: Disposal(date: day("2026-07-01"), price: 7_000))]))
        #expect(lines[2026]?.normal == 1_200) // January–June
        #expect(lines[2026]?.disposalBookValue == 6_000)
        #expect(lines[2026]?.gain == 1_000)
        #expect(lines[2026]?.bookValue == 0)
        #expect(lines[2027] == nil)
        let loss = try depreciationLines(Register(assets: [Asset(id: "a", committed: day("2024-01-01"), inUse: day("2024-01-01"),
                                                                 cost: 12_000, life: 5,
                                                                 disposal: Disposal(date: day("2026-07-01"), price: 5_000))]))
        #expect(loss[2026]?.gain == -1_000)
    }

    @Test("property: for many assets, depreciation sums to cost − residual, never below residual, nothing before use")
    func properties() throws {
        var seed: UInt64 = 42
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        for index in 0..<300 {
            let cost = ExactDecimal(significand: Int128(450_00 + next(5_000_000)), scale: 2)
            let residual = (cost * ExactDecimal(next(40))).divided(by: 100, scale: 2, rounding: .down)
            let committed = day("20\(10 + next(16))-\(String(format2: 1 + next(12)))-01")
            let inUse = committed.adding(months: next(30))
            let kind: AssetKind = [.other, .van, .goodwill, .intangible][next(4)]
            let method: DepreciationMethod = next(4) == 0 ? .decliningBalance(rate: .percent(ExactDecimal(10 + next(30)))) : .straightLine
            let asset = Asset(id: "a", kind: kind, committed: committed, inUse: inUse, cost: cost, residual: residual,
                              life: 1 + next(15), method: method, willekeurig: next(3) == 0 ? .maximum : .none,
                              willekeurigScheme: nil, used: false)
            var register = Register(entity: Entity(startersYears: [committed.year]), assets: [asset])
            if asset.willekeurig == .maximum, kind == .goodwill { register.assets[0].willekeurig = .none }
            let lines = try depreciationLines(register, options: EngineOptions(proration: next(2) == 0 ? .monthly : .daily))
            let total = lines.values.map(\.depreciation).reduce(0, +)
            #expect(total == cost - residual, "case \(index): \(asset)")
            for (year, line) in lines {
                #expect(line.bookValue >= residual, "case \(index) year \(year)")
                if Day.endOfYear(year) < inUse { #expect(line.normal.isZero, "case \(index) year \(year)") }
                #expect(line.bookValue <= line.bookValueWithoutWillekeurig, "case \(index) year \(year)")
            }
        }
    }
}

/// Art. 10a.3 Wet IB 2001 (docs/law/depreciation.md): an asset acquired before 2007 is depreciated from the first
/// boekjaar starting on or after 1 January 2007 at most 12 / (60 − V) × its book value at the start of that boekjaar
/// (goodwill 12 / (120 − V)), V = the months already depreciated before it (lid 1); with a gebroken boekjaar that
/// boekjaar's start replaces 1 January 2007 (lid 2). Not 20% (10%) of the cost.
@Suite("Transitional rule 2007 (art. 10a.3)")
struct Transition2007Tests {
    /// Machine € 60.000, life 3, in use 1 July 2005: 2005 60.000 / 3 × 6/12 = 10.000; 2006 20.000 (no maximum before
    /// 2007). Book value on 1-1-2007 30.000; V = 18 (July 2005 – December 2006); maximum 12 / (60 − 18) × 30.000 =
    /// 8.571,428… → 8.571,43 a year, so 2007–2009 8.571,43 each and 2010 the rest 30.000 − 3 × 8.571,43 = 4.285,71.
    /// (At 20% of the cost it would have been 12.000, 12.000, 6.000.)
    @Test("machine from 2005: 12 / (60 − 18) × 30.000 = 8.571,43 a year from 2007, not 20% of the cost")
    func machine() throws {
        let register = Register(assets: [Asset(id: "a", committed: day("2005-07-01"), inUse: day("2005-07-01"), cost: 60_000, life: 3)])
        for explained in [true, false] {
            var options = EngineOptions()
            options.explanations = explained
            let lines = try depreciationLines(register, options: options)
            #expect((2005...2010).map { lines[$0]?.normal } == [10_000, 20_000, "8571.43", "8571.43", "8571.43", "4285.71"])
            #expect(lines[2010]?.bookValue == 0)
        }
        let explained = try depreciationLines(register)
        let transition = try #require(explained[2007]?.explanation.steps.first { $0.kind == "depreciation.transitionCap" })
        #expect(transition["months"] == .number(60) && transition["depreciatedMonths"] == .number(18))
        #expect(transition["used"] == .number(12) && transition["of"] == .number(12) && transition.amount("cap") == ExactDecimal("8571.43"))
        #expect(explained[2007]?.explanation.sources.contains { $0.article.contains("10a.3") } == true)
    }

    /// Goodwill € 100.000, life 8, in use 1 January 2002: 12.500 a year 2002–2006; book value on 1-1-2007 37.500,
    /// V = 60; maximum 12 / (120 − 60) × 37.500 = 7.500 a year, 2007–2011 (not 10% × 100.000 = 10.000).
    @Test("goodwill from 2002: 12 / (120 − 60) × 37.500 = 7.500 a year")
    func goodwill() throws {
        let lines = try depreciationLines(Register(assets: [Asset(id: "a", kind: .goodwill, committed: day("2002-01-01"),
                                                                  inUse: day("2002-01-01"), cost: 100_000, life: 8)]))
        #expect((2002...2006).allSatisfy { lines[$0]?.normal == 12_500 })
        #expect((2007...2011).map { lines[$0]?.normal } == [7_500, 7_500, 7_500, 7_500, 7_500])
        #expect(lines[2011]?.bookValue == 0)
    }

    /// Gebroken boekjaar July–June (lid 2): the same machine bought 1 July 2005. Boekjaar 2006 (1-7-2005 – 30-6-2006)
    /// 20.000; boekjaar 2007 (1-7-2006 – 30-6-2007) started before 2007: no maximum, 20.000; from boekjaar 2008
    /// (1-7-2007 – 30-6-2008): book value 20.000, V = 24 (July 2005 – June 2007), 12 / (60 − 24) × 20.000 = 6.666,67;
    /// 2009 6.666,67; 2010 the rest 6.666,66.
    @Test("gebroken boekjaar: from the boekjaar starting on 1 July 2007, 12 / (60 − 24) × 20.000 = 6.666,67")
    func gebrokenBoekjaar() throws {
        let register = Register(entity: Entity(taxpayer: .vpb, calendar: FiscalCalendar(startMonth: 7, startDay: 1)),
                                assets: [Asset(id: "a", committed: day("2005-07-01"), inUse: day("2005-07-01"), cost: 60_000, life: 3)])
        for explained in [true, false] {
            var options = EngineOptions()
            options.explanations = explained
            let lines = try depreciationLines(register, options: options)
            #expect((2006...2010).map { lines[$0]?.normal } == [20_000, 20_000, "6666.67", "6666.67", "6666.66"])
        }
    }

    @Test("an asset from 2007 on keeps 20% of the cost")
    func after2007() throws {
        let lines = try depreciationLines(Register(assets: [Asset(id: "a", committed: day("2007-01-01"), inUse: day("2007-01-01"), cost: 60_000, life: 3)]))
        #expect((2007...2011).map { lines[$0]?.normal } == [12_000, 12_000, 12_000, 12_000, 12_000])
    }
}

extension String {
    init(format2 value: Int) { self = value < 10 ? "0\(value)" : String(value) }
}
