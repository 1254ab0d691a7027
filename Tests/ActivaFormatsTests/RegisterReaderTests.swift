import Foundation
import Activa
import Testing
@testable import ActivaFormats

@Suite("Reading registers")
struct RegisterReaderTests {
    let validYAML = """
    entity:
      name: Bakkerij Jansen
      taxpayer: vpb
      partners:
        - {name: A, share: "0.5"}
        - {name: B, share: "0.5", outsideInvestments: {2021: "35000"}}
    assets:
      - id: oven
        description: Bakoven
        kind: other
        committed: 2024-03-01
        inUse: 2024-04-01
        cost: "12500.10"
        residual: 500
        life: 10
        payments: [{date: 2024-03-01, amount: "5000"}]
        part: pc-set
        relatedParty: false
        rentedOut: false
        disposal: {date: 2026-06-01, price: "8000", withdrawal: true}
    """

    @Test("every field of the issue's example is read, amounts exactly")
    func readsEverything() throws {
        let register = try RegisterReader.read(validYAML, format: .yaml)
        #expect(register.entity.name == "Bakkerij Jansen")
        #expect(register.entity.taxpayer == .vpb)
        #expect(register.entity.partners[1].outsideInvestments[2021] == 35_000)
        let oven = try #require(register.assets.first)
        #expect(oven.cost == "12500.10")
        #expect(oven.residual == 500)
        #expect(oven.inUse == Day(iso: "2024-04-01"))
        #expect(oven.payments?.first?.amount == 5_000)
        #expect(oven.part == "pc-set")
        #expect(oven.disposal?.withdrawal == true)
    }

    @Test("JSON with the same structure gives the same register; JSON numbers are read exactly")
    func jsonSameStructure() throws {
        let json = """
        {"entity": {"name": "Bakkerij Jansen"},
         "assets": [{"id": "oven", "committed": "2024-03-01", "cost": 12500.10, "residual": "0.1",
                     "payments": [{"date": "2024-03-01", "amount": 0.3}]}]}
        """
        let register = try RegisterReader.read(json, format: .json)
        #expect(register.assets[0].cost == "12500.10")
        #expect(register.assets[0].payments?[0].amount == "0.3")
        #expect(register.assets[0].residual == "0.1")
    }

    /// Reads `yaml`, expects exactly one issue, and returns its description in Dutch with the file name.
    func singleIssue(_ yaml: String) throws -> (RegisterIssue, String) {
        do {
            _ = try RegisterReader.read(yaml, format: .yaml)
            Issue.record("expected an error")
            throw CancellationError()
        } catch let error as RegisterValidationError {
            #expect(error.issues.count == 1, "\(error.issues)")
            let issue = try #require(error.issues.first)
            return (issue, issue.describe(file: "klant.yaml", .nl))
        }
    }

    func asset(_ fields: String) -> String {
        "assets:\n  - id: oven\n" + fields.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n") + "\n"
    }

    static let takenOverYAML = """
    entity: {name: Schildersbedrijf De Kwast}
    opening:
      year: 2024
      source: opgave vorige administratie
      reserves: [{id: hir-oude-bus, formed: 2022, amount: "3000.00", soldBookValue: "4000.00"}]
    assets:
      - id: bus
        committed: 2021-03-01
        inUse: 2021-03-01
        cost: "30000.00"
        residual: "6000.00"
        life: 5
        opening: {bookValue: "16400.00", kia: "28%", willekeurigTaken: "0"}
      - id: aanhanger
        committed: 2023-11-15
        cost: "8000.00"
        life: 8
        payments: [{date: 2023-11-15, amount: "2000"}]
        opening: {bookValue: "8000.00", kia: "2240.00", kiaDeferred: "240.00"}
    """

    @Test("a register taking over an activastaat: the opening year, the reserves, each asset's figures; written and read again the same")
    func takenOver() throws {
        let register = try RegisterReader.read(Self.takenOverYAML, format: .yaml)
        let opening = try #require(register.opening)
        #expect(opening.year == 2024)
        #expect(opening.source == "opgave vorige administratie")
        #expect(opening.reserves == [OpeningReserve(id: "hir-oude-bus", formedYear: 2022, amount: 3_000, soldBookValue: 4_000)])
        #expect(opening.assets["bus"]?.bookValue == 16_400)
        #expect(opening.assets["bus"]?.kia == .percentage(ExactDecimal("0.28")))
        #expect(opening.assets["aanhanger"]?.kia == .amount(2_240))
        #expect(opening.assets["aanhanger"]?.kiaDeferred == 240)
        let again = try RegisterReader.read(RegisterWriter.yaml(register), format: .yaml)
        #expect(again == register)
    }

