import Foundation
import Activa
import Testing
@testable import ActivaFormats

/// A spreadsheet activastaat taken over (issue 16): the columns of a Dutch afschrijvingsstaat (docs/law/opening-
/// balance.md §5), Dutch amounts and dates, and every row that cannot be read named by its number and column.
@Suite("Importing a spreadsheet activastaat")
struct ActivastaatImportTests {
    static let example = try! String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples/activastaat-2023.csv"), encoding: .utf8)

    func read(_ text: String, year: Int = 2024, columns: [String: ImportField] = [:]) -> ActivastaatImport.Result {
        ActivastaatImport.read(text, options: .init(year: year, name: "De Kwast", columns: columns))
    }

    @Test("the example sheet: a title row and a totals row passed over, the closing value of 2023 as the book value on 1-1-2024")
    func example() throws {
        let result = read(Self.example)
        #expect(result.problems.isEmpty)
        let register = try #require(result.register)
        #expect(register.assets.map(\.id) == ["bedrijfsbus", "verfspuitmachine", "laptop"])
        #expect(register.assets[0].kind == .van)
        #expect(register.assets[0].committed == Day(year: 2021, month: 3, day: 1))
        #expect(register.assets[0].cost == 30_000)
        #expect(register.assets[0].residual == 6_000)
        #expect(register.assets[1].life == 5)   // "5 jaar"
        #expect(register.opening?.year == 2024)
        #expect(register.opening?.assets["bedrijfsbus"]?.bookValue == 16_400)
        #expect(register.opening?.assets["laptop"]?.bookValue == ExactDecimal("1208.33"))
        #expect(result.notes.contains { $0.nl.contains("'Boekwaarde einde boekjaar'") })
        #expect(result.notes.contains { $0.nl.contains("ingebruikname") })
        // The register computes: the bus continues at 4.800 a year from 16.400.
        let report = try Engine().report(register)
        #expect(report.asset("bedrijfsbus", in: 2024)?.depreciation?.normal == 4_800)
    }

    @Test("a sheet with an undated begin and end column: the sheet's year (title, 'Afschrijving 2023') decides which is the start of the opening year; without it the file is refused")
    func beginAndEnd() throws {
        // Activastaat 2023 imported for 2023: the begin column (21.200 for the bus) is the start of 2023.
        let same = read(Self.example, year: 2023)
        #expect(same.problems.isEmpty)
        #expect(same.register?.opening?.assets["bedrijfsbus"]?.bookValue == 21_200)
        // No year anywhere: asked for, naming both columns.
        let undated = "Omschrijving;Aanschafdatum;Aanschafprijs;Levensduur;Boekwaarde begin;Boekwaarde einde\nBus;1-3-2021;30.000;5;21.200;16.400\n"
        let refused = read(undated)
        #expect(refused.register == nil)
        #expect(refused.problems.contains { $0.message.nl.contains("maar niet van welk jaar") && $0.message.nl.contains("--column \"Boekwaarde begin=ignore\"") })
        // Named: the begin column left out, the end one is the start of 2024.
        let named = read(undated, columns: ["Boekwaarde begin": .ignore])
        #expect(named.register?.opening?.assets["bus"]?.bookValue == 16_400)
    }

    @Test("many rows with the same description get numbered ids in one pass")
    func sameDescriptions() throws {
        let rows = (1...300).map { _ in "Stoel;1-3-2024;500;5" }.joined(separator: "\n")
        let result = read("Omschrijving;Aanschafdatum;Aanschafprijs;Levensduur\n" + rows + "\n")
        let ids = try #require(result.register?.assets.map(\.id))
        #expect(ids.count == 300 && Set(ids).count == 300)
        #expect(ids.prefix(3) == ["stoel", "stoel-2", "stoel-3"])
    }

    @Test("every row that cannot be read is reported with its number and column, and no register is made")
    func badRows() {
        let result = read("""
        Omschrijving;Aanschafdatum;Aanschafprijs;Restwaarde;Levensduur;Boekwaarde 1-1-2024
        Bus;1-3-2021;30.000,00;6.000;5;31.000,00
        Printer;31-2-2022;2.35;0;4;1.000
        Kast;2022-05-01;800;;twintig;500
        Machine;1-1-2020;5.000;0;5;
        """)
        #expect(result.register == nil)
        let found = result.problems.map { "\($0.row ?? 0) \($0.column ?? "")" }
        #expect(found.contains("2 Boekwaarde 1-1-2024"))   // above the cost (art. 3.30 lid 1)
        #expect(found.contains("3 Aanschafdatum"))         // 31 February
        #expect(found.contains("3 Aanschafprijs"))         // "2.35": € 2,35 or € 235?
        #expect(found.contains("4 Levensduur"))
        #expect(found.contains("5 Boekwaarde 1-1-2024"))   // empty for an asset from before 2024
        #expect(result.problems.count == 5)
        #expect(result.problems.first { $0.row == 2 }?.describe(file: "staat.csv", .nl).hasPrefix("staat.csv, rij 2, kolom 'Boekwaarde 1-1-2024', activum 'bus': boekwaarde € 31.000,00 is hoger") == true)
    }

