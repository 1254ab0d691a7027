import Testing
@testable import Activa

/// Art. 3.41 lid 3: up to 2020 the table on the partnership total, split by share (HR 2020, 19/02419);
/// from 2021 the partner's outside investments join his base and his KIA is pro-rated.
@Suite("Samenwerkingsverband")
struct PartnershipTests {
    let engine = Engine()

    @Test("HR 2020: VOF of two brothers, 2016, € 119.385, 50/50: the table once on the total, then split")
    func hogeRaad2016() throws {
        let register = Register(
            entity: Entity(partners: [Partner(name: "A", share: "0.5"), Partner(name: "B", share: "0.5")]),
            assets: [Asset(id: "invest", committed: day("2016-04-01"), inUse: day("2016-04-01"), cost: 119_385)])
        let year = try engine.report(register).year(2016)
        #expect(year.kia == "14504.8428")
        #expect(year.partners.map(\.kia) == ["7252.4214", "7252.4214"])
        // Not each partner the full table on his half (59.692,50 → the fixed amount 15.687).
        #expect(year.partners.allSatisfy { $0.kia < 15_687 })
    }

    @Test("from 2021: B's € 35.000 outside investments join his base; his KIA from the partnership is pro-rated")
    func outsideInvestments2021() throws {
        let register = Register(
            entity: Entity(partners: [Partner(name: "A", share: "0.5"),
                                      Partner(name: "B", share: "0.5", outsideInvestments: [2021: 35_000])]),
            assets: [Asset(id: "invest", committed: day("2021-04-01"), inUse: day("2021-04-01"), cost: 100_000)])
        let year = try engine.report(register).year(2021)
        let a = try #require(year.partners.first { $0.name == "A" })
        let b = try #require(year.partners.first { $0.name == "B" })
        // A: base 100.000 → fixed 16.568; from the partnership 16.568 × 50.000 / 100.000 = 8.284.
        #expect(a.base == 100_000)
        #expect(a.kia == 8_284)
        // B: base 135.000 → 16.568 − 7,56% × (135.000 − 109.574) = 14.645,7944;
        // from the partnership × 50.000 / 135.000 = 5.424,3683 (rounded up at 4 decimals); outside × 35.000 / 135.000.
        #expect(b.base == 135_000)
        #expect(b.kia == "5424.3683")
        #expect(b.kiaOutside == "3797.0579") // 14.645,7944 × 35.000 / 135.000 = 3.797,05780…
    }

    @Test("before 2021 outside investments do not change the partnership's KIA")
    func outsideIgnoredBefore2021() throws {
        let register = Register(
            entity: Entity(partners: [Partner(name: "A", share: "0.5"),
                                      Partner(name: "B", share: "0.5", outsideInvestments: [2020: 35_000])]),
            assets: [Asset(id: "invest", committed: day("2020-04-01"), inUse: day("2020-04-01"), cost: 10_000)])
        let year = try engine.report(register).year(2020)
        #expect(year.partners.map(\.kia) == [1_400, 1_400])
        #expect(year.partners.map(\.kiaOutside) == [0, 0])
    }

    @Test("each partner's bijtelling follows his own percentage")
    func partnerBijtelling() throws {
        let register = Register(
            entity: Entity(partners: [Partner(name: "A", share: "0.5"),
                                      Partner(name: "B", share: "0.5", outsideInvestments: [2021: 35_000])]),
            assets: [Asset(id: "invest", committed: day("2021-04-01"), inUse: day("2021-04-01"), cost: 100_000,
                           disposal: Disposal(date: day("2023-04-01"), price: 10_000))])
        let year = try engine.report(register).year(2023)
        // Partnership: 10.000 × 16.568 / 100.000 = 1.656,80; A: half of it; B: 10.000 × 0,5 × 14.645,7944 / 135.000.
        #expect(year.desinvestering.bijtelling == "1656.8")
        #expect(year.partners.map(\.desinvesteringsbijtelling) == ["828.4", "542.4368"])
    }
}

/// Art. 3.42 lid 4: in a samenwerkingsverband a partner's EIA cap is the cap × his energy investments ÷ the energy
/// investments of all participating ondernemers; a commanditaire vennoot gets no EIA and takes no part
/// (docs/law/eia-mia.md; Besluit investeringsaftrek §4.1.5.1, the example of a CV).
@Suite("EIA cap in a CV")
struct EIACapInPartnershipTests {
    /// € 200 million of energy investments in 2024 (EIA 40%, cap € 149 million).
    func register(_ partners: [Partner]) -> Register {
        Register(entity: Entity(partners: partners),
                 assets: [Asset(id: "centrale", committed: day("2024-02-01"), inUse: day("2024-02-01"), cost: 200_000_000,
                                life: 20, eia: true, notified: day("2024-03-01"))])
    }

    @Test("CV: general partner 50%, limited partner 50%: the cap is the general partner's alone — 40% × 100 M = 40 M")
    func limitedPartnerTakesNoPartOfTheCap() throws {
        let year = try Engine().report(register([Partner(name: "beherend", share: "0.5"),
                                                 Partner(name: "commanditair", share: "0.5", limited: true)])).year(2024)
        // His energy investments 100 M ≤ his cap 149 M × 100 M / 100 M: not capped.
        #expect(year.partners.map(\.eia) == [40_000_000, 0])
        // The year's EIA is what the aangiften hold together: the general partner's part.
        #expect(year.eia == 40_000_000)
    }

    @Test("CV with € 400 M in 2025 (cap 151 M): the general partner's 200 M is capped, 40% × 151 M = 60,4 M, the year's maximum")
    func capReached() throws {
        let register = Register(entity: Entity(partners: [Partner(name: "beherend", share: "0.5"),
                                                          Partner(name: "commanditair", share: "0.5", limited: true)]),
                                assets: [Asset(id: "centrale", committed: day("2025-02-01"), inUse: day("2025-02-01"), cost: 400_000_000,
                                               life: 20, eia: true, notified: day("2025-03-01"))])
        let year = try Engine().report(register).year(2025)
        #expect(year.eia == 60_400_000)
        #expect(year.partners.map(\.eia) == [60_400_000, 0])
    }

    @Test("VOF of two general partners: the cap is shared — 40% × 149 M / 2 = 29,8 M each")
    func sharedCap() throws {
        let year = try Engine().report(register([Partner(name: "A", share: "0.5"), Partner(name: "B", share: "0.5")])).year(2024)
        #expect(year.partners.map(\.eia) == [29_800_000, 29_800_000])
    }
}
