import Testing
@testable import Activa

/// Verbeteringen and voortbrengingskosten. Art. 3.43 lid 1 Wet IB 2001: "investeren: het aangaan van verplichtingen
/// ter zake van de aanschaffing of de verbetering van een bedrijfsmiddel, alsmede het maken van voortbrengingskosten"
/// — an improvement is an investment of its own (its own year, its own KIA), and a self-made asset is invested in as
/// its costs are made. The KIA tables: art. 3.41 lid 1 (2024: 28% from € 2.801 to € 69.765; 2025: to € 70.602).
/// The depreciation with the asset improved: art. 3.30 lid 1 (the rest of its life) and lid 2 (at most 20% a year of
/// the cost of the whole bedrijfsmiddel) — DERIVED, docs/law/improvements.md.
@Suite("Improvements and self-made assets")
struct ImprovementsTests {
    /// A machine of € 20.000 (2024, ten years) improved on 1 March 2025 for € 6.000.
    let machine = Asset(id: "machine", committed: day("2024-01-01"), inUse: day("2024-01-01"), cost: 20_000, life: 10)
    let improvement = Asset(id: "ombouw", committed: day("2025-03-01"), cost: 6_000, improves: "machine")

    @Test("an improvement is its own investment: KIA 2025 = 28% × 6.000 = 1.680, the machine's KIA 2024 = 28% × 20.000 = 5.600")
    func ownInvestment() throws {
        let report = try Engine().report(Register(assets: [machine, improvement]))
        #expect(report.year(2024).kia == 5_600)
        #expect(report.year(2025).investments == 6_000)
        #expect(report.year(2025).kia == 1_680)
        let explanation = try #require(report.asset("ombouw", in: 2025)?.depreciation?.explanation)
        #expect(explanation.sources.contains { $0.article == "art. 3.43 lid 1 Wet IB 2001" })
    }

    @Test("depreciated over the rest of the machine's life: 106 months from March 2025 to 2033; 566,04 in 2025, 679,25 a year, the rest 679,21 in 2033, then nothing")
    func restOfLife() throws {
        let report = try Engine().report(Register(assets: [machine, improvement]))
        #expect(report.asset("ombouw", in: 2025)?.depreciation?.normal == ExactDecimal("566.04"))   // 6.000 × 10 / 106
        #expect(report.asset("ombouw", in: 2026)?.depreciation?.normal == ExactDecimal("679.25"))   // 6.000 × 12 / 106
        #expect(report.asset("ombouw", in: 2033)?.depreciation?.normal == ExactDecimal("679.21"))   // the rest
        #expect(report.asset("ombouw", in: 2033)?.depreciation?.bookValue == 0)
        #expect(report.asset("machine", in: 2033)?.depreciation?.bookValue == 0)
        #expect(report.asset("ombouw", in: 2034)?.depreciation?.normal ?? 0 == 0)
        // Without explanations (the fast path) the same figures.
        var options = EngineOptions()
        options.explanations = false
        let plain = try Engine(options: options).report(Register(assets: [machine, improvement]))
        #expect(plain.asset("ombouw", in: 2026)?.depreciation?.normal == ExactDecimal("679.25"))
    }

    @Test("one 20% cap for the whole: € 5.000 on a € 10.000 machine in its last three years takes 1.666,67 a year, above its own 1.000, within 20% × 15.000 − 1.000")
    func oneCap() throws {
        let machine = Asset(id: "machine", committed: day("2024-01-01"), inUse: day("2024-01-01"), cost: 10_000, life: 10)
        let late = Asset(id: "revisie", committed: day("2031-01-01"), cost: 5_000, improves: "machine")
        let report = try Engine().report(Register(assets: [machine, late]))
        #expect(report.asset("machine", in: 2031)?.depreciation?.normal == 1_000)
        #expect(report.asset("revisie", in: 2031)?.depreciation?.normal == ExactDecimal("1666.67")) // 5.000 × 12 / 36
        #expect(report.asset("revisie", in: 2033)?.depreciation?.bookValue == 0)
        let steps = try #require(report.asset("revisie", in: 2031)?.depreciation?.explanation).steps
        #expect(steps.contains { $0.kind == "depreciation.sharedCap" && $0["with"] == .text("machine") })
    }

