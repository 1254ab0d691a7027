/// The desinvesteringsbijtellingen of a register (art. 3.47 Wet IB 2001), per year and per asset.
struct Desinvesteringen {
    var byYear = YearMap<DesinvesteringYear>()
    var byAsset: [Int: AssetDisposal] = [:]
    var explanations: [Int: Explanation] = [:]
    /// For the assets whose disposal gives a bijtelling: the capped base (transfer price, at most the investment).
    var bases: [Int: Money] = [:]
    /// Subsidies, discounts, refunds and changes of use inside the window (art. 3.47 lid 3 and 5), with their bijtelling.
    var deemed: [DeemedDisposal] = []
    /// Per asset and boekjaar: what its subsidies, discounts, refunds and changes of use did in that year.
    var deemedExplanations: [Int: [Int: Explanation]] = [:]
}

extension Engine {
    /// The threshold of a disposal year. For a year after the last known one the policy `futureYears` decides:
    /// the latest known figure, marked provisional, or an error.
    func desinvesteringThreshold(_ year: Int) throws(EngineError) -> DesinvesteringThreshold {
        if let threshold = law.desinvesteringThresholds[year] { return threshold }
        guard let latest = provisionalYear(for: year, known: law.desinvesteringThresholds.keys),
              let threshold = law.desinvesteringThresholds[latest] else { throw .noDesinvesteringThreshold(year: year) }
        return DesinvesteringThreshold(year: latest, amount: threshold.amount,
                                       source: threshold.source.provisional(for: year, takenFrom: latest))
    }

    /// Art. 3.47 lid 2: the bijtelling of an undone investment is taken only "voorzover daarover investeringsaftrek in
    /// aanmerking is genomen": a form's part at most what that form gave. (A method, not a nested function: a nested
    /// function capturing the engine copies it.)
    private func capped(_ part: Money, taken: Money, name: String, year: Int, investmentYear: Int, applies: Bool,
                        explanation: inout Explanation) -> Money {
        guard applies, taken < part else { return part }
        explanation.add("desinvestering.cappedToAftrekTaken", [.text("form", name), .number("year", year), .amount("taken", taken)], source: .wetIB("art. 3.47 lid 2", version: law.wetIBVersion(forYear: investmentYear)))
        return taken
    }

