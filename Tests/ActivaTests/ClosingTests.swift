import Testing
@testable import Activa

/// Closing a boekjaar (issue 16): once the aangifte is filed, its figures stay as filed. Art. 3.25 Wet IB 2001 (balance
/// continuity) and the AWR's definitive aanslag (art. 11, 16): a filed year is not recomputed; a later change that
/// would move it is refused, and a newer Activa that computes it differently keeps the filed figures and says so
/// (policy `filedYears = keepAsFiled`, docs/law/opening-balance.md §4).
@Suite("Closing a year")
struct ClosingTests {
    /// 12.000 in use 1 March 2024, ten years: 12.000 / 10 × 10/12 = 1.000 in 2024; KIA 28% × 12.000 = 3.360.
    let machine = Asset(id: "machine", committed: day("2024-03-01"), inUse: day("2024-03-01"), cost: 12_000, life: 10)
    var register: Register { Register(assets: [machine]) }

    @Test("closing keeps the year's aangifte figures: KIA 3.360, depreciation 1.000, book value 11.000; the report then marks it closed, unchanged")
    func close() throws {
        let closed = try Engine().close(register, year: 2024, on: day("2025-04-30"), registerVersion: 3)
        let filed = try #require(closed.closedYears.first)
        #expect(filed.year == 2024 && filed.closedOn == day("2025-04-30") && filed.registerVersion == 3 && filed.activaVersion == Engine.version)
        let figures = Dictionary(uniqueKeysWithValues: filed.figures.map { ($0.key, $0.amount) })
        #expect(figures["kia"] == 3_360)
        #expect(figures["activastaat.depreciation"] == 1_000)
        #expect(figures["activastaat.bookValue"] == 11_000)
        let report = try Engine().report(closed)
        #expect(report.closedYears.count == 1)
        #expect(report.closedYears.first?.differences.isEmpty == true)
        #expect(report.changedClosedYears.isEmpty)
        #expect(report.policies.contains { $0.name == "filedYears" && $0.value == "keepAsFiled" })
    }

    @Test("a change after closing that moves a filed figure is found, with the figures it moves: cost 12.000 → 15.000 gives KIA 4.200 and depreciation 1.250 for 2024")
    func changeAfterClosing() throws {
        var closed = try Engine().close(register, year: 2024, on: day("2025-04-30"))
        closed.assets[0].cost = 15_000
        let report = try Engine().report(closed)
        let changed = try #require(report.changedClosedYears.first)
        #expect(changed.cause == .registerChanged)
        #expect(changed.differences.contains(ClosedYearDifference(year: 2024, key: "kia", filed: 3_360, now: 4_200)))
        #expect(changed.differences.contains(ClosedYearDifference(year: 2024, key: "activastaat.depreciation", filed: 1_000, now: 1_250)))
        #expect(report.warnings.contains { $0.text.nl.hasPrefix("2024 is afgesloten op 2025-04-30, maar het register is daarna gewijzigd") })
        // Also when only a later year is asked for: the closed year is compared all the same.
        var options = EngineOptions()
        options.reportedYears = 2025...2025
        let later = try Engine(options: options).report(closed)
        #expect(later.years.map(\.year) == [2025])
        #expect(!later.changedClosedYears.isEmpty)
        // A change that moves nothing filed (a description) is no change to the closed year.
        var described = try Engine().close(register, year: 2024, on: day("2025-04-30"))
        described.assets[0].description = "Freesmachine"
        #expect(try Engine().report(described).changedClosedYears.isEmpty)
    }

    @Test("a year closed by another Activa that computes it differently keeps its filed figures, and the report says what differs and why")
    func engineChanged() throws {
        var closed = try Engine().close(register, year: 2024, on: day("2025-04-30"))
        closed.closedYears[0].activaVersion = "0.1.0"
        closed.closedYears[0].figures = closed.closedYears[0].figures.map { $0.key == "kia" ? FiledFigure(key: "kia", amount: 3_000) : $0 }
        let report = try Engine().report(closed)
        let status = try #require(report.closedYears.first)
        #expect(status.cause == .engineChanged)
        #expect(status.differences == [ClosedYearDifference(year: 2024, key: "kia", filed: 3_000, now: 3_360)])
        #expect(report.changedClosedYears.isEmpty)   // not a change to refuse
        #expect(report.warnings.contains { $0.text.nl.contains("met Activa 0.1.0; Activa \(Engine.version) rekent dat jaar anders") && $0.text.nl.contains("KIA € 3.000,00 → € 3.360,00") })
    }

    @Test("only a year that is over, the next after those closed, without provisional figures, can be closed")
    func whatCanBeClosed() throws {
        #expect(throws: EngineError.self) { try Engine().close(register, year: 2024, on: day("2024-12-31")) }
        let closed = try Engine().close(register, year: 2024, on: day("2025-04-30"))
        #expect(throws: EngineError.self) { try Engine().close(closed, year: 2024, on: day("2025-05-01")) }
        #expect(throws: EngineError.self) { try Engine().close(closed, year: 2026, on: day("2027-05-01")) }
        #expect(try Engine().close(closed, year: 2025, on: day("2026-05-01")).closedYears.map(\.year) == [2024, 2025])
        // A year whose law is not known yet has provisional figures (the latest table, VOORLOPIG): not closed.
        let unknown = (Law.netherlands.kiaYears?.upperBound ?? 2026) + 1
        let future = Register(assets: [Asset(id: "pc", committed: day("\(unknown)-03-01"), inUse: day("\(unknown)-03-01"), cost: 3_000, life: 5)])
        do {
            _ = try Engine().close(future, year: unknown, on: day("\(unknown + 1)-05-01"))
            Issue.record("a provisional year was closed")
        } catch {
            #expect(error.message(.nl).contains("voorlopig"))
        }
    }

    @Test("closed years are in order, once each, and not before the opening year")
    func validation() {
        var twice = register
        let year = ClosedYear(year: 2024, closedOn: day("2025-04-30"), activaVersion: Engine.version, figures: [])
        twice.closedYears = [year, year]
        #expect(twice.validationIssues().contains { $0.field == "closedYears[1].year" })
    }
}