    @Test("a column the importer does not know is named by a mapping; commas as separator with quoted Dutch amounts")
    func mappingAndCommas() throws {
        let text = """
        Code,Wat,Gekocht op,Prijs,Jaren,Waarde 1 jan
        M1,Machine,15-03-2022,"12.000,00",5,"7.800,00"
        """
        let unmapped = read(text)
        #expect(unmapped.register == nil)
        let mapped = read(text, columns: ["Wat": .description, "Gekocht op": .committed, "Prijs": .cost, "Jaren": .life, "Waarde 1 jan": .bookValue])
        let register = try #require(mapped.register)
        #expect(register.assets.first?.id == "M1")
        #expect(register.assets.first?.cost == 12_000)
        #expect(register.opening?.assets["M1"]?.bookValue == 7_800)
    }

    @Test("a depreciation rate gives the life when it is 100 / whole years and there is no residual value; otherwise it asks for the life")
    func rate() throws {
        let header = "Omschrijving;Aanschafdatum;Aanschafprijs;Restwaarde;Afschrijvingspercentage;Boekwaarde begin\n"
        let result = read(header + "Kast;1-1-2023;1.000;0;20%;800\n")
        #expect(result.register?.assets.first?.life == 5)
        #expect(read(header + "Kast;1-1-2023;1.000;0;15%;800\n").problems.first?.column == "Afschrijvingspercentage")
        #expect(read(header + "Kast;1-1-2023;1.000;100;20%;800\n").problems.first?.message.nl.contains("dubbelzinnig") == true)
    }

    @Test("book values with a date in the header: the end of 2023 is the start of 2024; 1-1-2023 is another year's and is read over")
    func datedBookValues() throws {
        let result = read("Omschrijving;Datum aanschaf;Aanschafwaarde;Afschr.%;Boekwaarde 1-1-2023;Boekwaarde 31-12-2023\n"
                          + "Laptop;1-2-2022;1.899,00;33,33%;1.265,99;632,99\n")
        let register = try #require(result.register, "\(result.problems)")
        #expect(register.opening?.assets["laptop"]?.bookValue == ExactDecimal("632.99"))
        #expect(register.assets.first?.life == 3)   // 33,33% is how a sheet writes three years
        #expect(result.notes.contains { $0.nl.contains("'Boekwaarde 1-1-2023' is de boekwaarde van een ander moment") })
        #expect(result.notes.contains { $0.nl.hasPrefix("geen KIA-kolom: bij 1 activum") })
    }

    @Test("an empty life is asked for, except for land")
    func emptyLife() {
        let header = "Omschrijving;Soort;Aanschafdatum;Aanschafprijs;Levensduur;Boekwaarde begin\n"
        #expect(read(header + "Kast;inventaris;1-1-2022;800;;500\n").problems.first?.column == "Levensduur")
        #expect(read(header + "Kavel;grond;1-1-2015;80.000;;80.000\n").problems.isEmpty)
    }

    @Test("an asset bought in the opening year is an investment Activa computes: its book value is not used")
    func boughtInOpeningYear() throws {
        let result = read("Omschrijving;Aanschafdatum;Aanschafprijs;Levensduur;Boekwaarde begin\nPrinter;1-2-2024;600;4;600\n")
        let register = try #require(result.register)
        #expect(register.opening?.assets.isEmpty == true)
        #expect(result.notes.contains { $0.nl.contains("rij 2") })
        #expect(try Engine().report(register).year(2024).investments == 600)
    }

    @Test("dates as Dutch sheets write them; a two-digit year is refused", arguments: [
        ("15-3-2023", "2023-03-15"), ("15-03-2023", "2023-03-15"), ("15/3/2023", "2023-03-15"), ("15.03.2023", "2023-03-15"), ("2023-03-15", "2023-03-15"),
    ])
    func dates(text: String, iso: String) {
        #expect(ActivastaatImport.day(text) == Day(iso: iso))
    }

    @Test("refused dates", arguments: ["15-3-23", "31-2-2023", "2023/15/03", "maart 2023", ""])
    func refusedDates(text: String) {
        #expect(ActivastaatImport.day(text) == nil)
    }

    @Test("no header row: the file is refused with what columns are expected")
    func noHeader() {
        let result = read("a;b;c\n1;2;3\n")
        #expect(result.problems.first?.row == nil)
        #expect(result.problems.first?.message.nl.contains("aanschafdatum") == true)
    }
}
