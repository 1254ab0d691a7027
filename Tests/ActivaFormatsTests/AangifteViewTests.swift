import Activa
import Foundation
import Testing
@testable import ActivaFormats

/// Issue 18: the aangifte view. Its figures are the report's in whole euros — the investeringsaftrek rounded up,
/// the bijtelling down (docs/law/rounding.md), the activastaat's figures the sums of the activastaat rows in aangifte
/// rounding — so they agree with the activastaat to the euro, and each rubriek's balance adds up.
@Suite("The aangifte view")
struct AangifteViewTests {
    static func example(_ name: String) throws -> Register {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Examples/\(name)")
        return try RegisterReader.read(String(contentsOf: url, encoding: .utf8), format: .yaml)
    }

    /// By hand, from Examples/zzp-fotograaf.yaml: camera-2025 € 4.100 is 2025's only investment; art. 3.41 lid 1
    /// (tekst 2025-01-01): € 2.901 – € 70.602 gives 28%, so 28% × 4.100 = € 1.148; the bestelauto's 2024 KIA of
    /// € 1.080 deferred by the betalingscriterium (art. 3.44) is released in 2025: € 2.228 in the aangifte.
    /// The bijtelling (art. 3.47): camera-2022 sold for € 1.400 and laptop-2022 withdrawn at € 1.700 within five
    /// years, the 2022 KIA percentage 28% → 392 + 476 = € 868.
    @Test("zzp-fotograaf 2025: KIA, bijtelling, afschrijvingen and boekwinst as derived by hand and as in the activastaat")
    func fotograaf() throws {
        let register = try Self.example("zzp-fotograaf.yaml")
        let engine = Engine()
        let report = try engine.report(register)
        let aangifte = engine.aangifte(report, year: 2025)
        #expect(aangifte.figure(.kia)?.amount == 2_228)
        #expect(aangifte.figure(.kia)?.lines == [AangifteLine(assetId: "bestelauto", amount: 1_080), AangifteLine(assetId: "camera-2025", amount: 1_148)])
        #expect(aangifte.figure(.desinvesteringsbijtelling)?.amount == 868)
        #expect(aangifte.figure(.desinvesteringsbijtelling)?.source.article == "art. 3.47 Wet IB 2001")
        // The activastaat in aangifte rounding: its totals are the aangifte's figures.
        let totals = RoundingPolicy.aangifte.activastaat(report.year(2025))
        #expect(aangifte.figure(.afschrijvingen)?.amount == totals.depreciation)
        #expect(aangifte.figure(.afschrijvingen)?.amount == 10_958)
        #expect(aangifte.figure(.boekwinst)?.amount == totals.gain)
        #expect(aangifte.figure(.boekwinst)?.lines.reduce(Money.zero) { $0 + $1.amount } == totals.gain)
        #expect(aangifte.balance.map(\.category) == [.overigeMaterieleVasteActiva])
        #expect(aangifte.balance.first?.opening == totals.openingBookValue && aangifte.balance.first?.closing == totals.bookValue)
        #expect(aangifte.figure(.eia) == nil && aangifte.figure(.mia) == nil)
    }

    static let exampleNames = ["zzp-fotograaf.yaml", "bv-bedrijfspand.yaml", "bv-gebroken-boekjaar.yaml", "eia-mia-vamil.yaml",
                               "overname-2024.yaml", "starter-2024.yaml", "vof-twee-vennoten.yaml", "seed-willekeurig-2013.yaml"]

