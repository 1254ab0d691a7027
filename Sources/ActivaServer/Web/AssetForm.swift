import Activa
import ActivaFormats

/// The form to add or change one asset of a register, and reading it back.
enum AssetForm {
    /// Decodes an `application/x-www-form-urlencoded` body.
    static func fields(_ body: String) -> [String: String] {
        var result: [String: String] = [:]
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard let key = parts.first?.formDecoded else { continue }
            result[key] = parts.count > 1 ? parts[1].formDecoded : ""
        }
        return result
    }

    static func render(registerId: String, version: Int, asset: Asset?, values: [String: String]? = nil, errors: [String] = [],
                       language: Language, path: String) -> String {
        let nl = language == .nl
        func value(_ key: String, _ fallback: String?) -> String { HTML.escape(values?[key] ?? fallback ?? "") }
        let payments = asset?.payments?.map { "\($0.date) \($0.amount.dutchAmountText)" }.joined(separator: "\n")
        let kinds = AssetKind.allCases.map { kind in
            "<option value=\"\(kind.rawValue)\"\((values?["kind"] ?? asset?.kind.rawValue ?? "other") == kind.rawValue ? " selected" : "")>\(kind.rawValue)</option>"
        }.joined()
        let mia = (values?["mia"] ?? asset?.mia?.rawValue ?? "")
        let miaOptions = ["", "I", "II", "III"].map { "<option value=\"\($0)\"\(mia == $0 ? " selected" : "")>\($0.isEmpty ? "–" : $0)</option>" }.joined()
        let willekeurig: String
        switch asset?.willekeurig {
        case .maximum?: willekeurig = "max"
        default: willekeurig = "none"
        }
        let chosen = values?["willekeurig"] ?? willekeurig
        func checked(_ key: String, _ flag: Bool?) -> String {
            (values.map { $0[key] == "on" } ?? flag ?? false) ? " checked" : ""
        }
        let errorList = errors.isEmpty ? "" : "<div class=\"error\" role=\"alert\"><ul>" + errors.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ul></div>"
        let body = """
        <h1>\(asset == nil ? (nl ? "Activum toevoegen" : "Add asset") : (nl ? "Activum wijzigen" : "Change asset"))</h1>
        \(errorList)
        <form method="post" action="/registers/\(registerId)/assets" class="asset-form" id="asset-form">
        <input type="hidden" name="version" value="\(version)">
        <input type="hidden" name="original" value="\(HTML.escape(asset?.id ?? ""))">
        <fieldset><legend>\(nl ? "Bedrijfsmiddel" : "Asset")</legend>
        <label>Id <input name="id" required value="\(value("id", asset?.id))"></label>
        <label>\(nl ? "Omschrijving" : "Description") <input name="description" value="\(value("description", asset?.description))"></label>
        <label>\(nl ? "Soort" : "Kind") <select name="kind">\(kinds)</select></label>
        <label>\(nl ? "Investeringsdatum" : "Commitment date") <input type="date" name="committed" required value="\(value("committed", asset?.committed.description))"></label>
        <label>\(nl ? "In gebruik" : "In use") <input type="date" name="inUse" value="\(value("inUse", asset?.inUse?.description))"></label>
        <label>\(nl ? "Aanschafkosten (excl. btw)" : "Cost (excl. VAT)") <input name="cost" required inputmode="decimal" value="\(value("cost", asset?.cost.dutchAmountText))"></label>
        <label>\(nl ? "Restwaarde" : "Residual value") <input name="residual" inputmode="decimal" value="\(value("residual", asset?.residual.dutchAmountText))"></label>
        <label>\(nl ? "Levensduur (jaren)" : "Life (years)") <input name="life" inputmode="numeric" value="\(value("life", asset?.life.map(String.init)))"></label>
        <label>\(nl ? "Onderdeel van (part)" : "Part of (part)") <input name="part" value="\(value("part", asset?.part))"></label>
        </fieldset>
        <fieldset><legend>\(nl ? "Betalingen (één per regel: datum bedrag)" : "Payments (one per line: date amount)")</legend>
        <textarea name="payments" rows="3" placeholder="2024-03-01 5.000">\(value("payments", payments))</textarea>
        </fieldset>
        <fieldset><legend>\(nl ? "Aftrek en afschrijving" : "Deductions and depreciation")</legend>
        <label><input type="checkbox" name="eia"\(checked("eia", asset?.eia))> EIA</label>
        <label>MIA <select name="mia">\(miaOptions)</select></label>
        <label><input type="checkbox" name="vamil"\(checked("vamil", asset?.vamil))> Vamil</label>
        <label>\(nl ? "Gemeld bij RVO" : "Notified to RVO") <input type="date" name="notified" value="\(value("notified", asset?.notified?.description))"></label>
        <label>\(nl ? "Willekeurige afschrijving" : "Willekeurige afschrijving") <select name="willekeurig"><option value="none"\(chosen == "none" ? " selected" : "")>\(nl ? "geen" : "none")</option><option value="max"\(chosen == "max" ? " selected" : "")>max</option></select></label>
        <label><input type="checkbox" name="rentedOut"\(checked("rentedOut", asset?.rentedOut))> \(nl ? "Verhuurd aan derden" : "Rented out")</label>
        <label><input type="checkbox" name="relatedParty"\(checked("relatedParty", asset?.relatedParty))> \(nl ? "Gekocht van verbonden partij" : "Bought from a related party")</label>
        </fieldset>
        <fieldset><legend>\(nl ? "Vervreemding" : "Disposal")</legend>
        <label>\(nl ? "Datum" : "Date") <input type="date" name="disposalDate" value="\(value("disposalDate", asset?.disposal?.date.description))"></label>
        <label>\(nl ? "Prijs of waarde" : "Price or value") <input name="disposalPrice" inputmode="decimal" value="\(value("disposalPrice", asset?.disposal?.price.dutchAmountText))"></label>
        <label><input type="checkbox" name="withdrawal"\(checked("withdrawal", asset?.disposal?.withdrawal))> \(nl ? "Onttrekking (privé)" : "Withdrawal (private)")</label>
        </fieldset>
        <button type="submit">\(nl ? "Opslaan" : "Save")</button> <a href="/registers/\(registerId)">\(nl ? "Annuleren" : "Cancel")</a>
        </form>
        """
        return HTML.page(title: nl ? "Activum" : "Asset", language: language, body: body, path: path)
    }

    /// The asset the form describes, or the problems with it (field by field, in the user's language).
    static func asset(from fields: [String: String], keeping original: Asset?, language: Language) -> Result<Asset, FormErrors> {
        let nl = language == .nl
        var errors: [String] = []
        func text(_ key: String) -> String? {
            guard let value = fields[key]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
            return value
        }
        // Amounts as Dutch people type them (2.350 / 2.350,00 / € 2.350,-); anything ambiguous is refused, naming the field.
        func amount(_ key: String, _ label: String) -> Money? {
            guard let value = text(key) else { return nil }
            switch ExactDecimal.dutchAmount(value) {
            case .success(let amount): return amount
            case .failure(.empty): return nil
            case .failure(let problem):
                errors.append(problem.message(field: LocalizedText(nl: label, en: label), text: value).text(language))
                return nil
            }
        }
        func date(_ key: String, _ label: String) -> Day? {
            guard let value = text(key) else { return nil }
            guard let day = Day(iso: value) else {
                errors.append(nl ? "\(label): '\(value)' is geen datum (JJJJ-MM-DD)" : "\(label): '\(value)' is not a date (YYYY-MM-DD)")
                return nil
            }
            return day
        }
        let id = text("id")
        if id == nil { errors.append(nl ? "id: verplicht" : "id: required") }
        let committed = date("committed", nl ? "investeringsdatum" : "commitment date")
        if text("committed") == nil { errors.append(nl ? "investeringsdatum: verplicht" : "commitment date: required") }
        let cost = amount("cost", nl ? "Aanschafkosten" : "Cost")
        if text("cost") == nil { errors.append(nl ? "aanschafkosten: verplicht" : "cost: required") }
        var life: Int?
        if let lifeText = text("life") {
            if let value = Int(lifeText), value > 0 { life = value } else { errors.append(nl ? "levensduur: een positief geheel getal" : "life: a positive whole number") }
        }
        var payments: [Payment]?
        if let lines = text("payments") {
            payments = []
            for line in lines.split(whereSeparator: \.isNewline) where !line.trimmingCharacters(in: .whitespaces).isEmpty {
                // A date, then the amount (which may have a euro sign and a space: "2024-03-01 € 5.000,-").
                let parts = line.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true).map(String.init)
                guard parts.count == 2, let day = Day(iso: parts[0]) else {
                    errors.append(nl ? "betaling '\(line)': verwacht 'JJJJ-MM-DD bedrag'" : "payment '\(line)': expected 'YYYY-MM-DD amount'")
                    continue
                }
                switch ExactDecimal.dutchAmount(parts[1]) {
                case .success(let value): payments?.append(Payment(date: day, amount: value))
                case .failure(let problem):
                    errors.append(problem.message(field: LocalizedText(nl: "Betaling \(parts[0])", en: "Payment \(parts[0])"), text: parts[1]).text(language))
                }
            }
        }
        var disposal: Disposal?
        let disposalDate = date("disposalDate", nl ? "vervreemdingsdatum" : "disposal date")
        let disposalPrice = amount("disposalPrice", nl ? "Prijs of waarde" : "Price or value")
        if let disposalDate, let disposalPrice {
            disposal = Disposal(date: disposalDate, price: disposalPrice, withdrawal: fields["withdrawal"] == "on", hir: original?.disposal?.hir ?? false)
        } else if (disposalDate == nil) != (disposalPrice == nil) {
            errors.append(nl ? "vervreemding: datum en prijs allebei invullen" : "disposal: fill in both date and price")
        }
        let kind = AssetKind(rawValue: fields["kind"] ?? "other") ?? .other
        guard errors.isEmpty, let id, let committed, let cost else { return .failure(FormErrors(messages: errors)) }
        var asset = original ?? Asset(id: id, committed: committed, cost: cost)
        asset.id = id
        asset.description = text("description")
        asset.kind = kind
        asset.committed = committed
        asset.inUse = date("inUse", nl ? "in gebruik" : "in use")
        asset.cost = cost
        asset.residual = amount("residual", nl ? "Restwaarde" : "Residual value") ?? 0
        asset.life = life
        asset.part = text("part")
        asset.payments = payments
        asset.eia = fields["eia"] == "on"
        asset.mia = text("mia").flatMap(MIACategory.init(rawValue:))
        asset.vamil = fields["vamil"] == "on"
        asset.notified = date("notified", nl ? "gemeld" : "notified")
        if fields["willekeurig"] == "max" { asset.willekeurig = .maximum } else if case .amounts = asset.willekeurig {} else { asset.willekeurig = .none }
        asset.rentedOut = fields["rentedOut"] == "on"
        asset.relatedParty = fields["relatedParty"] == "on"
        asset.disposal = disposal
        guard errors.isEmpty else { return .failure(FormErrors(messages: errors)) }
        return .success(asset)
    }
}

struct FormErrors: Error {
    var messages: [String]
}

import Foundation
