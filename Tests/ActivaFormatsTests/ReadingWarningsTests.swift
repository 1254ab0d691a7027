import Activa
import Testing
@testable import ActivaFormats

/// A register amount such as `1.250` (issue 14): the file says € 1,25, a Dutch reader sees € 1.250. It is read as
/// written, as before, with a warning naming the asset and the field.
@Suite("Warnings while reading a register")
struct ReadingWarningsTests {
    static let oven = """
    assets:
      - id: oven
        committed: 2024-03-01
        inUse: 2024-04-01
        cost: 1.250
        residual: "0.125"
        life: 5
        payments: [{date: 2024-03-01, amount: "1.000"}]
    """

    @Test("three decimals after a point: read as written, with a warning naming asset and field")
    func threeDecimals() throws {
        let read = try RegisterReader.readWithWarnings(Self.oven, format: .yaml)
        #expect(read.register.assets[0].cost == ExactDecimal(parsing: "1.25"))
        #expect(read.register.assets[0].payments?[0].amount == 1)
        // "0.125" is no thousands separator (a group does not start with 0): no warning.
        #expect(read.warnings.count == 2)
        #expect(read.warnings.map(\.assetId) == ["oven", "oven"])
        #expect(read.warnings[0].text.nl == "aanschafprijs (cost) 1.250 heeft drie decimalen; bedoelt u € 1.250 of € 1,25? Gelezen als € 1,25; schrijf \"1250\" of \"1.25\" om deze waarschuwing weg te nemen.")
        #expect(read.warnings[0].text.en == "cost 1.250 has three decimals; did you mean €1,250 or €1.25? Read as €1.25; write \"1250\" or \"1.25\" to remove this warning.")
        #expect(read.warnings[1].text.nl == "betaling (payments[0].amount) 1.000 heeft drie decimalen; bedoelt u € 1.000 of € 1,00? Gelezen als € 1,00; schrijf \"1000\" of \"1.00\" om deze waarschuwing weg te nemen.")
        // The register without the warning is the same register.
        #expect(try RegisterReader.read(Self.oven, format: .yaml) == read.register)
    }

    /// Three decimals that are not all zero: the decimal reading keeps them, and "1.2550" says it without a warning.
    @Test("the two ways to write it")
    func suggestions() throws {
        let read = try RegisterReader.readWithWarnings("assets: [{id: a, committed: 2024-01-01, cost: \"1.255\", disposal: {date: 2025-01-01, price: 250.000}}]", format: .yaml)
        #expect(read.warnings.count == 2)
        #expect(read.warnings[0].text.nl.contains("bedoelt u € 1.255 of € 1,255? Gelezen als € 1,255; schrijf \"1255\" of \"1.2550\""))
        #expect(read.warnings[1].text.nl.hasPrefix("verkoopprijs (disposal.price) 250.000 heeft drie decimalen; bedoelt u € 250.000 of € 250,00?"))
    }

    /// Issue 17: "1,250" is € 1,25 to a Dutch reader and € 1.250 to an English one; read as € 1,25, with a warning.
    @Test("a comma before three digits is warned about as a point is")
    func commaThousands() throws {
        let read = try RegisterReader.readWithWarnings("assets: [{id: a, committed: 2024-01-01, cost: \"1,250\"}]", format: .yaml)
        #expect(read.register.assets[0].cost == ExactDecimal(parsing: "1.25"))
        #expect(read.warnings.first?.text.nl == "aanschafprijs (cost) 1,250 heeft drie decimalen; bedoelt u € 1.250 of € 1,25? Gelezen als € 1,25; schrijf \"1250\" of \"1.25\" om deze waarschuwing weg te nemen.")
    }

    @Test("no warning for amounts that cannot be thousands", arguments: ["1250", "1.25", "1.2500", "12500.00", "0.250", "1250.000", "\"1,25\"", "\"12.50\""])
    func noWarning(cost: String) throws {
        let read = try RegisterReader.readWithWarnings("assets: [{id: a, committed: 2024-01-01, cost: \(cost)}]", format: .yaml)
        #expect(read.warnings.isEmpty)
    }

    @Test("JSON the same; a declining rate is a fraction, not an amount")
    func json() throws {
        let read = try RegisterReader.readWithWarnings(#"{"assets": [{"id": "a", "committed": "2024-01-01", "cost": 2.500, "life": 5, "method": "decliningBalance", "decliningRate": "1.000"}]}"#, format: .json)
        #expect(read.warnings.count == 1)
        #expect(read.warnings[0].text.nl.hasPrefix("aanschafprijs (cost) 2.500 heeft drie decimalen"))
    }

    /// The warning reaches every output: the report's warnings, written by each writer.
    @Test("the report shows it in text, JSON and Markdown")
    func inTheReport() throws {
        let read = try RegisterReader.readWithWarnings(Self.oven, format: .yaml)
        var report = try Engine().report(read.register)
        report.insertReadingWarnings(read.warnings)
        let text = TextReportWriter.write(report, options: ReportOptions())
        #expect(text.contains("- oven: aanschafprijs (cost) 1.250 heeft drie decimalen"))
        let english = TextReportWriter.write(report, options: ReportOptions(language: .en))
        #expect(english.contains("- oven: cost 1.250 has three decimals"))
        let json = JSONReportWriter.text(report, options: ReportOptions(format: .json))
        #expect(json.contains(#""warnings":[{"assetId":"oven","text":"aanschafprijs (cost) 1.250 heeft drie decimalen"#))
        let markdown = MarkdownReportWriter.write(report, options: ReportOptions(format: .markdown))
        #expect(markdown.contains("- oven: aanschafprijs (cost) 1.250"))
    }
}

extension ReadingWarningsTests {
    /// A text outside the subset Activa's YAML reader takes (a block scalar) goes through Yams' tree: the amount's
    /// text is the same there, and so is the warning.
    @Test("the same warning on the Yams road")
    func yamsRoad() throws {
        let yaml = """
        assets:
          - id: oven
            description: |
              Bakoven,
              tweede hands
            committed: 2024-03-01
            cost: 1.250
        """
        let read = try RegisterReader.readWithWarnings(yaml, format: .yaml)
        #expect(read.register.assets[0].description == "Bakoven,\ntweede hands\n")
        #expect(read.warnings.map { String($0.text.nl.prefix(37)) } == ["aanschafprijs (cost) 1.250 heeft drie"])
    }
}
