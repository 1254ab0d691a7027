import Testing
@testable import Activa

/// Boekjaren that are not calendar years (Vpb art. 7 lid 4; art. 3.66 Wet IB), and first years of other lengths.
@Suite("Gebroken boekjaar")
struct GebrokenBoekjaarTests {
    let mayToApril = FiscalCalendar(startMonth: 5, startDay: 1)
    let julyToJune = FiscalCalendar(startMonth: 7, startDay: 1)

    @Test("a boekjaar is named by the calendar year in which it ends")
    func naming() {
        #expect(mayToApril.year(of: day("2024-04-30")) == 2024)
        #expect(mayToApril.year(of: day("2024-05-01")) == 2025)
        #expect(mayToApril.start(2025) == day("2024-05-01"))
        #expect(mayToApril.end(2025) == day("2025-04-30"))
        #expect(mayToApril.months(2025) == 12)
        #expect(FiscalCalendar.calendarYears.year(of: day("2024-12-31")) == 2024)
        #expect(FiscalCalendar.calendarYears.end(2024) == day("2024-12-31"))
    }

    @Test("a long first boekjaar of fourteen months, and a short last one")
    func firstAndLast() {
        let calendar = FiscalCalendar(startMonth: 5, startDay: 1, firstYear: day("2023-03-15")...day("2024-04-30"),
                                      lastDay: day("2026-09-30"))
        #expect(calendar.year(of: day("2023-03-15")) == 2024)
        #expect(calendar.year(of: day("2023-01-10")) == 2024) // before the first boekjaar: counted in it
        #expect(calendar.months(2024) == 14)
        #expect(calendar.start(2025) == day("2024-05-01"))
        #expect(calendar.end(2027) == day("2026-09-30"))
        #expect(calendar.months(2027) == 5)
    }

    @Test("KIA over a boekjaar in two calendar years: each table on the whole total, weighted by where the investments fall")
    func weightedKIA() throws {
        let register = Register(entity: Entity(taxpayer: .vpb, calendar: julyToJune), assets: [
            Asset(id: "a", committed: day("2024-09-01"), inUse: day("2024-09-01"), cost: 10_000),
            Asset(id: "b", committed: day("2025-03-01"), inUse: day("2025-03-01"), cost: 60_000),
        ])
        let year = try Engine().report(register).year(2025)
        #expect(year.start == day("2024-07-01"))
        #expect(year.investments == 70_000)
        // 2024 table: 70.000 is in the fixed row (19.535); 2025 table: 28% × 70.000 = 19.600.
        // 19.535 × 10.000 / 70.000 = 2.790,7143 (up); 19.600 × 60.000 / 70.000 = 16.800.
        #expect(year.kia == "19590.7143")
    }

    @Test("within one calendar year the boekjaar uses that year's table")
    func oneCalendarYear() throws {
        let register = Register(entity: Entity(taxpayer: .vpb, calendar: julyToJune), assets: [
            Asset(id: "a", committed: day("2025-02-01"), inUse: day("2025-02-01"), cost: 10_000),
        ])
        #expect(try Engine().report(register).year(2025).kia == 2_800)
    }

    @Test("depreciation and the 20% cap in a fourteen-month first boekjaar: 14/12 of a year")
    func longFirstYear() throws {
        let calendar = FiscalCalendar(startMonth: 5, startDay: 1, firstYear: day("2023-03-15")...day("2024-04-30"))
        let register = Register(entity: Entity(taxpayer: .vpb, calendar: calendar), assets: [
            Asset(id: "a", committed: day("2023-03-15"), inUse: day("2023-03-15"), cost: 12_000, life: 5),
        ])
        let lines = try depreciationLines(register)
        #expect(lines[2024]?.normal == 2_800) // 12.000 / 5 × 14/12, the cap 20% × 12.000 × 14/12 is the same
        #expect(lines[2025]?.normal == 2_400)
        #expect(lines.values.map(\.depreciation).reduce(0, +) == 12_000)
    }

    @Test("the 2023 scheme with a gebroken boekjaar: each 2023 payment in its own boekjaar, 2024 payments never")
    func scheme2023() throws {
        let asset = Asset(id: "a", committed: day("2023-03-01"), inUse: day("2024-08-01"), cost: 100_000, life: 10,
                          payments: [Payment(date: day("2023-03-01"), amount: 20_000), Payment(date: day("2023-09-01"), amount: 30_000),
                                     Payment(date: day("2024-02-01"), amount: 50_000)], willekeurig: .maximum)
        let lines = try depreciationLines(Register(entity: Entity(taxpayer: .vpb, calendar: julyToJune), assets: [asset]))
        #expect(lines[2023]?.willekeurig == 20_000)  // boekjaar 2022-07-01 – 2023-06-30
        #expect(lines[2024]?.willekeurig == 30_000)  // boekjaar 2023-07-01 – 2024-06-30: only the September 2023 payment
        #expect(lines[2025]?.willekeurig == 0)
        let calendarYears = try depreciationLines(Register(assets: [asset]))
        #expect(calendarYears[2023]?.willekeurig == 50_000)
        #expect(calendarYears[2024]?.willekeurig == 0)
    }

