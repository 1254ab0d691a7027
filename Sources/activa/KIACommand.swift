import Activa
import ActivaFormats
import ArgumentParser

/// `activa kia --year 2024 455 3000`: the KIA of a year for separate investments.
struct KIACommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kia",
        abstract: "De KIA van een jaar voor losse investeringsbedragen (elk een eigen bedrijfsmiddel, elk getoetst aan € 450).",
        discussion: "Voorbeeld: activa kia --year 2024 455 3000 --format json"
    )

    @Option(name: .long, help: ArgumentHelp("Het kalenderjaar van investering (\(KIACommand.knownYears); later: voorlopig met de laatst bekende tabel)."))
    var year: Int

    @Option(name: .customLong("future-years"), help: "Een jaar zonder bekende tabel: provisional (standaard) or error.")
    var futureYears: FutureYearsPolicy = .provisional

    @Argument(help: "Investeringsbedragen excl. aftrekbare btw, bijvoorbeeld 455 3000 1250.50.")
    var amounts: [String]

    @Option(name: .long, help: "text or json.")
    var format: ReportOptions.Format = .text

    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = language.lang
        var parsed: [Money] = []
        for text in amounts {
            guard let amount = ExactDecimal(amount: text) else {
                printError(lang == .nl ? "fout: '\(text)' is geen geldig bedrag (bijvoorbeeld 455 of 1250.50)"
                                       : "error: '\(text)' is not a valid amount (for example 455 or 1250.50)")
                throw ExitCode(1)
            }
            parsed.append(amount)
        }
        let query: KIAQuery
        do {
            query = try Engine(options: EngineOptions(futureYears: futureYears)).kia(year: year, amounts: parsed)
        } catch {
            printError((lang == .nl ? "fout: " : "error: ") + error.message(lang))
            throw ExitCode(1)
        }
        switch format {
        case .json:
            try writeOutput(KIAQueryWriter.json(query, language: lang).serialized() + "\n", lang)
        case .text, .markdown, .csv:
            try writeOutput(KIAQueryWriter.text(query, language: lang), lang)
        }
    }
}

extension KIACommand {
    /// The known years, from the law's tables ("2002–2026"), for the help text.
    static var knownYears: String {
        Law.netherlands.kiaYears.map { "\($0.lowerBound)–\($0.upperBound)" } ?? ""
    }
}
