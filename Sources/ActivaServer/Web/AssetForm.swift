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

    /// The form (the `asset-form` template): `values` are the fields as typed (after an error), else `asset`'s.
    static func render(registerId: String, version: Int, asset: Asset?, values: [String: String]? = nil, errors: [String] = [],
                       opening: Opening? = nil, language: Language, path: String, correctionYear: Int? = nil) -> String {
        let nl = language == .nl
        func value(_ key: String, _ fallback: String?) -> String { values?[key] ?? fallback ?? "" }
        let payments = asset?.payments?.map { "\($0.date) \($0.amount.dutchAmountText)" }.joined(separator: "\n")
        let useWords: [ChangeOfUse.Use: (nl: String, en: String)] = [.rentedOut: ("verhuurd", "rentedOut"), .abroad: ("buitenland", "abroad")]
        let changes = asset.map { $0.changesOfUse.map { "\($0.date) \(nl ? useWords[$0.to]?.nl ?? "" : useWords[$0.to]?.en ?? "") \($0.value.dutchAmountText)" }.joined(separator: "\n") }
        let reductions = asset.map { $0.reductions.map { "\($0.date) \($0.amount.dutchAmountText)" + ($0.description.map { " " + $0 } ?? "") }.joined(separator: "\n") }
        let productionCosts = asset.map { $0.productionCosts.map { "\($0.date) \($0.amount.dutchAmountText)" + ($0.description.map { " " + $0 } ?? "") }.joined(separator: "\n") }
        let kind = values?["kind"] ?? asset?.kind.rawValue ?? "other"
        let mia = values?["mia"] ?? asset?.mia?.rawValue ?? ""
        let willekeurig: String
        switch asset?.willekeurig {
        case .maximum?: willekeurig = "max"
        default: willekeurig = "none"
        }
        let chosen = values?["willekeurig"] ?? willekeurig
        func checked(_ key: String, _ flag: Bool?) -> Bool { values.map { $0[key] == "on" } ?? flag ?? false }
        let fields: HTML.Context = [
            "id": value("id", asset?.id),
            "description": value("description", asset?.description),
            "committed": value("committed", asset?.committed.description),
            "inUse": value("inUse", asset?.inUse?.description),
            "cost": value("cost", asset?.cost.dutchAmountText),
            "residual": value("residual", asset?.residual.dutchAmountText),
            "life": value("life", asset?.life.map(String.init)),
            "part": value("part", asset?.part),
            "building": value("building", asset?.building),
            "improves": value("improves", asset?.improves),
            "productionCosts": value("productionCosts", productionCosts),
            "payments": value("payments", payments),
            "reductions": value("reductions", reductions),
            "changesOfUse": value("changesOfUse", changes),
            "notified": value("notified", asset?.notified?.description),
            "hirFrom": value("hirFrom", asset?.hir?.from),
            "hirAmount": value("hirAmount", asset?.hir?.amount?.description),
            "disposalDate": value("disposalDate", asset?.disposal?.date.description),
            "disposalPrice": value("disposalPrice", asset?.disposal?.price.dutchAmountText),
        ]
        // A register that takes over an activastaat: the figures as filed at the start of its opening year.
        let figures = asset.flatMap { opening?.assets[$0.id] }
        let kiaText: String?
        switch figures?.kia {
        case .amount(let amount)?: kiaText = amount.dutchAmountText
        case .percentage(let rate)?: kiaText = TextFormat.number(rate * 100, .nl) + "%"
        case nil: kiaText = nil
        }
        let openingContext: Any = opening.map { opening -> HTML.Context in [
            "year": opening.year,
            "bookValue": value("openingBookValue", figures?.bookValue.dutchAmountText),
            "kia": value("openingKia", kiaText),
            "kiaDeferred": value("openingKiaDeferred", figures.flatMap { $0.kiaDeferred.isZero ? nil : $0.kiaDeferred.dutchAmountText }),
            "willekeurigTaken": value("openingWillekeurig", figures.flatMap { $0.willekeurigTaken.isZero ? nil : $0.willekeurigTaken.dutchAmountText }),
            "withoutWillekeurig": value("openingWithoutWillekeurig", figures?.bookValueWithoutWillekeurig?.dutchAmountText),
            "eia": value("openingEia", figures.flatMap { $0.eia.isZero ? nil : $0.eia.dutchAmountText }),
            "mia": value("openingMia", figures.flatMap { $0.mia.isZero ? nil : $0.mia.dutchAmountText }),
            "bookValue2007": value("openingBookValue2007", figures?.bookValue2007?.dutchAmountText),
        ] } ?? false
        let checkboxes: HTML.Context = [
            "eia": checked("eia", asset?.eia),
            "vamil": checked("vamil", asset?.vamil),
            "rentedOut": checked("rentedOut", asset?.rentedOut),
            "relatedParty": checked("relatedParty", asset?.relatedParty),
            "relatedPartyOntheffing": checked("relatedPartyOntheffing", asset?.relatedPartyOntheffing),
            "hirSameFunction": checked("hirSameFunction", asset?.hir?.sameFunction),
            "withdrawal": checked("withdrawal", asset?.disposal?.withdrawal),
        ]
        let context: HTML.Context = [
            "isNew": asset == nil,
            "errors": errors.isEmpty ? false : ["items": errors] as HTML.Context,
            // Offered after a refusal: the change corrects an error in a closed year (foutenleer).
            "correction": HTML.orFalse(correctionYear.map { ["year": $0, "closed": $0 - 1] as HTML.Context }),
            "registerId": registerId,
            "version": version,
            "original": asset?.id ?? "",
            "values": fields,
            "checked": checkboxes,
            "kinds": AssetKind.allCases.map { ["value": $0.rawValue, "selected": kind == $0.rawValue] as HTML.Context },
            "miaOptions": ["", "I", "II", "III"].map { ["value": $0, "label": $0.isEmpty ? "–" : $0, "selected": mia == $0] as HTML.Context },
            "willekeurigNone": chosen == "none",
            "willekeurigMax": chosen == "max",
            "opening": openingContext,
        ]
        return HTML.page("asset-form", title: nl ? "Activum" : "Asset", language: language, path: path, context)
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
        // Lines of "date amount description" (subsidies, voortbrengingskosten), each bad line named.
        func datedAmounts(_ key: String, _ what: LocalizedText) -> [DatedAmount] {
            var result: [DatedAmount] = []
            for line in (text(key) ?? "").split(whereSeparator: \.isNewline) where !line.trimmingCharacters(in: .whitespaces).isEmpty {
                let parts = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true).map(String.init)
                if parts.count >= 2, let day = Day(iso: parts[0]), let value = try? ExactDecimal.dutchAmount(parts[1]).get() {
                    result.append(DatedAmount(date: day, amount: value, description: parts.count > 2 ? parts[2] : nil))
                } else {
                    errors.append(nl ? "\(what.nl) '\(line)': verwacht 'JJJJ-MM-DD bedrag omschrijving'"
                                     : "\(what.en) '\(line)': expected 'YYYY-MM-DD amount description'")
                }
            }
            return result
        }
        let productionCosts = datedAmounts("productionCosts", LocalizedText(nl: "voortbrengingskosten", en: "production costs"))
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
        let reductions = datedAmounts("reductions", LocalizedText(nl: "subsidie of korting", en: "subsidy or discount"))
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

