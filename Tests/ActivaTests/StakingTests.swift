import Testing
@testable import Activa

/// Art. 3.44 lid 2 Wet IB 2001: "Indien de onderneming wordt gestaakt, wordt het nog niet in aanmerking genomen deel
/// van de investeringsaftrek in aanmerking genomen in het jaar van staking." The enterprise stops at the end of its
/// last boekjaar (`entity.lastFiscalYearEnd`).
@Suite("Staking")
struct StakingTests {
    let engine = Engine()

    /// A € 40.000 machine committed 1-7-2024, € 8.000 paid in 2024 and never in use; the enterprise stops on 30-6-2025
    /// and sells it that day for € 2.000.
    func register(lastDay: String = "2025-06-30", disposal: Disposal? = Disposal(date: day("2025-06-30"), price: 2_000)) -> Register {
        Register(entity: Entity(calendar: FiscalCalendar(startMonth: 1, startDay: 1, lastDay: day(lastDay))),
                 assets: [Asset(id: "machine", committed: day("2024-07-01"), cost: 40_000, life: 5,
                                payments: [Payment(date: day("2024-07-01"), amount: 8_000)], disposal: disposal)])
    }

    @Test("KIA deferred under the betalingscriterium: the rest in the staking year, none lapsed")
    func restAtStaking() throws {
        let register = register()
        // 2024: KIA 28% × 40.000 = 11.200, limited to the 8.000 paid (art. 3.44 lid 1). Not undone: 20% paid, but the twelve months end 1-7-2025, after the end of the enterprise.
        let report = try engine.report(register)
        #expect(report.year(2024).kia == 8_000)
        #expect(report.year(2025).kia == 3_200)
        #expect(report.year(2025).kiaLapsed == 0)
        #expect(report.asset("machine", in: 2025)?.disposal?.kind == .sale)
        #expect(report.years.last?.year == 2025)

        // Without staking the same asset sold on 30-6-2025 loses the deferred 3.200 (art. 3.44 lid 1).
        var going = register
        going.entity.calendar = .calendarYears
        let goingReport = try engine.report(going)
        #expect(goingReport.year(2025).kiaLapsed == 3_200)
    }

    @Test("nothing dated after the last boekjaar: a disposal after the end is refused, naming the asset and field")
    func nothingAfterTheEnd() {
        let late = register(disposal: Disposal(date: day("2025-08-01"), price: 2_000))
        let issues = late.validationIssues()
        #expect(issues.contains { $0.assetId == "machine" && $0.field == "disposal.date" })
        #expect(issues.first?.message(.nl).contains("na het einde van de onderneming") == true)
    }

    @Test("an asset still held at the staking is named in a warning")
    func heldAtStaking() throws {
        let report = try engine.report(register(disposal: nil))
        #expect(report.warnings.contains { $0.assetId == "machine" && $0.text.nl.contains("stopt op 2025-06-30") })
        #expect(report.years.last?.year == 2025)
    }
}
