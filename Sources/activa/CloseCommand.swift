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

        Blijkt later dat een afgesloten jaar een fout bevat, verbeter dan het register en leg de wijziging vast met
        --correction: het afgesloten jaar blijft zoals aangegeven en het verschil in de boekwaarden gaat in één keer
        in de winst van het eerste open jaar (foutenherstel, foutenleer). Gebruik bij het afsluiten dezelfde keuzes
        (--proration enz.) als bij `activa report`.

        Voorbeelden:
          activa close Examples/overname-2024.yaml --year 2024
          activa close Examples/overname-2024.yaml --correction
        """
    )

    @Argument(help: "Het register (YAML of JSON).") var file: String
    @Option(help: "Het boekjaar dat is aangegeven.") var year: Int?
    @Flag(help: "De wijziging van een afgesloten jaar vastleggen als herstel van een fout, in het eerste open jaar (foutenleer).")
    var correction = false
    @Option(name: .customLong("on"), help: "De datum van afsluiten of herstel (JJJJ-MM-DD; standaard vandaag).") var on: String?
    @OptionGroup var policies: PolicyOptions
    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard (year == nil) != !correction else {
            throw ValidationError("geef --year JAAR (een jaar afsluiten) of --correction (een fout herstellen), niet allebei / give --year or --correction")
        }
    }

    func run() throws {
        let lang = language.lang
        let prefix = lang == .nl ? "fout: " : "error: "
        let loaded = try loadRegister(file, language: lang)
        let path = ClosedYearsFile.path(besides: file)
        // Closed years written in the register itself (an export of the server): close keeps its own file beside the
        // register, and a year in both places is refused on reading; so the register must not hold them.
        if !loaded.register.closedYears.isEmpty, !FileManager.default.fileExists(atPath: path) {
            printError(prefix + (lang == .nl ? "\(file): de afgesloten jaren staan in het register zelf (closedYears); activa close houdt ze bij in \(path): verplaats ze daarheen (zonder de regel closedYears in het register)"
                                             : "\(file): the closed years are in the register itself (closedYears); activa close keeps them in \(path): move them there (without the closedYears line in the register)"))
            throw ExitCode(1)
        }
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
        let engine = Engine(options: policies.engineOptions)
        do {
            if let year {
                closed = try engine.close(loaded.register, year: year, on: day, digest: RegisterDigest.fingerprint(loaded.register))
            } else {
                closed = try engine.acceptCorrection(loaded.register, on: day, digest: RegisterDigest.fingerprint(loaded.register))
            }
        } catch {
            for line in error.lines(file: file, lang) { printError(prefix + line) }
            throw ExitCode(1)
        }
        if correction, closed == loaded.register {
            printError(prefix + (lang == .nl ? "\(file): geen afgesloten jaar verandert; er is niets te herstellen"
                                             : "\(file): no closed year changes; there is nothing to correct"))
            throw ExitCode(1)
        }
        do {
            try Data(ClosedYearsFile.write(closed.closedYears, register: (file as NSString).lastPathComponent).utf8)
                .write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            printError(prefix + (lang == .nl ? "\(path): kan niet schrijven" : "\(path): cannot write"))
            throw ExitCode(1)
        }
        if let year {
            printError(lang == .nl ? "\(year) afgesloten; de aangegeven cijfers staan in \(path)" : "\(year) closed; the filed figures are in \(path)")
        } else {
            let before = Dictionary(loaded.register.closedYears.map { ($0.year, $0.correction) }, uniquingKeysWith: { first, _ in first })
            let years = closed.closedYears.filter { $0.correction != nil && before[$0.year] != $0.correction }.map { String($0.year) }
            let first = (closed.closedYears.last?.year ?? 0) + 1
            printError(lang == .nl ? "de wijziging van \(years.joined(separator: ", ")) is vastgelegd als foutenherstel in \(first); zie `activa report \(file) --year \(first) --explain`"
                                   : "the change of \(years.joined(separator: ", ")) is recorded as a foutenherstel in \(first); see `activa report \(file) --year \(first) --explain`")
        }
    }
}
