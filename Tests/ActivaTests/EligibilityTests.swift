import Testing
@testable import Activa

/// Which entries count for the KIA: art. 3.45 (kinds, rental, the €450 minimum) and art. 3.46 (related parties).
@Suite("KIA eligibility")
struct EligibilityTests {
    let engine = Engine()

    func qualifies(_ asset: Asset) throws -> Bool {
        let report = try engine.report(Register(assets: [asset]))
        return try #require(report.asset(asset.id, in: asset.committed.year)?.qualifies)
    }

    @Test("excluded kinds get no KIA", arguments: [AssetKind.passengerCar, .land, .dwelling, .pleasureCraft, .goodwill,
                                                   .securities, .permit, .animal])
    func excludedKinds(kind: AssetKind) throws {
        #expect(try qualifies(Asset(id: "x", kind: kind, committed: day("2024-03-01"), cost: 10_000)) == false)
    }

    @Test("allowed kinds", arguments: [AssetKind.other, .van, .taxi, .building])
    func allowedKinds(kind: AssetKind) throws {
        #expect(try qualifies(Asset(id: "x", kind: kind, committed: day("2024-03-01"), cost: 10_000)) == true)
    }

    @Test("a fuel-efficient passenger car counts only in 2010–2013", arguments: [(2009, false), (2010, true), (2013, true), (2014, false)])
    func efficientCar(year: Int, expected: Bool) throws {
        #expect(try qualifies(Asset(id: "x", kind: .efficientPassengerCar, committed: day("\(year)-03-01"), cost: 20_000)) == expected)
    }

    @Test("rented out, or bought from a related party: no KIA")
    func rentedAndRelated() throws {
        #expect(try qualifies(Asset(id: "x", committed: day("2024-03-01"), cost: 10_000, rentedOut: true)) == false)
        #expect(try qualifies(Asset(id: "x", committed: day("2024-03-01"), cost: 10_000, relatedParty: true)) == false)
    }

    @Test("exactly € 450 counts; € 449,99 does not (the law excludes 'minder dan € 450')", arguments: [
        (ExactDecimal(450), true), (ExactDecimal("449.99"), false), (ExactDecimal(445), false), (ExactDecimal(455), true),
    ])
    func minimum(amount: ExactDecimal, expected: Bool) throws {
        #expect(try qualifies(Asset(id: "x", committed: day("2020-03-01"), cost: amount)) == expected)
    }

    @Test("parts form one business asset only when the register says so (part)")
    func parts() throws {
        let together = Register(assets: [
            Asset(id: "pc", committed: day("2024-03-01"), cost: 350, part: "set"),
            Asset(id: "screen", committed: day("2024-03-01"), cost: 150, part: "set"),
            Asset(id: "mouse", committed: day("2024-03-01"), cost: 15, part: "set"),
            Asset(id: "keyboard", committed: day("2024-03-01"), cost: 25, part: "set"),
            Asset(id: "desk", committed: day("2024-03-01"), cost: 3_000),
        ])
        let report = try engine.report(together)
        #expect(report.year(2024).investments == 3_540) // the Belastingdienst's €540 computer set counts
        let apart = Register(assets: together.assets.map { var a = $0; a.part = nil; return a })
        #expect(try engine.report(apart).year(2024).investments == 3_000)
    }

    @Test("an excluded asset does not count towards the year total")
    func excludedNotInTotal() throws {
        let register = Register(assets: [
            Asset(id: "car", kind: .passengerCar, committed: day("2024-01-10"), cost: 30_000),
            Asset(id: "laptop", committed: day("2024-01-10"), cost: 2_000),
        ])
        let year = try engine.report(register).year(2024)
        #expect(year.investments == 2_000)
        #expect(year.kia == 0) // 2.000 is not more than the 2024 lower bound 2.800
    }
}
