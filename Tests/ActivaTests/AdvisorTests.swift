import Testing
@testable import Activa

/// `activa advise`: every advice's euro difference is checked by recomputing both sides through the engine.
@Suite("Advisor")
struct AdvisorTests {
    let engine = Engine()
    let today = day("2025-11-22")

    func advice(_ register: Register, kind: Advice.Kind) throws -> [Advice] {
        try Advisor().advise(register, asOf: today).filter { $0.kind == kind }
    }

    func net(_ register: Register, _ years: [Int]) throws -> Money {
        let report = try engine.report(register)
        return years.reduce(Money.zero) { $0 + report.year($1).kia + report.year($1).eia + report.year($1).mia - report.year($1).desinvestering.bijtelling }
    }

    let workshop = Asset(id: "werkplaats", committed: day("2025-02-01"), inUse: day("2025-02-15"), cost: 62_000, life: 10)

    @Test("a €445 planned purchase: at €450 it counts; the KIA difference equals the table's")
    func justBelowMinimum() throws {
        let planned = PlannedPurchase(id: "laser", amount: 445, earliest: day("2025-12-05"), latest: day("2025-12-20"), life: 5)
        let register = Register(assets: [Asset(id: "x", committed: day("2025-03-01"), inUse: day("2025-03-01"), cost: 3_000, life: 5)],
                                planned: [planned])
        let item = try #require(try advice(register, kind: .justBelowMinimum).first)
        let expected = try engine.kia(year: 2025, amounts: [3_000, 450]).kia - engine.kia(year: 2025, amounts: [3_000, 445]).kia
        #expect(item.difference == expected)
        #expect(item.difference == 126)
    }

    @Test("two items bought together that could form one business asset")
    func parts() throws {
        let register = Register(assets: [
            Asset(id: "x", committed: day("2025-03-01"), cost: 3_000),
            Asset(id: "pc", committed: day("2025-12-01"), cost: 400),
            Asset(id: "scherm", committed: day("2025-12-01"), cost: 250),
        ])
        let item = try #require(try advice(register, kind: .partsFormOneAsset).first)
        #expect(item.difference == 182) // 28% × 650
    }

    @Test("a planned purchase across the year-end: buy in the year that gives more (here: 2025, at the 28% row)")
    func moveAcrossYearEnd() throws {
        let planned = PlannedPurchase(id: "afzuiging", amount: 2_000, earliest: day("2025-12-01"), latest: day("2026-01-31"))
        let register = Register(assets: [workshop, Asset(id: "y", committed: day("2025-03-01"), cost: 6_500)], planned: [planned])
        let item = try #require(try advice(register, kind: .moveAcrossYearEnd).first)
        var in2026 = register
        in2026.planned = []
        in2026.assets.append(planned.asset(committedOn: day("2026-01-01")))
        var in2025 = in2026
        in2025.assets[2] = planned.asset(committedOn: day("2025-12-01"))
        #expect(item.difference == (try net(in2025, [2025, 2026]) - net(in2026, [2025, 2026])))
        #expect(item.difference == 560)
        #expect(item.advised.description.nl.contains("2025-12-01"))
    }

    @Test("across the year-end at the start of the phase-out: wait for the new year")
    func moveIntoNextYear() throws {
        let planned = PlannedPurchase(id: "kraan", amount: 40_000, earliest: day("2025-12-01"), latest: day("2026-03-31"))
        let register = Register(assets: [Asset(id: "hal", committed: day("2025-02-01"), cost: 130_000),
                                         Asset(id: "z", committed: day("2026-02-01"), cost: 1_000)], planned: [planned])
        let item = try #require(try advice(register, kind: .moveAcrossYearEnd).first)
        // 2025 with: 170.000 → 19.769 − 7,56% × 39.256 = 16.801,2464; 2026 without: 1.000 → 0.
        // 2025 without: 130.000 → 19.769; 2026 with: 41.000 → 11.480.
        #expect(item.difference == (19_769 + 11_480) - ExactDecimal("16801.2464"))
        #expect(item.title.nl.contains("koop na de jaarwisseling, in 2026"))
    }

    @Test("a sale inside the five-year window: the bijtelling it triggers and the first free day")
    func saleInsideWindow() throws {
        let register = Register(assets: [
            Asset(id: "camera", committed: day("2021-04-01"), inUse: day("2021-04-01"), cost: 4_200, life: 5,
                  disposal: Disposal(date: day("2025-12-15"), price: 3_500)),
        ])
        let item = try #require(try advice(register, kind: .saleInsideWindow).first)
        #expect(item.difference == 980) // 28% × 3.500
        #expect(item.title.nl.contains("vanaf 2026-01-01 niet meer"))
    }

