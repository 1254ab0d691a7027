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

    @Option(name: .long, help: "Bijtelling bij een ongedaan gemaakte investering (art. 3.47 lid 2 en 6): aftrekTaken (standaard: nooit meer dan de genoten aftrek) or literal.")
    var undoneInvestment: UndoneInvestmentPolicy = .aftrekTaken

    @Option(help: "Tijdsevenredigheid van de afschrijving: monthly (standaard) or daily.")
    var proration: ProrationPolicy = .monthly

    @Option(name: .customLong("building-transition"), help: "Overgangsregeling bodemwaarde: threeBoekjaren (standaard) or none.")
    var buildingTransition: BuildingTransitionPolicy = .threeBoekjaren

    @Option(name: .customLong("future-years"), help: "Een jaar waarvan de cijfers nog niet bekend zijn: provisional (standaard: die van het laatst bekende jaar, VOORLOPIG) or error.")
    var futureYears: FutureYearsPolicy = .provisional

    @Option(name: .customLong("hir-investment"), help: "Investeringsbedrag na afboeking van een herinvesteringsreserve: netOfReserve (standaard, HR 1975) or grossCost (goedkeuring Besluit, op verzoek).")
    var hirInvestment: HIRInvestmentPolicy = .netOfReserve

    @Option(name: .customLong("threshold-disposals"), help: "Welke vervreemdingen tellen voor de drempel van de desinvesteringsbijtelling: withAftrekInWindow (standaard) or allDisposals.")
    var thresholdDisposals: ThresholdDisposalsPolicy = .withAftrekInWindow

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
        var report: Report
        do {
            var engineOptions = EngineOptions(undoneInvestment: undoneInvestment, futureYears: futureYears,
                                              proration: proration, buildingTransition: buildingTransition)
            engineOptions.reportedYears = year.map { $0...$0 }
            engineOptions.hirInvestment = hirInvestment
            engineOptions.thresholdDisposals = thresholdDisposals
            report = try Engine(options: engineOptions).report(register)
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
            throw fail(lang == .nl ? "\(file): het register is gewijzigd na het afsluiten en verandert aangegeven cijfers; maak de wijziging ongedaan (een correctie via de foutenleer kan Activa nog niet)"
                                   : "\(file): the register was changed after closing and moves filed figures; undo the change (Activa cannot yet make a correction under the foutenleer)")
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
        print(ReportWriter.write(report, options: options), terminator: "")
    }
}
