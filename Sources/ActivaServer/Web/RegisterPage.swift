import Activa
import ActivaFormats
import ActivaStore

/// A register's page: one year's activastaat with every amount explained on click, the pictures, the assets.
enum RegisterPage {
    static func render(_ stored: StoredRegister, report: Report, year selected: Int?, language: Language, path: String,
                       canWrite: Bool, message: String? = nil) -> String {
        let nl = language == .nl
        let register = stored.register
        let name = register.entity.name ?? stored.id
        let years = report.years.map(\.year)
        let year = selected.flatMap { years.contains($0) ? $0 : nil } ?? years.last(where: { $0 <= Day.today().year }) ?? years.first
        let base = "/registers/\(stored.id)"
        let tabs = years.map { "<a class=\"tab\(year == $0 ? " active" : "")\" href=\"\(base)?year=\($0)\">\($0)</a>" }.joined(separator: " ")
        var body = "<h1>\(HTML.escape(name)) <small>\(register.entity.taxpayer.rawValue.uppercased()) · \(nl ? "versie" : "version") \(stored.version)</small></h1>"
        if let message { body += "<p class=\"error\" role=\"alert\">\(HTML.escape(message))</p>" }
        body += "<p class=\"actions\"><a href=\"/api/v1/registers/\(stored.id)/report?format=csv&amp;lang=\(language.rawValue)\" download>\(nl ? "Exporteer CSV" : "Export CSV")</a> · "
            + "<a href=\"/api/v1/registers/\(stored.id)/export?format=yaml\" download>\(nl ? "Registerbestand (YAML)" : "Register file (YAML)")</a> · "
            + "<a href=\"/api/v1/registers/\(stored.id)/export\" download>JSON</a>"
            + (canWrite ? " · <a href=\"\(base)/assets/new\">\(nl ? "Activum toevoegen" : "Add asset")</a>" : "") + "</p>"
        if !report.warnings.isEmpty {
            body += "<div class=\"warnings\"><h2>\(nl ? "Let op" : "Attention")</h2><ul>"
                + report.warnings.map { "<li>\(HTML.escape(($0.assetId.map { "\($0): " } ?? "") + $0.text.text(language)))</li>" }.joined()
                + "</ul></div>"
        }
        guard let year else {
            body += "<p>\(nl ? "Dit register heeft nog geen activa." : "This register has no assets yet.")</p>"
            return HTML.page(title: name, language: language, body: body, path: path)
        }
        let y = report.year(year)
        body += "<nav class=\"tabs\">\(tabs)</nav>"
        let isCalendarYear = y.start == Day.startOfYear(y.year) && y.end == Day.endOfYear(y.year)
        body += "<h2>\(year)\(isCalendarYear ? "" : " <small>(\(y.start) – \(y.end))</small>")\(y.provisional.isEmpty ? "" : " <small class=\"provisional\">\(nl ? "voorlopig" : "provisional")</small>")</h2>"
        if !y.provisional.isEmpty {
            body += "<p class=\"provisional\">" + y.provisional.map { HTML.escape($0.text.text(language)) }.joined(separator: "<br>") + "</p>"
        }
        body += summary(y, language: language)
        body += activastaat(y, language: language)
        body += investeringsaftrek(y, language: language)
        if !y.partners.isEmpty { body += partners(y, language: language) }
        body += "<h3>\(nl ? "Boekwaarden" : "Book values")</h3>" + Charts.bookValues(report, language: language)
        if let computation = y.kiaComputation, let table = Law.netherlands.kiaTables[y.year] {
            body += "<h3>\(nl ? "KIA-curve \(year)" : "KIA curve \(year)")</h3>" + Charts.kiaCurve(table, total: computation.total, language: language)
        }
        body += assets(stored, language: language, canWrite: canWrite)
        body += "<details class=\"policies\"><summary>\(nl ? "Keuzes waar de wet zwijgt" : "Choices where the law is silent")</summary><ul>"
            + report.policies.map { "<li><code>\($0.name) = \(HTML.escape($0.value))</code> [\($0.status.rawValue)]: \(HTML.escape($0.text.text(language)))</li>" }.joined()
            + "</ul></details>"
        return HTML.page(title: name, language: language, body: body, path: path)
    }

    static func summary(_ y: YearReport, language: Language) -> String {
        let nl = language == .nl
        var kiaExplanation = y.explanation
        kiaExplanation.append(Explanation())
        var rows: [(String, String)] = [
            (nl ? "Investeringen (KIA-grondslag)" : "Investments (KIA base)", HTML.euro(y.investments, language)),
            (nl ? "KIA af te trekken" : "KIA deductible", HTML.explained(y.kia, kiaExplanation, language)),
        ]
        if !y.eia.isZero || !y.eiaInvestments.isZero { rows.append(("EIA", HTML.euro(y.eia, language))) }
        if !y.mia.isZero || !y.miaInvestments.isZero { rows.append(("MIA", HTML.euro(y.mia, language))) }
        rows.append((nl ? "Desinvesteringsbijtelling" : "Desinvesteringsbijtelling", HTML.explained(y.desinvestering.bijtelling, y.desinvestering.explanation, language)))
        rows.append((nl ? "Afschrijving" : "Depreciation", HTML.euro(y.depreciation.depreciation, language)))
        if !y.depreciation.gain.isZero { rows.append((nl ? "Boekwinst" : "Gain", HTML.euro(y.depreciation.gain, language))) }
        if !y.depreciation.hirBalance.isZero { rows.append((nl ? "Herinvesteringsreserve" : "Herinvesteringsreserve", HTML.explained(y.depreciation.hirBalance, y.depreciation.explanation, language))) }
        rows.append((nl ? "Boekwaarde eind" : "Book value at year end", HTML.euro(y.depreciation.bookValue, language)))
        return "<table class=\"summary\" id=\"summary\">" + rows.map { "<tr><th>\(HTML.escape($0.0))</th><td class=\"num\">\($0.1)</td></tr>" }.joined() + "</table>"
    }

    static func activastaat(_ y: YearReport, language: Language) -> String {
        let nl = language == .nl
        let lines = y.assets.compactMap { asset in asset.depreciation.map { (asset, $0) } }
        guard !lines.isEmpty else { return "" }
        let header = [nl ? "Activum" : "Asset", nl ? "Begin" : "Opening", nl ? "Investering" : "Investment", nl ? "Willekeurig" : "Willekeurig",
                      nl ? "Normaal" : "Normal", nl ? "Desinvestering" : "Disposal", nl ? "Boekwinst" : "Gain", nl ? "Eind" : "Closing"]
        let rows = lines.map { asset, line in
            "<tr><td>\(HTML.escape(asset.id))</td><td class=\"num\">\(HTML.euro(line.openingBookValue, language))</td>"
                + "<td class=\"num\">\(line.investment.isZero ? "" : HTML.euro(line.investment, language))</td>"
                + "<td class=\"num\">\(line.willekeurig.isZero ? "" : HTML.explained(line.willekeurig, line.explanation, language))</td>"
                + "<td class=\"num\">\(HTML.explained(line.normal, line.explanation, language))</td>"
                + "<td class=\"num\">\(line.disposalBookValue.map { HTML.euro($0, language) } ?? "")</td>"
                + "<td class=\"num\">\(line.gain.map { HTML.explained($0, line.explanation, language) } ?? "")</td>"
                + "<td class=\"num\">\(HTML.euro(line.bookValue, language))</td></tr>"
        }.joined()
        let t = y.depreciation
        let total = "<tr class=\"total\"><th>\(nl ? "Totaal" : "Total")</th><td class=\"num\">\(HTML.euro(t.openingBookValue, language))</td><td class=\"num\">\(HTML.euro(t.investments, language))</td><td class=\"num\">\(HTML.euro(t.willekeurig, language))</td><td class=\"num\">\(HTML.euro(t.normal, language))</td><td class=\"num\">\(HTML.euro(t.disposalBookValues, language))</td><td class=\"num\">\(HTML.euro(t.gain, language))</td><td class=\"num\">\(HTML.euro(t.bookValue, language))</td></tr>"
        return "<h3>\(nl ? "Activastaat" : "Fixed-asset schedule")</h3><table class=\"grid\" id=\"activastaat\"><thead><tr>"
            + header.map { "<th>\(HTML.escape($0))</th>" }.joined() + "</tr></thead><tbody>\(rows)\(total)</tbody></table>"
    }

    static func investeringsaftrek(_ y: YearReport, language: Language) -> String {
        let nl = language == .nl
        let rows = y.assets.filter { $0.investment != nil || !$0.kia.isZero || !$0.eia.isZero || !$0.mia.isZero || $0.disposal != nil }.map { asset in
            "<tr><td>\(HTML.escape(asset.id))</td><td class=\"num\">\(asset.investment.map { HTML.euro($0, language) } ?? "")</td>"
                + "<td>\(asset.qualifies.map { $0 ? (nl ? "ja" : "yes") : (nl ? "nee" : "no") } ?? "")</td>"
                + "<td class=\"num\">\(HTML.explained(asset.kia, asset.explanation, language))</td>"
                + "<td class=\"num\">\(asset.eia.isZero ? "" : HTML.euro(asset.eia, language))\(asset.mia.isZero ? "" : HTML.euro(asset.mia, language))</td>"
                + "<td class=\"num\">\(asset.disposal.map { HTML.explained($0.bijtelling, asset.explanation, language) } ?? "")</td></tr>"
        }.joined()
        guard !rows.isEmpty else { return "" }
        return "<h3>\(nl ? "Investeringsaftrek" : "Investment deduction")</h3><table class=\"grid\" id=\"aftrek\"><thead><tr><th>\(nl ? "Activum" : "Asset")</th><th>\(nl ? "Investering" : "Investment")</th><th>\(nl ? "Telt mee" : "Counts")</th><th>KIA</th><th>EIA/MIA</th><th>\(nl ? "Bijtelling" : "Bijtelling")</th></tr></thead><tbody>\(rows)</tbody></table>"
    }

    static func partners(_ y: YearReport, language: Language) -> String {
        let nl = language == .nl
        let rows = y.partners.map { partner in
            "<tr><td>\(HTML.escape(partner.name))</td><td class=\"num\">\(HTML.escape(TextFormat.percent(partner.share, language)))</td><td class=\"num\">\(HTML.explained(partner.kia, partner.explanation, language))</td><td class=\"num\">\(HTML.euro(partner.eia + partner.mia, language))</td><td class=\"num\">\(HTML.euro(partner.desinvesteringsbijtelling, language))</td></tr>"
        }.joined()
        let partnership = "<tr class=\"partnership\"><td>\(nl ? "samenwerkingsverband" : "partnership")</td><td class=\"num\">100%</td><td class=\"num\">\(HTML.euro(y.kia, language))</td><td class=\"num\">\(HTML.euro(y.eia + y.mia, language))</td><td class=\"num\">\(HTML.euro(y.desinvestering.bijtelling, language))</td></tr>"
        return "<h3>\(nl ? "Vennoten" : "Partners")</h3><table class=\"grid\"><thead><tr><th>\(nl ? "Vennoot" : "Partner")</th><th>\(nl ? "Aandeel" : "Share")</th><th>KIA</th><th>EIA/MIA</th><th>\(nl ? "Bijtelling" : "Bijtelling")</th></tr></thead><tbody>\(partnership)\(rows)</tbody></table><p class=\"note\">\(HTML.escape(PartnersNote.text(y, language)))</p>"
    }

    static func assets(_ stored: StoredRegister, language: Language, canWrite: Bool) -> String {
        let nl = language == .nl
        let base = "/registers/\(stored.id)"
        let rows = stored.register.assets.map { asset in
            let actions = canWrite
                ? "<a href=\"\(base)/assets/\(asset.id.urlPathEncoded)/edit\">\(nl ? "wijzigen" : "edit")</a> <form method=\"post\" action=\"\(base)/assets/\(asset.id.urlPathEncoded)/delete\" class=\"inline\"><input type=\"hidden\" name=\"version\" value=\"\(stored.version)\"><button class=\"link\" type=\"submit\">\(nl ? "verwijderen" : "delete")</button></form>"
                : ""
            return "<tr><td>\(HTML.escape(asset.id))</td><td>\(HTML.escape(asset.description ?? ""))</td><td>\(asset.committed)</td><td>\(asset.inUse?.description ?? "–")</td><td class=\"num\">\(HTML.euro(asset.cost, language))</td><td>\(actions)</td></tr>"
        }.joined()
        return "<h3>\(nl ? "Activa" : "Assets")</h3><table class=\"grid\" id=\"assets\"><thead><tr><th>Id</th><th>\(nl ? "Omschrijving" : "Description")</th><th>\(nl ? "Investering" : "Committed")</th><th>\(nl ? "In gebruik" : "In use")</th><th>\(nl ? "Kosten" : "Cost")</th><th></th></tr></thead><tbody>\(rows)</tbody></table>"
    }
}

extension String {
    /// Percent-encoded for a URL path segment.
    var urlPathEncoded: String {
        addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))) ?? self
    }
}

import Foundation