    @Test("a sale that takes the year over the threshold: selling in the next year avoids all bijtellingen")
    func saleAcrossThreshold() throws {
        let register = Register(assets: [
            // In use: an asset never taken into use would be undone on 31-12-2025 (art. 3.47 lid 6 sub b), sale or not.
            Asset(id: "a", committed: day("2023-04-01"), inUse: day("2023-04-01"), cost: 10_000,
                  disposal: Disposal(date: day("2025-12-01"), price: 2_000)),
            Asset(id: "b", committed: day("2023-04-01"), inUse: day("2023-04-01"), cost: 10_000,
                  disposal: Disposal(date: day("2025-12-10"), price: 1_500)),
        ])
        let items = try advice(register, kind: .saleAcrossThreshold)
        // Both together 3.500 > 2.900; either moved: 2025 below the threshold, 2026 alone below it too.
        #expect(items.map(\.difference) == [980, 980])
    }

    /// The saw is taken into use on 1-9-2026. As it is (€ 500 paid, 25% not reached by 1-3-2026) the investment is
    /// undone on 1-3-2026 and the € 500 KIA taken is added back (art. 3.47 lid 2, at most the aftrek taken); paid in
    /// time it keeps its whole KIA: 28% × 6.500 = 1.820 (2025: 68.500 in the 28% row).
    @Test("not in use: pay 25% within twelve months, or the investment is undone")
    func paymentDeadline() throws {
        let register = Register(assets: [workshop, Asset(id: "zaag", committed: day("2025-03-01"), inUse: day("2026-09-01"),
                                                         cost: 6_500, life: 8,
                                                         payments: [Payment(date: day("2025-03-01"), amount: 500)])])
        let item = try #require(try advice(register, kind: .paymentDeadline).first)
        // Twelve months after 1-3-2025 run through 1-3-2026 (art. 3.47 lid 6 sub a; LegalTerm).
        #expect(item.title.nl.contains("betaal uiterlijk 2026-03-01 nog € 1.125,00"))
        var advised = register
        advised.assets[1].payments?.append(Payment(date: day("2026-03-01"), amount: 1_125))
        #expect(item.difference == (try net(advised, [2025, 2026, 2027]) - net(register, [2025, 2026, 2027])))
        #expect(item.difference == 1_820)
    }

    @Test("not in use within three years: the bijtelling it avoids")
    func inUseDeadline() throws {
        let register = Register(assets: [Asset(id: "m", committed: day("2023-05-01"), cost: 10_000)])
        let item = try #require(try advice(register, kind: .inUseDeadline).first)
        #expect(item.title.nl.contains("uiterlijk 2025-12-31"))
        #expect(item.difference == 2_800)
    }

    @Test("willekeurige afschrijving for a starter: the extra first-year depreciation")
    func willekeurig() throws {
        let register = Register(entity: Entity(startersYears: [2025]), assets: [workshop])
        let item = try #require(try advice(register, kind: .willekeurigChoice).first)
        #expect(item.asIs.total == "5683.33") // 62.000 / 10 × 11/12
        #expect(item.advised.total == 62_000)
        #expect(item.difference == "56316.67")
    }

    @Test("no advice when nothing changes anything")
    func none() throws {
        let register = Register(assets: [Asset(id: "oud", committed: day("2019-03-01"), inUse: day("2019-03-01"), cost: 5_000, life: 5)])
        #expect(try Advisor().advise(register, asOf: today).isEmpty)
    }
}

/// Art. 3.47 lid 2 and 6 under `undoneInvestment = aftrekTaken`: for an asset with no ingebruikname in the register,
/// paying 25% alone changes nothing in the end (the three-year rule undoes it and adds back what was taken), so the
/// advice pairs the payment with taking the asset into use by the three-year deadline.
@Suite("Advisor: not in use and underpaid")
struct AdvisorUnderpaidTests {
    @Test("30.000 ordered 1-3-2025, 5.000 paid, no ingebruikname: pay 2.500 by 1-3-2026 and use it by 31-12-2027 — 28% × 30.000 = 8.400")
    func paymentWithUse() throws {
        let register = Register(assets: [Asset(id: "besteld", committed: day("2025-03-01"), cost: 30_000, life: 5,
                                               payments: [Payment(date: day("2025-03-01"), amount: 5_000)])])
        let item = try #require(try Advisor().advise(register, asOf: day("2025-12-01")).first { $0.kind == .paymentDeadline })
        #expect(item.title.nl.contains("betaal uiterlijk 2026-03-01 nog € 2.500,00"))
        #expect(item.title.nl.contains("neem het uiterlijk 2027-12-31 in gebruik"))
        #expect(item.difference == 8_400)
    }
}
