import Testing
@testable import Activa

/// No silent zero (issue 14): an asset without `life` or `inUse` is computed as the law has it, with a warning that
/// says what is missing and what the engine did.
@Suite("Warnings about a register")
struct RegisterWarningsTests {
    func report(_ assets: [Asset]) throws -> Report {
        try Engine().report(Register(entity: Entity(), assets: assets))
    }

    @Test("no life: nothing depreciated, the book value stays at cost")
    func noLife() throws {
        let report = try report([Asset(id: "kantoorstoel", committed: day("2024-03-01"), inUse: day("2024-03-01"), cost: 800)])
        #expect(report.warnings.map(\.assetId) == ["kantoorstoel"])
        #expect(report.warnings[0].text.nl == "geen levensduur (life) opgegeven; er is niet afgeschreven: de boekwaarde blijft de aanschafprijs")
        // What the warning says is what the engine did.
        let line = try #require(report.year(2024).assets.line(for: "kantoorstoel")?.depreciation)
        #expect(line.depreciation == 0 && line.bookValue == 800)
    }

    /// Not in use: no normal depreciation (art. 3.30 lid 1), the KIA as far as paid (art. 3.44), and without
    /// ingebruikname the investment is undone at the end of the third year (art. 3.47 lid 6 sub b: 2024 + 3 − 1).
    @Test("no inUse: not depreciated, KIA only as far as paid, undone after three years")
    func noInUse() throws {
        var oven = Asset(id: "oven", committed: day("2024-03-01"), cost: 12_500)
        oven.life = 10
        oven.payments = [Payment(date: day("2024-03-01"), amount: 3_200)]
        let report = try report([oven])
        #expect(report.warnings.count == 1)
        #expect(report.warnings[0].text.nl == "geen datum van ingebruikname (inUse): niet afgeschreven (art. 3.30); KIA alleen naar betaling (art. 3.44); de investering geldt als ongedaan gemaakt op 2026-12-31 (art. 3.47 lid 6)")
        #expect(report.warnings[0].text.en.hasPrefix("no date of ingebruikname (inUse): not depreciated (art. 3.30); KIA only as far as paid (art. 3.44)"))
        // KIA 2024 on 12.500 = 28% = 3.500; paid 3.200 by the year end (over 25%, so not undone after 12 months):
        // 3.200 now, 300 deferred (art. 3.44).
        let year = report.year(2024)
        #expect(year.assets.line(for: "oven")?.depreciation?.depreciation == 0)
        #expect(year.kiaComputation?.kia == 3_500)
        #expect(year.kia == 3_200 && year.kiaDeferred == 300)
    }

    @Test("no warning where nothing is missing or nothing would change", arguments: [
        // Land is never depreciated and has no KIA; an item under € 450 is expensed at once; a car has no KIA but
        // is in use and has a life.
        Asset(id: "grond", kind: .land, committed: day("2024-03-01"), cost: 50_000),
        Asset(id: "muis", committed: day("2024-03-01"), inUse: day("2024-03-01"), cost: 40),
        Asset(id: "auto", kind: .passengerCar, committed: day("2024-03-01"), inUse: day("2024-03-01"), cost: 30_000, life: 5),
    ])
    func none(asset: Asset) throws {
        #expect(try report([asset]).warnings.isEmpty)
    }

    @Test("a car without inUse: no KIA anyway, so only the depreciation is named")
    func carWithoutInUse() throws {
        let report = try report([Asset(id: "auto", kind: .passengerCar, committed: day("2024-03-01"), cost: 30_000, life: 5)])
        #expect(report.warnings.map(\.text.nl) == ["geen datum van ingebruikname (inUse): niet afgeschreven (art. 3.30)"])
    }
}
