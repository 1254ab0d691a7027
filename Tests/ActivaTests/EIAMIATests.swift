import Testing
@testable import Activa

/// Art. 3.42 (EIA) and 3.42a (MIA), docs/law/eia-mia.md, copied here independently.
let eiaRates: [(Int, ExactDecimal)] = [
    (2002, 55), (2003, 55), (2004, 55), (2005, 44), (2006, 44), (2007, 44), (2008, 44), (2009, 44), (2010, 44),
    (2011, "41.5"), (2012, "41.5"), (2013, "41.5"), (2014, "41.5"), (2015, "41.5"), (2016, 58), (2017, 55), (2018, "54.5"),
    (2019, 45), (2020, 45), (2021, "45.5"), (2022, "45.5"), (2023, "45.5"), (2024, 40), (2025, 40), (2026, 40),
]
let miaRates: [(Int, [ExactDecimal])] = (2002...2026).map { year in
    switch year {
    case 2010: return (year, [60, 50, 35])
    case 2011...2021: return (year, [36, 27, "13.5"])
    case 2022...2026: return (year, [45, 36, 27])
    default: return (year, [40, 30, 15])
    }
}

@Suite("EIA and MIA")
struct EIAMIATests {
    func asset(_ committed: String, cost: ExactDecimal = 100_000, eia: Bool = false, mia: MIACategory? = nil,
               notified: String? = "same", kind: AssetKind = .other) -> Asset {
        Asset(id: "a", kind: kind, committed: day(committed), inUse: day(committed), cost: cost,
              eia: eia, mia: mia, notified: notified == "same" ? day(committed) : notified.map(day))
    }

    func year(_ assets: [Asset], _ year: Int, entity: Entity = Entity(), options: EngineOptions = EngineOptions()) throws -> YearReport {
        try Engine(options: options).report(Register(entity: entity, assets: assets)).year(year)
    }

    @Test("EIA every year 2002–2026", arguments: eiaRates)
    func eiaYears(year: Int, rate: ExactDecimal) throws {
        let report = try self.year([asset("\(year)-06-01", eia: true)], year)
        #expect(report.eia == 100_000 * .percent(rate))
        #expect(report.eiaInvestments == 100_000)
    }

    @Test("MIA every year 2002–2026, each category", arguments: miaRates)
    func miaYears(year: Int, rates: [ExactDecimal]) throws {
        for (category, rate) in zip(MIACategory.allCases, rates) {
            #expect(try self.year([asset("\(year)-06-01", mia: category)], year).mia == 100_000 * .percent(rate), "\(category)")
        }
    }

    @Test("switched off mid-year: EIA and MIA 0 for obligations from 26-09-2002 and from 28-11-2007")
    func midYearStops() throws {
        #expect(try year([asset("2002-09-25", eia: true)], 2002).eia == 55_000)
        #expect(try year([asset("2002-09-26", eia: true)], 2002).eia == 0)
        #expect(try year([asset("2007-11-27", mia: .I)], 2007).mia == 40_000)
        #expect(try year([asset("2007-11-28", mia: .I)], 2007).mia == 0)
    }

    @Test("MIA 2010 at the base rates by option")
    func mia2010() throws {
        #expect(try year([asset("2010-06-01", mia: .I)], 2010, options: EngineOptions(mia2010: .base)).mia == 40_000)
    }

    @Test("the EIA cap on the year's energy investments: 2024, € 150 mln → 40% × € 149 mln")
    func cap() throws {
        #expect(try year([asset("2024-06-01", cost: 150_000_000, eia: true)], 2024).eia == 59_600_000)
    }

    @Test("from 2014 € 2.500 per asset; exactly € 2.500 counts")
    func minimumFrom2014() throws {
        #expect(try year([asset("2024-06-01", cost: "2499.99", eia: true)], 2024).eia == 0)
        #expect(try year([asset("2024-06-01", cost: 2_500, eia: true)], 2024).eia == 1_000)
    }

    @Test("until 2013: € 450 per asset and the year's total must exceed the threshold (2013: € 2.300)")
    func thresholdsBefore2014() throws {
        #expect(try year([asset("2013-06-01", cost: 2_300, eia: true)], 2013).eia == 0)
        #expect(try year([asset("2013-06-01", cost: "2300.01", eia: true)], 2013).eia == "954.504150")
        let small = [asset("2013-06-01", cost: "449.99", eia: true), Asset(id: "b", committed: day("2013-06-01"), cost: 5_000, eia: true,
                                                                              notified: day("2013-06-01"))]
        #expect(try year(small, 2013).eiaInvestments == 5_000)
    }

