import Testing
@testable import Activa

/// `futureYears = provisional` (default): a year after the last known table takes the latest known figures, each
/// marked VOORLOPIG / PROVISIONAL with the year it came from; `error` refuses. The unknown year is found from the
/// tables, so the test keeps meaning something when next year's table is added.
@Suite("Years after the last known table")
struct FutureYearsTests {
    let law = Law.netherlands
    var latest: Int { law.kiaYears?.upperBound ?? 0 }
    var unknown: Int { latest + 1 }

    func register() -> Register {
        Register(assets: [
            Asset(id: "bus", kind: .van, committed: day("\(latest)-03-01"), inUse: day("\(latest)-03-01"), cost: 30_000, life: 5),
            Asset(id: "gepland", committed: day("\(unknown)-01-15"), inUse: day("\(unknown)-01-15"), cost: 10_000, life: 5),
        ])
    }

    @Test("a report runs with next year's planned purchase: its KIA by the latest table, marked provisional")
    func provisionalKIA() throws {
        let report = try Engine().report(register())
        // The latest year's own figures are untouched.
        let known = try Engine().kiaTable(latest).compute(total: 30_000).kia
        #expect(report.year(latest).kia == known)
        #expect(report.year(latest).provisional.isEmpty)
        // The next year: the latest table on 10.000 (28% in every table since 2010, above the lower bound).
        let next = report.year(unknown)
        #expect(next.kia == 2_800)
        #expect(next.provisional == [ProvisionalFigure(figure: .kiaTable, year: unknown, takenFrom: latest)])
        #expect(next.kiaComputation?.source.status == .provisional)
        #expect(next.kiaComputation?.source.citation(.nl).contains("VOORLOPIG") == true)
        #expect(report.warnings.contains { $0.text.nl.hasPrefix("VOORLOPIG") && $0.text.nl.contains("\(latest)") })
        #expect(report.policies.contains { $0.name == "futureYears" && $0.value == "provisional" })
    }

    @Test("futureYears = error: the missing table is an error naming the known years")
    func errorPolicy() {
        #expect(throws: EngineError.self) { try Engine(options: EngineOptions(futureYears: .error)).report(register()) }
    }

    @Test("an EIA investment next year: the latest percentage, marked provisional")
    func provisionalEIA() throws {
        let register = Register(assets: [Asset(id: "wp", committed: day("\(unknown)-02-01"), inUse: day("\(unknown)-02-01"),
                                               cost: 10_000, life: 10, eia: true, notified: day("\(unknown)-02-15"))])
        let report = try Engine().report(register)
        let latestRate = try #require(law.eia[law.eia.keys.max() ?? 0]?.periods.last?.rates.first)
        #expect(report.year(unknown).eia == 10_000 * latestRate)
        #expect(report.year(unknown).provisional.contains { $0.figure == .eia })
    }
}
