import Testing
@testable import Activa

/// A report's asset lines are assembled from the engine's per-asset results when read; they must be the same lines,
/// in register order, whichever way they are read.
@Suite("Report: asset lines as a view")
struct ReportViewTests {
    func register() throws -> Register {
        let committed = try #require(Day(iso: "2024-03-01"))
        let sold = try #require(Day(iso: "2026-06-30"))
        return Register(assets: [
            Asset(id: "laptop", committed: committed, inUse: committed, cost: 2_400, life: 4),
            Asset(id: "bus", committed: committed, inUse: committed, cost: 30_000, residual: 6_000, life: 5,
                  disposal: Disposal(date: sold, price: 20_000)),
            Asset(id: "desk", committed: committed, inUse: committed, cost: 1_200, life: 10),
        ])
    }

    @Test("line(for:) finds the same line as a search; the year after a sale has no line for the sold asset")
    func lookup() throws {
        let report = try Engine().report(register())
        let year2025 = report.year(2025)
        #expect(year2025.assets.map(\.id) == ["laptop", "bus", "desk"])
        let bus = try #require(year2025.assets.line(for: "bus"))
        let searched = try #require(year2025.assets.first { $0.id == "bus" })
        #expect(bus.depreciation?.bookValue == searched.depreciation?.bookValue)
        // Straight line from March 2024: 24.000 / 5 × 10/12 = 4.000 in 2024, 4.800 in 2025.
        #expect(bus.depreciation?.bookValue == 21_200)
        #expect(report.year(2027).assets.line(for: "bus") == nil)
        #expect(report.year(2027).assets.map(\.id) == ["laptop", "desk"])
        #expect(report.year(1990).assets.isEmpty)
    }

    @Test("the year totals are the sums of the lines")
    func totalsMatchLines() throws {
        let report = try Engine().report(register())
        for year in report.years {
            var bookValue: Money = 0, depreciation: Money = 0, kia: Money = 0
            for line in year.assets {
                bookValue += line.depreciation?.bookValue ?? 0
                depreciation += line.depreciation?.depreciation ?? 0
                kia += line.kia
            }
            #expect(year.depreciation.bookValue == bookValue, "\(year.year)")
            #expect(year.depreciation.depreciation == depreciation, "\(year.year)")
            #expect(year.kia == kia, "\(year.year)")
        }
    }

    @Test("a line read later keeps the report's choice of explanations")
    func explanationsFollowTheReport() throws {
        var quiet = EngineOptions()
        quiet.explanations = false
        let withoutExplanations = try Engine(options: quiet).report(register())
        let withExplanations = try Engine().report(register())
        let silent = try #require(withoutExplanations.year(2024).assets.line(for: "laptop"))
        let explained = try #require(withExplanations.year(2024).assets.line(for: "laptop"))
        #expect(silent.explanation.steps.isEmpty)
        #expect(!explained.explanation.steps.isEmpty)
        #expect(silent.kiaAllocated == explained.kiaAllocated)
    }

    @Test("reportedYears assembles only the years asked for, with the same figures")
    func oneYear() throws {
        var options = EngineOptions()
        options.reportedYears = 2025...2025
        let only = try Engine(options: options).report(register())
        let all = try Engine().report(register())
        #expect(only.years.map(\.year) == [2025])
        let year = only.year(2025), same = all.year(2025)
        #expect(year.depreciation.bookValue == same.depreciation.bookValue)
        #expect(year.kia == same.kia)
        #expect(year.assets.map(\.id) == same.assets.map(\.id))
        #expect(year.assets.line(for: "bus")?.depreciation?.bookValue == 21_200)
    }
}