extension AssetForm {
    /// The figures taken over that the form gives (`openingBookValue`, …): nil when the book value is left empty
    /// (an asset Activa computes from its investment), or the problems with them.
    static func opening(from fields: [String: String], language: Language) -> Result<AssetOpening?, FormErrors> {
        let nl = language == .nl
        var errors: [String] = []
        func text(_ key: String) -> String? {
            guard let value = fields[key]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
            return value
        }
        func amount(_ key: String, _ label: LocalizedText) -> Money? {
            guard let value = text(key) else { return nil }
            switch ExactDecimal.dutchAmount(value) {
            case .success(let amount): return amount
            case .failure(let problem):
                errors.append(problem.message(field: label, text: value).text(language))
                return nil
            }
        }
        let book = amount("openingBookValue", LocalizedText(nl: "Boekwaarde begin", en: "Opening book value"))
        var kia: ReceivedAftrek?
        if let value = text("openingKia") {
            switch ReceivedAftrek.percentage(in: value) {
            case .success(let received)?: kia = received
            case .failure(let problem)?: errors.append((nl ? "KIA ontvangen: " : "KIA received: ") + problem.message.text(language))
            case nil: if let received = amount("openingKia", LocalizedText(nl: "KIA ontvangen", en: "KIA received")) { kia = .amount(received) }
            }
        }
        let deferred = amount("openingKiaDeferred", LocalizedText(nl: "KIA nog uitgesteld", en: "KIA still deferred")) ?? 0
        let willekeurig = amount("openingWillekeurig", LocalizedText(nl: "Willekeurige afschrijving al genomen", en: "Willekeurige afschrijving already taken")) ?? 0
        let withoutWillekeurig = amount("openingWithoutWillekeurig", LocalizedText(nl: "Boekwaarde zonder willekeurige afschrijving", en: "Book value without willekeurige afschrijving"))
        let eia = amount("openingEia", LocalizedText(nl: "EIA ontvangen", en: "EIA received")) ?? 0
        let mia = amount("openingMia", LocalizedText(nl: "MIA ontvangen", en: "MIA received")) ?? 0
        let bookValue2007 = amount("openingBookValue2007", LocalizedText(nl: "Boekwaarde begin 2007", en: "Book value at the start of 2007"))
        guard errors.isEmpty else { return .failure(FormErrors(messages: errors)) }
        guard let book else {
            if kia != nil || !deferred.isZero || !willekeurig.isZero || withoutWillekeurig != nil || !eia.isZero || !mia.isZero || bookValue2007 != nil {
                return .failure(FormErrors(messages: [nl ? "Boekwaarde begin: vul de boekwaarde in bij de overgenomen cijfers" : "Opening book value: fill in the book value with the figures taken over"]))
            }
            return .success(nil)
        }
        return .success(AssetOpening(bookValue: book, willekeurigTaken: willekeurig, bookValueWithoutWillekeurig: withoutWillekeurig,
                                     kia: kia, kiaDeferred: deferred, eia: eia, mia: mia, bookValue2007: bookValue2007))
    }
}

struct FormErrors: Error {
    var messages: [String]
}

import Foundation
