/// The checks on a taken-over activastaat that follow from the law (docs/law/opening-balance.md §3): each names the
/// asset and the field, so that a bookkeeper can correct the figure the previous administration gave.
extension Register {
    /// Closed years in order, each once, none before the opening year.
    func closedYearIssues() -> [RegisterIssue] {
        var issues: [RegisterIssue] = []
        var previous: Int?
        for (position, closed) in closedYears.enumerated() {
            if let previous, closed.year <= previous {
                issues.append(RegisterIssue(field: "closedYears[\(position)].year", problem: .rule(.make { l in
                    l == .nl ? "de afgesloten jaren staan op volgorde en elk één keer: \(closed.year) na \(previous)" : "the closed years are in order and each once: \(closed.year) after \(previous)"
                })))
            }
            if let opening, closed.year < opening.year {
                issues.append(RegisterIssue(field: "closedYears[\(position)].year", problem: .rule(.make { l in
                    l == .nl ? "\(closed.year) ligt vóór het beginjaar \(opening.year) van het register" : "\(closed.year) is before the register's opening year \(opening.year)"
                })))
            }
            previous = closed.year
        }
        return issues
    }

    func openingIssues() -> [RegisterIssue] {
        guard let opening else { return [] }
        var issues: [RegisterIssue] = []
        let calendar = entity.calendar
        let year = opening.year
        let start = calendar.start(year)
        func rule(_ id: String?, _ field: String, _ build: (Language) -> String) {
            issues.append(RegisterIssue(assetId: id, field: field, problem: .rule(.make(build))))
        }
        let euro = TextFormat.euro
        if !(2001...9999).contains(year) {
            rule(nil, "opening.year") { l in l == .nl ? "\(year) is geen boekjaar vanaf 2001 (Wet IB 2001)" : "\(year) is not a boekjaar from 2001 (Wet IB 2001)" }
            return issues
        }
        if !entity.partners.isEmpty {
            rule(nil, "opening") { l in
                l == .nl ? "een overgenomen activastaat van een samenwerkingsverband (met vennoten) kan Activa nog niet verwerken"
                         : "Activa cannot yet take over the activastaat of a samenwerkingsverband (with partners)"
            }
        }
        var ids = Set<String>()
        for index in assets.indices {
            let id = assets[index].id
            ids.insert(id)
            let committed = assets[index].committed, cost = assets[index].cost, residual = assets[index].residual
            let before = calendar.year(of: committed) < year
            if before, assets[index].improves != nil || !assets[index].productionCosts.isEmpty {
                rule(id, assets[index].improves != nil ? "improves" : "productionCosts") { l in
                    l == .nl ? "een verbetering of voortbrengingskosten van vóór het beginjaar \(year) horen bij de overgenomen boekwaarde: tel ze op bij de aanschafprijs en de boekwaarde van het bedrijfsmiddel zelf"
                             : "an improvement or production costs from before the opening year \(year) belong to the book value taken over: add them to the asset's own cost and book value"
                }
                continue
            }
            guard let figures = opening.assets[id] else {
                if before {
                    rule(id, "opening.bookValue") { l in
                        l == .nl ? "geïnvesteerd op \(committed), vóór het beginjaar \(year): geef de boekwaarde aan het begin van \(year) (\(start)) zoals die is aangegeven"
                                 : "invested on \(committed), before the opening year \(year): give the book value at the start of \(year) (\(start)) as filed"
                    }
                }
                continue
            }
            guard before else {
                rule(id, "opening") { l in
                    l == .nl ? "geïnvesteerd op \(committed), in of na het beginjaar \(year): Activa berekent dit bedrijfsmiddel zelf; laat de overgenomen cijfers (opening) weg"
                             : "invested on \(committed), in or after the opening year \(year): Activa computes this asset itself; leave out the figures taken over (opening)"
                }
                continue
            }
            if let disposal = assets[index].disposal?.date, disposal < start {
                rule(id, "disposal.date") { l in
                    l == .nl ? "vervreemd op \(disposal), vóór het beginjaar \(year): het staat niet meer op de activastaat; haal het uit het register"
                             : "disposed of on \(disposal), before the opening year \(year): it is no longer on the activastaat; remove it from the register"
                }
            }
            if assets[index].hir != nil {
                rule(id, "hir") { l in
                    l == .nl ? "de afboeking van een herinvesteringsreserve vóór het beginjaar zit al in de overgenomen cijfers: geef als aanschafprijs (cost) de prijs na afboeking en laat hir weg"
                             : "a herinvesteringsreserve written off before the opening year is already in the figures taken over: give the cost after the write-off and leave out hir"
                }
            }
            for (position, reduction) in assets[index].reductions.enumerated() where reduction.date < start {
                rule(id, "reductions[\(position)].date") { l in
                    l == .nl ? "\(reduction.date) ligt vóór het beginjaar \(year): al verwerkt in de overgenomen cijfers; haal het weg"
                             : "\(reduction.date) is before the opening year \(year): already in the figures taken over; remove it"
                }
            }
            for (position, change) in assets[index].changesOfUse.enumerated() where change.date < start {
                rule(id, "changesOfUse[\(position)].date") { l in
                    l == .nl ? "\(change.date) ligt vóór het beginjaar \(year): al verwerkt in de overgenomen cijfers; haal het weg"
                             : "\(change.date) is before the opening year \(year): already in the figures taken over; remove it"
                }
            }
            if case .amounts(let amounts) = assets[index].willekeurig {
                for chosen in amounts.keys.sorted() where chosen < year {
                    rule(id, "willekeurig.\(chosen)") { l in
                        l == .nl ? "\(chosen) ligt vóór het beginjaar \(year): wat toen is genomen, hoort in opening.willekeurigTaken"
                                 : "\(chosen) is before the opening year \(year): what was taken then belongs in opening.willekeurigTaken"
                    }
                }
            }
            let amounts: [(String, Money?)] = [("bookValue", figures.bookValue), ("willekeurigTaken", figures.willekeurigTaken),
                                               ("bookValueWithoutWillekeurig", figures.bookValueWithoutWillekeurig),
                                               ("kiaDeferred", figures.kiaDeferred), ("eia", figures.eia), ("mia", figures.mia),
                                               ("bookValue2007", figures.bookValue2007)]
            var negative = false
            for (field, amount) in amounts where amount?.isNegative == true {
                issues.append(RegisterIssue(assetId: id, field: "opening." + field, problem: .negative))
                negative = true
            }
            if case .amount(let kia)? = figures.kia, kia.isNegative {
                issues.append(RegisterIssue(assetId: id, field: "opening.kia", problem: .negative))
                negative = true
            }
            guard !negative else { continue }
            let book = figures.bookValue
            if book > cost {
                rule(id, "opening.bookValue") { l in
                    l == .nl ? "boekwaarde \(euro(book, l)) is hoger dan de aanschafprijs \(euro(cost, l)) (cost): fiscaal wordt niet opgewaardeerd (art. 3.30 lid 1)"
                             : "book value \(euro(book, l)) is higher than the cost \(euro(cost, l)): there is no upward revaluation for tax (art. 3.30(1))"
                }
            } else if book < residual {
                rule(id, "opening.bookValue") { l in
                    l == .nl ? "boekwaarde \(euro(book, l)) is lager dan de restwaarde \(euro(residual, l)) (residual): pas de restwaarde aan als die lager is"
                             : "book value \(euro(book, l)) is lower than the residual value \(euro(residual, l)): lower the residual value if it is lower"
                }
            }
            let kind = assets[index].kind
            if kind == .land || kind == .securities, book != cost {
                rule(id, "opening.bookValue") { l in
                    l == .nl ? "grond en effecten worden niet afgeschreven: de boekwaarde is de aanschafprijs \(euro(cost, l))"
                             : "land and securities are not depreciated: the book value is the cost \(euro(cost, l))"
                }
            }
            let taken = figures.willekeurigTaken
            if taken > cost - residual {
                rule(id, "opening.willekeurigTaken") { l in
                    l == .nl ? "\(euro(taken, l)) is meer dan de aanschafprijs min de restwaarde \(euro(cost - residual, l))"
                             : "\(euro(taken, l)) is more than the cost less the residual value \(euro(cost - residual, l))"
                }
            }
            if let shadow = figures.bookValueWithoutWillekeurig {
                if shadow < book {
                    rule(id, "opening.bookValueWithoutWillekeurig") { l in
                        l == .nl ? "\(euro(shadow, l)) is lager dan de boekwaarde \(euro(book, l)): zonder willekeurige afschrijving is de boekwaarde nooit lager"
                                 : "\(euro(shadow, l)) is lower than the book value \(euro(book, l)): without willekeurige afschrijving the book value is never lower"
                    }
                } else if shadow > cost {
                    rule(id, "opening.bookValueWithoutWillekeurig") { l in
                        l == .nl ? "\(euro(shadow, l)) is hoger dan de aanschafprijs \(euro(cost, l))" : "\(euro(shadow, l)) is higher than the cost \(euro(cost, l))"
                    }
                } else if taken.isZero, shadow != book {
                    rule(id, "opening.bookValueWithoutWillekeurig") { l in
                        l == .nl ? "verschilt van de boekwaarde, maar er is geen willekeurige afschrijving genomen (opening.willekeurigTaken)"
                                 : "differs from the book value, but no willekeurige afschrijving was taken (opening.willekeurigTaken)"
                    }
                }
            }
            let inUseBefore = assets[index].inUse.map { $0 < start } ?? false
            if !inUseBefore, kind != .land, kind != .securities, book != cost - taken {
                rule(id, "opening.bookValue") { l in
                    l == .nl ? "nog niet in gebruik aan het begin van \(year): zonder normale afschrijving is de boekwaarde de aanschafprijs min de willekeurige afschrijving, \(euro(cost - taken, l)) (art. 3.30 lid 1)"
                             : "not yet in use at the start of \(year): without normal depreciation the book value is the cost less the willekeurige afschrijving, \(euro(cost - taken, l)) (art. 3.30(1))"
                }
            }
            // The window of art. 3.47 lid 2: "binnen vijf jaar na het begin van het kalenderjaar" of the investment.
            let investmentYear = committed.year
            let windowEnd = investmentYear + 4
            let aftrek = figures.kia.map { $0.amount(of: cost) } ?? 0
            for (field, amount) in [("kia", aftrek), ("eia", figures.eia), ("mia", figures.mia)] where amount.isPositive {
                if windowEnd < year {
                    rule(id, "opening." + field) { l in
                        l == .nl ? "de vijf jaar van de desinvesteringsbijtelling voor een investering uit \(investmentYear) zijn op 31-12-\(windowEnd) geëindigd (art. 3.47 lid 2): deze aftrek is niet meer nodig"
                                 : "the five years of the desinvesteringsbijtelling for an investment of \(investmentYear) ended on \(windowEnd)-12-31 (art. 3.47(2)): this aftrek is no longer needed"
                    }
                } else if amount > cost {
                    rule(id, "opening." + field) { l in
                        l == .nl ? "\(euro(amount, l)) is meer dan de aanschafprijs \(euro(cost, l))" : "\(euro(amount, l)) is more than the cost \(euro(cost, l))"
                    }
                }
            }
            let deferred = figures.kiaDeferred
            if deferred.isPositive {
                if figures.kia == nil {
                    rule(id, "opening.kiaDeferred") { l in
                        l == .nl ? "uitgestelde KIA zonder de KIA van het bedrijfsmiddel (opening.kia)" : "deferred KIA without the asset's KIA (opening.kia)"
                    }
                } else if deferred > aftrek {
                    rule(id, "opening.kiaDeferred") { l in
                        l == .nl ? "\(euro(deferred, l)) uitgesteld is meer dan de KIA \(euro(aftrek, l))" : "\(euro(deferred, l)) deferred is more than the KIA \(euro(aftrek, l))"
                    }
                } else if inUseBefore {
                    rule(id, "opening.kiaDeferred") { l in
                        l == .nl ? "in gebruik vóór \(start): uitgestelde KIA is in het jaar van ingebruikname al helemaal afgetrokken (art. 3.44 lid 1)"
                                 : "in use before \(start): deferred KIA was deducted in full in the year of ingebruikname (art. 3.44(1))"
                    }
                }
            }
            if figures.bookValue2007 != nil, committed >= Day.startOfYear(2007) {
                rule(id, "opening.bookValue2007") { l in
                    l == .nl ? "alleen voor een bedrijfsmiddel van vóór 2007 (overgangsrecht, art. 10a.3)" : "only for an asset from before 2007 (transitional rule, art. 10a.3)"
                }
            }
        }
        for id in opening.assets.keys.sorted() where !ids.contains(id) {
            rule(id, "opening") { l in l == .nl ? "er is geen activum met deze id in het register" : "there is no asset with this id in the register" }
        }
        var reserveIds = Set<String>()
        for (position, reserve) in opening.reserves.enumerated() {
            let field = "opening.reserves[\(position)]"
            if ids.contains(reserve.id) || !reserveIds.insert(reserve.id).inserted {
                issues.append(RegisterIssue(field: field + ".id", problem: .duplicateId))
            }
            if reserve.amount.isNegative { issues.append(RegisterIssue(field: field + ".amount", problem: .negative)) }
            if reserve.soldBookValue.isNegative { issues.append(RegisterIssue(field: field + ".soldBookValue", problem: .negative)) }
            let formed = reserve.formedYear
            if formed >= year {
                rule(nil, field + ".formed") { l in
                    l == .nl ? "een overgenomen reserve is gevormd vóór het beginjaar \(year), niet in \(formed)" : "a reserve taken over was formed before the opening year \(year), not in \(formed)"
                }
            } else if formed + 3 < year {
                rule(nil, field + ".formed") { l in
                    l == .nl ? "een reserve uit \(formed) valt uiterlijk in \(formed + 3) vrij (art. 3.54 lid 5), vóór het beginjaar \(year)"
                             : "a reserve of \(formed) is released in \(formed + 3) at the latest (art. 3.54(5)), before the opening year \(year)"
                }
            }
        }
        return issues
    }
}
