import Testing
@testable import Activa

/// Art. 3.47: the threshold of the disposal year (all or nothing), the investment year's effective percentage,
/// five years from 1 January of the investment year, the base capped at the investment amount.
@Suite("Desinvesteringsbijtelling")
struct DesinvesteringTests {
    let engine = Engine()

    /// Two machines bought in 2020 (28% row), one sold on `date` for `price`; the other sold for `otherPrice`.
    func register(sale date: String, price: ExactDecimal, otherPrice: ExactDecimal? = nil, otherDate: String? = nil) -> Register {
        var assets = [
            Asset(id: "a", committed: day("2020-03-01"), inUse: day("2020-03-01"), cost: 10_000,
                  disposal: Disposal(date: day(date), price: price)),
            Asset(id: "b", committed: day("2020-03-01"), inUse: day("2020-03-01"), cost: 5_000),
        ]
        if let otherPrice { assets[1].disposal = Disposal(date: day(otherDate ?? date), price: otherPrice) }
        return Register(assets: assets)
    }

    @Test("2024 threshold € 2.800: a total of exactly € 2.800 gives nothing; one cent more taxes every disposal in full")
    func thresholdAllOrNothing() throws {
        let at = try engine.report(register(sale: "2024-05-01", price: 2_000, otherPrice: 800))
        #expect(at.year(2024).desinvestering.transferPrices == 2_800)
        #expect(at.year(2024).desinvestering.bijtelling == 0)
        let above = try engine.report(register(sale: "2024-05-01", price: 2_000, otherPrice: "800.01"))
        #expect(above.year(2024).desinvestering.bijtelling == "784.0028") // 28% × 2.800,01
        #expect(above.asset("a", in: 2024)?.disposal?.bijtelling == 560)
    }

    @Test("the threshold is the disposal year's: € 2.500 in 2022 (threshold 2.400) is taxed, in 2023 (2.600) not")
    func thresholdOfDisposalYear() throws {
        #expect(try engine.report(register(sale: "2022-12-31", price: 2_500)).year(2022).desinvestering.bijtelling == 700)
        #expect(try engine.report(register(sale: "2023-01-01", price: 2_500)).year(2023).desinvestering.bijtelling == 0)
    }

    @Test("five years from 1 January of the investment year: 31-12-2024 is caught, 1-1-2025 is not")
    func window() throws {
        let inside = try engine.report(register(sale: "2024-12-31", price: 6_000))
        #expect(inside.year(2024).desinvestering.bijtelling == 1_680)
        let outside = try engine.report(register(sale: "2025-01-01", price: 6_000))
        #expect(outside.year(2025).desinvestering.bijtelling == 0)
        #expect(outside.asset("a", in: 2025)?.disposal?.withinWindow == false)
    }

    @Test("sold above cost: the base is the investment amount")
    func capAtInvestment() throws {
        let report = try engine.report(register(sale: "2021-06-01", price: 12_000))
        #expect(report.year(2021).desinvestering.bijtelling == 2_800)
    }

    @Test("the effective percentage of the investment year, not 28%: 2019 total € 80.000 → KIA 16.051 (fixed row)")
    func effectivePercentage() throws {
        let register = Register(assets: [
            Asset(id: "line", committed: day("2019-02-01"), inUse: day("2019-02-01"), cost: 80_000,
                  disposal: Disposal(date: day("2021-02-01"), price: 10_000)),
        ])
        let report = try engine.report(register)
        #expect(report.year(2019).kia == 16_051)
        // 10.000 × 16.051 / 80.000 = 2.006,375
        #expect(report.year(2021).desinvestering.bijtelling == "2006.375")
    }

    @Test("no investeringsaftrek taken (year total at or below the lower bound): no bijtelling, and the price does not count")
    func noAftrekNoBijtelling() throws {
        let register = Register(assets: [
            Asset(id: "small", committed: day("2024-02-01"), inUse: day("2024-02-01"), cost: 2_800,
                  disposal: Disposal(date: day("2025-02-01"), price: 2_500)),
            Asset(id: "big", committed: day("2023-02-01"), inUse: day("2023-02-01"), cost: 5_000,
                  disposal: Disposal(date: day("2025-03-01"), price: 1_000)),
        ])
        let report = try engine.report(register)
        #expect(report.year(2024).kia == 0)
        #expect(report.year(2025).desinvestering.transferPrices == 1_000)
        #expect(report.year(2025).desinvestering.bijtelling == 0)
    }

    @Test("a withdrawal to private use counts at its value (art. 3.47 lid 3)")
    func withdrawal() throws {
        var register = register(sale: "2022-08-01", price: 4_000)
        register.assets[0].disposal?.withdrawal = true
        let report = try engine.report(register)
        #expect(report.asset("a", in: 2022)?.disposal?.kind == .withdrawal)
        #expect(report.year(2022).desinvestering.bijtelling == 1_120)
    }

    @Test("a disposal in a year without a known threshold: the latest known one, or an error by policy")
    func futureThreshold() throws {
        // The first year after the known ones, found from the tables (not named: adding a year must not break this).
        let unknown = Law.netherlands.firstUnknownYear, latest = unknown - 1
        let register = Register(assets: [
            Asset(id: "a", committed: day("2025-03-01"), inUse: day("2025-03-01"), cost: 10_000,
                  disposal: Disposal(date: day("\(unknown)-03-01"), price: 9_000)),
        ])
        let report = try engine.report(register)
        #expect(report.year(unknown).desinvestering.threshold == Law.netherlands.desinvesteringThresholds[latest]?.amount)
        #expect(report.year(unknown).desinvestering.bijtelling == 2_520) // 28% (2025) × 9.000
        let provisional = try #require(report.year(unknown).desinvestering.explanation.steps.first)
        #expect(provisional.kind == "desinvestering.provisionalThreshold" && provisional["fromYear"] == .number(latest))
        #expect(report.year(unknown).provisional.contains { $0.figure == .desinvesteringThreshold && $0.takenFrom == latest })
        #expect(throws: EngineError.self) {
            try Engine(options: EngineOptions(futureYears: .error)).report(register)
        }
    }
}