    /// Every example, every year: per rubriek begin + investeringen − afschrijving + terugname − desinvestering = eind,
    /// the rubrieken add up to the activastaat's totals, and a year's end is the next year's begin.
    @Test("the balance per rubriek adds up and agrees with the activastaat", arguments: Self.exampleNames)
    func balanceAddsUp(name: String) throws {
        let engine = Engine()
        let report = try engine.report(try Self.example(name))
        var previousClosing: [BalanceCategory: Money] = [:]
        for year in report.years.map(\.year) {
            let aangifte = engine.aangifte(report, year: year)
            let totals = RoundingPolicy.aangifte.activastaat(report.year(year))
            for position in aangifte.balance {
                #expect(position.opening + position.investments - position.depreciation + position.terugname - position.disposals == position.closing,
                        "\(name) \(year) \(position.category)")
                #expect(position.lines.reduce(Money.zero) { $0 + $1.closing } == position.closing)
                if let previous = previousClosing[position.category] { #expect(previous == position.opening, "\(name) \(year)") }
            }
            #expect(aangifte.balance.reduce(Money.zero) { $0 + $1.closing } == totals.bookValue, "\(name) \(year)")
            #expect((aangifte.figure(.afschrijvingen)?.amount ?? 0) == totals.depreciation, "\(name) \(year)")
            #expect(aangifte.figure(.investeringsaftrek)?.amount == (aangifte.figure(.kia)?.amount ?? 0) + (aangifte.figure(.eia)?.amount ?? 0) + (aangifte.figure(.mia)?.amount ?? 0))
            previousClosing = Dictionary(uniqueKeysWithValues: aangifte.balance.map { ($0.category, $0.closing) })
        }
    }

    @Test("a building and its land are bedrijfsgebouwen en -terreinen; the register can choose another rubriek; an improvement follows its asset")
    func categories() throws {
        let register = try RegisterReader.read("""
        assets:
          - {id: pand, kind: building, committed: 2024-01-10, inUse: 2024-01-10, cost: "300000", life: 30, woz: {2024: "250000"}}
          - {id: grond, kind: land, building: pand, committed: 2024-01-10, cost: "100000"}
          - {id: pers, balanceCategory: machinesEnInstallaties, committed: 2024-02-01, inUse: 2024-02-01, cost: "20000", life: 10}
          - {id: pers-upgrade, improves: pers, committed: 2025-02-01, inUse: 2025-02-01, cost: "2000"}
          - {id: goodwill, kind: goodwill, committed: 2024-01-10, inUse: 2024-01-10, cost: "50000", life: 10}
        """, format: .yaml)
        #expect(register.assets.map(\.category) == [.bedrijfsgebouwenEnTerreinen, .bedrijfsgebouwenEnTerreinen, .machinesEnInstallaties,
                                                     .overigeMaterieleVasteActiva, .immaterieleVasteActiva])
        let engine = Engine()
        let aangifte = engine.aangifte(try engine.report(register), year: 2025)
        #expect(aangifte.balance.map(\.category) == [.immaterieleVasteActiva, .bedrijfsgebouwenEnTerreinen, .machinesEnInstallaties])
        #expect(aangifte.balance.first { $0.category == .machinesEnInstallaties }?.lines.map(\.assetId) == ["pers", "pers-upgrade"])
        // The choice is written back to the register file.
        #expect(RegisterWriter.yaml(register).contains("balanceCategory: machinesEnInstallaties"))
        #expect(throws: RegisterValidationError.self) {
            try RegisterReader.read("""
            assets:
              - {id: pers, committed: 2024-02-01, cost: "20000", life: 10}
              - {id: up, improves: pers, balanceCategory: immaterieleVasteActiva, committed: 2025-02-01, cost: "2000"}
            """, format: .yaml)
        }
        #expect(throws: RegisterValidationError.self) {
            try RegisterReader.read("assets: [{id: a, balanceCategory: machines, committed: 2024-02-01, cost: '1'}]", format: .yaml)
        }
    }

    /// A VOF: each partner's investeringsaftrek is his own (art. 3.41 lid 2 applies the table per partner), in his own aangifte.
    @Test("partners see their own investeringsaftrek and bijtelling in whole euros")
    func partners() throws {
        let engine = Engine()
        let report = try engine.report(try Self.example("vof-twee-vennoten.yaml"))
        for year in report.years where !year.partners.isEmpty {
            let aangifte = engine.aangifte(report, year: year.year)
            #expect(aangifte.partners.map(\.name) == year.partners.map(\.name))
            for (partner, exact) in zip(aangifte.partners, year.partners) {
                #expect(partner.kia == exact.kia.rounded(scale: 0, .up))
                #expect(partner.desinvesteringsbijtelling == exact.desinvesteringsbijtelling.rounded(scale: 0, .down))
            }
        }
    }

    @Test("text, JSON and CSV of the aangifte, in Dutch and English")
    func writers() throws {
        let engine = Engine()
        let aangifte = engine.aangifte(try engine.report(try Self.example("zzp-fotograaf.yaml")), year: 2025)
        let text = AangifteWriter.text(aangifte, name: "Fotostudio", .nl)
        #expect(text.hasPrefix("Aangifte inkomstenbelasting, winst uit onderneming – Fotostudio, boekjaar 2025 (1 januari 2025 – 31 december 2025)"))
        #expect(text.contains("Kleinschaligheidsinvesteringsaftrek (KIA)  €     2.228  (verlaagt de winst)  — art. 3.41 Wet IB 2001 (tekst 2025-01-01)"))
        #expect(text.contains("uit: bestelauto € 1.080,00; camera-2025 € 1.148,00"))
        #expect(AangifteWriter.text(aangifte, name: nil, .en).contains("Small-scale investment deduction (KIA)"))
        let json = AangifteWriter.json(aangifte, name: nil, .nl).serialized()
        #expect(json.contains(#"{"item":"kia","label":"Kleinschaligheidsinvesteringsaftrek (KIA)","amount":"2228.00","exact":"2228.00","effect":"deduction","lines":[{"id":"bestelauto","amount":"1080.00"}"#))
        #expect(json.contains(#""category":"overigeMaterieleVasteActiva""#))
        let csv = AangifteWriter.csv(aangifte, .nl)
        #expect(csv.hasPrefix("\u{FEFF}Boekjaar;Post;Omschrijving;Bedrag;Exact;Artikel;Regels\r\n"))
        #expect(csv.contains("2025;kia;Kleinschaligheidsinvesteringsaftrek (KIA);2228,00;2228,00;art. 3.41 Wet IB 2001;bestelauto 1080,00 | camera-2025 1148,00\r\n"))
    }
}