    @Test("taken-over figures without the opening year, an unknown figure and a bad percentage are named")
    func takenOverErrors() {
        let noYear = Self.takenOverYAML.replacingOccurrences(of: "  year: 2024\n", with: "")
        #expect(issues(noYear).contains { $0.field == "opening.year" && $0.problem == .missing })
        let withoutOpening = """
        assets:
          - {id: bus, committed: 2021-03-01, cost: "100", opening: {bookValue: "50", boekwaarde: "1"}}
        """
        let found = issues(withoutOpening)
        #expect(found.contains { $0.assetId == "bus" && $0.field == "opening" })
        #expect(found.contains { $0.assetId == "bus" && $0.field == "opening.boekwaarde" })
        let percent = Self.takenOverYAML.replacingOccurrences(of: "kia: \"28%\"", with: "kia: \"128%\"")
        #expect(issues(percent).contains { $0.assetId == "bus" && $0.field == "opening.kia" })
        // A reserve without the sold asset's book value: 0 would switch off the boekwaarde-eis (art. 3.54 lid 2).
        let noBookValue = Self.takenOverYAML.replacingOccurrences(of: #", soldBookValue: "4000.00""#, with: "")
        #expect(issues(noBookValue).contains { $0.field == "opening.reserves[0].soldBookValue" && $0.problem == .missing })
    }

    @Test("a closed year's per-asset book values and an accepted correction read back as written")
    func closedYearRoundTrip() throws {
        var register = Register(assets: [Asset(id: "machine", committed: try #require(Day(iso: "2024-03-01")), cost: 12_000, life: 10)])
        register.closedYears = [ClosedYear(year: 2024, closedOn: try #require(Day(iso: "2025-04-30")), activaVersion: "0.2.0",
                                           figures: [FiledFigure(key: "activastaat.bookValue", amount: 11_000)], bookValues: ["machine": 11_000],
                                           correction: AcceptedCorrection(acceptedOn: try #require(Day(iso: "2025-06-01")), registerVersion: 4,
                                                                          figures: [FiledFigure(key: "activastaat.bookValue", amount: 13_750)],
                                                                          bookValues: ["machine": 13_750]))]
        let yaml = RegisterWriter.yaml(register)
        #expect(try RegisterReader.read(yaml, format: .yaml).closedYears == register.closedYears)
    }

    func issues(_ yaml: String) -> [RegisterIssue] {
        do {
            _ = try RegisterReader.read(yaml, format: .yaml)
            return []
        } catch {
            return error.issues
        }
    }

    @Test("an unknown key names the asset and the field")
    func unknownKey() throws {
        let (issue, text) = try singleIssue(asset("committed: 2024-03-01\ncost: 100\ncots: 5"))
        #expect(issue.assetId == "oven")
        #expect(issue.field == "cots")
        #expect(text.hasPrefix("klant.yaml, activum 'oven', veld 'cots': onbekend veld; toegestaan: id, description"))
    }

    @Test("an unknown key in the entity")
    func unknownEntityKey() throws {
        let (issue, _) = try singleIssue("entity: {nam: x}\nassets: []\n")
        #expect(issue.assetId == nil)
        #expect(issue.field == "entity.nam")
    }

    @Test("a missing required key", arguments: ["committed", "cost"])
    func missing(field: String) throws {
        let fields = ["committed: 2024-03-01", "cost: 100"].filter { !$0.hasPrefix(field) }.joined(separator: "\n")
        let (issue, text) = try singleIssue(asset(fields))
        #expect(issue.field == field)
        #expect(issue.problem == .missing)
        #expect(text == "klant.yaml, activum 'oven', veld '\(field)': verplicht veld ontbreekt")
    }

    @Test("a missing id names the asset by its position")
    func missingId() throws {
        let (issue, _) = try singleIssue("assets:\n  - committed: 2024-03-01\n    cost: 100\n")
        #expect(issue.assetId == "#1")
        #expect(issue.field == "id")
    }

    @Test("wrong types and values", arguments: [
        ("cost: [1, 2]", "cost"), ("cost: twaalf", "cost"), ("committed: 2024-02-30", "committed"),
        ("life: -3", "life"), ("rentedOut: soms", "rentedOut"), ("kind: boat", "kind"), ("payments: 5", "payments"),
        ("payments: [{date: 2024-03-01}]", "payments[0].amount"), ("disposal: {price: 5}", "disposal.date"),
        ("payments: [{date: 2024-03-01, amount: 5}, {amount: 5}]", "payments[1].date"),
        ("payments: [{date: 2024-03-01, amount: 5, when: x}]", "payments[0].when"), ("disposal: {date: 2024-06-01, price: 5, to: x}", "disposal.to"),
    ])
    func wrongTypes(line: String, field: String) throws {
        var fields = ["committed: 2024-03-01", "cost: 100"]
        let key = line.split(separator: ":")[0]
        fields.removeAll { $0.hasPrefix(key + ":") }
        fields.append(line)
        let (issue, _) = try singleIssue(asset(fields.joined(separator: "\n")))
        #expect(issue.field == field)
        #expect(issue.assetId == "oven")
    }

    @Test("impossible values", arguments: [
        ("cost: -5", "cost", RegisterIssue.Problem.negative),
        ("residual: 200", "residual", .residualAboveCost),
        ("inUse: 2024-02-01", "inUse", .beforeCommitted("2024-02-01")),
        ("disposal: {date: 2024-01-01, price: 50}", "disposal.date", .beforeCommitted("2024-01-01")),
        ("payments: [{date: 2024-03-01, amount: 150}]", "payments", .paymentsExceedCost),
    ])
    func impossible(line: String, field: String, problem: RegisterIssue.Problem) throws {
        var fields = ["committed: 2024-03-01"]
        if !line.hasPrefix("cost") { fields.append("cost: 100") }
        fields.append(line)
        let (issue, _) = try singleIssue(asset(fields.joined(separator: "\n")))
        #expect(issue.field == field)
        #expect(issue.problem == problem)
    }

    @Test("duplicate ids")
    func duplicateIds() throws {
        let yaml = "assets:\n  - {id: oven, committed: 2024-03-01, cost: 100}\n  - {id: oven, committed: 2024-03-01, cost: 200}\n"
        let (issue, text) = try singleIssue(yaml)
        #expect(issue.problem == .duplicateId)
        #expect(text == "klant.yaml, activum 'oven', veld 'id': deze id komt meer dan eens voor")
    }

    @Test("partner shares must add up to 1")
    func shares() throws {
        let (issue, _) = try singleIssue("entity:\n  partners: [{name: A, share: '0.5'}, {name: B, share: '0.4'}]\nassets: []\n")
        #expect(issue.field == "entity.partners")
        #expect(issue.problem == .sharesDoNotAddUp("0.9"))
    }

    @Test("every problem is reported, not only the first")
    func collectsAll() throws {
        let yaml = "assets:\n  - {id: a, committed: 2024-13-01, cost: x}\n  - {id: b, committed: 2024-01-01, cost: 5, colour: red}\n"
        do {
            _ = try RegisterReader.read(yaml, format: .yaml)
            Issue.record("expected an error")
        } catch {
            #expect(error.issues.map(\.field) == ["committed", "cost", "colour"])
            #expect(error.issues.map(\.assetId) == ["a", "a", "b"])
        }
    }

    @Test("a syntax error says where, in English on request")
    func syntax() throws {
        do {
            _ = try RegisterReader.read("{\"assets\": [}", format: .json)
            Issue.record("expected an error")
        } catch {
            let text = try #require(error.issues.first).describe(file: "k.json", .en)
            #expect(text.hasPrefix("k.json: the file cannot be read: line 1:"))
        }
    }
}

@Suite("Reading the depreciation fields")
struct DepreciationFieldsTests {
    @Test("willekeurig, method, building, HIR and starters fields")
    func fields() throws {
        let yaml = """
        entity: {startersYears: [2024, 2025]}
        assets:
          - {id: a, committed: 2024-03-01, cost: "1000", life: 5, willekeurig: max, willekeurigScheme: starters}
          - {id: b, committed: 2024-03-01, cost: "1000", life: 5, willekeurig: {2024: "100", 2025: "50"}}
          - {id: c, committed: 2024-03-01, cost: "1000", life: 5, method: decliningBalance, decliningRate: "0.25"}
          - {id: d, kind: building, committed: 2024-03-01, cost: "1000", life: 30, buildingUse: investment, woz: {2024: "900"}}
          - {id: e, committed: 2024-03-01, cost: "1000", life: 5, disposal: {date: 2025-01-01, price: "900", hir: true}}
          - {id: f, committed: 2025-03-01, cost: "1000", life: 5, hir: {from: e, amount: "10"}, vamil: true, used: true, co2: 0, diesel: false}
        """
        let register = try RegisterReader.read(yaml, format: .yaml)
        #expect(register.entity.startersYears == [2024, 2025])
        #expect(register.assets[0].willekeurig == .maximum)
        #expect(register.assets[0].willekeurigScheme == .starters)
        #expect(register.assets[1].willekeurig == .amounts([2024: 100, 2025: 50]))
        #expect(register.assets[2].method == .decliningBalance(rate: "0.25"))
        #expect(register.assets[3].buildingUse == .investment)
        #expect(register.assets[3].woz[2024] == 900)
        #expect(register.assets[4].disposal?.hir == true)
        #expect(register.assets[5].hir == HIRAfboeking(from: "e", amount: 10))
        #expect(register.assets[5].vamil && register.assets[5].used && register.assets[5].co2 == 0)
    }

    @Test("land names its building (building:), a HIR states the same function (hir.sameFunction); both written back")
    func buildingAndSameFunction() throws {
        let yaml = """
        assets:
          - {id: pand, kind: building, committed: 2024-03-01, cost: "400000", life: 30, woz: {2024: "300000"}}
          - {id: grond, kind: land, committed: 2024-03-01, cost: "100000", building: pand}
          - {id: e, committed: 2020-03-01, cost: "1000", life: 5, disposal: {date: 2025-01-01, price: "900", hir: true}}
          - {id: f, kind: building, committed: 2025-03-01, cost: "1000", life: 30, hir: {from: e, sameFunction: true}}
        """
        let register = try RegisterReader.read(yaml, format: .yaml)
        #expect(register.assets[1].building == "pand")
        #expect(register.assets[3].hir == HIRAfboeking(from: "e", sameFunction: true))
        let written = RegisterWriter.yaml(register)
        #expect(written.contains("building: pand"))
        #expect(written.contains("sameFunction: true"))
        #expect(try RegisterReader.read(written, format: .yaml) == register)
    }

    @Test("building: must be on land and name a building, with the asset and the field in the message", arguments: [
        ("{id: grond, kind: land, committed: 2024-03-01, cost: 1, building: schuur}", "grond", "er is geen activum 'schuur'"),
        ("{id: grond, kind: land, committed: 2024-03-01, cost: 1, building: m}", "grond", "'m' is geen gebouw (kind: building) maar other"),
        ("{id: kar, committed: 2024-03-01, cost: 1, building: pand}", "kar", "alleen bij grond (kind: land)"),
    ])
    func badBuilding(entry: String, asset: String, message: String) throws {
        let yaml = """
        assets:
          - {id: pand, kind: building, committed: 2024-03-01, cost: "400000", life: 30, woz: {2024: "300000"}}
          - {id: m, committed: 2024-03-01, cost: "1000", life: 5}
          - \(entry)
        """
        do {
            _ = try RegisterReader.read(yaml, format: .yaml)
            Issue.record("expected an error")
        } catch {
            let issue = try #require(error.issues.first)
            #expect(issue.assetId == asset)
            #expect(issue.field == "building")
            #expect(issue.describe(file: "r.yaml", .nl).contains(message))
            #expect(issue.describe(file: "r.yaml", .en).contains("field 'building'"))
        }
    }

    @Test("bad depreciation fields", arguments: [
        ("willekeurig: soms", "willekeurig"), ("willekeurig: {2024: x}", "willekeurig.2024"), ("method: sum", "method"),
        ("method: decliningBalance", "decliningRate"), ("willekeurigScheme: 2020", "willekeurigScheme"),
        ("woz: {twee: 5}", "woz.twee"), ("buildingUse: rent", "buildingUse"), ("hir: {amount: 5}", "hir.from"),
    ])
    func bad(line: String, field: String) throws {
        let yaml = "assets:\n  - id: a\n    committed: 2024-03-01\n    cost: 1000\n    life: 5\n    \(line)\n"
        do {
            _ = try RegisterReader.read(yaml, format: .yaml)
            Issue.record("expected an error")
        } catch {
            #expect(error.issues.map(\.field) == [field])
        }
    }
}

@Suite("Reading the boekjaar")
struct FiscalYearFieldsTests {
    @Test("fiscalYearStart and a first boekjaar")
    func reads() throws {
        let yaml = "entity: {fiscalYearStart: '07-01', firstFiscalYear: {start: 2023-05-01, end: 2024-06-30}}\nassets: []\n"
        let calendar = try RegisterReader.read(yaml, format: .yaml).entity.calendar
        #expect(calendar.startMonth == 7)
        #expect(calendar.months(2024) == 14)
    }

    @Test("a first boekjaar must end the day before a regular start; a start must be a day of the year", arguments: [
        ("entity: {fiscalYearStart: '07-01', firstFiscalYear: {start: 2023-05-01, end: 2024-05-31}}", "entity.firstFiscalYear.end"),
        ("entity: {fiscalYearStart: '13-01'}", "entity.fiscalYearStart"),
        ("entity: {fiscalYearStart: '02-30'}", "entity.fiscalYearStart"),
    ])
    func bad(entity: String, field: String) throws {
        do {
            _ = try RegisterReader.read(entity + "\nassets: []\n", format: .yaml)
            Issue.record("expected an error")
        } catch {
            #expect(error.issues.map(\.field) == [field])
        }
    }
}

@Suite("Writing registers")
struct RegisterWriterTests {
    @Test("every example register survives a write and a read, in JSON and in YAML", arguments: [
        "seed-kia-minimum", "seed-willekeurig-2013", "zzp-fotograaf", "vof-twee-vennoten", "bv-bedrijfspand",
        "starter-2024", "bv-gebroken-boekjaar", "eia-mia-vamil", "advies-zzp",
    ])
    func roundTrip(name: String) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Examples/\(name).yaml")
        let original = try RegisterReader.read(String(contentsOf: url, encoding: .utf8), format: .yaml)
        let json = RegisterWriter.json(original).serialized()
        #expect(try RegisterReader.read(json, format: .json) == original)
        #expect(try RegisterReader.read(RegisterWriter.yaml(original), format: .yaml) == original)
    }
}

@Suite("Input ranges")
struct InputRangeTests {
    @Test("amounts beyond 10^12 or with more than 4 decimals are refused, never overflow", arguments: [
        "cost: '1000000000000'", "cost: '99999999999999999999999999'", "cost: '100.12345'", "residual: '0.00001'",
    ])
    func outOfRange(line: String) throws {
        let yaml = "assets:\n  - id: a\n    committed: 2024-03-01\n    cost: 1000\n    \(line)\n".replacingOccurrences(of: "    cost: 1000\n    cost:", with: "    cost:")
        do {
            _ = try RegisterReader.read(yaml, format: .yaml)
            Issue.record("expected an error")
        } catch {
            #expect(error.issues.first?.problem == .outOfRange(String(line.split(separator: "'")[1])))
        }
    }

    @Test("the largest accepted amount computes without trouble, in a partnership too")
    func largest() throws {
        let yaml = """
        entity: {partners: [{name: A, share: "0.333333"}, {name: B, share: "0.666667"}]}
        assets:
          - {id: a, committed: 2024-03-01, inUse: 2024-03-01, cost: "999999999999.9999", residual: "0.0001", life: 7, willekeurig: max, willekeurigScheme: starters}
          - {id: b, committed: 2024-03-01, inUse: 2024-03-01, cost: "0.0001", life: 1, disposal: {date: 2025-01-01, price: "999999999999.9999"}}
        """
        var register = try RegisterReader.read(yaml, format: .yaml)
        register.entity.startersYears = [2024]
        let report = try Engine().report(register)
        #expect(report.years.count > 1)
    }
}

@Suite("Improvements and voortbrengingskosten in the file")
struct ImprovementFieldsTests {
    let yaml = """
    assets:
      - id: werkplaats
        inUse: 2025-07-01
        life: 5
        productionCosts: [{date: 2024-10-01, amount: "12000", description: materiaal}, {date: 2025-02-01, amount: "18000"}]
      - {id: ombouw, committed: 2025-09-01, cost: "3000", improves: werkplaats}
    """

    @Test("productionCosts give the investment date and the cost (art. 3.43 lid 1); improves is read; both written back")
    func readAndWrite() throws {
        let register = try RegisterReader.read(yaml, format: .yaml)
        let werkplaats = register.assets[0]
        #expect(werkplaats.committed == Day(iso: "2024-10-01"))
        #expect(werkplaats.cost == 30_000)
        #expect(werkplaats.productionCosts.count == 2)
        #expect(werkplaats.productionCosts[0].description == "materiaal")
        #expect(register.assets[1].improves == "werkplaats")
        #expect(try RegisterReader.read(RegisterWriter.yaml(register), format: .yaml) == register)
        #expect(try RegisterReader.read(RegisterWriter.json(register).serialized(), format: .json) == register)
    }

    @Test("an improvement of an asset that is not there names the asset and the field, in Dutch")
    func unknownTarget() throws {
        let bad = yaml.replacingOccurrences(of: "improves: werkplaats", with: "improves: schuur")
        do {
            _ = try RegisterReader.read(bad, format: .yaml)
            Issue.record("expected an error")
        } catch {
            #expect(error.issues.map(\.field) == ["improves"])
            #expect(error.issues.first?.assetId == "ombouw")
            #expect(error.issues.first?.message(.nl).contains("er is geen activum 'schuur'") == true)
        }
    }
}
