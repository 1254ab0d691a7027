import Activa
import ActivaFormats
import Testing

/// The code of the DocC catalogue (Sources/Activa/Activa.docc), run as written: if an example stops compiling or
/// its figures change, the documentation is wrong.
@Suite("The documentation's examples")
struct DocumentationExampleTests {
    @Test("Activa.md: the landing page's register")
    func landingPage() throws {
        let day = Day(year: 2024, month: 3, day: 1)!
        let register = Register(assets: [
            Asset(id: "camera", committed: day, inUse: day, cost: "3000", life: 5),
            Asset(id: "lens", committed: day, inUse: day, cost: "455", life: 5),
        ])
        let report = try Engine().report(register)
        #expect(report.year(2024).kia == "967.40")
    }

    @Test("GettingStarted.md: a register in code, the report, a KIA question, options, files")
    func gettingStarted() throws {
        let march = Day(year: 2024, month: 3, day: 1)!
        let register = Register(
            entity: Entity(name: "Fotostudio Jansen", taxpayer: .ib),
            assets: [
                Asset(id: "camera", description: "Camera", committed: march, inUse: march, cost: "3000", life: 5),
                Asset(id: "lens", description: "Objectief", committed: march, inUse: march, cost: "455", life: 5),
                Asset(id: "statief", description: "Statief", committed: march, inUse: march, cost: "445", life: 5),
            ])
        let report = try Engine().report(register)
        let year = report.year(2024)
        #expect(year.investments == "3455.00")
        #expect(year.kia == "967.40")
        var qualifying: [String: Bool] = [:]
        for asset in year.assets {
            qualifying[asset.id] = asset.qualifies ?? false
            _ = asset.kiaAllocated ?? 0
        }
        #expect(qualifying == ["camera": true, "lens": true, "statief": false])
        let allocation = report.policies.first { $0.name == "kiaAllocation" }
        #expect(allocation?.value == "proportional" && allocation?.status.rawValue == "UNCONFIRMED")

        let step = year.kiaComputation?.explanation.step("kia.percentage")
        #expect(step?.amount("kia") == "967.40")
        #expect(step?.source?.article == "art. 3.41 lid 1 Wet IB 2001")

        let query = try Engine().kia(year: 2024, amounts: ["455", "3000"])
        #expect(query.kia == "967.40")

        var options = EngineOptions(proration: .daily)
        options.explanations = false
        let engine = Engine(options: options)
        #expect(try engine.report(register).year(2024).kia == "967.40")

        let yamlText = """
        assets:
          - {id: camera, committed: 2024-03-01, inUse: 2024-03-01, cost: 1.250, life: 5}
        """
        let loaded = try RegisterReader.readWithWarnings(yamlText, format: .yaml)
        var fromFile = try Engine().report(loaded.register)
        fromFile.insertReadingWarnings(loaded.warnings)
        #expect(fromFile.warnings.first?.assetId == "camera")
        let json = ReportWriter.write(fromFile, options: ReportOptions(format: .json, rounding: .aangifte, language: .en))
        #expect(json.contains(#""kia""#))
    }
}
