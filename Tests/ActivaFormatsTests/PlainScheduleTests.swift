import Activa
import ActivaFormats
import ActivaSynthetic
import Testing

/// Without explanations the engine computes the common asset's depreciation in integers (`PlainSchedule`); with
/// them, always by the general schedule. The figures must not depend on that: every report is written both ways,
/// without explanations, and compared byte for byte.
@Suite("The integer schedule of the common asset")
struct PlainScheduleTests {
    func figures(_ register: Register, explained: Bool, proration: ProrationPolicy = .monthly) -> String {
        var options = EngineOptions()
        options.explanations = explained
        options.proration = proration
        do {
            return JSONReportWriter.text(try Engine(options: options).report(register), options: ReportOptions(format: .json, explain: false))
        } catch {
            return "error: \(error)"
        }
    }

    /// Whether the asset is of the kind the integer schedule computes (so the comparison is not vacuous).
    func isPlain(_ asset: Asset) -> Bool {
        guard asset.life != nil, asset.inUse != nil, !asset.willekeurig.isChosen, case .straightLine = asset.method else { return false }
        return ![.building, .land, .securities].contains(asset.kind)
    }

    @Test("synthetic registers: the same figures with and without explanations, by the month and by the day",
          arguments: [ProrationPolicy.monthly, .daily])
    func synthetic(proration: ProrationPolicy) {
        let generator = SyntheticRegisters(seed: 7)
        var plainAssets = 0, assets = 0, computed = 0
        for index in 0..<150 {
            let register = generator.client(index)
            assets += register.assets.count
            plainAssets += register.assets.filter(isPlain).count
            // A few synthetic registers are refused by design: the refusal must be the same too.
            let quick = figures(register, explained: false, proration: proration)
            if !quick.hasPrefix("error") { computed += 1 }
            #expect(quick == figures(register, explained: true, proration: proration), "client \(index)")
        }
        #expect(computed > 120)
        #expect(plainAssets * 2 > assets, "most synthetic assets are of the common kind")
    }

    @Test("edges: four decimals, a half cent, goodwill's cap, before the caps, short and long boekjaren, a disposal with a reserve and its replacement, the largest amounts")
    func edges() throws {
        let registers = [
            """
            entity: {name: Edge, taxpayer: ib}
            assets:
              - {id: decimals, committed: 2024-02-29, inUse: 2024-03-31, cost: "1234.5678", residual: "0.0001", life: 3}
              - {id: tie, committed: 2024-01-01, inUse: 2024-01-01, cost: "1000.05", life: 10}
              - {id: goodwill, kind: goodwill, committed: 2021-07-01, inUse: 2021-07-01, cost: "100000.01", life: 5}
              - {id: old, committed: 2005-05-05, inUse: 2005-06-01, cost: "9999.99", residual: "99.99", life: 2}
              - {id: one-year, committed: 2023-12-31, inUse: 2023-12-31, cost: "777.77", life: 1}
              - {id: later, committed: 2022-01-10, inUse: 2024-11-15, cost: "50000", residual: "5000", life: 7}
              - {id: sold, committed: 2019-03-01, inUse: 2019-03-01, cost: "80000", residual: "8000", life: 8, disposal: {date: 2022-08-15, price: "70000.4321", hir: true}}
              - {id: replacement, committed: 2023-04-01, inUse: 2023-04-01, cost: "90000", residual: "1000", life: 6, hir: {from: sold}}
              - {id: loss, committed: 2020-01-01, inUse: 2020-01-01, cost: "3000", life: 4, disposal: {date: 2021-01-01, price: "1"}}
              - {id: largest, committed: 2024-01-01, inUse: 2024-07-17, cost: "999999999999.9999", residual: "0.0001", life: 100}
            """,
            """
            entity:
              name: Broken Year BV
              taxpayer: vpb
              fiscalYearStart: "07-01"
              firstFiscalYear: {start: 2023-05-01, end: 2024-06-30}
            assets:
              - {id: first, committed: 2023-05-02, inUse: 2023-06-15, cost: "24999.99", residual: "1000", life: 4}
              - {id: second, committed: 2024-12-24, inUse: 2025-02-01, cost: "3333.3333", life: 3, disposal: {date: 2026-03-31, price: "1500"}}
            """,
        ]
        for text in registers {
            let register = try RegisterReader.read(text, format: .yaml)
            #expect(register.assets.filter(isPlain).count == register.assets.count)
            for proration in [ProrationPolicy.monthly, .daily] {
                let quick = figures(register, explained: false, proration: proration)
                #expect(!quick.hasPrefix("error"), "\(quick.prefix(300))")
                #expect(quick == figures(register, explained: true, proration: proration))
            }
        }
    }
}
