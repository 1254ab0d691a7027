import Testing
@testable import Activa

/// Art. 3.30a: the bodemwaarde by taxpayer, use and year, with the transitional three boekjaren.
@Suite("Bodemwaarde")
struct BodemwaardeTests {
    func building(inUse: String, woz: [Int: ExactDecimal], use: BuildingUse = .ownUse) -> Asset {
        Asset(id: "a", kind: .building, committed: day(inUse), inUse: day(inUse), cost: 400_000, life: 40,
              buildingUse: use, woz: woz)
    }

    @Test("IB own use 2019: 50% of WOZ; depreciation stops at the bodemwaarde and there is no write-up when WOZ rises")
    func ibOwnUse() throws {
        let lines = try depreciationLines(Register(assets: [building(inUse: "2019-01-01", woz: [2019: 785_000, 2020: 800_000, 2021: 700_000])]))
        #expect(lines[2019]?.normal == 7_500) // 400.000 − 50% × 785.000
        #expect(lines[2020]?.normal == 0)
        #expect(lines[2020]?.bookValue == 392_500)
        #expect(lines[2021]?.normal == 10_000) // bodemwaarde 350.000: the full 10.000
    }

    @Test("IB ter belegging: 100% of WOZ")
    func ibInvestment() throws {
        let lines = try depreciationLines(Register(assets: [building(inUse: "2019-01-01", woz: [2019: 395_000], use: .investment)]))
        #expect(lines[2019]?.normal == 5_000)
    }

    @Test("Vpb own use from 2019: 100%; IB own use from 2024: 100% (new buildings)")
    func hundredPercent() throws {
        let vpb = try depreciationLines(Register(entity: Entity(taxpayer: .vpb), assets: [building(inUse: "2019-01-01", woz: [2019: 395_000])]))
        #expect(vpb[2019]?.normal == 5_000)
        let ib = try depreciationLines(Register(assets: [building(inUse: "2024-01-01", woz: [2024: 395_000])]))
        #expect(ib[2024]?.normal == 5_000)
    }

    @Test("Vpb transition: in use 2017, the old 50% rule for three whole boekjaren after that year (to 2020), then 100%")
    func vpbTransition() throws {
        let woz: [Int: ExactDecimal] = [2017: 375_000, 2018: 375_000, 2019: 375_000, 2020: 375_000, 2021: 385_000]
        let register = Register(entity: Entity(taxpayer: .vpb), assets: [building(inUse: "2017-01-01", woz: woz)])
        let lines = try depreciationLines(register)
        #expect((2017...2020).map { lines[$0]?.normal } == [10_000, 10_000, 10_000, 10_000])
        // 2019 under the old rule: 50% of the WOZ value (the 2019 rule would be 100%).
        let bodemwaarde = try #require(lines[2019]?.explanation.steps.first { $0.kind == "bodemwaarde" })
        #expect(bodemwaarde["percentage"] == .rate(ExactDecimal("0.5")) && bodemwaarde.amount("woz") == 375_000)
        #expect(bodemwaarde.amount("bodemwaarde") == 187_500)
        #expect(lines[2021]?.normal == 0) // 100% × 385.000 is above the book value 360.000
        let none = try depreciationLines(register, options: EngineOptions(buildingTransition: .none))
        #expect(none[2019]?.normal == 5_000) // 380.000 − 100% × 375.000
        #expect(none[2020]?.normal == 0)
    }

    @Test("IB 2024 transition: in use 2022 keeps 50% in 2024 and 2025, 100% from 2026")
    func ibTransition() throws {
        let woz: [Int: ExactDecimal] = [2022: 700_000, 2023: 700_000, 2024: 700_000, 2025: 700_000, 2026: 700_000]
        let lines = try depreciationLines(Register(assets: [building(inUse: "2022-01-01", woz: woz)]))
        #expect(lines[2025]?.normal == 10_000)
        #expect(lines[2026]?.normal == 0) // 100% × 700.000 is above the book value
        let none = try depreciationLines(Register(assets: [building(inUse: "2022-01-01", woz: woz)]),
                                         options: EngineOptions(buildingTransition: .none))
        #expect(none[2024]?.normal == 0)
    }

