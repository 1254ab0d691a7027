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
        // Advice on a register that moves a filed year would rest on figures that were not filed: refused as the
        // report refuses it.
        if let report = try? Engine().report(register, digest: RegisterDigest.of(register)), !report.changedClosedYears.isEmpty {
            for difference in report.changedClosedYears.flatMap(\.differences) {
                printError((lang == .nl ? "fout: " : "error: ") + "\(file): " + difference.sentence(lang))
            }
            printError((lang == .nl ? "fout: " : "error: ") + (lang == .nl ? "\(file): het register is gewijzigd na het afsluiten; maak de wijziging ongedaan of leg haar vast met `activa close \(file) --correction`"
                                                                              : "\(file): the register was changed after closing; undo the change or record it with `activa close \(file) --correction`"))
            throw ExitCode(1)
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
            try writeOutput(AdviceWriter.json(advice, asOf: today, language: lang).pretty() + "\n", lang)
        } else {
            try writeOutput(AdviceWriter.text(advice, asOf: today, language: lang).visibleControls, lang)
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
    switch closedYears(besides: file, register: loaded.register, lang) {
    case .success(let closed?): loaded.register.closedYears = closed
    case .success(nil): break
    case .failure(let problems):
        for problem in problems.messages { printError((lang == .nl ? "fout: " : "error: ") + problem) }
        throw ExitCode(1)
    }
    return loaded
}

/// Problems with a register's closed-years file, each a whole sentence naming the file.
struct ClosedYearsProblems: Error {
    var messages: [String]
}

/// The years closed with `activa close`, kept beside the register file (FILE.closed.yaml): nil when there is no
/// such file. One reading for every command (report, advise, close, batch): a file that cannot be read, or closed
/// years both in the register and beside it, is an error, never passed over.
func closedYears(besides file: String, register: Register, _ lang: Language) -> Result<[ClosedYear]?, ClosedYearsProblems> {
    let closedFile = ClosedYearsFile.path(besides: file)
    guard let data = FileManager.default.contents(atPath: closedFile) else {
        guard FileManager.default.fileExists(atPath: closedFile) else { return .success(nil) }
        return .failure(ClosedYearsProblems(messages: [lang == .nl ? "\(closedFile): niet leesbaar" : "\(closedFile): not readable"]))
    }
    guard register.closedYears.isEmpty else {
        return .failure(ClosedYearsProblems(messages: [lang == .nl ? "\(file): afgesloten jaren staan zowel in het register als in \(closedFile)"
                                                                   : "\(file): closed years are both in the register and in \(closedFile)"]))
    }
    guard let text = String(data: data, encoding: .utf8) else {
        return .failure(ClosedYearsProblems(messages: [lang == .nl ? "\(closedFile): geen UTF-8-tekst" : "\(closedFile): not UTF-8 text"]))
    }
    let closed: [ClosedYear]
    do {
        closed = try ClosedYearsFile.read(text)
    } catch {
        return .failure(ClosedYearsProblems(messages: error.issues.map { $0.describe(file: closedFile, lang) }))
    }
    var checked = register
    checked.closedYears = closed
    let issues = checked.validationIssues().filter { $0.field.hasPrefix("closedYears") }
    guard issues.isEmpty else { return .failure(ClosedYearsProblems(messages: issues.map { $0.describe(file: closedFile, lang) })) }
    return .success(closed)
}