    /// The Belastingdienst's worked example of the 2023 scheme with a gebroken boekjaar, as reported (via SRA) in
    /// "Willekeurige afschrijving op investeringen bij een gebroken boekjaar",
    /// https://omnyacc.nl/nieuws/willekeurige-afschrijving-op-investeringen-bij-een-gebroken-boekjaar (the same text:
    /// "Willekeurig afschrijven bij gebroken boekjaar", https://stolwijkkennisnetwerk.nl/willekeurig-afschrijven-bij-gebroken-boekjaar).
    /// Boekjaar 1 May – 30 April; investment of € 100.000 on 1 February 2023, in use on 1 February 2024; paid
    /// € 10.000 on 1 April 2023, € 10.000 on 1 December 2023 and € 80.000 on 1 February 2024 (at ingebruikname).
    /// The Belastingdienst: at most € 10.000 willekeurig in boekjaar 1-5-2022 – 30-4-2023 (the April payment), at
    /// most € 10.000 again in boekjaar 1-5-2023 – 30-4-2024 (the December payment), and nothing for the € 80.000 paid
    /// in 2024 — although the asset is in use before that boekjaar ends; what was not taken cannot be caught up.
    ///
    /// The example gives no life; with 10 years and no residual value (our assumption, not the page's), the rest is
    /// depreciated normally over the full life from ingebruikname (art. 3.30 lid 1; the Belastingdienst's 2013
    /// examples, docs/law/willekeurig.md): (100.000 − 20.000) / 10 = 8.000 a year; boekjaar 2024 has February–April in
    /// use, 3/12 × 8.000 = 2.000 (the cap 20% × 100.000 × 3/12 = 5.000 does not bind); 2025–2033 8.000 each; the last
    /// boekjaar 1-5-2033 – 30-4-2034 has May 2033 – January 2034 in use, 9/12 × 8.000 = 6.000; in all
    /// 20.000 + 2.000 + 9 × 8.000 + 6.000 = 100.000.
    @Test("Belastingdienst example, 2023 scheme with boekjaar May–April: 10.000 + 10.000 willekeurig, then 2.000, 8.000 a year, 6.000")
    func scheme2023BelastingdienstExample() throws {
        let asset = Asset(id: "a", committed: day("2023-02-01"), inUse: day("2024-02-01"), cost: 100_000, life: 10,
                          payments: [Payment(date: day("2023-04-01"), amount: 10_000), Payment(date: day("2023-12-01"), amount: 10_000),
                                     Payment(date: day("2024-02-01"), amount: 80_000)], willekeurig: .maximum)
        for entity in [Entity(taxpayer: .ib, calendar: mayToApril), Entity(taxpayer: .vpb, calendar: mayToApril)] {
            let lines = try depreciationLines(Register(entity: entity, assets: [asset]))
            #expect(lines[2023]?.willekeurig == 10_000)  // boekjaar 2022-05-01 – 2023-04-30
            #expect(lines[2024]?.willekeurig == 10_000)  // boekjaar 2023-05-01 – 2024-04-30, in use from 2024-02-01
            #expect(lines[2025]?.willekeurig == 0)
            #expect(lines[2024]?.normal == 2_000)
            #expect((2025...2033).map { lines[$0]?.normal } == Array(repeating: 8_000, count: 9))
            #expect(lines[2034]?.normal == 6_000)
            #expect(lines[2034]?.bookValue == 0)
            #expect(lines[2024]?.explanation.sources.contains { $0.url?.contains("omnyacc") == true } == true)
        }
        // Chosen amounts: taking nothing in boekjaar 2023 does not let boekjaar 2024 take the April payment as well.
        var chosen = asset
        chosen.willekeurig = .amounts([2024: 20_000])
        #expect(throws: EngineError.self) { try depreciationLines(Register(entity: Entity(calendar: mayToApril), assets: [chosen])) }
        chosen.willekeurig = .amounts([2024: 10_000])
        #expect(try depreciationLines(Register(entity: Entity(calendar: mayToApril), assets: [chosen]))[2024]?.willekeurig == 10_000)
    }

    @Test("the betalingscriterium is tested at the end of each boekjaar")
    func paymentRule() throws {
        let register = Register(entity: Entity(taxpayer: .vpb, calendar: julyToJune), assets: [
            Asset(id: "a", committed: day("2024-09-01"), inUse: day("2025-09-01"), cost: 10_000,
                  payments: [Payment(date: day("2024-09-01"), amount: 2_000), Payment(date: day("2025-05-01"), amount: 8_000)]),
        ])
        let report = try Engine().report(register)
        #expect(report.year(2025).kia == 2_800) // paid 10.000 by 2025-06-30 ≥ the KIA
    }
}
