import Activa
import ActivaFormats
import ArgumentParser
import Foundation

/// `activa report FILE`: every year of a register.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Rapport per jaar van een register (YAML of JSON): investeringen, KIA, betalingscriterium, desinvesteringsbijtelling.",
        discussion: "Voorbeeld: activa report Examples/zzp-fotograaf.yaml --year 2024 --explain"
    )

    @Argument(help: "Het registerbestand (.yaml, .yml of .json).")
    var file: String

    @Option(name: .long, help: "Alleen dit jaar.")
    var year: Int?

    @Option(name: .long, help: "text, json, csv or markdown.")
    var format: ReportOptions.Format = .text

    @Option(name: .long, help: "exact (standaard) or aangifte (hele euro's in uw voordeel).")
    var rounding: RoundingPolicy = .exact

    @Flag(name: .long, help: "Toon per bedrag de stappen, de gebruikte parameters en het wetsartikel.")
    var explain = false

    @OptionGroup var policies: PolicyOptions
    @OptionGroup var workLimit: WorkLimitOption

    @OptionGroup var language: LanguageOption

    private func prefix(_ lang: Language) -> String { lang == .nl ? "fout: " : "error: " }

    func run() throws {
        let lang = language.lang
        let fail = { (message: String) -> ExitCode in
            printError((lang == .nl ? "fout: " : "error: ") + message)
            return ExitCode(1)
        }
        let loaded = try loadRegister(file, language: lang)
        let register = loaded.register
        if let problem = workLimit.problem(register, file: file, lang) { throw fail(problem) }
        var report: Report
        do {
            var engineOptions = policies.engineOptions
            engineOptions.reportedYears = year.map { $0...$0 }
            report = try Engine(options: engineOptions).report(register, digest: RegisterDigest.of(register))
        } catch {
            for line in error.lines(file: file, lang).dropLast() { printError((lang == .nl ? "fout: " : "error: ") + line) }
            throw fail(error.lines(file: file, lang).last ?? file)
        }
        // A closed year the register now computes otherwise: the change is refused, with the figures it would move.
        let changed = report.changedClosedYears
        guard changed.isEmpty else {
            for status in changed {
                for difference in status.differences {
                    printError(prefix(lang) + "\(file): " + difference.sentence(lang))
                }
            }
            throw fail(lang == .nl ? "\(file): het register is gewijzigd na het afsluiten en verandert aangegeven cijfers; maak de wijziging ongedaan, of herstelt zij een fout, leg haar dan vast met `activa close \(file) --correction`: het verschil gaat dan in het eerste open jaar (foutenleer)"
                                   : "\(file): the register was changed after closing and moves filed figures; undo the change, or if it corrects an error, record it with `activa close \(file) --correction`: the difference then goes into the first open year (foutenleer)")
        }
        report.insertReadingWarnings(loaded.warnings)
        if let year { report.years = [report.year(year)] }
        let options = ReportOptions(format: format, rounding: rounding, explain: explain, language: lang)
        // A CSV holds the table only; its warnings (VOORLOPIG figures among them) go to standard error.
        if format == .csv {
            for warning in report.warnings {
                printError((lang == .nl ? "let op: " : "warning: ") + "\(file): " + (warning.assetId.map { "\($0): " } ?? "") + warning.text.text(lang))
            }
        }
        // The text report is read in a terminal: control bytes from the input are shown, not obeyed. JSON escapes
        // them itself; CSV and Markdown go to files (a CSV's lines end in CR LF).
        let output = ReportWriter.write(report, options: options)
        try writeOutput(format == .text ? output.visibleControls : output, lang)
    }
}