    @Test("sold with the machine: the price shared by cost (18.461,54 and 5.538,46), boekwinst 3.905,66, bijtelling 28% of each = 6.720")
    func soldTogether() throws {
        var sold = machine
        sold.disposal = Disposal(date: day("2026-07-01"), price: 24_000)
        let report = try Engine().report(Register(assets: [sold, improvement]))
        let year = report.year(2026)
        #expect(report.asset("machine", in: 2026)?.disposal?.transferPrice == ExactDecimal("18461.54"))
        #expect(report.asset("ombouw", in: 2026)?.disposal?.transferPrice == ExactDecimal("5538.46"))
        // Book values at the sale: 20.000 − 2.000 − 2.000 − 1.000 = 15.000; 6.000 − 566,04 − 339,62 = 5.094,34.
        #expect(report.asset("machine", in: 2026)?.depreciation?.gain == ExactDecimal("3461.54"))
        #expect(report.asset("ombouw", in: 2026)?.depreciation?.gain == ExactDecimal("444.12"))
        #expect(year.desinvestering.transferPrices == 24_000)
        #expect(year.desinvestering.bijtelling == 6_720) // art. 3.47 lid 1: 28% (2024) and 28% (2025) of the prices
        #expect(report.policies.contains { $0.name == "improvementPrice" })
    }

    @Test("a reserve from the machine sold with its improvement covers the whole boekwinst (art. 3.54)")
    func reserveOfTheWhole() throws {
        var sold = machine
        sold.disposal = Disposal(date: day("2026-07-01"), price: 24_000, hir: true)
        let replacement = Asset(id: "nieuw", committed: day("2027-02-01"), inUse: day("2027-02-01"), cost: 40_000, life: 10,
                                hir: HIRAfboeking(from: "machine"))
        let report = try Engine().report(Register(assets: [sold, improvement, replacement]))
        #expect(report.asset("nieuw", in: 2027)?.depreciation?.hirAfboeking == ExactDecimal("3905.66"))
    }

    @Test("voortbrengingskosten: the costs of 2024 (12.000) and 2025 (18.000) are each their year's investment; KIA 3.360 and 5.040; depreciated as one asset of 30.000 from July 2025")
    func selfMade() throws {
        let werkplaats = Asset(id: "werkplaats", committed: day("2024-10-01"), inUse: day("2025-07-01"), cost: 30_000, life: 5,
                               productionCosts: [ProductionCost(date: day("2024-10-01"), amount: 12_000),
                                                 ProductionCost(date: day("2025-02-01"), amount: 18_000)])
        let report = try Engine().report(Register(assets: [werkplaats]))
        #expect(report.year(2024).investments == 12_000)
        #expect(report.year(2024).kia == 3_360)        // not in use at the end of 2024, but the costs made are borne (art. 3.44)
        #expect(report.year(2024).kiaDeferred == 0)
        #expect(report.year(2025).investments == 18_000)
        #expect(report.year(2025).kia == 5_040)
        #expect(report.year(2025).depreciation.normal == 3_000)  // 30.000 / 5 × 6/12
        #expect(report.year(2026).depreciation.normal == 6_000)
        #expect(report.asset("werkplaats-2025", in: 2025)?.depreciation?.normal == 1_800)
        #expect(report.year(2030).depreciation.bookValue == 0)
    }

    @Test("the €450 test counts the whole self-made asset: costs of 300 and 400 in two years make one bedrijfsmiddel of 700")
    func selfMadeSmall() throws {
        let tool = Asset(id: "mal", committed: day("2024-12-01"), inUse: day("2025-01-15"), cost: 700, life: 5,
                         productionCosts: [ProductionCost(date: day("2024-12-01"), amount: 300),
                                           ProductionCost(date: day("2025-01-10"), amount: 400)])
        let other = Asset(id: "pc", committed: day("2024-03-01"), inUse: day("2024-03-01"), cost: 3_000, life: 5)
        let report = try Engine().report(Register(assets: [tool, other]))
        #expect(report.year(2024).investments == 3_300)
        #expect(report.asset("mal", in: 2024)?.qualifies == true)
    }

    @Test("bad input is named: an improvement with its own life, of an asset that is not there, costs that do not add up")
    func errors() {
        func problems(_ assets: [Asset]) -> [String] { Register(assets: assets).validationIssues().map { "\($0.assetId ?? ""):\($0.field)" } }
        var withLife = improvement
        withLife.life = 5
        #expect(problems([machine, withLife]) == ["ombouw:life"])
        var orphan = improvement
        orphan.improves = "tractor"
        #expect(problems([machine, orphan]) == ["ombouw:improves"])
        let chain = Asset(id: "lak", committed: day("2026-01-01"), cost: 1_000, improves: "ombouw")
        #expect(problems([machine, improvement, chain]) == ["lak:improves"])
        let wrongTotal = Asset(id: "w", committed: day("2024-10-01"), cost: 25_000, life: 5,
                               productionCosts: [ProductionCost(date: day("2024-10-01"), amount: 12_000),
                                                 ProductionCost(date: day("2025-02-01"), amount: 18_000)])
        #expect(problems([wrongTotal]) == ["w:cost"])
        var paid = wrongTotal
        paid.cost = 30_000
        paid.payments = [Payment(date: day("2024-10-01"), amount: 30_000)]
        #expect(problems([paid]) == ["w:payments"])
    }
}
