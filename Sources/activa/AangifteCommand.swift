import Activa
import ActivaFormats
import ArgumentParser

/// `activa aangifte FILE --year Y`: the figures of a boekjaar as they go into the aangifte, in whole euros.
struct AangifteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aangifte",
        abstract: "De cijfers van een boekjaar zoals ze in de aangifte (IB of Vpb) komen: investeringsaftrek, bijtelling, afschrijvingen, boekwinst, HIR en de balans per rubriek, in hele euro's.",
        discussion: "Voorbeeld: activa aangifte Examples/zzp-fotograaf.yaml --year 2025"
    )

    @Argument(help: "Het registerbestand (.yaml, .yml of .json).")
    var file: String

    @Option(name: .long, help: "Het boekjaar.")
    var year: Int

    @Option(name: .long, help: "text, json or csv.")
    var format: AangifteFormat = .text

    @OptionGroup var policies: PolicyOptions
    @OptionGroup var workLimit: WorkLimitOption
    @OptionGroup var language: LanguageOption

    enum AangifteFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json, csv
    }

    func run() throws {
        let lang = language.lang
        let fail = { (message: String) -> ExitCode in
            printError((lang == .nl ? "fout: " : "error: ") + message)
            return ExitCode(1)
        }
        let loaded = try loadRegister(file, language: lang)
        let register = loaded.register
        if let problem = workLimit.problem(register, file: file, lang) { throw fail(problem) }
        let engine = Engine(options: policies.engineOptions)
        var report: Report
        do {
            report = try engine.report(register, digest: RegisterDigest.of(register))
        } catch {
            for line in error.lines(file: file, lang).dropLast() { printError((lang == .nl ? "fout: " : "error: ") + line) }
            throw fail(error.lines(file: file, lang).last ?? file)
        }
        guard report.changedClosedYears.isEmpty else {
            throw fail(lang == .nl ? "\(file): het register is gewijzigd na het afsluiten en verandert aangegeven cijfers; zie `activa report \(file)`"
                                   : "\(file): the register was changed after closing and moves filed figures; see `activa report \(file)`")
        }
        report.insertReadingWarnings(loaded.warnings)
        for warning in report.warnings {
            printError((lang == .nl ? "let op: " : "warning: ") + "\(file): " + (warning.assetId.map { "\($0): " } ?? "") + warning.text.text(lang))
        }
        let aangifte = engine.aangifte(report, year: year)
        let name = register.entity.name
        let output: String
        switch format {
        case .text: output = AangifteWriter.text(aangifte, name: name, lang).visibleControls
        case .json: output = AangifteWriter.json(aangifte, name: name, lang).pretty() + "\n"
        case .csv: output = AangifteWriter.csv(aangifte, lang)
        }
        try writeOutput(output, lang)
    }
}
