import Activa

/// The sentences of the investeringsaftrek: the KIA table and each asset's share, the betalingscriterium, EIA and
/// MIA, partnerships, undoing and the desinvesteringsbijtelling (art. 3.40–3.47; docs/law/kia.md).
extension StepSentences {
    static let investeringsaftrek: [String: Render] = [
        "kia.atOrBelowMinimum": { f, l in
            l == .nl ? "KIA \(f.number("year")): investeringen \(f.euro("total", l)) zijn niet meer dan \(f.euro("minimum", l)): geen KIA"
                     : "KIA \(f.number("year")): investments \(f.euro("total", l)) are not more than \(f.euro("minimum", l)): no KIA"
        },
        "kia.percentageOfTotal": { f, l in
            let p = f.percent("rate", l), t = f.euro("total", l)
            return l == .nl ? "KIA \(f.number("year")): \(t) valt in de rij meer dan \(f.euro("above", l)) maar niet meer dan \(f.euro("upTo", l)): \(p) van het gehele bedrag = \(p) × \(t) = \(f.euro("kia", l))"
                            : "KIA \(f.number("year")): \(t) is in the row above \(f.euro("above", l)) up to and including \(f.euro("upTo", l)): \(p) of the whole amount = \(p) × \(t) = \(f.euro("kia", l))"
        },
        "kia.aboveLastBracket": { f, l in
            l == .nl ? "KIA \(f.number("year")): \(f.euro("total", l)) is meer dan \(f.euro("lastBound", l)): geen KIA"
                     : "KIA \(f.number("year")): \(f.euro("total", l)) is more than \(f.euro("lastBound", l)): no KIA"
        },
        "kia.percentage": { f, l in
            let p = f.percent("rate", l), t = f.euro("total", l)
            return l == .nl ? "KIA \(f.number("year")): \(t) valt in de rij meer dan \(f.euro("above", l)) maar niet meer dan \(f.euro("upTo", l)): \(p) × \(t) = \(f.euro("kia", l))"
                            : "KIA \(f.number("year")): \(t) is in the row above \(f.euro("above", l)) up to and including \(f.euro("upTo", l)): \(p) × \(t) = \(f.euro("kia", l))"
        },
        "kia.fixedAmount": { f, l in
            l == .nl ? "KIA \(f.number("year")): \(f.euro("total", l)) valt in de rij meer dan \(f.euro("above", l)) maar niet meer dan \(f.euro("upTo", l)): vast bedrag \(f.euro("fixedAmount", l))"
                     : "KIA \(f.number("year")): \(f.euro("total", l)) is in the row above \(f.euro("above", l)) up to and including \(f.euro("upTo", l)): fixed amount \(f.euro("fixedAmount", l))"
        },
        "kia.phaseOut": { f, l in
            let t = f.euro("total", l), above = f.euro("above", l), amount = f.euro("fixedAmount", l)
            let formula = "\(amount) − \(f.percent("phaseOutRate", l)) × (\(t) − \(above)) = \(amount) − \(f.euro("reduction", l)) = \(f.euro("kia", l))"
            return l == .nl ? "KIA \(f.number("year")): \(t) valt in de rij meer dan \(above) maar niet meer dan \(f.euro("upTo", l)): \(formula)"
                            : "KIA \(f.number("year")): \(t) is in the row above \(above) up to and including \(f.euro("upTo", l)): \(formula)"
        },
        "kia.aboveMaximum": { f, l in
            l == .nl ? "KIA \(f.number("year")): \(f.euro("total", l)) is meer dan \(f.euro("maximum", l)): geen KIA"
                     : "KIA \(f.number("year")): \(f.euro("total", l)) is more than \(f.euro("maximum", l)): no KIA"
        },
        "kia.forgone": { f, l in
            l == .nl ? "KIA \(f.number("year")): de ondernemer ziet af van de KIA (\(f.euro("computed", l))); af te trekken \(f.euro("kia", l))"
                     : "KIA \(f.number("year")): the entrepreneur does not claim the KIA (\(f.euro("computed", l))); deductible \(f.euro("kia", l))"
        },
        "kia.boekjaarPart": { f, l in
            let formula = "\(f.euro("kia", l)) × \(f.euro("inPart", l)) / \(f.euro("total", l)) = \(f.euro("weighted", l))"
            return l == .nl ? "gebroken boekjaar: deel \(f.day("from"))–\(f.day("to")): \(formula)"
                            : "broken financial year: part \(f.day("from"))–\(f.day("to")): \(formula)"
        },
        "kia.boekjaar": { f, l in "KIA boekjaar \(f.day("from"))–\(f.day("to")): \(f.euro("kia", l))" },
        "kia.share": { f, l in
            let formula = "\(f.euro("kia", l)) × \(f.euro("investment", l)) / \(f.euro("investments", l)) = \(f.euro("share", l))"
            return l == .nl ? "aandeel in de KIA \(f.number("year")): \(formula)" : "share of the KIA \(f.number("year")): \(formula)"
        },
        "kia.paymentRule": { f, l in
            let year = f.number("year")
            if f.text("inUse") == "yes" {
                return l == .nl ? "in gebruik in \(year): de (resterende) KIA \(f.euro("kia", l)) wordt dit jaar afgetrokken"
                                : "in use in \(year): the (remaining) KIA \(f.euro("kia", l)) is deducted this year"
            }
            var text = l == .nl
                ? "niet in gebruik eind \(year); betaald tot dan \(f.euro("paid", l)): dit jaar \(f.euro("kia", l)), nog uitgesteld \(f.euro("deferred", l))"
                : "not in use at the end of \(year); paid by then \(f.euro("paid", l)): this year \(f.euro("kia", l)), still deferred \(f.euro("deferred", l))"
            if !f.amount("lapsed").isZero {
                text += l == .nl ? "; vervallen \(f.euro("lapsed", l)) (het bedrijfsmiddel is vervreemd of de investering ongedaan gemaakt)"
                                 : "; lapsed \(f.euro("lapsed", l)) (the asset left or the investment was undone)"
            }
            return text
        },
        "kia.paymentRuleYear": { f, l in
            let year = f.number("year")
            return l == .nl ? "betalingscriterium: \(f.euro("deferred", l)) van de KIA van \(year) schuift door naar latere jaren; \(f.euro("fromEarlierYears", l)) uit eerdere jaren komt in \(year) vrij; in \(year) af te trekken: \(f.euro("kia", l))"
                            : "payment rule: \(f.euro("deferred", l)) of the \(year) KIA moves to later years; \(f.euro("fromEarlierYears", l)) from earlier years is released in \(year); deductible in \(year): \(f.euro("kia", l))"
        },
        "partner.kia": { f, l in
            let total = f.euro("partnershipTotal", l), kia = f.euro("kiaOnBase", l), share = f.percent("share", l)
            return l == .nl
                ? "vanaf 2021: grondslag \(total) (samenwerkingsverband) + \(f.euro("outside", l)) (buiten het verband) = \(f.euro("base", l)); KIA op de grondslag \(kia); aandeel uit het verband = \(kia) × \(share) × \(total) / \(f.euro("base", l))"
                : "from 2021: base \(total) (partnership) + \(f.euro("outside", l)) (outside) = \(f.euro("base", l)); KIA on the base \(kia); part from the partnership = \(kia) × \(share) × \(total) / \(f.euro("base", l))"
        },
        "eia.amount": { f, l in specialAmount("EIA", f, l) },
        "mia.amount": { f, l in specialAmount("MIA", f, l) },
        "undoing": { f, l in
            if f.text("rule") == "underpaid" {
                return l == .nl ? "niet in gebruik en tot en met \(f.day("date")) \(f.euro("paid", l)) betaald, minder dan 25% (\(f.euro("required", l))): de investering geldt als ongedaan gemaakt op \(f.day("date"))"
                                : "not in use and \(f.euro("paid", l)) paid up to and including \(f.day("date")), less than 25% (\(f.euro("required", l))): the investment is deemed undone on \(f.day("date"))"
            }
            return l == .nl ? "niet in gebruik genomen binnen drie jaar na 1 januari van het investeringsjaar (uiterlijk \(f.day("date"))): de investering geldt als ongedaan gemaakt"
                            : "not taken into use within three years after 1 January of the investment year (by \(f.day("date"))): the investment is deemed undone"
        },
        "desinvestering.provisionalThreshold": { f, l in
            l == .nl ? "VOORLOPIG: de drempel van \(f.number("year")) is nog niet bekend; die van \(f.number("fromYear")) gebruikt (\(f.euro("threshold", l)))"
                     : "PROVISIONAL: the threshold of \(f.number("year")) is not known yet; that of \(f.number("fromYear")) used (\(f.euro("threshold", l)))"
        },
        "desinvestering.aboveThreshold": { f, l in
            l == .nl ? "overdrachtsprijzen \(f.number("year")) samen \(f.euro("transferPrices", l)), meer dan \(f.euro("threshold", l)): desinvesteringsbijtelling over elke vervreemding"
                     : "transfer prices \(f.number("year")) together \(f.euro("transferPrices", l)), more than \(f.euro("threshold", l)): desinvesteringsbijtelling on every disposal"
        },
        "desinvestering.notAboveThreshold": { f, l in
            l == .nl ? "overdrachtsprijzen \(f.number("year")) samen \(f.euro("transferPrices", l)), niet meer dan \(f.euro("threshold", l)): geen desinvesteringsbijtelling"
                     : "transfer prices \(f.number("year")) together \(f.euro("transferPrices", l)), not more than \(f.euro("threshold", l)): no desinvesteringsbijtelling"
        },
        "desinvestering.bijtelling": { f, l in
            let kia = "\(f.number("investmentYear")) (\(f.euro("kia", l)) / \(f.euro("investments", l))) = \(f.euro("bijtelling", l))"
            return l == .nl ? "bijtelling = \(f.euro("base", l)) (overdrachtsprijs, ten hoogste het investeringsbedrag) × KIA-percentage \(kia)"
                            : "bijtelling = \(f.euro("base", l)) (transfer price, at most the investment) × KIA percentage \(kia)"
        },
        "desinvestering.bijtellingTakenOver": { f, l in
            let percentage = f.step["rate"] != nil ? f.percent("rate", l)
                : "\(f.euro("kia", l)) / \(f.euro("investment", l))"
            return l == .nl ? "bijtelling = \(f.euro("base", l)) (overdrachtsprijs, ten hoogste het investeringsbedrag) × het KIA-percentage van \(f.number("investmentYear")) (overgenomen: \(percentage)) = \(f.euro("bijtelling", l))"
                            : "bijtelling = \(f.euro("base", l)) (transfer price, at most the investment) × the KIA percentage of \(f.number("investmentYear")) (taken over: \(percentage)) = \(f.euro("bijtelling", l))"
        },
        "desinvestering.bijtellingEIA": { f, l in specialBijtelling("EIA", f, l) },
        "desinvestering.bijtellingMIA": { f, l in specialBijtelling("MIA", f, l) },
        "desinvestering.cappedToAftrekTaken": { f, l in
            l == .nl ? "ten hoogste de \(f.text("form")) die tot en met \(f.number("year")) is genoten: \(f.euro("taken", l))"
                     : "at most the \(f.text("form")) taken up to and including \(f.number("year")): \(f.euro("taken", l))"
        },
        "desinvestering.deemedDisposal": { f, l in
            let what: String
            switch f.text("event") {
            case "reduction":
                let description = f.step.string("description").map { " (\($0))" } ?? ""
                what = (l == .nl ? "vermindering" : "reduction") + description
            case "rentedOut":
                what = l == .nl ? "bestemming gewijzigd: hoofdzakelijk ter beschikking van derden" : "change of use: mainly made available to third parties"
            default:
                what = l == .nl ? "bestemming gewijzigd: ter beschikking van niet-inwoners of buitenlandse onderneming" : "change of use: made available to non-residents or a foreign enterprise"
            }
            return l == .nl ? "\(what), \(f.day("date")), \(f.euro("transferPrice", l)): geldt als vervreemding met dit bedrag als overdrachtsprijs"
                            : "\(what), \(f.day("date")), \(f.euro("transferPrice", l)): counts as a disposal with this amount as transfer price"
        },
        "hir.takenOver": { f, l in
            l == .nl ? "herinvesteringsreserve '\(f.text("id"))' uit \(f.number("formedYear")): \(f.euro("balance", l)) op \(f.day("date")) (overgenomen)"
                     : "herinvesteringsreserve '\(f.text("id"))' of \(f.number("formedYear")): \(f.euro("balance", l)) on \(f.day("date")) (taken over)"
        },
        "hir.released": { f, l in
            let formed = f.number("formedYear"), released = f.euro("released", l), year = f.number("year")
            if f.text("reason") == "staking" {
                return l == .nl ? "herinvesteringsreserve uit \(formed): \(released) niet gebruikt, valt vrij bij de staking in \(year)"
                                : "herinvesteringsreserve of \(formed): \(released) not used, released at the staking in \(year)"
            }
            return l == .nl ? "herinvesteringsreserve uit \(formed): \(released) niet gebruikt binnen drie jaar, valt vrij in \(year)"
                            : "herinvesteringsreserve of \(formed): \(released) not used within three years, released in \(year)"
        },
    ]

    /// EIA or MIA of one asset: rate × investment, the partners' part, pro rata to the cap (art. 3.42 lid 4, 3.42a).
    private static func specialAmount(_ name: String, _ f: Figures, _ l: Language) -> String {
        let capText = f.step["cap"] == nil ? "" : (l == .nl ? ", naar rato van het maximum \(f.euro("cap", l))" : ", pro rata to the maximum \(f.euro("cap", l))")
        var partText = ""
        if let participating = f.step.rate("participating"), participating != .one {
            partText = l == .nl ? " × \(TextFormat.percent(participating, l)) (het deel van de vennoten die niet commanditair zijn)"
                                : " × \(TextFormat.percent(participating, l)) (the part of the partners who are not limited)"
        }
        return "\(name) \(f.number("year")): \(f.percent("rate", l)) × \(f.euro("investment", l))\(partText)\(capText) = \(f.euro("amount", l))"
    }

    private static func specialBijtelling(_ name: String, _ f: Figures, _ l: Language) -> String {
        "bijtelling \(name) = \(f.euro("base", l)) × \(f.euro("aftrek", l)) / \(f.euro("investment", l)) = \(f.euro("bijtelling", l))"
    }
}
