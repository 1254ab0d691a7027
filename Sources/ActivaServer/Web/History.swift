import Activa
import ActivaFormats
import ActivaStore
import Foundation

/// The register's history on the page: every version with when and how it was made, what changed from the version
/// before (in words, not field names), and a button that brings an earlier version back as a new one.
enum History {
    /// The versions the register page lists (the newest).
    static let shown = 20

    /// The rows of the history table, newest first.
    static func rows(_ versions: [RegisterVersion], current: Int, registerId: String, language: Language) -> [HTML.Context] {
        versions.reversed().map { version in
            [
                "version": version.version,
                "at": when(version.at),
                "what": what(version, language),
                "assets": version.assetCount,
                "isCurrent": version.version == current,
                "hasChanges": versions.contains { $0.version == version.version - 1 },
                "current": current,
                "registerId": registerId,
            ] as HTML.Context
        }
    }

    /// `2-12-2026 12:02` in Dutch time, from the stored ISO 8601 time (UTC).
    static func when(_ at: String) -> String {
        guard let date = ISO8601DateFormatter().date(from: at) else { return at }
        let formatter = DateFormatter()
        formatter.timeZone = TimeZone(identifier: "Europe/Amsterdam")
        formatter.locale = Locale(identifier: "nl_NL")
        formatter.dateFormat = "d-M-yyyy HH:mm"
        return formatter.string(from: date)
    }

    static func what(_ version: RegisterVersion, _ language: Language) -> String {
        let nl = language == .nl
        let who = version.actor.map { nl ? " door \($0)" : " by \($0)" } ?? ""
        switch version.action {
        case "create": return (nl ? "aangemaakt" : "created") + who
        case "close": return (nl ? "jaar afgesloten" : "year closed") + who
        case "correction": return (nl ? "foutenherstel vastgelegd" : "correction recorded") + who
        case "restore": return (nl ? "versie \(version.restoredFrom ?? 0) teruggezet" : "version \(version.restoredFrom ?? 0) restored") + who
        default: return (nl ? "gewijzigd" : "changed") + who
        }
    }

    /// The page of one version's changes from the version before it.
    static func changes(_ diff: RegisterDiff, old: Register, new: Register, from: Int, to: Int, language: Language) -> HTML.Context {
        let nl = language == .nl
        // An asset by its description, with its id (what the user typed in both).
        func name(_ id: String) -> String {
            let description = (new.assets.first { $0.id == id } ?? old.assets.first { $0.id == id })?.description
            return description.map { "\($0) (\(id))" } ?? id
        }
        var lines: [String] = []
        if !diff.entityFields.isEmpty {
            lines.append((nl ? "Gegevens van de onderneming: " : "Business details: ") + diff.entityFields.map { label($0, language) }.joined(separator: ", ")
                         + (nl ? " gewijzigd" : " changed"))
        }
        for asset in diff.assets {
            switch asset.change {
            case .added: lines.append(nl ? "\(name(asset.id)): toegevoegd" : "\(name(asset.id)): added")
            case .removed: lines.append(nl ? "\(name(asset.id)): verwijderd" : "\(name(asset.id)): removed")
            case .changed:
                let parts = asset.fields.map { field -> String in
                    guard let values = asset.values.first(where: { $0.field == field }) else { return label(field, language) + (nl ? " gewijzigd" : " changed") }
                    let none = nl ? "leeg" : "empty"
                    return "\(label(field, language)) \(values.from.map { shown(field, $0, language) } ?? none) → \(values.to.map { shown(field, $0, language) } ?? none)"
                }
                lines.append("\(name(asset.id)): " + parts.joined(separator: "; "))
            }
        }
        let figures = diff.figures.map { change -> HTML.Context in
            ["year": change.year, "figure": figureLabel(change.figure, language),
             "from": HTML.euro(change.from, language), "to": HTML.euro(change.to, language)]
        }
        return [
            "from": from, "to": to,
            "lines": lines, "noLines": lines.isEmpty,
            "figures": figures.isEmpty ? false : ["rows": figures] as HTML.Context,
            "notComputed": diff.notComputed.map { (nl ? "Niet te berekenen — " : "Cannot be computed — ") + $0.text(language) },
        ]
    }

