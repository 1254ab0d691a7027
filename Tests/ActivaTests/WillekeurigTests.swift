import Testing
@testable import Activa

/// Art. 3.31–3.39 and the Uitvoeringsregeling: each scheme's window, exclusions and payment rule.
@Suite("Willekeurige afschrijving schemes")
struct WillekeurigTests {
    func firstYear(_ asset: Asset, entity: Entity = Entity()) throws -> AssetDepreciation? {
        try depreciationLines(Register(entity: entity, assets: [asset]))[asset.committed.year]
    }

    func machine(_ committed: String, inUse: String? = nil, cost: ExactDecimal = 10_000, kind: AssetKind = .other,
                 payments: [Payment]? = nil) -> Asset {
        Asset(id: "a", kind: kind, committed: day(committed), inUse: inUse.map(day) ?? day(committed), cost: cost, life: 5,
              payments: payments, willekeurig: .maximum)
    }

    @Test("the windows by commitment date", arguments: [
        ("2009-03-01", "crisis2009"), ("2010-12-31", "crisis2010"), ("2011-01-01", "crisis2011"),
        ("2013-07-01", "scheme2013"), ("2013-12-31", "scheme2013"), ("2023-05-01", "scheme2023"),
    ])
    func windows(committed: String, scheme: String) throws {
        let line = try #require(try firstYear(machine(committed)))
        #expect(line.willekeurig == 5_000)
        #expect(line.explanation.steps.first?.source == WillekeurigScheme.all.first { $0.id.rawValue == scheme }!.source)
    }

    @Test("no scheme: a clear message, not a silent zero", arguments: ["2012-05-01", "2013-06-30", "2019-05-01", "2024-02-01"])
    func noScheme(committed: String) throws {
        do {
            _ = try firstYear(machine(committed))
            Issue.record("expected an error")
        } catch {
            guard case .invalidRegister(let issues) = error as? EngineError, let issue = issues.first else { Issue.record("\(error)"); return }
            #expect(issue.field == "willekeurig")
            #expect(issue.message(.nl).contains("geen regeling voor willekeurige afschrijving voor een investering op \(committed)"))
        }
    }

    @Test("temporary-scheme exclusions", arguments: [
        (AssetKind.building, "2023-03-01"), (.ship, "2023-03-01"), (.aircraft, "2023-03-01"), (.motorcycle, "2013-08-01"),
        (.intangible, "2009-03-01"), (.animal, "2010-03-01"), (.publicInfrastructure, "2011-03-01"), (.passengerCar, "2013-08-01"),
    ])
    func exclusions(kind: AssetKind, committed: String) {
        #expect(throws: EngineError.self) { try firstYear(machine(committed, kind: kind)) }
    }

    @Test("ships and aircraft were allowed in 2009–2013 but not in 2023")
    func shipsAllowedEarlier() throws {
        #expect(try firstYear(machine("2013-08-01", kind: .ship))?.willekeurig == 5_000)
        #expect(try firstYear(machine("2010-03-01", kind: .aircraft))?.willekeurig == 5_000)
    }

    @Test("zeer zuinige personenauto: ≤ 110 g/km (non-diesel) in 2009–2011, ≤ 95 in 2013, 0 in 2023")
    func cars() throws {
        var car = machine("2010-03-01", kind: .passengerCar)
        car.co2 = 110
        #expect(try firstYear(car)?.willekeurig == 5_000)
        car.diesel = true
        #expect(throws: EngineError.self) { try firstYear(car) }
        var car2013 = machine("2013-09-01", kind: .passengerCar)
        car2013.co2 = 95
        #expect(try firstYear(car2013)?.willekeurig == 5_000)
        var car2023 = machine("2023-09-01", kind: .passengerCar)
        car2023.co2 = 1
        #expect(throws: EngineError.self) { try firstYear(car2023) }
        car2023.co2 = 0
        #expect(try firstYear(car2023)?.willekeurig == 5_000)
    }

    @Test("a used asset is excluded from the temporary schemes")
    func usedAsset() {
        var asset = machine("2023-03-01")
        asset.used = true
        #expect(throws: EngineError.self) { try firstYear(asset) }
    }

    @Test("2009–2011: 50% in the commitment year, the rest freely in later years")
    func crisisLaterYears() throws {
        let asset = Asset(id: "a", committed: day("2010-03-01"), inUse: day("2010-03-01"), cost: 10_000, life: 5,
                          willekeurig: .amounts([2010: 2_000, 2011: "6666.67"]))
        let lines = try depreciationLines(Register(assets: [asset]))
        #expect(lines[2010]?.willekeurigMaximum == 5_000)
        #expect(lines[2010]?.willekeurig == 2_000)
        #expect(lines[2010]?.normal == "1333.33") // (10.000 − 2.000) / 5 × 10/12
        #expect(lines[2011]?.willekeurigMaximum == "6666.67") // the whole remaining book value
        #expect(lines[2011]?.willekeurig == "6666.67")
        #expect(lines.values.map(\.depreciation).reduce(0, +) == 10_000)
    }

