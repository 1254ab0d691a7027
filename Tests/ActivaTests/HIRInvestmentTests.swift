import Testing
@testable import Activa

/// The investeringsbedrag of an asset on which a herinvesteringsreserve is written off is the cost less the reserve
/// (HR 24 december 1975, nr. 17 795, BNB 1976/50; Besluit investeringsaftrek §4.2). The Besluit's approval to use
/// the gross cost, which the taxpayer must ask for, is the named option `hirInvestment = grossCost`.
@Suite("KIA after a herinvesteringsreserve")
struct HIRInvestmentTests {
    /// An old machine (2018, € 10.000, 5 years: book value 0 from 2023) sold on 1-3-2024 for € 6.000 into a reserve;
    /// a new machine of € 20.000 on 1-6-2024 takes € 5.000 of it.
    let register = Register(assets: [
        Asset(id: "oud", committed: day("2018-01-01"), inUse: day("2018-01-01"), cost: 10_000, life: 5,
              disposal: Disposal(date: day("2024-03-01"), price: 6_000, hir: true)),
        Asset(id: "nieuw", committed: day("2024-06-01"), inUse: day("2024-06-01"), cost: 20_000, life: 5,
              hir: HIRAfboeking(from: "oud", amount: 5_000)),
    ])

    @Test("KIA 2024 on 20.000 − 5.000 = 15.000: 28% = 4.200 (gross cost on request: 5.600)")
    func netOfReserve() throws {
        let report = try Engine().report(register)
        #expect(report.year(2024).investments == 15_000)
        #expect(report.year(2024).kia == 4_200)
        #expect(report.asset("nieuw", in: 2024)?.investment == 15_000)
        #expect(report.policies.contains { $0.name == "hirInvestment" && $0.value == "netOfReserve" })

        var options = EngineOptions()
        options.hirInvestment = .grossCost
        let gross = try Engine(options: options).report(register)
        #expect(gross.year(2024).investments == 20_000)
        #expect(gross.year(2024).kia == 5_600)
    }

    @Test("a later sale's bijtelling is capped at the net investeringsbedrag (art. 3.47 lid 2)")
    func bijtellingOnNet() throws {
        var sold = register
        sold.assets[1].disposal = Disposal(date: day("2025-06-01"), price: 18_000)
        let report = try Engine().report(sold)
        // Base min(18.000, 15.000) × 4.200 / 15.000 = 4.200.
        #expect(report.year(2025).desinvestering.bijtelling == 4_200)
    }
}
