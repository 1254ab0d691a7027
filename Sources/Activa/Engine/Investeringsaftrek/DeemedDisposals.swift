/// Events art. 3.47 Wet IB 2001 treats as a disposal while the asset stays in the enterprise:
/// - lid 5: a subsidy, discount or refund ("vermindering, teruggaaf of vergoeding") received after the boekjaar of
///   investment, its amount the transfer price (one in that boekjaar lowers the investeringsbedrag instead);
/// - lid 3: a change of use at its value in the economic traffic: made available mainly to third parties (the KIA
///   exclusion of art. 3.45 lid 2 sub a: the KIA part), or to non-residents or a foreign enterprise (art. 3.45 lid 4
///   sub a: every form). The Belastingdienst lists renting out as a trigger for the KIA only.
/// Each counts toward the year's threshold and, within the five-year window, adds its bijtelling.
struct DeemedDisposal {
    enum Kind: String { case reduction, rentedOut, abroad }
    let kind: Kind
    let index: Int
    let date: Day
    /// The boekjaar it falls in.
    let year: Int
    /// The transfer price: the amount received, or the value at the change of use.
    let amount: Money
    /// The transfer price as far as the investment is not yet taken by earlier events (art. 3.47 lid 2).
    let base: Money
    var kia: Money = 0
    var eia: Money = 0
    var mia: Money = 0
    var bijtelling: Money { kia + eia + mia }
}

extension Engine {
    /// Every asset's deemed disposals that fall inside the window of an asset with aftrek, and per asset and boekjaar
    /// the explanation of each event (also of those that give nothing).
    func deemedDisposals(assets: [Asset], investmentAmounts: [Money], allocated: [Money], special: SpecialDeductions,
                         calendar: FiscalCalendar) -> (events: [DeemedDisposal], explanations: [Int: [Int: Explanation]]) {
        var events: [DeemedDisposal] = []
        var explanations: [Int: [Int: Explanation]] = [:]
        let window = law.investeringsaftrek.desinvesteringWindow
        // Most assets have neither: tested in place, before anything is bound.
        for index in assets.indices where !assets[index].reductions.isEmpty || !assets[index].changesOfUse.isEmpty {
            let investmentYear = assets[index].committed.year, boekjaar = calendar.year(of: assets[index].committed)
            let version = law.wetIBVersion(forYear: investmentYear)
            let hadAftrek = !(allocated[index] + special.eia[index] + special.mia[index]).isZero
            var candidates: [(kind: DeemedDisposal.Kind, date: Day, amount: Money, what: LocalizedText, description: String?, article: String)] = []
            for reduction in assets[index].reductions {
                let what = reduction.description.map { " (\($0))" } ?? ""
                if calendar.year(of: reduction.date) <= boekjaar {
                    explanations[index, default: [:]][boekjaar, default: Explanation()].add(.make { l in
                        l == .nl ? "vermindering\(what), \(reduction.date), \(TextFormat.euro(reduction.amount, l)), vóór of in het investeringsjaar: het investeringsbedrag is wat de ondernemer draagt"
                                 : "reduction\(what), \(reduction.date), \(TextFormat.euro(reduction.amount, l)), before or in the investment year: the investeringsbedrag is what the entrepreneur bears"
                    }, source: .wetIB("art. 3.43 lid 1", version: version))
                    continue
                }
                candidates.append((.reduction, reduction.date, reduction.amount,
                                   LocalizedText(nl: "vermindering\(what)", en: "reduction\(what)"), reduction.description, "art. 3.47 lid 5"))
            }
            // A change of use counts once: renting out again what is rented out already changes nothing.
            var changed: Set<ChangeOfUse.Use> = []
            for change in assets[index].changesOfUse.sorted(by: { $0.date < $1.date }) where changed.insert(change.to).inserted {
                let what = change.to == .rentedOut
                    ? LocalizedText(nl: "bestemming gewijzigd: hoofdzakelijk ter beschikking van derden", en: "change of use: mainly made available to third parties")
                    : LocalizedText(nl: "bestemming gewijzigd: ter beschikking van niet-inwoners of buitenlandse onderneming", en: "change of use: made available to non-residents or a foreign enterprise")
                candidates.append((change.to == .rentedOut ? .rentedOut : .abroad, change.date, change.value, what, nil, "art. 3.47 lid 3"))
            }
            // In date order, each taking at most what the investment has left (art. 3.47 lid 2).
            var used: Money = 0
            for event in candidates.sorted(by: { $0.date < $1.date }) {
                let year = calendar.year(of: event.date)
                var explanation = Explanation()
                let head = { (l: Language) in "\(event.what.text(l)), \(event.date), \(TextFormat.euro(event.amount, l))" }
                if !hadAftrek {
                    explanation.add(.make { l in
                        l == .nl ? "\(head(l)): geen investeringsaftrek genoten, geen bijtelling" : "\(head(l)): no investeringsaftrek taken, no bijtelling"
                    }, source: .wetIB(event.article, version: version))
                } else if !window.value.contains(event.date, from: Day.startOfYear(investmentYear)) {
                    explanation.add(.make { l in
                        l == .nl ? "\(head(l)): na vijf jaar, geen bijtelling" : "\(head(l)): after five years, no bijtelling"
                    }, source: law.source(window.source, forYear: investmentYear))
                } else {
                    explanation.add("desinvestering.deemedDisposal", [.text("event", event.kind.rawValue), .day("date", event.date), .amount("transferPrice", event.amount)]
                                    + (event.description.map { [.text("description", $0)] } ?? []), source: .wetIB(event.article, version: version))
                    let base = Money.max(0, Money.min(event.amount, investmentAmounts[index] - used))
                    used += base
                    events.append(DeemedDisposal(kind: event.kind, index: index, date: event.date, year: year, amount: event.amount,
                                                 base: base))
                }
                explanations[index, default: [:]][year, default: Explanation()].append(explanation)
            }
        }
        return (events, explanations)
    }

    /// The bijtelling of one deemed disposal in a year above the threshold: its amount (at most the investment) at the
    /// percentages of the aftrek taken on the asset, for the forms its kind concerns.
    func bijtelling(of event: inout DeemedDisposal, investment: Money, allocated: Money, eia: Money, mia: Money,
                    computation: KIAComputation?) -> LocalizedText {
        guard investment.isPositive else { return LocalizedText(nl: "", en: "") }
        let base = event.base
        if !allocated.isZero, let computation, !computation.total.isZero {
            event.kia = (base * computation.kia).divided(by: computation.total, scale: Engine.divisionScale, rounding: .down)
        } else if !allocated.isZero, computation == nil {
            // An asset taken over: its investment year is filed, and the percentage is that of the KIA it received.
            event.kia = (base * allocated).divided(by: investment, scale: Engine.divisionScale, rounding: .down)
        }
        if event.kind != .rentedOut {
            event.eia = (base * eia).divided(by: investment, scale: Engine.divisionScale, rounding: .down)
            event.mia = (base * mia).divided(by: investment, scale: Engine.divisionScale, rounding: .down)
        }
        let figures = event
        return .make { l in
            let e = { TextFormat.euro($0, l) }
            return l == .nl ? "bijtelling: \(e(figures.bijtelling)) (KIA \(e(figures.kia)), EIA \(e(figures.eia)), MIA \(e(figures.mia)))"
                            : "bijtelling: \(e(figures.bijtelling)) (KIA \(e(figures.kia)), EIA \(e(figures.eia)), MIA \(e(figures.mia)))"
        }
    }
}
