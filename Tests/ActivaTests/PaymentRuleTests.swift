import Testing
@testable import Activa

/// Art. 3.44 (betalingscriterium) and art. 3.47 lid 6 (undoing), with the worked example of
/// docs/law/payment-rule.md: a € 40.000 machine committed 1-7-2025.
@Suite("Betalingscriterium and undoing")
struct PaymentRuleTests {
    let engine = Engine()

    func machine(payments: [(String, ExactDecimal)], inUse: String?) -> Register {
        Register(assets: [Asset(id: "machine", committed: day("2025-07-01"), inUse: inUse.map(day), cost: 40_000,
                                payments: payments.map { Payment(date: day($0.0), amount: $0.1) })])
    }

    @Test("§4: 8.000 in 2025, 2.000 in 2026 (exactly 25% within 12 months), in use 2027: 8.000 / 2.000 / 1.200")
    func deferredOverThreeYears() throws {
        let report = try engine.report(machine(payments: [("2025-09-01", 8_000), ("2026-06-30", 2_000)], inUse: "2027-03-01"))
        #expect(report.year(2025).kiaComputation?.kia == 11_200)
        #expect(report.year(2025).kia == 8_000)
        #expect(report.year(2025).kiaDeferred == 3_200)
        #expect(report.year(2026).kia == 2_000)
        #expect(report.year(2026).kiaFromEarlierYears == 2_000)
        #expect(report.asset("machine", in: 2026)?.kiaOutstanding == 1_200)
        #expect(report.year(2027).kia == 1_200)
        #expect(report.years.map(\.kia).reduce(0, +) == 11_200)
        #expect(report.years.allSatisfy { $0.desinvestering.bijtelling.isZero })
    }

    @Test("the year of ingebruikname releases the rest even when it is not paid")
    func inUseReleasesAll() throws {
        let report = try engine.report(machine(payments: [("2025-07-01", 10_000)], inUse: "2026-01-15"))
        #expect(report.year(2025).kia == 10_000)
        #expect(report.year(2026).kia == 1_200)
    }

    @Test("in use in the investment year: the whole KIA at once, whatever was paid")
    func inUseAtOnce() throws {
        let report = try engine.report(machine(payments: [("2025-07-01", 1_000), ("2025-12-01", 9_000)], inUse: "2025-12-31"))
        #expect(report.year(2025).kia == 11_200)
        #expect(report.years.count == 1)
    }

    /// Art. 3.47 lid 6 sub a: "binnen twaalf maanden na het aangaan van de verplichting"; counted from the next day
    /// (art. 6:8 Awb), the twelve months after 1-7-2025 run through 1-7-2026. Art. 3.47 lid 2: the bijtelling only
    /// "voorzover daarover investeringsaftrek in aanmerking is genomen" — the Belastingdienst: "nooit hoger dan het
    /// bedrag van de eerder gekregen aftrek" — so 8.000, the KIA taken, not 28% × 40.000 = 11.200.
    @Test("§4 variant: only 20% within 12 months → undone on 1-7-2026, bijtelling the 8.000 KIA taken, deferred KIA lapses")
    func underpaidUndoes() throws {
        let register = machine(payments: [("2025-09-01", 8_000)], inUse: nil)
        let report = try engine.report(register)
        #expect(report.year(2025).kia == 8_000)
        let year2026 = report.year(2026)
        #expect(year2026.kia == 0)
        #expect(year2026.kiaLapsed == 3_200)
        let disposal = try #require(report.asset("machine", in: 2026)?.disposal)
        #expect(disposal.kind == .undone)
        #expect(disposal.date == day("2026-07-01"))
        #expect(disposal.transferPrice == 40_000)
        #expect(year2026.desinvestering.bijtelling == 8_000)

        // The literal reading of lid 5 alone, the named alternative: 28% × 40.000.
        let literal = try Engine(options: EngineOptions(undoneInvestment: .literal)).report(register)
        #expect(literal.year(2026).desinvestering.bijtelling == 11_200)
    }

    @Test("one cent short of 25% within 12 months undoes; exactly 25% does not")
    func twentyFivePercentBoundary() throws {
        let short = try engine.report(machine(payments: [("2025-07-01", "9999.99")], inUse: "2026-09-01"))
        #expect(short.asset("machine", in: 2026)?.disposal?.kind == .undone)
        let enough = try engine.report(machine(payments: [("2025-07-01", 10_000)], inUse: "2026-09-01"))
        #expect(enough.asset("machine", in: 2026)?.disposal == nil)
        #expect(enough.year(2026).kia == 1_200)
    }

    /// Twelve months after 1-7-2025 (art. 3.47 lid 6 sub a, counted as art. 6:8 Awb counts a term "na" a day)
    /// include 1-7-2026 and end with it.
    @Test("a payment on the last day of the 12 months (1-7-2026) is in time; on the day after it is too late")
    func paymentTooLate() throws {
        let late = try engine.report(machine(payments: [("2025-07-01", 1_000), ("2026-07-02", 39_000)], inUse: "2026-08-01"))
        #expect(late.asset("machine", in: 2026)?.disposal?.kind == .undone)
        #expect(late.asset("machine", in: 2026)?.disposal?.date == day("2026-07-01"))
        let inTime = try engine.report(machine(payments: [("2025-07-01", 1_000), ("2026-07-01", 39_000)], inUse: "2026-08-01"))
        #expect(inTime.asset("machine", in: 2026)?.disposal == nil)
    }