    @Test("a missing WOZ value is a clear error; later years assume the latest known value and say so")
    func missingWOZ() throws {
        #expect(throws: EngineError.self) { try depreciationLines(Register(assets: [building(inUse: "2020-01-01", woz: [2021: 100_000])])) }
        let lines = try depreciationLines(Register(assets: [building(inUse: "2020-01-01", woz: [2020: 100_000])]))
        #expect(lines[2021]?.normal == 10_000)
        let assumed = try #require(lines[2021]?.explanation.steps.first { $0.kind == "bodemwaarde.wozAssumed" })
        #expect(assumed["year"] == .number(2021) && assumed["fromYear"] == .number(2020) && assumed.amount("woz") == 100_000)
    }

    /// Art. 3.30a lid 2: the building, its ondergrond and aanhorigheden are one asset for the bodemwaarde test; the
    /// WOZ value covers them all. IB, in use 2024 (100% of the WOZ value, art. 3.30a lid 3 from 2024): building
    /// € 400.000 over 40 years = 10.000 a year, with its land € 100.000 (not depreciated) registered apart.
    /// 2024: WOZ 480.000; building + land 400.000 + 100.000 = 500.000, room 500.000 − 480.000 = 20.000 → 10.000
    /// (building alone, 400.000 below 480.000, it would be 0). 2025: WOZ 495.000; 390.000 + 100.000 = 490.000 below
    /// it → 0. 2026: WOZ 470.000; 490.000 − 470.000 = 20.000 → 10.000.
    @Test("building and its land are one for the bodemwaarde (art. 3.30a lid 2): 10.000, 0, 10.000")
    func buildingWithLand() throws {
        let woz: [Int: ExactDecimal] = [2024: 480_000, 2025: 495_000, 2026: 470_000]
        let land = Asset(id: "grond", kind: .land, committed: day("2024-01-01"), cost: 100_000, building: "a")
        let lines = try depreciationLines(Register(assets: [building(inUse: "2024-01-01", woz: woz), land]))
        #expect((2024...2026).map { lines[$0]?.normal } == [10_000, 0, 10_000])
        #expect(lines[2024]?.explanation.sources.contains { $0.article.hasPrefix("art. 3.30a lid 2") } == true)
        let withLand = try #require(lines[2024]?.explanation.steps.first { $0.kind == "bodemwaarde.withLand" })
        #expect(withLand.amount("bodemwaarde") == 480_000 && withLand.amount("landBookValue") == 100_000 && withLand.amount("floor") == 380_000)
        let alone = try depreciationLines(Register(assets: [building(inUse: "2024-01-01", woz: woz)]))
        #expect(alone[2024]?.normal == 0)
        // The land itself is still not depreciated.
        let landLines = try depreciationLines(Register(assets: [building(inUse: "2024-01-01", woz: woz), land]), "grond")
        #expect(landLines[2026]?.bookValue == 100_000)
    }

    /// Art. 3.30a lid 1: the bodemwaarde limits depreciation; before ingebruikname there is none (art. 3.30 lid 1),
    /// so no WOZ value is needed for those years. Committed 2023, in use 2025, WOZ 2025 300.000 (IB 100%):
    /// 400.000 / 40 = 10.000, room 400.000 − 300.000.
    @Test("no WOZ value needed for years before the building is in use")
    func wozNotNeededBeforeUse() throws {
        var asset = building(inUse: "2025-01-01", woz: [2025: 300_000])
        asset.committed = day("2023-03-01")
        let lines = try depreciationLines(Register(assets: [asset]))
        #expect(lines[2023]?.normal == 0)
        #expect(lines[2024]?.normal == 0)
        #expect(lines[2025]?.normal == 10_000)
        asset.woz = [:]
        #expect(throws: EngineError.self) { try depreciationLines(Register(assets: [asset])) } // 2025 still needs it
    }

    @Test("no bodemwaarde before 2007; a building in use in 2005 comes under it after three whole boekjaren (from 2009)")
    func before2007() throws {
        #expect(throws: EngineError.self) { try depreciationLines(Register(assets: [building(inUse: "2005-01-01", woz: [:])])) }
        let lines = try depreciationLines(Register(assets: [building(inUse: "2005-01-01", woz: [2009: 745_000])]))
        #expect((2005...2008).map { lines[$0]?.normal } == [10_000, 10_000, 10_000, 10_000])
        #expect(lines[2009]?.normal == 0) // 50% × 745.000 = 372.500 > 360.000
    }
}

