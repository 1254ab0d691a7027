/// Whether one register entry counts for the KIA, and why not (art. 3.45, 3.46 Wet IB 2001).
public struct KIAEligibility: Sendable, Hashable {
    public let qualifies: Bool
    /// The amount of the business asset the entry belongs to (the sum over its `part`), tested against €450.
    public let businessAssetAmount: Money
    public let explanation: Explanation
}

extension InvesteringsaftrekRules {
    /// The KIA test of one entry of `kind`, committed in `year`. `businessAssetAmount` is the sum of the entries that
    /// form one business asset. (It takes the asset's fields, not the asset: passing an asset copies all its fields.)
    func kiaEligibility(kind: AssetKind, year: Int, rentedOut: Bool, relatedParty: Bool, ontheffing: Bool = false,
                        businessAssetAmount: Money, partCount: Int, lawVersion version: @autoclosure () -> String) -> KIAEligibility {
        var explanation = Explanation()
        var qualifies = true
        // The reason is written only when explanations are (its amounts cost more to format than to test).
        func exclude(_ text: @autoclosure () -> LocalizedText, _ source: @autoclosure () -> LegalSource) {
            qualifies = false
            explanation.add(text(), source: source())
        }
        if let (reason, article) = kindExclusion(kind, year: year) {
            exclude(reason, .wetIB(article, version: version()))
        }
        if rentedOut {
            exclude(LocalizedText(nl: "hoofdzakelijk bestemd om aan derden ter beschikking te stellen: geen KIA",
                                  en: "mainly made available to third parties: no KIA"),
                    .wetIB("art. 3.45 lid 2 sub a", version: version()))
        }
        if relatedParty, ontheffing {
            explanation.add(LocalizedText(nl: "verplichting aangegaan met een verbonden persoon, maar met ontheffing (art. 3.46 lid 2): telt mee",
                                          en: "obligation entered into with a related party, but with an ontheffing (art. 3.46(2)): counts"),
                            source: .wetIB("art. 3.46 lid 2", version: version()))
        } else if relatedParty {
            exclude(LocalizedText(nl: "verplichting aangegaan met een verbonden persoon (art. 3.46): geen investeringsaftrek",
                                  en: "obligation entered into with a related party (art. 3.46): no investeringsaftrek"),
                    .wetIB("art. 3.46 lid 1", version: version()))
        }
        let minimum = minimumPerAsset.value
        // The €450 rule in the text of the investment year: lid 1 sub a until 2013, lid 2 sub b from 2014 (written at
        // each use, inside the autoclosures: a function capturing `version` would make its context escape).
        let minimumArticle = year >= 2014 ? "art. 3.45 lid 2 sub b" : "art. 3.45 lid 1 sub a"
        let together = partCount > 1
        if businessAssetAmount < minimum {
            exclude(LocalizedText.make { l in
                let amount = TextFormat.euro(businessAssetAmount, l)
                let min = TextFormat.euro(minimum, l)
                if l == .nl {
                    return together ? "de onderdelen vormen samen één bedrijfsmiddel van \(amount): minder dan \(min), telt niet mee"
                                    : "investeringsbedrag \(amount) is minder dan \(min): telt niet mee"
                }
                return together ? "the parts together form one business asset of \(amount): less than \(min), does not count"
                                : "investment \(amount) is less than \(min): does not count"
            }, .wetIB(minimumArticle, version: version()))
        } else if qualifies {
            explanation.add(LocalizedText.make { l in
                let amount = TextFormat.euro(businessAssetAmount, l)
                let min = TextFormat.euro(minimum, l)
                if l == .nl {
                    return together ? "de onderdelen vormen samen één bedrijfsmiddel van \(amount), niet minder dan \(min): telt mee voor de KIA"
                                    : "investeringsbedrag \(amount) is niet minder dan \(min): telt mee voor de KIA"
                }
                return together ? "the parts together form one business asset of \(amount), not less than \(min): counts for the KIA"
                                : "investment \(amount) is not less than \(min): counts for the KIA"
            }, source: .wetIB(minimumArticle, version: version()))
        }
        return KIAEligibility(qualifies: qualifies, businessAssetAmount: businessAssetAmount, explanation: explanation)
    }

    /// The kinds art. 3.45 excludes from the KIA, with the article; nil when the kind may qualify.
    func kindExclusion(_ kind: AssetKind, year: Int) -> (LocalizedText, String)? {
        switch kind {
        case .other, .van, .taxi, .building, .ship, .aircraft, .motorcycle, .intangible, .publicInfrastructure:
            return nil
        case .efficientPassengerCar:
            // The zuinige-auto exception is in the 2010–2013 texts only (docs/law/kia.md §4).
            if (2010...2013).contains(year) { return nil }
            return (LocalizedText(nl: "personenauto (de uitzondering voor zuinige auto's gold alleen 2010–2013): geen KIA",
                                  en: "passenger car (the fuel-efficient car exception applied only in 2010–2013): no KIA"),
                    "art. 3.45 lid 1 sub d")
        case .passengerCar:
            return (LocalizedText(nl: "personenauto, niet voor beroepsvervoer: geen investeringsaftrek",
                                  en: "passenger car, not for professional transport: no investeringsaftrek"), "art. 3.45 lid 1 sub d")
        case .land:
            return (LocalizedText(nl: "grond: geen investeringsaftrek", en: "land: no investeringsaftrek"), "art. 3.45 lid 1 sub b")
        case .dwelling:
            return (LocalizedText(nl: "woonhuis of woonschip: geen investeringsaftrek", en: "dwelling or houseboat: no investeringsaftrek"),
                    "art. 3.45 lid 1 sub c")
        case .pleasureCraft:
            return (LocalizedText(nl: "vaartuig als bedoeld in art. 3.14 lid 1 sub b: geen investeringsaftrek",
                                  en: "vessel of art. 3.14(1)(b): no investeringsaftrek"), "art. 3.45 lid 1 sub e")
        case .goodwill:
            return (LocalizedText(nl: "goodwill: geen investeringsaftrek", en: "goodwill: no investeringsaftrek"), "art. 3.45 lid 1 sub f")
        case .securities:
            return (LocalizedText(nl: "effecten of vorderingen: geen investeringsaftrek", en: "securities or receivables: no investeringsaftrek"),
                    "art. 3.45 lid 1 sub f")
        case .permit:
            return (LocalizedText(nl: "vergunning, ontheffing of concessie: geen investeringsaftrek",
                                  en: "permit, exemption or concession: no investeringsaftrek"), "art. 3.45 lid 1 sub f")
        case .animal:
            return (LocalizedText(nl: "dieren: geen investeringsaftrek", en: "animals: no investeringsaftrek"), "art. 3.45 lid 1 sub g")
        }
    }
}
