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
        let useWords: [ChangeOfUse.Use: (nl: String, en: String)] = [.rentedOut: ("verhuurd", "rentedOut"), .abroad: ("buitenland", "abroad")]
        let changes = asset.map { $0.changesOfUse.map { "\($0.date) \(nl ? useWords[$0.to]?.nl ?? "" : useWords[$0.to]?.en ?? "") \($0.value.dutchAmountText)" }.joined(separator: "\n") }
        let reductions = asset.map { $0.reductions.map { "\($0.date) \($0.amount.dutchAmountText)" + ($0.description.map { " " + $0 } ?? "") }.joined(separator: "\n") }
        let productionCosts = asset.map { $0.productionCosts.map { "\($0.date) \($0.amount.dutchAmountText)" + ($0.description.map { " " + $0 } ?? "") }.joined(separator: "\n") }
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
        <label>\(nl ? "Investeringsdatum" : "Commitment date") <input type="date" name="committed" value="\(value("committed", asset?.committed.description))"></label>
        <label>\(nl ? "In gebruik" : "In use") <input type="date" name="inUse" value="\(value("inUse", asset?.inUse?.description))"></label>
        <label>\(nl ? "Aanschafkosten (excl. btw)" : "Cost (excl. VAT)") <input name="cost" inputmode="decimal" value="\(value("cost", asset?.cost.dutchAmountText))"></label>
        <label>\(nl ? "Restwaarde" : "Residual value") <input name="residual" inputmode="decimal" value="\(value("residual", asset?.residual.dutchAmountText))"></label>
        <label>\(nl ? "Levensduur (jaren)" : "Life (years)") <input name="life" inputmode="numeric" value="\(value("life", asset?.life.map(String.init)))"></label>
        <label>\(nl ? "Onderdeel van (part)" : "Part of (part)") <input name="part" value="\(value("part", asset?.part))"></label>
        <label>\(nl ? "Grond onder gebouw (id, alleen bij grond)" : "Land under building (id, land only)") <input name="building" value="\(value("building", asset?.building))"></label>
        <label>\(nl ? "Verbetering van (id van het bedrijfsmiddel; afgeschreven over de rest van zijn levensduur)" : "Improvement of (id of the asset; depreciated over the rest of its life)") <input name="improves" value="\(value("improves", asset?.improves))"></label>
        </fieldset>
        <fieldset><legend>\(nl ? "Zelf gemaakt: voortbrengingskosten (één per regel: datum bedrag omschrijving; dan zijn investeringsdatum en kosten niet nodig)" : "Self-made: production costs (one per line: date amount description; then commitment date and cost are not needed)")</legend>
        <textarea name="productionCosts" rows="2" placeholder="2025-02-01 4.000 materiaal">\(value("productionCosts", productionCosts))</textarea>
        </fieldset>
        <fieldset><legend>\(nl ? "Betalingen (één per regel: datum bedrag)" : "Payments (one per line: date amount)")</legend>
        <textarea name="payments" rows="3" placeholder="2024-03-01 5.000">\(value("payments", payments))</textarea>
        </fieldset>
        <fieldset><legend>\(nl ? "Subsidies, kortingen en teruggaven (één per regel: datum bedrag omschrijving)" : "Subsidies, discounts and refunds (one per line: date amount description)")</legend>
        <textarea name="reductions" rows="2" placeholder="2025-05-01 2.000 subsidie">\(value("reductions", reductions))</textarea>
        </fieldset>
        <fieldset><legend>\(nl ? "Andere bestemming (één per regel: datum verhuurd of buitenland, en de waarde dan)" : "Change of use (one per line: date rentedOut or abroad, and the value then)")</legend>
        <textarea name="changesOfUse" rows="2" placeholder="\(nl ? "2026-03-01 verhuurd 6.000" : "2026-03-01 rentedOut 6.000")">\(value("changesOfUse", changes))</textarea>
        </fieldset>
        <fieldset><legend>\(nl ? "Aftrek en afschrijving" : "Deductions and depreciation")</legend>
        <label><input type="checkbox" name="eia"\(checked("eia", asset?.eia))> EIA</label>
        <label>MIA <select name="mia">\(miaOptions)</select></label>
        <label><input type="checkbox" name="vamil"\(checked("vamil", asset?.vamil))> Vamil</label>
        <label>\(nl ? "Gemeld bij RVO" : "Notified to RVO") <input type="date" name="notified" value="\(value("notified", asset?.notified?.description))"></label>
        <label>\(nl ? "Willekeurige afschrijving" : "Willekeurige afschrijving") <select name="willekeurig"><option value="none"\(chosen == "none" ? " selected" : "")>\(nl ? "geen" : "none")</option><option value="max"\(chosen == "max" ? " selected" : "")>max</option></select></label>
        <label><input type="checkbox" name="rentedOut"\(checked("rentedOut", asset?.rentedOut))> \(nl ? "Verhuurd aan derden" : "Rented out")</label>
        <label><input type="checkbox" name="relatedParty"\(checked("relatedParty", asset?.relatedParty))> \(nl ? "Gekocht van verbonden partij" : "Bought from a related party")</label>
        <label><input type="checkbox" name="relatedPartyOntheffing"\(checked("relatedPartyOntheffing", asset?.relatedPartyOntheffing))> \(nl ? "met ontheffing van de inspecteur (telt dan toch mee)" : "with an ontheffing (then it counts)")</label>
        </fieldset>
        <fieldset><legend>\(nl ? "Herinvesteringsreserve afboeken" : "Herinvesteringsreserve written off")</legend>
        <label>\(nl ? "Uit (id van het vervreemde bedrijfsmiddel)" : "From (id of the disposed asset)") <input name="hirFrom" value="\(value("hirFrom", asset?.hir?.from))"></label>
        <label>\(nl ? "Bedrag (leeg = zoveel als mag)" : "Amount (empty = as much as allowed)") <input name="hirAmount" inputmode="decimal" value="\(value("hirAmount", asset?.hir?.amount?.description))"></label>
        <label><input type="checkbox" name="hirSameFunction"\(checked("hirSameFunction", asset?.hir?.sameFunction))> \(nl ? "Eenzelfde economische functie (art. 3.54 lid 4)" : "Same economic function (art. 3.54(4))")</label>
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
        // Voortbrengingskosten give the investment date and the cost when those are left empty (art. 3.43 lid 1).
        var productionCosts: [ProductionCost] = []
        if let lines = text("productionCosts") {
            for line in lines.split(whereSeparator: \.isNewline) where !line.trimmingCharacters(in: .whitespaces).isEmpty {
                let parts = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true).map(String.init)
                if parts.count >= 2, let day = Day(iso: parts[0]), let value = try? ExactDecimal.dutchAmount(parts[1]).get() {
                    productionCosts.append(ProductionCost(date: day, amount: value, description: parts.count > 2 ? parts[2] : nil))
                } else {
                    errors.append(nl ? "voortbrengingskosten '\(line)': verwacht 'JJJJ-MM-DD bedrag omschrijving'"
                                     : "production costs '\(line)': expected 'YYYY-MM-DD amount description'")
                }
            }
        }
        let selfMade = !productionCosts.isEmpty
        let committed = date("committed", nl ? "investeringsdatum" : "commitment date") ?? productionCosts.map(\.date).min()
        if text("committed") == nil, !selfMade { errors.append(nl ? "investeringsdatum: verplicht" : "commitment date: required") }
        let cost = amount("cost", nl ? "Aanschafkosten" : "Cost") ?? (selfMade ? productionCosts.reduce(Money.zero) { $0 + $1.amount } : nil)
        if text("cost") == nil, !selfMade { errors.append(nl ? "aanschafkosten: verplicht" : "cost: required") }
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
        var reductions: [Reduction] = []
        if let lines = text("reductions") {
            for line in lines.split(whereSeparator: \.isNewline) where !line.trimmingCharacters(in: .whitespaces).isEmpty {
                let parts = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true).map(String.init)
                if parts.count >= 2, let day = Day(iso: parts[0]), let value = try? ExactDecimal.dutchAmount(parts[1]).get() {
                    reductions.append(Reduction(date: day, amount: value, description: parts.count > 2 ? parts[2] : nil))
                } else {
                    errors.append(nl ? "subsidie of korting '\(line)': verwacht 'JJJJ-MM-DD bedrag omschrijving'"
                                     : "subsidy or discount '\(line)': expected 'YYYY-MM-DD amount description'")
                }
            }
        }
        var changesOfUse: [ChangeOfUse] = []
        if let lines = text("changesOfUse") {
            for line in lines.split(whereSeparator: \.isNewline) where !line.trimmingCharacters(in: .whitespaces).isEmpty {
                let parts = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
                let use: ChangeOfUse.Use? = parts.count == 3 ? (["verhuurd", "rentedout"].contains(parts[1].lowercased()) ? .rentedOut
                    : ["buitenland", "abroad"].contains(parts[1].lowercased()) ? .abroad : nil) : nil
                if let use, let day = Day(iso: parts[0]), let value = try? ExactDecimal.dutchAmount(parts[2]).get() {
                    changesOfUse.append(ChangeOfUse(date: day, to: use, value: value))
                } else {
                    errors.append(nl ? "andere bestemming '\(line)': verwacht 'JJJJ-MM-DD verhuurd bedrag' of 'JJJJ-MM-DD buitenland bedrag'"
                                     : "change of use '\(line)': expected 'YYYY-MM-DD rentedOut amount' or 'YYYY-MM-DD abroad amount'")
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
        // The HIR and the building of land, when the form has their fields (an older form keeps what was stored).
        var hir = original?.hir
        if fields["hirFrom"] != nil {
            let hirAmount = amount("hirAmount", nl ? "herinvesteringsreserve, bedrag" : "herinvesteringsreserve, amount")
            hir = text("hirFrom").map { HIRAfboeking(from: $0, amount: hirAmount, sameFunction: fields["hirSameFunction"] == "on") }
            if hir == nil, text("hirAmount") != nil {
                errors.append(nl ? "herinvesteringsreserve: vul in uit welk bedrijfsmiddel" : "herinvesteringsreserve: fill in from which asset")
            }
        }
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
        asset.reductions = reductions
        asset.changesOfUse = changesOfUse
        asset.eia = fields["eia"] == "on"
        asset.mia = text("mia").flatMap(MIACategory.init(rawValue:))
        asset.vamil = fields["vamil"] == "on"
        asset.notified = date("notified", nl ? "gemeld" : "notified")
        if fields["willekeurig"] == "max" { asset.willekeurig = .maximum } else if case .amounts = asset.willekeurig {} else { asset.willekeurig = .none }
        asset.rentedOut = fields["rentedOut"] == "on"
        asset.relatedParty = fields["relatedParty"] == "on"
        asset.relatedPartyOntheffing = asset.relatedParty && fields["relatedPartyOntheffing"] == "on"
        asset.disposal = disposal
        asset.hir = hir
        if fields["building"] != nil { asset.building = text("building") }
        if fields["improves"] != nil { asset.improves = text("improves") }
        if fields["productionCosts"] != nil { asset.productionCosts = productionCosts }
        guard errors.isEmpty else { return .failure(FormErrors(messages: errors)) }
        return .success(asset)
    }
}

struct FormErrors: Error {
    var messages: [String]
}

import Foundation
