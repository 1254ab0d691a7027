import Activa
import ActivaFormats
import ArgumentParser
import Foundation

/// `activa import`: a spreadsheet activastaat (CSV) into a register that takes it over (issue 16).
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Een activastaat uit een spreadsheet (CSV) omzetten in een register dat vanaf een jaar verder rekent.",
        discussion: """
        De kolommen worden herkend aan hun kop (omschrijving, aanschafdatum, aanschafprijs, restwaarde, levensduur,
        boekwaarde begin, ingebruikname, soort, KIA); bedragen en datums zoals in Nederland geschreven (2.350,00; 15-3-2023).
        Een regel die niet te lezen is, wordt met rijnummer, kolom en reden gemeld; dan wordt er niets geschreven.

        Voorbeeld:
          activa import Examples/activastaat-2023.csv --year 2024 --name "Schildersbedrijf De Kwast" --output register.yaml
          activa import staat.csv --year 2024 --column "Oorspr. prijs=cost" --column "Afschr. 2023=ignore"
        Velden voor --column: \(ImportField.allCases.map(\.rawValue).joined(separator: ", ")).
        """
    )

    @Argument(help: "De CSV-file (puntkomma of komma als scheidingsteken, UTF-8 of Windows-1252).") var file: String
    @Option(help: "Het beginjaar: de boekwaarden in het bestand zijn die aan het begin van dit jaar.") var year: Int
    @Option(help: "Naam van de onderneming.") var name: String?
    @Option(help: "ib or vpb.") var taxpayer: Taxpayer = .ib
    @Option(help: "Herkomst van de cijfers (standaard: opgave vorige administratie).") var source: String?
    @Option(name: .customLong("column"), help: "Kop=veld: welke gegevens een kolom bevat (herhaalbaar).") var columns: [String] = []
    @Option(name: .shortAndLong, help: "Schrijf het register naar dit bestand (standaard: de uitvoer).") var output: String?
    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = language.lang
        let prefix = lang == .nl ? "fout: " : "error: "
        guard let data = FileManager.default.contents(atPath: file) else {
            printError(prefix + (lang == .nl ? "\(file): bestand niet gevonden of niet leesbaar" : "\(file): file not found or not readable"))
            throw ExitCode(1)
        }
        // Excel on Windows saves "CSV (gescheiden door lijstscheidingsteken)" in Windows-1252: read as such, and say so.
        var text: String
        if let utf8 = String(data: data, encoding: .utf8) {
            text = utf8
        } else if let windows = String(data: data, encoding: .windowsCP1252) {
            text = windows
            printError((lang == .nl ? "let op: \(file): geen UTF-8; gelezen als Windows-1252 (Excel)" : "warning: \(file): not UTF-8; read as Windows-1252 (Excel)"))
        } else {
            printError(prefix + (lang == .nl ? "\(file): geen tekst (UTF-8 of Windows-1252)" : "\(file): not text (UTF-8 or Windows-1252)"))
            throw ExitCode(1)
        }
        let mapping: [String: ImportField]
        switch ImportField.mapping(columns) {
        case .success(let value): mapping = value
        case .failure(let bad):
            printError(prefix + (lang == .nl ? "--column '\(bad.text)': verwacht Kop=veld, met veld een van: " : "--column '\(bad.text)': expected Header=field, with field one of: ")
                       + ImportField.UnreadableColumn.fields)
            throw ExitCode(1)
        }
        text = text.replacingOccurrences(of: "\r\n", with: "\n")
        let result = ActivastaatImport.read(text, options: .init(year: year, name: name, taxpayer: taxpayer, source: source, columns: mapping))
        for note in result.notes { printError((lang == .nl ? "let op: " : "note: ") + "\(file): " + note.text(lang)) }
        guard let register = result.register else {
            for problem in result.problems { printError(prefix + problem.describe(file: file, lang)) }
            printError(lang == .nl ? "\(result.problems.count) \(result.problems.count == 1 ? "probleem" : "problemen"); er is niets geschreven"
                                   : "\(result.problems.count) \(result.problems.count == 1 ? "problem" : "problems"); nothing was written")
            throw ExitCode(1)
        }
        let yaml = RegisterWriter.yaml(register)
        if let output {
            do {
                try Data(yaml.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                printError(prefix + (lang == .nl ? "\(output): kan niet schrijven" : "\(output): cannot write"))
                throw ExitCode(1)
            }
            printError(lang == .nl ? "\(register.assets.count) activa overgenomen per 1-1-\(year); register geschreven naar \(output)"
                                   : "\(register.assets.count) assets taken over as at \(year)-01-01; register written to \(output)")
        } else {
            FileHandle.standardOutput.write(Data(yaml.utf8))
        }
    }
}
