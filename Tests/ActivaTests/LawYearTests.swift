import Testing
@testable import Activa

/// The law by year: every figure that changes by year is in one record per year (LawYear), so adding a year is adding
/// its record — nothing else. Shown with an invented year after the known ones (its figures are made up for the test:
/// not the law).
@Suite("The law by year")
struct LawYearTests {
    let next = Law.netherlands.firstUnknownYear
    /// An invented next year: a higher KIA table and threshold, EIA, MIA and Vamil as in the latest year.
    var invented: LawYear {
        LawYear(next, wetIB: "\(next)-01-01",
                kia: .regimeB(3_000, 80_000, 150_000, 400_000, fixed: 22_400),
                desinvesteringThreshold: .init(3_000),
                eia: .init(rate: 40, threshold: nil, cap: 160_000_000),
                mia: .init(rates: [45, 36, 27], threshold: nil),
                vamil: true)
    }

    @Test("adding one record makes the year known: its KIA table, threshold, EIA, MIA, Vamil and law version, nothing provisional")
    func addingAYear() throws {
        let law = Law.netherlands.adding(invented)
        #expect(law.kiaYears?.upperBound == next)
        #expect(law.firstUnknownYear == next + 1)
        let register = Register(assets: [
            Asset(id: "machine", committed: day("\(next)-03-01"), inUse: day("\(next)-03-01"), cost: 50_000, life: 10),
            Asset(id: "warmtepomp", committed: day("\(next)-04-01"), inUse: day("\(next)-04-01"), cost: 20_000, life: 10,
                  eia: true, notified: day("\(next)-04-15")),
            Asset(id: "filter", committed: day("\(next)-05-01"), inUse: day("\(next)-05-01"), cost: 10_000, life: 5,
                  willekeurig: .maximum, vamil: true, notified: day("\(next)-05-15")),
        ])
        // With the year known, futureYears = error has nothing to refuse.
        let report = try Engine(law: law, options: EngineOptions(futureYears: .error)).report(register)
        let year = report.year(next)
        #expect(year.provisional.isEmpty)
        #expect(year.investments == 80_000)
        #expect(year.kia == 22_400)          // 80.000 is in the fixed-amount row of the invented table
        #expect(year.eia == 8_000)           // 40% × 20.000
        #expect(year.kiaComputation?.source.version == "\(next)-01-01")
        #expect(report.asset("filter", in: next)?.depreciation?.willekeurig == 7_500) // Vamil: 75% × 10.000
        #expect(law.desinvesteringThresholds[next]?.amount == 3_000)
        // Without the record the same register is refused under futureYears = error.
        #expect(throws: EngineError.self) { try Engine(options: EngineOptions(futureYears: .error)).report(register) }
    }

    @Test("every record's figures cite the Wet IB text of their year, or their own version")
    func sources() {
        for record in LawYear.netherlands {
            #expect(Law.netherlands.kiaTables[record.year]?.source.version == record.wetIB)
            #expect(Law.netherlands.eia[record.year]?.source.version == record.eia.version ?? record.wetIB)
        }
        #expect(LawYear.netherlands.map(\.year) == Array(LawYear.netherlands.map(\.year).sorted()))
    }
}
