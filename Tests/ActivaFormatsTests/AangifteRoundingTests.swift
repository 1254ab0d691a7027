import Activa
import Foundation
import Testing
@testable import ActivaFormats

/// `--rounding aangifte`: the activastaat in whole euros that adds up (issue 14). The aangifte is filled in whole
/// euros (docs/law/rounding.md; README, Rounding); an activastaat in whole euros must still add up: begin +
/// investering − afschrijving + terugname − desinvestering = eind in every row and in the totals, and a schedule
/// never depreciates more than cost − residual.
@Suite("Aangifte rounding of the activastaat")
struct AangifteRoundingTests {
    static func report(_ yaml: String) throws -> Report {
        try Engine().report(RegisterReader.read(yaml, format: .yaml))
    }

    /// Cost € 1.000, no residual, 3 years, in use 1 March 2003 (done before 2007: no 20% cap, no art. 10a.3
    /// transition): 1.000 / 3 = 333,33 a year to cents, 10/12 of it in 2003 = 277,78, then 333,33 and 333,33,
    /// and the last two months take the rest, 55,56 (policy depreciationRounding). The book values 722,22 / 388,89 / 55,56 / 0 round to 722 / 389 / 56 / 0,
    /// so the depreciation in whole euros is 278 / 333 / 333 / 56 = 1.000. Rounding each year's depreciation up on its
    /// own (a deduction) would give 278 + 334 + 334 + 56 = 1.002: more than the cost.
    static let oven = """
    assets:
      - {id: oven, committed: 2003-03-01, inUse: 2003-03-01, cost: "1000", life: 3}
    """

    @Test("a schedule with cents: every year whole euros, the total exactly cost − residual")
    func schedule() throws {
        let report = try Self.report(Self.oven)
        let exact = report.years.compactMap { $0.assets.line(for: "oven")?.depreciation?.normal }
        #expect(exact == ["277.78", "333.33", "333.33", "55.56"])
        let rounded = report.years.compactMap { $0.assets.line(for: "oven")?.depreciation.map(RoundingPolicy.aangifte.activastaat) }
        #expect(rounded.map(\.normal) == [278, 333, 333, 56])
        #expect(rounded.map(\.bookValue) == [722, 389, 56, 0])
        #expect(rounded.map(\.openingBookValue) == [0, 722, 389, 56])
        #expect(rounded.reduce(Money.zero) { $0 + $1.depreciation } == 1000)
    }

    /// The same figures in every writer: the rows and the totals as the sum of the rounded rows.
    @Test("text, CSV, JSON and Markdown write the rounded activastaat")
    func writers() throws {
        let report = try Self.report(Self.oven)
        let json = JSONReportWriter.text(report, options: ReportOptions(format: .json, rounding: .aangifte))
        #expect(json.contains(#""normal":"333.00","terugname":"0.00","bookValue":"389.00""#))
        #expect(!json.contains("334.00"))
        let csv = CSVReportWriter.write(report, options: ReportOptions(format: .csv, rounding: .aangifte, language: .en))
        #expect(csv.contains("2004,oven,,,,,0.00,0.00,0.00,1000.00,true,,,,,722.00,0.00,333.00,333.00,0.00,,389.00\r\n"))
        let text = TextReportWriter.write(report, options: ReportOptions(rounding: .aangifte))
        #expect(text.contains("  oven     722,00                             333,00                                        389,00"))
        #expect(text.contains("Boekwaarde eind                       € 389,00"))
        let markdown = MarkdownReportWriter.write(report, options: ReportOptions(format: .markdown, rounding: .aangifte))
        #expect(markdown.contains("| oven | 722,00 |  |  | 333,00 |  |  |  | 389,00 |"))
        #expect(markdown.contains("| Totaal | 722,00 | 0,00 | 0,00 | 333,00 | 0,00 | 0,00 | 0,00 | 389,00 |"))
        // The choice is named with the policies, in every writer; not when exact.
        #expect(json.contains(#""name":"activastaatRounding","value":"bookValues","status":"DERIVED""#))
        #expect(text.contains("- activastaatRounding = bookValues [DERIVED]: activastaat in hele euro's"))
        #expect(markdown.contains("- activastaatRounding = bookValues"))
        // Exact stays exact.
        let exactJSON = JSONReportWriter.text(report, options: ReportOptions(format: .json))
        #expect(exactJSON.contains(#""normal":"333.33""#))
        #expect(!exactJSON.contains("activastaatRounding"))
    }