    @Test("in use within the 12 months (on their last day, 1-7-2026): no undoing however little was paid")
    func inUseWithinTwelveMonths() throws {
        let report = try engine.report(machine(payments: [("2025-07-01", 100)], inUse: "2026-07-01"))
        #expect(report.asset("machine", in: 2026)?.disposal == nil)
        #expect(report.year(2025).kia == 100)
        #expect(report.year(2026).kia == 11_100)
    }

    @Test("paid in full but not in use within three years after 1 January of the investment year: undone on 31-12 of the third year")
    func notInUseWithinThreeYears() throws {
        let register = Register(assets: [Asset(id: "machine", committed: day("2022-05-01"), inUse: day("2025-01-01"), cost: 10_000)])
        let report = try engine.report(register)
        #expect(report.year(2022).kia == 2_800)
        let disposal = try #require(report.asset("machine", in: 2024)?.disposal)
        #expect(disposal.kind == .undone)
        #expect(disposal.date == day("2024-12-31"))
        #expect(report.year(2024).desinvestering.bijtelling == 2_800)

        let inTime = Register(assets: [Asset(id: "machine", committed: day("2022-05-01"), inUse: day("2024-12-31"), cost: 10_000)])
        #expect(try engine.report(inTime).year(2024).desinvestering.bijtelling == 0)
    }

    @Test("sold before use with KIA still deferred: the rest lapses")
    func disposedBeforeUse() throws {
        var register = machine(payments: [("2025-07-01", 10_000)], inUse: nil)
        register.assets[0].disposal = Disposal(date: day("2026-03-01"), price: 30_000)
        let report = try engine.report(register)
        #expect(report.year(2026).kia == 0)
        #expect(report.year(2026).kiaLapsed == 1_200)
        #expect(report.year(2026).desinvestering.bijtelling == "8400")
    }

    @Test("property: KIA taken plus lapsed equals the KIA computed, for many payment patterns")
    func conservation() throws {
        for paidShare in stride(from: 0, through: 100, by: 10) {
            for inUseYear in [2025, 2026, 2027, 2028] {
                let first = ExactDecimal(400 * paidShare)
                let register = Register(assets: [
                    Asset(id: "a", committed: day("2025-03-01"), inUse: inUseYear < 2028 ? day("\(inUseYear)-06-01") : nil,
                          cost: 40_000, payments: [Payment(date: day("2025-03-01"), amount: first),
                                                   Payment(date: day("2026-08-01"), amount: 40_000 - first)]),
                    Asset(id: "b", committed: day("2025-04-01"), inUse: day("2025-04-01"), cost: 5_000),
                ])
                let report = try engine.report(register)
                let taken = report.years.map(\.kia).reduce(0, +)
                let lapsed = report.years.map(\.kiaLapsed).reduce(0, +)
                #expect(taken + lapsed == report.year(2025).kiaComputation?.kia, "paid \(paidShare)%, in use \(inUseYear)")
                for year in report.years { #expect(!year.kia.isNegative) }
            }
        }
    }
}

/// Art. 3.47 lid 2 and 6: an undone investment's bijtelling is at most the aftrek taken, also when the asset is sold
/// or taken into use later; what was deferred at the undoing lapses (art. 3.44 lid 1 no longer applies to it).
@Suite("Undoing, then a sale or an ingebruikname")
struct UndoingThenLaterEventTests {
    /// € 40.000 committed 1-7-2024, € 8.000 paid (20%), not in use: undone on 1-7-2025 (twelve months after).
    func machine(inUse: String? = nil, disposal: Disposal? = nil) -> Register {
        Register(assets: [Asset(id: "machine", committed: day("2024-07-01"), inUse: inUse.map(day), cost: 40_000, life: 5,
                                payments: [Payment(date: day("2024-07-01"), amount: 8_000)], disposal: disposal)])
    }

    @Test("sold in 2026 after the undoing: the bijtelling is the 8.000 KIA taken, in 2025, and the sale adds nothing")
    func undoneThenSold() throws {
        let report = try Engine().report(machine(disposal: Disposal(date: day("2026-02-01"), price: 30_000)))
        #expect(report.year(2024).kia == 8_000)
        #expect(report.year(2025).kiaLapsed == 3_200)
        #expect(report.year(2025).desinvestering.bijtelling == 8_000)
        #expect(report.year(2026).desinvestering.bijtelling == 0)
    }

    @Test("taken into use after the undoing in the same year: the deferred 3.200 lapses, nothing is released")
    func undoneThenInUse() throws {
        let report = try Engine().report(machine(inUse: "2025-09-01"))
        #expect(report.year(2025).kia == 0)
        #expect(report.year(2025).kiaLapsed == 3_200)
        #expect(report.year(2025).desinvestering.bijtelling == 8_000)
    }
}
