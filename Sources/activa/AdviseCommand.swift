import Activa
import ActivaFormats
import ArgumentParser
import Foundation

/// `activa advise FILE`: concrete, quantified advice on a register and its planned purchases.
struct AdviseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "advise",
        abstract: "Advies met bedragen: net onder € 450, een aankoop over de jaarwisseling, verkoop binnen vijf jaar, betaal- en ingebruiknametermijnen, willekeurige afschrijving.",
        discussion: "Voorbeeld: activa advise Examples/advies-zzp.yaml --as-of 2025-11-22"
    )

    @Argument(help: "Het registerbestand (.yaml, .yml of .json), met eventueel `planned:` aankopen.")
    var file: String

    @Option(name: .customLong("as-of"), help: "De datum van het advies (JJJJ-MM-DD); standaard vandaag (of ACTIVA_TODAY).")
    var asOf: String?

    @Option(help: "text or json.")
    var format: ReportOptions.Format = .text

    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = language.lang
        let loaded = try loadRegister(file, language: lang)
        let register = loaded.register
        // The advice has no warnings of its own: the file's go to standard error, as its errors do.
        for warning in loaded.warnings {
            printError((lang == .nl ? "let op: " : "warning: ") + "\(file): " + (warning.assetId.map { "\($0): " } ?? "") + warning.text.text(lang))
        }
        let today: Day
        if let asOf {
            guard let day = Day(iso: asOf) else {
                printError(lang == .nl ? "fout: --as-of: '\(asOf)' is geen geldige datum (JJJJ-MM-DD)" : "error: --as-of: '\(asOf)' is not a valid date (YYYY-MM-DD)")
                throw ExitCode(1)
            }
            today = day
        } else {
            do {
                today = try Day.fixedToday() ?? Day.inNetherlands(at: Date())
            } catch {
                printError((lang == .nl ? "fout: " : "error: ") + error.message(lang))
                throw ExitCode(1)
            }
        }
        let advice: [Advice]
        do {
            advice = try Advisor().advise(register, asOf: today)
        } catch {
            for line in error.lines(file: file, lang) { printError((lang == .nl ? "fout: " : "error: ") + line) }
            throw ExitCode(1)
        }
        // Figures taken from the latest known year (a planned purchase next year): said once, on standard error.
        if let report = try? Engine().report(register) {
            var said: Set<ProvisionalFigure> = []
            for figure in report.years.flatMap(\.provisional) where said.insert(figure).inserted {
                printError((lang == .nl ? "let op: " : "warning: ") + "\(file): " + figure.text.text(lang))
            }
        }
        if format == .json {
            print(AdviceWriter.json(advice, asOf: today, language: lang).pretty())
        } else {
            print(AdviceWriter.text(advice, asOf: today, language: lang), terminator: "")
        }
    }
}

/// Reads and validates a register file, printing every problem (file, asset, field) and exiting 1 on failure. The
/// register comes with the file's warnings, which the report shows.
func loadRegister(_ file: String, language lang: Language) throws -> RegisterWithWarnings {
    guard let data = FileManager.default.contents(atPath: file) else {
        printError((lang == .nl ? "fout: " : "error: ") + (lang == .nl ? "\(file): bestand niet gevonden of niet leesbaar" : "\(file): file not found or not readable"))
        throw ExitCode(1)
    }
    guard let text = String(data: data, encoding: .utf8) else {
        printError((lang == .nl ? "fout: " : "error: ") + (lang == .nl ? "\(file): geen UTF-8-tekst" : "\(file): not UTF-8 text"))
        throw ExitCode(1)
    }
    var loaded: RegisterWithWarnings
    do {
        loaded = try RegisterReader.readWithWarnings(text, format: .guess(path: file))
    } catch {
        for issue in error.issues { printError((lang == .nl ? "fout: " : "error: ") + issue.describe(file: file, lang)) }
        throw ExitCode(1)
    }
    // The years closed with `activa close`, kept beside the register file (FILE.closed.yaml).
    let closedFile = ClosedYearsFile.path(besides: file)
    if let data = FileManager.default.contents(atPath: closedFile) {
        guard loaded.register.closedYears.isEmpty else {
            printError((lang == .nl ? "fout: " : "error: ") + (lang == .nl ? "\(file): afgesloten jaren staan zowel in het register als in \(closedFile)"
                                                                              : "\(file): closed years are both in the register and in \(closedFile)"))
            throw ExitCode(1)
        }
        do {
            loaded.register.closedYears = try ClosedYearsFile.read(String(decoding: data, as: UTF8.self))
        } catch {
            for issue in error.issues { printError((lang == .nl ? "fout: " : "error: ") + issue.describe(file: closedFile, lang)) }
            throw ExitCode(1)
        }
        let issues = loaded.register.validationIssues().filter { $0.field.hasPrefix("closedYears") }
        guard issues.isEmpty else {
            for issue in issues { printError((lang == .nl ? "fout: " : "error: ") + issue.describe(file: closedFile, lang)) }
            throw ExitCode(1)
        }
    }
    return loaded
}