/// Issue 18: a Dutch CSV opens right in Dutch Excel — semicolons, decimal comma, Dutch headers, UTF-8 with BOM —
/// and a cell of the user's own text cannot run as a formula.
@Suite("The Dutch CSV")
struct DutchCSVTests {
    @Test("the report CSV in Dutch: BOM, semicolons, decimal comma, Dutch headers and words, dates as dd-mm-jjjj")
    func reportBytes() throws {
        let register = try RegisterReader.read("""
        entity: {name: "Test; BV"}
        assets:
          - {id: "=cmd", description: "Büro; stoel", committed: 2016-03-01, inUse: 2016-03-01, cost: "119385", life: 5, disposal: {date: 2018-05-01, price: "3000"}}
        """, format: .yaml)
        let csv = CSVReportWriter.write(try Engine().report(register), options: ReportOptions(format: .csv))
        let bytes = Array(csv.utf8)
        #expect(bytes.prefix(3) == [0xEF, 0xBB, 0xBF])
        let lines = csv.dropFirst().split(separator: "\r\n")
        #expect(lines[0] == "Boekjaar;Activum;Omschrijving;Investering;Telt mee voor KIA;KIA toegerekend;KIA dit jaar;KIA uitgesteld;KIA vervallen;Betaald;In gebruik;Soort desinvestering;Datum desinvestering;Overdrachtsprijs;Desinvesteringsbijtelling;Boekwaarde begin;Willekeurige afschrijving;Normale afschrijving;Afschrijving totaal;Terugname;Boekwinst;Boekwaarde eind")
        // 2016: KIA 14.504,8428 (art. 3.41 lid 1 2016, the phase-out row); the id is made text, the description quoted.
        #expect(lines.contains { $0.hasPrefix("2016;'=cmd;\"Büro; stoel\";119385,00;ja;14504,8428;14504,8428;") })
        #expect(lines.contains { $0.hasPrefix("2018;'=cmd;") && $0.contains(";verkoop;01-05-2018;3000,00;364,489;") })
        #expect(lines.contains { $0.hasPrefix("2016;Totaal;;119385,00;") })
        #expect(!csv.contains(";=") && !csv.contains(".00"))
    }
}
