import Activa
import Testing
@testable import ActivaFormats

@Suite("Writing reports")
struct ReportWriterTests {
    func report() throws -> Report {
        let yaml = """
        entity: {name: "Test, BV", taxpayer: vpb}
        assets:
          - {id: a, committed: 2016-03-01, inUse: 2016-03-01, cost: "119385", disposal: {date: 2018-05-01, price: "3000"}}
        """
        return try Engine().report(RegisterReader.read(yaml, format: .yaml))
    }

    @Test("JSON keeps the stable keys and exact decimal strings")
    func json() throws {
        let text = JSONReportWriter.text(try report(), options: ReportOptions(format: .json))
        #expect(text.hasPrefix(#"{"entity":{"name":"Test, BV","taxpayer":"vpb"},"rounding":"exact","years":[{"year":2016,"start":"2016-01-01","end":"2016-12-31","investments":"119385.00","kia":"14504.8428""#))
        #expect(text.contains(#""desinvesteringsbijtelling":"364.489""#)) // 3.000 × 14.504,8428 / 119.385 = 364,48907…, down at 4 decimals
        #expect(text.contains(#""policies":[{"name":"kiaAllocation""#))
        // The JSON reads back with the exact reader.
        #expect(throws: Never.self) { try JSONReader.parse(text) }
    }

    @Test("aangifte rounding: the KIA up, the bijtelling down, to whole euros")
    func aangifte() throws {
        let text = JSONReportWriter.text(try report(), options: ReportOptions(format: .json, rounding: .aangifte))
        #expect(text.contains(#""kia":"14505.00""#))
        #expect(text.contains(#""desinvesteringsbijtelling":"364.00""#))
    }

    @Test("CSV quotes fields with commas and has a total row per year")
    func csv() throws {
        let text = CSVReportWriter.write(try report(), options: ReportOptions(format: .csv, language: .en))
        let lines = text.split(separator: "\r\n")
        #expect(lines[0] == "year,id,description,investment,qualifies,kiaAllocated,kia,kiaOutstanding,kiaLapsed,paid,inUse,disposalKind,disposalDate,transferPrice,desinvesteringsbijtelling,openingBookValue,willekeurig,normal,depreciation,terugname,gain,bookValue")
        #expect(lines.contains { $0.hasPrefix("2016,*,,119385.00,,14504.8428,14504.8428") })
        #expect(lines.contains { $0.hasPrefix("2018,a,,") && $0.contains("sale,2018-05-01,3000.00,364.489") })
    }

    /// Issue 17: the user's own text cannot run in a spreadsheet or a Markdown viewer (OWASP, CSV injection).
    @Test("an id that begins as a formula is plain text in the CSV; a description with HTML is escaped in Markdown")
    func hostileText() throws {
        let register = Register(assets: [Asset(id: "=HYPERLINK(\"http://x\")", description: "<script>alert(1)</script> & co",
                                               committed: Day(iso: "2024-03-01")!, inUse: Day(iso: "2024-03-01")!, cost: 1_000, life: 5),
                                         Asset(id: "@SUM", committed: Day(iso: "2024-03-01")!, cost: 500, life: 5),
                                         Asset(id: "<img src=x onerror=alert(1)>", committed: Day(iso: "2024-03-01")!, inUse: Day(iso: "2024-03-01")!, cost: 800, life: 5)])
        let report = try Engine().report(register)
        let csv = CSVReportWriter.write(report, options: ReportOptions(format: .csv, language: .en))
        #expect(csv.contains(#"2024,"'=HYPERLINK(""http://x"")",<script>"#))
        #expect(csv.contains("2024,'@SUM,"))
        #expect(!csv.contains(",=") && !csv.contains(",@"))
        let markdown = MarkdownReportWriter.write(report, options: ReportOptions(format: .markdown, explain: true))
        #expect(!markdown.contains("<img"))
        #expect(markdown.contains("&lt;img src=x onerror=alert(1)&gt;"))
    }

    @Test("Markdown and text in Dutch by default, English on request")
    func languages() throws {
        let report = try report()
        let markdown = MarkdownReportWriter.write(report, options: ReportOptions(format: .markdown))
        #expect(markdown.contains("## 2016"))
        #expect(markdown.contains("| KIA af te trekken in 2016 | 14.504,8428 |"))
        let english = TextReportWriter.write(report, options: ReportOptions(language: .en))
        #expect(english.contains("KIA deductible in 2016"))
        #expect(english.contains("14,504.8428"))
    }

    @Test("--explain adds the steps and sources with law version and status")
    func explain() throws {
        let text = TextReportWriter.write(try report(), options: ReportOptions(explain: true))
        #expect(text.contains("€ 15.687,00 − 7,56% × (€ 119.385,00 − € 103.748,00) = € 15.687,00 − € 1.182,1572 = € 14.504,8428"))
        #expect(text.contains("bron: art. 3.41 lid 1 Wet IB 2001 (versie 2016-01-01) [LAW]"))
        #expect(text.contains("bron: art. 3.47 lid 1 en 2 Wet IB 2001 (versie 2016-01-01) [LAW]"))
    }

    @Test("JSON with --explain: every explanation carries its trace, the figures exact (art. 3.41 lid 1 2016: the phase-out row)")
    func trace() throws {
        let text = JSONReportWriter.text(try report(), options: ReportOptions(format: .json, explain: true))
        #expect(text.contains(#""traceVersion":1"#))
        #expect(text.contains(#"{"kind":"kia.phaseOut","figures":{"year":2016,"total":"119385.00","above":"103748.00","upTo":"311242.00","fixedAmount":"15687.00","phaseOutRate":"0.0756","reduction":"1182.1572","kia":"14504.8428"},"source":"art. 3.41 lid 1 Wet IB 2001"}"#))
        #expect(text.contains(#""kind":"desinvestering.bijtelling","figures":{"base":"3000.00""#))
        let plain = JSONReportWriter.text(try report(), options: ReportOptions(format: .json))
        #expect(!plain.contains("traceVersion"))
    }
}
