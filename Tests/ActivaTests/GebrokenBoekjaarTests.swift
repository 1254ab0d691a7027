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
