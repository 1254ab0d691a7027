import Activa

/// The aangifte figures of a year (`Aangifte`) as text, JSON or CSV.
public enum AangifteWriter {
    public static func label(_ item: AangifteFigure.Item, _ language: Language) -> String {
        let nl = language == .nl
        switch item {
        case .kia: return nl ? "Kleinschaligheidsinvesteringsaftrek (KIA)" : "Small-scale investment deduction (KIA)"
        case .eia: return nl ? "Energie-investeringsaftrek (EIA)" : "Energy investment deduction (EIA)"
        case .mia: return nl ? "Milieu-investeringsaftrek (MIA)" : "Environmental investment deduction (MIA)"
        case .investeringsaftrek: return nl ? "Investeringsaftrek totaal" : "Investment deduction, total"
        case .desinvesteringsbijtelling: return nl ? "Desinvesteringsbijtelling" : "Disinvestment addition (desinvesteringsbijtelling)"
        case .afschrijvingen: return nl ? "Afschrijvingen" : "Depreciation"
        case .willekeurigeAfschrijving: return nl ? "  waarvan willekeurige afschrijving" : "  of which accelerated depreciation (willekeurig)"
        case .terugname: return nl ? "Terugname willekeurige afschrijving" : "Accelerated depreciation taken back"
        case .boekwinst: return nl ? "Boekwinst (verlies negatief)" : "Gain on disposals (loss negative)"
        case .herinvesteringsreserveGevormd: return nl ? "Herinvesteringsreserve gevormd" : "Reinvestment reserve formed"
        case .herinvesteringsreserveAfgeboekt: return nl ? "Herinvesteringsreserve afgeboekt op vervangende investeringen" : "Reinvestment reserve written off replacements"
        case .herinvesteringsreserveVrijgevallen: return nl ? "Herinvesteringsreserve vrijgevallen in de winst" : "Reinvestment reserve released into profit"
        case .herinvesteringsreserveEind: return nl ? "Herinvesteringsreserve einde boekjaar" : "Reinvestment reserve at year end"
        case .foutenherstel: return nl ? "Foutenherstel (foutenleer)" : "Correction of an earlier error (foutenleer)"
        }
    }

    static func effect(_ effect: AangifteFigure.Effect, _ language: Language) -> String {
        switch effect {
        case .deduction: return language == .nl ? "verlaagt de winst" : "lowers profit"
        case .addition: return language == .nl ? "verhoogt de winst" : "raises profit"
        case .informative: return ""
        }
    }

    public static func title(_ aangifte: Aangifte, name: String?, _ language: Language) -> String {
        let nl = language == .nl
        let form = aangifte.taxpayer == .vpb ? (nl ? "Aangifte vennootschapsbelasting" : "Corporate income tax return")
                                             : (nl ? "Aangifte inkomstenbelasting, winst uit onderneming" : "Income tax return, business profit")
        return form + (name.map { " – \($0)" } ?? "") + (nl ? ", boekjaar " : ", financial year ") + "\(aangifte.year)"
            + " (\(dayText(aangifte.start, language)) – \(dayText(aangifte.end, language)))"
            + (aangifte.closed ? (nl ? " – afgesloten" : " – closed") : "")
    }

