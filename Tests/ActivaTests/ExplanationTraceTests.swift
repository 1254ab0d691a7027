import Testing
@testable import Activa

/// The explanation as data: each step's kind and figures, asserted as figures (docs/explanation-trace.md). The
/// expected values come from the law and its examples, cited per test.
@Suite("Explanation trace")
struct ExplanationTraceTests {
    @Test("KIA 2024 on € 30.000: the row 'meer dan € 2.800 maar niet meer dan € 69.765', 28% × 30.000 = 8.400 (art. 3.41 lid 1, 2024 text)")
    func kiaRow() throws {
        let query = try Engine().kia(year: 2024, amounts: [30_000])
        let step = try #require(query.computation.explanation.step("kia.percentage"))
        #expect(step.amount("total") == 30_000)
        #expect(step.amount("above") == 2_800)
        #expect(step.amount("upTo") == 69_765)
        #expect(step["rate"] == .rate(.percent(28)))
        #expect(step.amount("kia") == 8_400)
        #expect(step["year"] == .number(2024))
        #expect(step.source?.version == "2024-01-01")
    }

    @Test("Besluit afschrijvingen §4: bestelwagen € 20.000, residual € 5.000, 3 years: (20.000 − 5.000) / 3 = 5.000 capped at 20% × 20.000 = 4.000")
    func straightLineAndCap() throws {
        let register = Register(assets: [Asset(id: "a", kind: .van, committed: day("2024-01-01"), inUse: day("2024-01-01"),
                                               cost: 20_000, residual: 5_000, life: 3)])
        let explanation = try #require(try Engine().report(register).asset("a", in: 2024)?.depreciation?.explanation)
        let straight = try #require(explanation.step("depreciation.straightLine"))
        #expect(straight.amount("base") == 15_000)
        #expect(straight["life"] == .number(3))
        #expect(straight.amount("amount") == 5_000)
        let cap = try #require(explanation.step("depreciation.cap"))
        #expect(cap["rate"] == .rate(.percent(20)))
        #expect(cap.amount("cost") == 20_000)
        #expect(cap.amount("cap") == 4_000)
    }

    @Test("betalingscriterium (art. 3.44 lid 1), the example of docs/law: 40.000 committed 1-7-2025, 8.000 paid, not in use: 8.000 now, 3.200 deferred")
    func paymentRule() throws {
        let register = Register(assets: [Asset(id: "machine", committed: day("2025-07-01"), inUse: day("2027-03-01"), cost: 40_000,
                                               payments: [Payment(date: day("2025-09-01"), amount: 8_000), Payment(date: day("2026-06-30"), amount: 2_000)])])
        let report = try Engine().report(register)
        let step = try #require(report.asset("machine", in: 2025)?.explanation.step("kia.paymentRule"))
        #expect(step.amount("paid") == 8_000)
        #expect(step.amount("kia") == 8_000)
        #expect(step.amount("deferred") == 3_200)
        #expect(step["inUse"] == .text("no"))
        let year = try #require(report.year(2025).explanation.step("kia.paymentRuleYear"))
        #expect(year.amount("deferred") == 3_200)
    }

    @Test("desinvesteringsbijtelling (art. 3.47 lid 1): a machine of 10.000 with KIA 2024 (28%) sold in 2025 for 5.000 → 28% × 5.000 = 1.400")
    func bijtelling() throws {
        let register = Register(assets: [Asset(id: "m", committed: day("2024-02-01"), inUse: day("2024-02-01"), cost: 10_000, life: 5,
                                               disposal: Disposal(date: day("2025-05-01"), price: 5_000))])
        let report = try Engine().report(register)
        let explanation = try #require(report.asset("m", in: 2025)?.explanation)
        let threshold = try #require(explanation.step("desinvestering.aboveThreshold"))
        #expect(threshold.amount("transferPrices") == 5_000)
        #expect(threshold.amount("threshold") == 2_900)
        let step = try #require(explanation.step("desinvestering.bijtelling"))
        #expect(step.amount("base") == 5_000)
        #expect(step.amount("kia") == 2_800)
        #expect(step.amount("investments") == 10_000)
        #expect(step.amount("bijtelling") == 1_400)
        let sale = try #require(report.asset("m", in: 2025)?.depreciation?.explanation.step("disposal.boekwinst"))
        #expect(sale.amount("price") == 5_000)
        #expect(sale.amount("boekwinst") == (sale.amount("price") ?? 0) - (sale.amount("bookValue") ?? 0))
    }

    @Test("no explanation written, no trace: the figures are the same, the steps are not made")
    func notRecorded() throws {
        var options = EngineOptions()
        options.explanations = false
        let query = try Engine(options: options).report(Register(assets: [Asset(id: "a", committed: day("2024-01-01"), cost: 10_000)]))
        #expect(query.year(2024).kiaComputation?.explanation.steps.isEmpty == true)
    }
}