/// Art. 3.54: formation from a boekwinst (over the book value without willekeurig), the afboeking with the
/// boekwaarde-eis, and release after three years.
@Suite("Herinvesteringsreserve")
struct HIRTests {
    func sold(_ price: ExactDecimal) -> Asset {
        Asset(id: "old", committed: day("2020-01-01"), inUse: day("2020-01-01"), cost: 10_000, life: 5,
              disposal: Disposal(date: day("2023-01-01"), price: price, hir: true))
    }

    @Test("formed from the gain, written off the replacement's cost")
    func formationAndUse() throws {
        let register = Register(assets: [
            sold(7_000),
            Asset(id: "new", committed: day("2024-03-01"), inUse: day("2024-03-01"), cost: 12_000, life: 5,
                  hir: HIRAfboeking(from: "old")),
        ])
        let report = try Engine().report(register)
        #expect(report.asset("old", in: 2023)?.depreciation?.gain == 3_000)
        #expect(report.asset("old", in: 2023)?.depreciation?.hirFormed == 3_000)
        #expect(report.year(2023).depreciation.hirBalance == 3_000)
        let replacement = try #require(report.asset("new", in: 2024)?.depreciation)
        #expect(replacement.hirAfboeking == 3_000)
        #expect(replacement.investment == 9_000)
        #expect(replacement.normal == 1_500) // 9.000 / 5 × 10/12
        #expect(report.year(2024).depreciation.hirUsed == 3_000)
        #expect(report.year(2024).depreciation.hirBalance == 0)
    }

    @Test("boekwaarde-eis: the replacement may not go below the sold asset's book value; the rest is released after three years")
    func boekwaardeEisAndRelease() throws {
        let register = Register(assets: [
            sold(7_000),
            Asset(id: "new", committed: day("2024-03-01"), inUse: day("2024-03-01"), cost: 5_000, life: 5,
                  hir: HIRAfboeking(from: "old")),
        ])
        let report = try Engine().report(register)
        #expect(report.asset("new", in: 2024)?.depreciation?.hirAfboeking == 1_000) // 5.000 − book value 4.000
        #expect(report.year(2026).depreciation.hirReleased == 2_000)
        #expect(report.year(2026).depreciation.hirBalance == 0)
        var tooMuch = register
        tooMuch.assets[1].hir = HIRAfboeking(from: "old", amount: 1_500)
        #expect(throws: EngineError.self) { try Engine().report(tooMuch) }
    }