    @Test("new assets only; a late or missing notification is a warning and no deduction")
    func conditions() throws {
        var used = asset("2024-06-01", eia: true)
        used.used = true
        #expect(try year([used], 2024).eia == 0)
        let late = try Engine().report(Register(assets: [asset("2024-06-01", eia: true, notified: "2024-09-02")]))
        #expect(late.year(2024).eia == 0)
        #expect(late.warnings.first?.text.nl.contains("te laat gemeld: 2024-09-02, na de termijn van drie maanden (uiterlijk 2024-09-01)") == true)
        #expect(try year([asset("2024-06-01", eia: true, notified: "2024-09-01")], 2024).eia == 40_000)
        let missing = try Engine().report(Register(assets: [asset("2024-06-01", eia: true, notified: nil)]))
        #expect(missing.year(2024).eia == 0)
        // The missing notification, and (the test asset has no life) that nothing was depreciated (issue 14).
        #expect(missing.warnings.count == 2)
        #expect(missing.warnings.last?.text.nl.hasPrefix("geen levensduur (life) opgegeven") == true)
    }

    @Test("EIA and MIA not on the same asset")
    func notBoth() {
        var both = asset("2024-06-01", eia: true)
        both.mia = .I
        #expect(throws: EngineError.self) { try Engine().report(Register(assets: [both])) }
    }

    @Test("combinable with KIA: the same € 10.000 gives KIA 28% and EIA 40% in 2024")
    func withKIA() throws {
        let report = try year([asset("2024-06-01", cost: 10_000, eia: true)], 2024)
        #expect(report.kia == 2_800)
        #expect(report.eia == 4_000)
    }

    @Test("MIA and Vamil on one asset; a clean passenger car can get MIA but never KIA")
    func withVamilAndCars() throws {
        var vamil = asset("2024-06-01", cost: 10_000, mia: .II)
        vamil.vamil = true
        vamil.life = 5
        vamil.willekeurig = .maximum
        let report = try Engine().report(Register(assets: [vamil]))
        #expect(report.year(2024).mia == 3_600)
        #expect(report.asset("a", in: 2024)?.depreciation?.willekeurig == 7_500)
        let car = try year([asset("2024-06-01", cost: 40_000, mia: .III, kind: .passengerCar)], 2024)
        #expect(car.mia == 10_800)
        #expect(car.kia == 0)
    }

    @Test("the desinvesteringsbijtelling of each form: KIA part at the KIA percentage, EIA part at the EIA percentage")
    func desinvestering() throws {
        var sold = asset("2024-06-01", cost: 10_000, eia: true)
        sold.disposal = Disposal(date: day("2025-06-01"), price: 6_000)
        let report = try Engine().report(Register(assets: [sold]))
        let year = report.year(2025)
        #expect(year.desinvestering.bijtellingEIA == 2_400) // 40% × 6.000
        #expect(year.desinvestering.bijtelling == 4_080)    // + 28% × 6.000
    }

    @Test("betalingscriterium over the whole aftrek: not in use, € 5.000 paid of € 10.000 → € 5.000 of KIA + EIA (6.800)")
    func paymentRule() throws {
        var ordered = asset("2024-06-01", cost: 10_000, eia: true)
        ordered.inUse = day("2025-02-01")
        ordered.payments = [Payment(date: day("2024-06-01"), amount: 5_000), Payment(date: day("2025-01-15"), amount: 5_000)]
        let report = try Engine().report(Register(assets: [ordered]))
        #expect(report.year(2024).kia + report.year(2024).eia == 5_000)
        #expect(report.year(2025).kia + report.year(2025).eia == 1_800)
        #expect(report.years.map(\.eia).reduce(0, +) == 4_000)
        #expect(report.years.map(\.kia).reduce(0, +) == 2_800)
    }

    @Test("a limited partner gets no EIA")
    func limitedPartner() throws {
        let entity = Entity(partners: [Partner(name: "beherend", share: "0.7"), Partner(name: "commanditair", share: "0.3", limited: true)])
        let report = try year([asset("2024-06-01", cost: 10_000, eia: true)], 2024, entity: entity)
        #expect(report.partners.map(\.eia) == [2_800, 0])
        #expect(report.partners.map(\.kia) == [1_960, 840])
    }

    @Test("a year without EIA figures is a clear error under futureYears = error")
    func missingYear() {
        #expect(throws: EngineError.self) {
            try Engine(options: EngineOptions(futureYears: .error)).report(Register(assets: [asset("\(Law.netherlands.firstUnknownYear)-06-01", eia: true)]))
        }
    }
}