    /// A day in running text: "1 januari 2025" / "1 January 2025".
    public static func dayText(_ day: Day, _ language: Language) -> String {
        let parts = day.description.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return day.description }
        let months = language == .nl
            ? ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
            : ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return "\(parts[2]) \(months[parts[1] - 1]) \(parts[0])"
    }

    static func euros(_ amount: Money, _ language: Language) -> String {
        language == .nl ? amount.formatted(minimumFractionDigits: 0, decimalMark: ",", groupingSeparator: ".")
                        : amount.formatted(minimumFractionDigits: 0, decimalMark: ".", groupingSeparator: ",")
    }

    /// The text: the figures with where each comes from, the balance per rubriek, the partners.
    public static func text(_ aangifte: Aangifte, name: String?, _ language: Language) -> String {
        let nl = language == .nl
        var lines = [title(aangifte, name: name, language), nl ? "Bedragen in hele euro's, afgerond in uw voordeel; elk bedrag met de regels van het register waar het vandaan komt."
                                                               : "Amounts in whole euros, rounded in the taxpayer's favour; each with the register lines it comes from.", ""]
        if aangifte.linesRecomputed {
            lines.append(nl ? "Let op: de totalen zijn zoals aangegeven; de regels per activum en de balans zijn herberekend met het register zoals het nu is."
                            : "Note: the totals are as filed; the lines per asset and the balance are recomputed from the register as it is now.")
        }
        let width = aangifte.figures.map { label($0.item, language).count }.max() ?? 0
        for figure in aangifte.figures {
            let name = label(figure.item, language)
            let effectText = effect(figure.effect, language)
            lines.append(name + String(repeating: " ", count: width - name.count) + "  € " + pad(euros(figure.amount, language), 9)
                         + (effectText.isEmpty ? "" : "  (\(effectText))") + "  — " + figure.source.article
                         + (figure.source.version.map { nl ? " (tekst \($0))" : " (text \($0))" } ?? ""))
            if !figure.lines.isEmpty, figure.item != .investeringsaftrek {
                lines.append("    " + (nl ? "uit: " : "from: ") + figure.lines.map { "\($0.assetId) \(TextFormat.euro($0.amount, language))" }.joined(separator: "; "))
            }
        }
        if !aangifte.balance.isEmpty {
            lines.append("")
            lines.append(nl ? "Fiscale balans (boekwaarden)" : "Fiscal balance sheet (book values)")
            let headers = nl ? ["Rubriek", "Begin", "Investeringen", "Afschrijving", "Terugname", "Desinvestering", "Eind"]
                             : ["Category", "Opening", "Investments", "Depreciation", "Taken back", "Disposals", "Closing"]
            var rows = aangifte.balance.map { position in
                [position.category.name.text(language), euros(position.opening, language), euros(position.investments, language),
                 euros(position.depreciation, language), euros(position.terugname, language), euros(position.disposals, language),
                 euros(position.closing, language)]
            }
            func total(_ amount: (BalancePosition) -> Money) -> String { euros(aangifte.balance.reduce(Money.zero) { $0 + amount($1) }, language) }
            rows.append([nl ? "Totaal" : "Total", total(\.opening), total(\.investments), total(\.depreciation), total(\.terugname),
                         total(\.disposals), total(\.closing)])
            lines += alignedTable(headers: headers, rows: rows)
            for position in aangifte.balance {
                lines.append("  " + position.category.name.text(language) + ": "
                             + position.lines.map { "\($0.assetId) \(euros($0.opening, language)) → \(euros($0.closing, language))" }.joined(separator: "; "))
            }
        }
        if !aangifte.partners.isEmpty {
            lines.append("")
            lines.append(nl ? "Per vennoot (in de eigen aangifte van de vennoot)" : "Per partner (in the partner's own return)")
            let headers = nl ? ["Vennoot", "Aandeel", "KIA", "EIA", "MIA", "Desinvesteringsbijtelling"]
                             : ["Partner", "Share", "KIA", "EIA", "MIA", "Desinvesteringsbijtelling"]
            lines += alignedTable(headers: headers, rows: aangifte.partners.map {
                [$0.name, TextFormat.percent($0.share, language), euros($0.kia, language), euros($0.eia, language),
                 euros($0.mia, language), euros($0.desinvesteringsbijtelling, language)]
            })
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }

    public static func json(_ aangifte: Aangifte, name: String?, _ language: Language) -> JSONValue {
        let options = ReportOptions(language: language)
        return .object([
            ("year", .number(String(aangifte.year))), ("start", .string(aangifte.start.description)), ("end", .string(aangifte.end.description)),
            ("taxpayer", .string(aangifte.taxpayer.rawValue)), ("name", name.map(JSONValue.string) ?? .null),
            ("closed", .bool(aangifte.closed)), ("linesRecomputed", .bool(aangifte.linesRecomputed)),
            ("figures", .array(aangifte.figures.map { figure in
                .object([("item", .string(figure.item.rawValue)), ("label", .string(label(figure.item, language).trimmingLeadingSpaces)),
                         ("amount", .money(figure.amount)), ("exact", .money(figure.exact)), ("effect", .string(figure.effect.rawValue)),
                         ("lines", .array(figure.lines.map { .object([("id", .string($0.assetId)), ("amount", .money($0.amount))]) })),
                         ("source", JSONReportWriter.source(figure.source, options))])
            })),
            ("balance", .array(aangifte.balance.map { position in
                .object([("category", .string(position.category.rawValue)), ("label", .string(position.category.name.text(language))),
                         ("opening", .money(position.opening)), ("investments", .money(position.investments)),
                         ("depreciation", .money(position.depreciation)), ("terugname", .money(position.terugname)),
                         ("disposals", .money(position.disposals)), ("closing", .money(position.closing)),
                         ("lines", .array(position.lines.map { .object([("id", .string($0.assetId)), ("opening", .money($0.opening)), ("closing", .money($0.closing))]) }))])
            })),
            ("partners", .array(aangifte.partners.map { partner in
                .object([("name", .string(partner.name)), ("share", .number(partner.share.description)), ("kia", .money(partner.kia)),
                         ("eia", .money(partner.eia)), ("mia", .money(partner.mia)),
                         ("desinvesteringsbijtelling", .money(partner.desinvesteringsbijtelling))])
            })),
        ])
    }

    /// One row per figure and per balance rubriek, in the dialect of the language.
    public static func csv(_ aangifte: Aangifte, _ language: Language) -> String {
        let csv = CSVDialect.for(language)
        var rows = [[csv.header("Boekjaar", "year"), csv.header("Post", "item"), csv.header("Omschrijving", "label"),
                     csv.header("Bedrag", "amount"), csv.header("Exact", "exact"), csv.header("Artikel", "article"),
                     csv.header("Regels", "lines")]]
        for figure in aangifte.figures {
            rows.append([String(aangifte.year), figure.item.rawValue, label(figure.item, language).trimmingLeadingSpaces,
                         csv.amount(figure.amount), csv.amount(figure.exact), figure.source.article,
                         CSVDialect.text(figure.lines.map { "\($0.assetId) \(csv.amount($0.amount))" }.joined(separator: " | "))])
        }
        for position in aangifte.balance {
            for (key, dutch, english, amount) in [("opening", "begin", "opening", position.opening), ("closing", "eind", "closing", position.closing)] {
                rows.append([String(aangifte.year), "balance.\(position.category.rawValue).\(key)",
                             position.category.name.text(language) + " " + csv.header(dutch, english), csv.amount(amount), csv.amount(amount), "",
                             CSVDialect.text(position.lines.map { "\($0.assetId) \(csv.amount(key == "opening" ? $0.opening : $0.closing))" }.joined(separator: " | "))])
            }
        }
        return csv.document(rows)
    }
}

extension String {
    var trimmingLeadingSpaces: String { String(drop { $0 == " " }) }
}