    /// Two assets whose cents add up across the total: 166,67 + 166,67 = 333,34 exact, each 167 rounded; the total
    /// row is the sum of the rounded rows (334), not the rounded sum (333), so it adds up as the rows do.
    @Test("totals are the sum of the rounded rows")
    func totals() throws {
        let report = try Self.report("""
        assets:
          - {id: a, committed: 2024-03-01, inUse: 2024-03-01, cost: "1000", life: 5}
          - {id: b, committed: 2024-03-01, inUse: 2024-03-01, cost: "1000", life: 5}
        """)
        let year = report.year(2024)
        // 20% × 1.000 × 10/12 = 166,67 each (art. 3.30 lid 3: at most 20% a year, and 1.000 / 5 = 200 is that).
        #expect(year.depreciation.normal == ExactDecimal(parsing: "333.34"))
        let totals = RoundingPolicy.aangifte.activastaat(year)
        #expect(totals.normal == 334)
        #expect(totals.bookValue == 1666)
        #expect(totals.investments - totals.normal == totals.bookValue)
    }

    /// Every example register, every year: in whole euros each row and each total adds up, a row's closing value is
    /// the next year's opening value, and the herinvesteringsreserve's balance adds up. In exact figures the same
    /// identities hold to the cent (the rounding relies on them).
    @Test("the activastaat identity on the example registers", arguments: Self.exampleNames)
    func examples(name: String) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Examples/\(name)")
        let register = try RegisterReader.read(String(contentsOf: url, encoding: .utf8), format: .yaml)
        let report = try Engine().report(register)
        var closing: [String: Money] = [:]
        // A register that takes over an activastaat begins with the reserves held at the opening (whole euros here).
        let reservesTakenOver = register.opening?.reserves.reduce(Money.zero) { $0 + $1.amount } ?? 0
        var reserve: Money = 0
        for policy in RoundingPolicy.allCases {
            closing = [:]
            reserve = reservesTakenOver
            for year in report.years {
                let totals = policy.activastaat(year)
                var sums = [Money](repeating: 0, count: 6)
                for asset in year.assets {
                    guard let exact = asset.depreciation else { continue }
                    #expect(exact.openingBookValue + exact.investment - exact.willekeurig - exact.normal + exact.terugname
                            - (exact.disposalBookValue ?? 0) == exact.bookValue, "\(name) \(year.year) \(asset.id) exact")
                    let line = policy.activastaat(exact)
                    if policy == .aangifte {
                        for amount in [line.openingBookValue, line.investment, line.willekeurig, line.normal, line.depreciation,
                                       line.terugname, line.disposalBookValue ?? 0, line.gain ?? 0, line.bookValue, line.hirAfboeking] {
                            #expect(amount.rounded(scale: 0, .halfUp) == amount, "\(name) \(year.year) \(asset.id): \(amount)")
                        }
                    }
                    #expect(line.openingBookValue + line.investment - line.willekeurig - line.normal + line.terugname
                            - (line.disposalBookValue ?? 0) == line.bookValue, "\(name) \(year.year) \(asset.id) \(policy)")
                    #expect(line.depreciation == line.willekeurig + line.normal)
                    if let previous = closing[asset.id] { #expect(line.openingBookValue == previous, "\(name) \(year.year) \(asset.id)") }
                    closing[asset.id] = line.bookValue
                    for (index, amount) in [line.openingBookValue, line.investment, line.depreciation, line.terugname,
                                            line.disposalBookValue ?? 0, line.bookValue].enumerated() { sums[index] += amount }
                }
                #expect(sums == [totals.openingBookValue, totals.investments, totals.depreciation, totals.terugname,
                                 totals.disposalBookValues, totals.bookValue], "\(name) \(year.year) \(policy)")
                #expect(totals.openingBookValue + totals.investments - totals.depreciation + totals.terugname - totals.disposalBookValues
                        == totals.bookValue)
                #expect(reserve + totals.hirFormed - totals.hirUsed - totals.hirReleased == totals.hirBalance, "\(name) \(year.year)")
                reserve = totals.hirBalance
            }
        }
    }

    static let exampleNames: [String] = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Examples")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
    }()

    @Test("the examples are found")
    func examplesFound() {
        #expect(Self.exampleNames.count >= 9)
    }
}

extension AangifteRoundingTests {
    /// With cents in the cost the total is the rounded cost − rounded residual: € 1.000,40 over 5 years from
    /// 1 January 2024 (20% cap = 200,08 = 1.000,40 / 5) rounds to 1.000 in all, not more than the cost.
    @Test("cents in the cost: the total is the rounded cost, not more")
    func centsInCost() throws {
        let report = try Self.report("""
        assets:
          - {id: pc, committed: 2024-01-01, inUse: 2024-01-01, cost: "1000.40", life: 5}
        """)
        let lines = report.years.compactMap { $0.assets.line(for: "pc")?.depreciation.map(RoundingPolicy.aangifte.activastaat) }
        #expect(lines.map(\.normal) == [200, 200, 200, 200, 200])
        #expect(lines.first?.investment == 1000)
        #expect(lines.reduce(Money.zero) { $0 + $1.depreciation } == 1000)
    }
}