    /// A field's value the way the page writes it: amounts in euros, dates Dutch, the rest as written.
    static func shown(_ field: String, _ value: String, _ language: Language) -> String {
        if ["cost", "residual"].contains(field), let amount = ExactDecimal(parsing: value) { return HTML.euro(amount, language) }
        if ["committed", "inUse"].contains(field), let day = Day(iso: value) {
            return language == .nl ? "\(day.day)-\(day.month)-\(day.year)" : value
        }
        if field == "life" { return language == .nl ? "\(value) jaar" : "\(value) years" }
        if value == "true" { return language == .nl ? "ja" : "yes" }
        if value == "false" { return language == .nl ? "nee" : "no" }
        return value
    }

    /// A field of the register file in the page's words.
    static func label(_ field: String, _ language: Language) -> String {
        let labels: [String: (nl: String, en: String)] = [
            "name": ("naam", "name"), "taxpayer": ("IB of Vpb", "income or corporate tax"), "partners": ("vennoten", "partners"),
            "fiscalYearStart": ("begin van het boekjaar", "start of the financial year"), "firstFiscalYear": ("eerste boekjaar", "first financial year"),
            "lastFiscalYearEnd": ("staking (einde van het laatste boekjaar)", "cessation (end of the last financial year)"),
            "startersYears": ("startersjaren", "starter years"), "forgoKIA": ("afzien van KIA", "KIA not claimed"),
            "outsideInvestments": ("investeringen buiten het samenwerkingsverband", "investments outside the partnership"),
            "description": ("omschrijving", "description"), "kind": ("soort", "kind"), "committed": ("investeringsdatum", "date of investment"),
            "inUse": ("datum van ingebruikname", "date taken into use"), "cost": ("aanschafkosten", "cost"), "residual": ("restwaarde", "residual value"),
            "life": ("levensduur", "useful life"), "method": ("afschrijvingsmethode", "depreciation method"), "payments": ("betalingen", "payments"),
            "disposal": ("verkoop of onttrekking", "sale or withdrawal"), "willekeurig": ("willekeurige afschrijving", "accelerated depreciation"),
            "part": ("onderdeel van", "part of"), "decliningRate": ("degressief percentage", "declining-balance rate"),
            "willekeurigScheme": ("regeling willekeurige afschrijving", "accelerated depreciation scheme"),
            "relatedPartyOntheffing": ("ontheffing verbonden partij", "related-party exemption"), "eia": ("EIA", "EIA"), "mia": ("MIA", "MIA"), "vamil": ("Vamil", "Vamil"),
            "woz": ("WOZ-waarde", "WOZ value"), "buildingUse": ("gebruik van het gebouw", "use of the building"), "building": ("hoort bij gebouw", "belongs to building"),
            "hir": ("herinvesteringsreserve", "reinvestment reserve"), "reductions": ("subsidies en kortingen", "subsidies and discounts"),
            "changesOfUse": ("bestemmingswijzigingen", "changes of use"), "improves": ("verbetering van", "improvement of"),
            "productionCosts": ("voortbrengingskosten", "production costs"), "rentedOut": ("verhuurd", "rented out"),
            "relatedParty": ("gekocht van een verbonden partij", "bought from a related party"), "planned": ("geplande investeringen", "planned investments"),
            "notified": ("datum van melding bij RVO", "date notified to RVO"), "used": ("gebruikt gekocht", "bought used"), "diesel": ("diesel", "diesel"), "expensed": ("in één keer ten laste van de winst", "expensed at once"),
        ]
        guard let label = labels[field] else { return language == .nl ? "een ander gegeven" : "another detail" }
        return language == .nl ? label.nl : label.en
    }

    static func figureLabel(_ figure: String, _ language: Language) -> String {
        FiledFigure.label(figure).text(language)
    }
}

extension Web {
    /// The message for a change that would move a closed year's filed figures; nil when it moves none.
    static func closedYearMessage(_ report: Report, language: Language) -> String? {
        let differences = report.changedClosedYears.flatMap(\.differences)
        guard !differences.isEmpty else { return nil }
        let list = differences.map { "\($0.label.text(language)) \($0.year): \(TextFormat.euro($0.filed, language)) → \(TextFormat.euro($0.now, language))" }
            .joined(separator: "; ")
        return language == .nl
            ? "Niet opgeslagen: deze wijziging verandert cijfers van een afgesloten jaar (aangegeven → na de wijziging): \(list). Maak de wijziging ongedaan, of kies hieronder dat zij een fout herstelt."
            : "Not saved: this change moves figures of a closed year (filed → after the change): \(list). Undo the change, or choose below that it corrects an error."
    }
}
