import Activa
import ActivaFormats
import ArgumentParser

/// `activa schedule`: one asset's depreciation schedule without writing a register.
struct ScheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Het afschrijvingsschema van één bedrijfsmiddel, zonder register.",
        discussion: """
        Voorbeelden (de twee voorbeelden van de Belastingdienst bij de willekeurige afschrijving 2013):
          activa schedule --cost 110 --residual 10 --life 5 --committed 2013-07-01 --in-use 2013-07-01 --willekeurig max
          activa schedule --cost 110 --residual 10 --life 5 --committed 2013-07-01 --in-use 2015-01-01 \\
                          --payment 2013-07-01=30 --payment 2014-03-01=80 --willekeurig max
        """
    )

    @Option(help: "Aanschafkosten excl. aftrekbare btw.") var cost: String
    @Option(help: "Restwaarde.") var residual: String = "0"
    @Option(help: "Levensduur in jaren.") var life: Int
    @Option(help: "Investeringsdatum (JJJJ-MM-DD).") var committed: String
    @Option(name: .customLong("in-use"), help: "Datum van ingebruikname (JJJJ-MM-DD).") var inUse: String?
    @Option(help: "max, none, or YEAR=AMOUNT (repeatable).") var willekeurig: [String] = []
    @Option(name: .customLong("scheme"), help: "Forceer een regeling: crisis2009, crisis2010, crisis2011, scheme2013, scheme2023, starters, vamil.")
    var scheme: String?
    @Option(help: "Betaling DATE=AMOUNT (herhaalbaar); zonder betalingen: betaald op de investeringsdatum.") var payment: [String] = []
    @Option(help: "Soort bedrijfsmiddel (other, van, building, goodwill, …).") var kind: String = "other"
    @Option(help: "straightLine or decliningBalance.") var method: String = "straightLine"
    @Option(name: .customLong("declining-rate"), help: "Percentage van de boekwaarde bij decliningBalance, als fractie (0.25).") var decliningRate: String?
    @Option(help: "ib or vpb.") var taxpayer: Taxpayer = .ib
    @Option(name: .customLong("starters-year"), help: "Een jaar met startersaftrek (herhaalbaar).") var startersYear: [Int] = []
    @Flag(help: "Vamil-bedrijfsmiddel (Milieulijst).") var vamil = false
    @Option(help: "Vervreemding DATE=PRICE.") var disposal: String?
    @Option(help: "monthly (standaard) or daily.") var proration: ProrationPolicy = .monthly
    @Option(help: "text or json.") var format: ReportOptions.Format = .text
    @Option(help: "exact (standaard) or aangifte.") var rounding: RoundingPolicy = .exact
    @Flag(help: "Toon per jaar de stappen en het wetsartikel.") var explain = false
    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = language.lang
        func fail(_ nl: String, _ en: String) -> ExitCode {
            printError((lang == .nl ? "fout: " : "error: ") + (lang == .nl ? nl : en))
            return ExitCode(1)
        }
        func amount(_ text: String, _ option: String) throws -> Money {
            guard let value = ExactDecimal(amount: text) else {
                throw fail("--\(option): '\(text)' is geen geldig bedrag", "--\(option): '\(text)' is not a valid amount")
            }
            return value
        }
        func day(_ text: String, _ option: String) throws -> Day {
            guard let value = Day(iso: text) else {
                throw fail("--\(option): '\(text)' is geen geldige datum (JJJJ-MM-DD)", "--\(option): '\(text)' is not a valid date (YYYY-MM-DD)")
            }
            return value
        }
        func pair(_ text: String, _ option: String) throws -> (String, Money) {
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { throw fail("--\(option): verwacht SLEUTEL=BEDRAG, kreeg '\(text)'", "--\(option): expected KEY=AMOUNT, got '\(text)'") }
            return (parts[0], try amount(parts[1], option))
        }
        guard let assetKind = AssetKind(rawValue: kind) else {
            throw fail("--kind: onbekende soort '\(kind)'", "--kind: unknown kind '\(kind)'")
        }
        var choice = WillekeurigChoice.none
        if willekeurig == ["max"] {
            choice = .maximum
        } else if !willekeurig.isEmpty, willekeurig != ["none"] {
            var amounts: [Int: Money] = [:]
            for text in willekeurig {
                let (key, value) = try pair(text, "willekeurig")
                guard let year = Int(key) else { throw fail("--willekeurig: '\(key)' is geen jaar", "--willekeurig: '\(key)' is not a year") }
                amounts[year] = value
            }
            choice = .amounts(amounts)
        }
        var depreciationMethod = DepreciationMethod.straightLine
        if method == "decliningBalance" {
            guard let rateText = decliningRate else { throw fail("--declining-rate ontbreekt", "--declining-rate is missing") }
            depreciationMethod = .decliningBalance(rate: try amount(rateText, "declining-rate"))
        } else if method != "straightLine" {
            throw fail("--method: straightLine of decliningBalance", "--method: straightLine or decliningBalance")
        }
        let forcedScheme = try scheme.map { name -> WillekeurigScheme.Identifier in
            guard let id = WillekeurigScheme.Identifier(rawValue: name) else { throw fail("--scheme: onbekende regeling '\(name)'", "--scheme: unknown scheme '\(name)'") }
            return id
        }
        let payments = try payment.map { text -> Payment in
            let (date, value) = try pair(text, "payment")
            return Payment(date: try day(date, "payment"), amount: value)
        }
        let sale = try disposal.map { text -> Disposal in
            let (date, price) = try pair(text, "disposal")
            return Disposal(date: try day(date, "disposal"), price: price)
        }
        let asset = Asset(id: "asset", kind: assetKind, committed: try day(committed, "committed"),
                          inUse: try inUse.map { try day($0, "in-use") }, cost: try amount(cost, "cost"),
                          residual: try amount(residual, "residual"), life: life, payments: payments.isEmpty ? nil : payments,
                          disposal: sale, method: depreciationMethod, willekeurig: choice, willekeurigScheme: forcedScheme,
                          vamil: vamil)
        let register = Register(entity: Entity(taxpayer: taxpayer, startersYears: Set(startersYear)), assets: [asset])
        let report: Report
        do {
            report = try Engine(options: EngineOptions(proration: proration)).report(register)
        } catch {
            throw fail(error.message(.nl), error.message(.en))
        }
        let options = ReportOptions(format: format, rounding: rounding, explain: explain, language: lang)
        try writeOutput(ScheduleWriter.write(report, assetId: "asset", options: options).visibleControls, lang)
    }
}
