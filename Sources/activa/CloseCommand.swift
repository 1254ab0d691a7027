import Activa
import ActivaFormats
import ArgumentParser
import Foundation

/// `activa close`: a boekjaar whose aangifte is filed is closed; its figures as filed are kept beside the register.
struct CloseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close",
        abstract: "Een boekjaar afsluiten: de aangegeven cijfers vastleggen, zodat ze niet meer veranderen.",
        discussion: """
        De cijfers komen in FILE.closed.yaml naast het register (het register zelf blijft zoals u het schreef).
        Daarna weigert `activa report` een register dat een afgesloten jaar anders zou berekenen, met de cijfers die
        zouden veranderen; rekent een nieuwere Activa een afgesloten jaar anders, dan blijven de aangegeven cijfers
        staan en zegt het rapport wat er verschilt.

        Voorbeeld:
          activa close Examples/overname-2024.yaml --year 2024
        """
    )

    @Argument(help: "Het register (YAML of JSON).") var file: String
    @Option(help: "Het boekjaar dat is aangegeven.") var year: Int
    @Option(name: .customLong("on"), help: "De datum van afsluiten (JJJJ-MM-DD; standaard vandaag).") var on: String?
    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = language.lang
        let prefix = lang == .nl ? "fout: " : "error: "
        let loaded = try loadRegister(file, language: lang)
        let day: Day
        if let on {
            guard let parsed = Day(iso: on) else {
                printError(prefix + (lang == .nl ? "--on: '\(on)' is geen datum (JJJJ-MM-DD)" : "--on: '\(on)' is not a date (YYYY-MM-DD)"))
                throw ExitCode(1)
            }
            day = parsed
        } else {
            day = Day.today()
        }
        let closed: Register
        do {
            closed = try Engine().close(loaded.register, year: year, on: day)
        } catch {
            for line in error.lines(file: file, lang) { printError(prefix + line) }
            throw ExitCode(1)
        }
        let path = ClosedYearsFile.path(besides: file)
        do {
            try Data(ClosedYearsFile.write(closed.closedYears, register: (file as NSString).lastPathComponent).utf8)
                .write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            printError(prefix + (lang == .nl ? "\(path): kan niet schrijven" : "\(path): cannot write"))
            throw ExitCode(1)
        }
        printError(lang == .nl ? "\(year) afgesloten; de aangegeven cijfers staan in \(path)" : "\(year) closed; the filed figures are in \(path)")
    }
}