    /// Art. 3.54 lid 4 Wet IB 2001 (Besluit herinvesteringsreserve 2011 §3.4, §5.5: kort-afschrijfbaar versus niet-
    /// of lang-afschrijfbaar, in both directions): when the sold asset or the new one is not depreciated or is
    /// depreciated over more than ten years, the reserve goes only onto an asset with the same economic function.
    @Test("a machine's reserve does not go onto a building, nor a building's onto a machine, without hir.sameFunction")
    func sameFunction() throws {
        let newBuilding = Asset(id: "hal", kind: .building, committed: day("2024-03-01"), inUse: day("2024-03-01"), cost: 100_000,
                                life: 30, woz: [2024: 10_000], hir: HIRAfboeking(from: "old"))
        let error = try #require(#expect(throws: EngineError.self) { try Engine().report(Register(assets: [sold(7_000), newBuilding])) })
        guard case .invalidRegister(let issues) = error, let issue = issues.first else { Issue.record("expected a register issue"); return }
        #expect(issue.assetId == "hal")
        #expect(issue.field == "hir.sameFunction")
        #expect(issue.message(.nl).contains("eenzelfde economische functie") && issue.message(.nl).contains("art. 3.54 lid 4"))
        #expect(issue.message(.nl).contains("dit bedrijfsmiddel wordt afgeschreven in 30 jaar, meer dan tien"))
        #expect(issue.message(.en).contains("same economic function") && issue.message(.en).contains("art. 3.54(4)"))
        var stated = newBuilding
        stated.hir = HIRAfboeking(from: "old", sameFunction: true)
        let report = try Engine().report(Register(assets: [sold(7_000), stated]))
        #expect(report.asset("hal", in: 2024)?.depreciation?.hirAfboeking == 3_000)
        #expect(report.asset("hal", in: 2024)?.depreciation?.explanation.sources.contains { $0.article.hasPrefix("art. 3.54 lid 4") } == true)

        // The reverse: a building's reserve onto a machine.
        let oldBuilding = Asset(id: "oud-pand", kind: .building, committed: day("2020-01-01"), inUse: day("2020-01-01"), cost: 400_000,
                                life: 40, disposal: Disposal(date: day("2023-01-01"), price: 500_000, hir: true), woz: [2020: 100_000])
        let machine = Asset(id: "machine", committed: day("2024-03-01"), inUse: day("2024-03-01"), cost: 50_000, life: 5,
                            hir: HIRAfboeking(from: "oud-pand"))
        let reverse = try #require(#expect(throws: EngineError.self) { try Engine().report(Register(assets: [oldBuilding, machine])) })
        guard case .invalidRegister(let reverseIssues) = reverse, let reverseIssue = reverseIssues.first else { Issue.record("expected a register issue"); return }
        #expect(reverseIssue.assetId == "machine" && reverseIssue.field == "hir.sameFunction")
        #expect(reverseIssue.message(.nl).contains("'oud-pand' wordt afgeschreven in 40 jaar, meer dan tien"))

        // Land (not depreciated) onto a machine: the same.
        let oldLand = Asset(id: "kavel", kind: .land, committed: day("2020-01-01"), cost: 50_000,
                            disposal: Disposal(date: day("2023-01-01"), price: 80_000, hir: true))
        var onMachine = machine
        onMachine.hir = HIRAfboeking(from: "kavel")
        #expect(throws: EngineError.self) { try Engine().report(Register(assets: [oldLand, onMachine])) }
        // Land onto land of the same function: the whole gain 80.000 − 50.000 = 30.000 is reserved (no depreciation,
        // art. 3.54 lid 1) and written off the new land's cost, 100.000 − 30.000 = 70.000.
        let newLand = Asset(id: "kavel-2", kind: .land, committed: day("2024-03-01"), cost: 100_000,
                            hir: HIRAfboeking(from: "kavel", sameFunction: true))
        let landReport = try Engine().report(Register(assets: [oldLand, newLand]))
        #expect(landReport.asset("kavel", in: 2023)?.depreciation?.hirFormed == 30_000)
        #expect(landReport.asset("kavel-2", in: 2024)?.depreciation?.hirAfboeking == 30_000)
        #expect(landReport.asset("kavel-2", in: 2024)?.depreciation?.bookValue == 70_000)

        // Short onto short (five years onto eight): no statement needed.
        let short = Asset(id: "new", committed: day("2024-03-01"), inUse: day("2024-03-01"), cost: 12_000, life: 8, hir: HIRAfboeking(from: "old"))
        #expect(try Engine().report(Register(assets: [sold(7_000), short])).asset("new", in: 2024)?.depreciation?.hirAfboeking == 3_000)
    }

    @Test("only within the year of disposal and the next three")
    func term() {
        let register = Register(assets: [
            sold(7_000),
            Asset(id: "new", committed: day("2027-03-01"), inUse: day("2027-03-01"), cost: 12_000, life: 5, hir: HIRAfboeking(from: "old")),
        ])
        #expect(throws: EngineError.self) { try Engine().report(register) }
    }

    @Test("art. 3.54 lid 8: the gain caused by willekeurige afschrijving cannot be reserved")
    func withoutWillekeurig() throws {
        let register = Register(assets: [
            Asset(id: "old", committed: day("2023-01-01"), inUse: day("2023-01-01"), cost: 10_000, life: 5,
                  disposal: Disposal(date: day("2024-01-01"), price: 9_000, hir: true), willekeurig: .maximum),
        ])
        let line = try #require(try Engine().report(register).asset("old", in: 2024)?.depreciation)
        #expect(line.disposalBookValue == 4_000) // 10.000 − 5.000 willekeurig − 1.000 normal
        #expect(line.gain == 5_000)
        #expect(line.hirFormed == 1_000)   // 9.000 − 8.000 (book value without willekeurig)
    }
}