    @Test("2009–2011: nothing paid in the commitment year keeps the right for later years (payment limit until use)")
    func crisisKeepsRight() throws {
        let lines = try depreciationLines(Register(assets: [machine("2011-06-01", inUse: "2012-03-01",
                                                                    payments: [Payment(date: day("2012-02-01"), amount: 10_000)])]))
        #expect(lines[2011]?.willekeurig == 0)
        #expect(lines[2012]?.willekeurig == 10_000)
    }

    @Test("2023: once, in 2023 only; payments made in 2024 give nothing")
    func scheme2023() throws {
        let lines = try depreciationLines(Register(assets: [machine("2023-06-01", inUse: "2024-03-01",
                                                                    payments: [Payment(date: day("2023-06-01"), amount: 2_000),
                                                                               Payment(date: day("2024-01-10"), amount: 8_000)])]))
        #expect(lines[2023]?.willekeurig == 2_000)
        #expect(lines[2024]?.willekeurig == 0)
        #expect(lines[2024]?.normal == "1333.33") // (10.000 − 2.000) / 5 × 10/12
    }

    @Test("starters: the whole depreciable amount, any year; IB only; the KIA exclusions apply")
    func starters() throws {
        let entity = Entity(startersYears: [2025, 2026])
        let asset = Asset(id: "a", committed: day("2025-03-01"), inUse: day("2025-03-01"), cost: 10_000, residual: 1_000, life: 5,
                          willekeurig: .amounts([2026: 7_500]))
        let lines = try depreciationLines(Register(entity: entity, assets: [asset]))
        #expect(lines[2025]?.willekeurigMaximum == 9_000)
        #expect(lines[2025]?.normal == 1_500) // 9.000 / 5 × 10/12
        #expect(lines[2026]?.willekeurigMaximum == 7_500) // down to the residual value
        #expect(lines[2026]?.willekeurig == 7_500)
        #expect(lines[2026]?.bookValue == 1_000)
        #expect(throws: EngineError.self) {
            try depreciationLines(Register(entity: Entity(taxpayer: .vpb, startersYears: [2025]), assets: [asset]))
        }
        var car = asset
        car.kind = .passengerCar
        #expect(throws: EngineError.self) { try depreciationLines(Register(entity: entity, assets: [car])) }
    }

    @Test("starters ceiling: only investments up to the year's KIA upper bound (2025: € 392.230)")
    func startersCeiling() throws {
        let entity = Entity(startersYears: [2025])
        let register = Register(entity: entity, assets: [
            Asset(id: "a", committed: day("2025-01-01"), inUse: day("2025-01-01"), cost: 300_000, life: 10, willekeurig: .maximum),
            Asset(id: "b", committed: day("2025-01-01"), inUse: day("2025-01-01"), cost: 184_460, life: 10, willekeurig: .maximum),
        ])
        #expect(try depreciationLines(register, "a")[2025]?.willekeurig == 300_000)
        // b: only 92.230 of 184.460 within the ceiling → half its depreciable amount.
        #expect(try depreciationLines(register, "b")[2025]?.willekeurig == 92_230)
    }

    @Test("Vamil: 75% of cost, never below residual; marked assets only")
    func vamil() throws {
        var asset = Asset(id: "a", committed: day("2024-03-01"), inUse: day("2024-03-01"), cost: 10_000, residual: 3_000, life: 5,
                          willekeurig: .maximum, vamil: true, notified: day("2024-05-15"))
        #expect(try firstYear(asset)?.willekeurig == 7_000) // min(7.500, 10.000 − 3.000)
        asset.residual = 1_000
        #expect(try firstYear(asset)?.willekeurig == 7_500)
        asset.vamil = false
        #expect(throws: EngineError.self) { try firstYear(asset) }
    }

    @Test("Vamil needs the notification to RVO within three months after the obligation (Uitvoeringsregeling willekeurige afschrijving 2001 art. 2): 1-3-2024 → by 1-6-2024")
    func vamilNotification() throws {
        var asset = Asset(id: "a", committed: day("2024-03-01"), inUse: day("2024-03-01"), cost: 10_000, life: 5,
                          willekeurig: .maximum, vamil: true, notified: day("2024-06-01"))
        #expect(try firstYear(asset)?.willekeurig == 7_500)
        asset.notified = day("2024-06-02")
        do {
            _ = try firstYear(asset)
            Issue.record("expected an error")
        } catch {
            #expect((error as? EngineError)?.message(.nl).contains("te laat gemeld: 2024-06-02") == true)
        }
        asset.notified = nil
        #expect(throws: EngineError.self) { try firstYear(asset) }
    }

    @Test("terugname: a 2013 asset not in use before 2016 has its willekeurige afschrijving taken back in 2015")
    func terugname() throws {
        let lines = try depreciationLines(Register(assets: [machine("2013-09-01", inUse: "2016-02-01")]))
        #expect(lines[2013]?.willekeurig == 5_000)
        #expect(lines[2015]?.terugname == 5_000)
        #expect(lines[2015]?.bookValue == 10_000)
        #expect(lines[2016]?.normal == "1833.33") // 10.000 / 5 × 11/12, as without willekeurig
        let inTime = try depreciationLines(Register(assets: [machine("2013-09-01", inUse: "2015-12-31")]))
        #expect(inTime.values.allSatisfy { $0.terugname.isZero })
    }
}