    func desinvesteringen(assets: [Asset], investmentAmounts: [Money], allocated: [Money], special: SpecialDeductions, undoings: [Undoing?],
                          computations: YearMap<KIAComputation>, timelines: [FormTimeline],
                          calendar: FiscalCalendar, takenOver: [AssetOpening?] = []) throws(EngineError) -> Desinvesteringen {
        var result = Desinvesteringen()
        let rules = law.investeringsaftrek
        let window = rules.desinvesteringWindow
        var counted: [Int: [Int]] = [:]
        // Per boekjaar: the transfer prices of every sale and withdrawal, for `thresholdDisposals = allDisposals`.
        var allTransferPrices: [Int: Money] = [:]

        // Most assets are neither disposed of nor undone: tested in place, before an asset is bound (a binding copies it).
        for index in assets.indices where assets[index].disposal != nil || undoings[index] != nil {
            let asset = assets[index]
            let event: (AssetDisposal.Kind, Day, Money)
            // An undoing is found only before a disposal (Undoing.find): then the investment is undone, and a later
            // sale adds nothing more (art. 3.47 lid 2: the bijtelling never more than the aftrek).
            if let undoing = undoings[index], !(allocated[index] + special.eia[index] + special.mia[index]).isZero {
                event = (.undone, undoing.date, investmentAmounts[index])
            } else if let disposal = asset.disposal {
                event = (disposal.withdrawal ? .withdrawal : .sale, disposal.date, disposal.price)
            } else {
                continue
            }
            if event.0 != .undone { allTransferPrices[calendar.year(of: event.1), default: 0] += event.2 }
            let investmentYear = asset.committed.year
            let windowLastDay = window.value.lastDay(from: Day.startOfYear(investmentYear))
            let withinWindow = window.value.contains(event.1, from: Day.startOfYear(investmentYear))
            result.byAsset[index] = AssetDisposal(kind: event.0, date: event.1, transferPrice: event.2,
                                                  withinWindow: withinWindow, bijtelling: 0)
            var explanation = Explanation()
            if (allocated[index] + special.eia[index] + special.mia[index]).isZero {
                explanation.add(LocalizedText(nl: "vervreemd zonder dat er investeringsaftrek voor is genoten: geen desinvesteringsbijtelling",
                                              en: "disposed of without investeringsaftrek having been taken: no desinvesteringsbijtelling"),
                                source: .wetIB("art. 3.47 lid 1", version: law.wetIBVersion(forYear: investmentYear)))
            } else if !withinWindow {
                explanation.add(.make { l in
                    l == .nl ? "vervreemd op \(event.1), niet binnen \(window.value.words(l)) na het begin van \(investmentYear) (tot en met \(windowLastDay)): geen desinvesteringsbijtelling"
                             : "disposed of on \(event.1), not within \(window.value.words(l)) after the beginning of \(investmentYear) (up to and including \(windowLastDay)): no desinvesteringsbijtelling"
                }, source: law.source(window.source, forYear: investmentYear))
            } else {
                counted[calendar.year(of: event.1), default: []].append(index)
            }
            result.explanations[index] = explanation
        }

        // Subsidies, discounts, refunds and changes of use: disposals while the asset stays (art. 3.47 lid 3 and 5).
        let deemed = deemedDisposals(assets: assets, investmentAmounts: investmentAmounts, allocated: allocated, special: special,
                                     calendar: calendar)
        result.deemed = deemed.events
        result.deemedExplanations = deemed.explanations
        var countedReductions: [Int: [Int]] = [:]
        for (position, event) in deemed.events.enumerated() {
            countedReductions[event.year, default: []].append(position)
            allTransferPrices[event.year, default: 0] += event.amount
        }
        for year in countedReductions.keys where counted[year] == nil { counted[year] = [] }

        for (year, indices) in counted {
            let threshold = try desinvesteringThreshold(year)
            let reductionsNow = countedReductions[year] ?? []
            let transferPrices = options.thresholdDisposals == .allDisposals ? allTransferPrices[year] ?? 0
                : indices.reduce(Money.zero) { $0 + (result.byAsset[$1]?.transferPrice ?? 0) }
                  + reductionsNow.reduce(Money.zero) { $0 + result.deemed[$1].amount }
            let exceeds = transferPrices > threshold.amount
            var yearExplanation = Explanation()
            if threshold.year != year {
                yearExplanation.add("desinvestering.provisionalThreshold", [.number("year", year), .number("fromYear", threshold.year), .amount("threshold", threshold.amount)])
            }
            yearExplanation.add(exceeds ? "desinvestering.aboveThreshold" : "desinvestering.notAboveThreshold",
                                [.number("year", year), .amount("transferPrices", transferPrices), .amount("threshold", threshold.amount)], source: threshold.source)
            var total: Money = 0, totalEIA: Money = 0, totalMIA: Money = 0
            for index in indices {
                guard var disposal = result.byAsset[index] else { continue }
                var explanation = result.explanations[index] ?? Explanation()
                explanation.append(yearExplanation)
                let asset = assets[index]
                let investment = investmentAmounts[index]
                // Art. 3.47 lid 2: at most the investment, less what earlier deemed disposals of the asset already took.
                let earlier = deemed.events.reduce(Money.zero) { $0 + ($1.index == index && $1.date < disposal.date ? $1.base : 0) }
                let base = Money.max(0, Money.min(disposal.transferPrice, investment - earlier))
                // Art. 3.47 lid 2: the bijtelling of an undone investment is taken only "voorzover daarover
                // investeringsaftrek in aanmerking is genomen": each form's part at most what that form gave.
                let capToTaken = disposal.kind == .undone && options.undoneInvestment == .aftrekTaken
                // An asset taken over: its EIA and MIA, and its KIA but what was still deferred, were taken in filed years.
                let opening = takenOver.isEmpty ? nil : takenOver[index]
                let kiaTakenBefore = opening.map { allocated[index] - $0.kiaDeferred } ?? 0
                if exceeds {
                    // The EIA and MIA parts: the same percentage as the deduction taken on this asset.
                    for (amount, name, isEIA) in [(special.eia[index], "EIA", true), (special.mia[index], "MIA", false)] where amount.isPositive {
                        var part = (base * amount).divided(by: investment, scale: Engine.divisionScale, rounding: .down)
                        explanation.add(isEIA ? "desinvestering.bijtellingEIA" : "desinvestering.bijtellingMIA",
                                        [.amount("base", base), .amount("aftrek", amount), .amount("investment", investment), .amount("bijtelling", part)], source: .wetIB("art. 3.47 lid 1", version: law.wetIBVersion(forYear: asset.committed.year)))
                        part = capped(part, taken: opening != nil ? amount : (isEIA ? timelines[index].eia : timelines[index].mia).sum(through: year),
                                      name: name, year: year, investmentYear: asset.committed.year, applies: capToTaken,
                                      explanation: &explanation)
                        if isEIA { disposal.bijtellingEIA = part } else { disposal.bijtellingMIA = part }
                    }
                    result.bases[index] = base
                }
                if exceeds, !allocated[index].isZero, let computation = computations[calendar.year(of: asset.committed)], !computation.total.isZero {
                    let bijtelling = (base * computation.kia).divided(by: computation.total, scale: Engine.divisionScale, rounding: .down)
                    explanation.add("desinvestering.bijtelling",
                                    [.amount("base", base), .number("investmentYear", computation.year), .amount("kia", computation.kia),
                                     .amount("investments", computation.total), .amount("bijtelling", bijtelling)], source: .wetIB("art. 3.47 lid 1 en 2", version: law.wetIBVersion(forYear: asset.committed.year)))
                    disposal.bijtelling = capped(bijtelling, taken: timelines[index].kiaTaken(through: year), name: "KIA",
                                                 year: year, investmentYear: asset.committed.year, applies: capToTaken,
                                                 explanation: &explanation)
                } else if exceeds, let opening, !allocated[index].isZero, investment.isPositive {
                    // Taken over: "een gelijk percentage" as the KIA the asset received in its (filed) investment year.
                    let bijtelling: Money
                    switch opening.kia {
                    case .percentage(let rate)?: bijtelling = (base * rate).rounded(scale: Engine.divisionScale, .down)
                    default: bijtelling = (base * allocated[index]).divided(by: investment, scale: Engine.divisionScale, rounding: .down)
                    }
                    var figures: [StepFigure] = [.amount("base", base), .number("investmentYear", asset.committed.year), .amount("kia", allocated[index]),
                                                 .amount("investment", investment), .amount("bijtelling", bijtelling)]
                    if case .percentage(let rate)? = opening.kia { figures.append(.rate("rate", rate)) }
                    explanation.add("desinvestering.bijtellingTakenOver", figures, source: .wetIB("art. 3.47 lid 1 en 2", version: law.wetIBVersion(forYear: asset.committed.year)))
                    disposal.bijtelling = capped(bijtelling, taken: kiaTakenBefore + timelines[index].kiaTaken(through: year), name: "KIA",
                                                 year: year, investmentYear: asset.committed.year, applies: capToTaken,
                                                 explanation: &explanation)
                }
                disposal.bijtelling += disposal.bijtellingEIA + disposal.bijtellingMIA
                total += disposal.bijtelling
                totalEIA += disposal.bijtellingEIA
                totalMIA += disposal.bijtellingMIA
                result.byAsset[index] = disposal
                result.explanations[index] = explanation
            }
            // Each deemed disposal at the percentages of the aftrek taken on its asset (art. 3.47 lid 1, 3 and 5).
            for position in reductionsNow where exceeds {
                let index = result.deemed[position].index
                let step = bijtelling(of: &result.deemed[position], investment: investmentAmounts[index], allocated: allocated[index],
                                      eia: special.eia[index], mia: special.mia[index],
                                      computation: computations[calendar.year(of: assets[index].committed)])
                total += result.deemed[position].bijtelling
                totalEIA += result.deemed[position].eia
                totalMIA += result.deemed[position].mia
                result.deemedExplanations[index, default: [:]][year, default: Explanation()].add(
                    step, source: .wetIB("art. 3.47 lid 1", version: law.wetIBVersion(forYear: assets[index].committed.year)))
            }
            result.byYear[year] = DesinvesteringYear(transferPrices: transferPrices, threshold: threshold.amount,
                                                     bijtelling: total, bijtellingEIA: totalEIA, bijtellingMIA: totalMIA,
                                                     explanation: yearExplanation)
        }
        return result
    }
}
