/// The desinvesteringsbijtellingen of a register (art. 3.47 Wet IB 2001), per year and per asset.
struct Desinvesteringen {
    var byYear = YearMap<DesinvesteringYear>()
    var byAsset: [Int: AssetDisposal] = [:]
    var explanations: [Int: Explanation] = [:]
    /// For the assets whose disposal gives a bijtelling: the capped base (transfer price, at most the investment).
    var bases: [Int: Money] = [:]
}

extension Engine {
    /// The threshold of a disposal year. For a year after the last known one the policy `futureThreshold` decides:
    /// the latest known figure as a stated assumption, or an error.
    func desinvesteringThreshold(_ year: Int) throws(EngineError) -> DesinvesteringThreshold {
        if let threshold = law.desinvesteringThresholds[year] { return threshold }
        guard options.futureThreshold == .latestKnown,
              let latest = law.desinvesteringThresholds.keys.max(), latest < year,
              let threshold = law.desinvesteringThresholds[latest] else { throw .noDesinvesteringThreshold(year: year) }
        return threshold
    }

    func desinvesteringen(assets: [Asset], allocated: [Money], special: SpecialDeductions, undoings: [Undoing?],
                          computations: YearMap<KIAComputation>, timelines: [FormTimeline],
                          calendar: FiscalCalendar) throws(EngineError) -> Desinvesteringen {
        var result = Desinvesteringen()
        let rules = law.investeringsaftrek
        let window = rules.desinvesteringWindowYears
        var counted: [Int: [Int]] = [:]

        // Most assets are neither disposed of nor undone: tested in place, before an asset is bound (a binding copies it).
        for index in assets.indices where assets[index].disposal != nil || undoings[index] != nil {
            let asset = assets[index]
            let event: (AssetDisposal.Kind, Day, Money)
            if let disposal = asset.disposal {
                event = (disposal.withdrawal ? .withdrawal : .sale, disposal.date, disposal.price)
            } else if let undoing = undoings[index], !(allocated[index] + special.eia[index] + special.mia[index]).isZero {
                event = (.undone, undoing.date, asset.cost)
            } else {
                continue
            }
            let investmentYear = asset.committed.year
            let windowEnd = Day.startOfYear(investmentYear + window.value)
            let withinWindow = event.1 < windowEnd
            result.byAsset[index] = AssetDisposal(kind: event.0, date: event.1, transferPrice: event.2,
                                                  withinWindow: withinWindow, bijtelling: 0)
            var explanation = Explanation()
            if (allocated[index] + special.eia[index] + special.mia[index]).isZero {
                explanation.add(LocalizedText(nl: "vervreemd zonder dat er investeringsaftrek voor is genoten: geen desinvesteringsbijtelling",
                                              en: "disposed of without investeringsaftrek having been taken: no desinvesteringsbijtelling"),
                                source: .wetIB("art. 3.47 lid 1", version: law.wetIBVersion(forYear: investmentYear)))
            } else if !withinWindow {
                explanation.add(.make { l in
                    l == .nl ? "vervreemd op \(event.1), niet binnen vijf jaar na 1 januari \(investmentYear) (tot \(windowEnd)): geen desinvesteringsbijtelling"
                             : "disposed of on \(event.1), not within five years after 1 January \(investmentYear) (before \(windowEnd)): no desinvesteringsbijtelling"
                }, source: window.source)
            } else {
                counted[calendar.year(of: event.1), default: []].append(index)
            }
            result.explanations[index] = explanation
        }

        for (year, indices) in counted {
            let threshold = try desinvesteringThreshold(year)
            let transferPrices = indices.reduce(Money.zero) { $0 + (result.byAsset[$1]?.transferPrice ?? 0) }
            let exceeds = transferPrices > threshold.amount
            var yearExplanation = Explanation()
            if threshold.year != year {
                yearExplanation.add(.make { l in
                    l == .nl ? "geen drempel voor \(year) bekend: aangenomen die van \(threshold.year) (\(TextFormat.euro(threshold.amount, l))) [UNCONFIRMED]"
                             : "no threshold known for \(year): assumed that of \(threshold.year) (\(TextFormat.euro(threshold.amount, l))) [UNCONFIRMED]"
                })
            }
            yearExplanation.add(.make { l in
                let t = TextFormat.euro(transferPrices, l), d = TextFormat.euro(threshold.amount, l)
                if l == .nl {
                    return exceeds ? "overdrachtsprijzen \(year) samen \(t), meer dan \(d): desinvesteringsbijtelling over elke vervreemding"
                                   : "overdrachtsprijzen \(year) samen \(t), niet meer dan \(d): geen desinvesteringsbijtelling"
                }
                return exceeds ? "transfer prices \(year) together \(t), more than \(d): desinvesteringsbijtelling on every disposal"
                               : "transfer prices \(year) together \(t), not more than \(d): no desinvesteringsbijtelling"
            }, source: threshold.source)
            var total: Money = 0, totalEIA: Money = 0, totalMIA: Money = 0
            for index in indices {
                guard var disposal = result.byAsset[index] else { continue }
                var explanation = result.explanations[index] ?? Explanation()
                explanation.append(yearExplanation)
                let asset = assets[index]
                let base = Money.min(disposal.transferPrice, asset.cost)
                if exceeds {
                    // The EIA and MIA parts: the same percentage as the deduction taken on this asset.
                    for (amount, name, isEIA) in [(special.eia[index], "EIA", true), (special.mia[index], "MIA", false)] where amount.isPositive {
                        let part = (base * amount).divided(by: asset.cost, scale: Engine.divisionScale, rounding: .down)
                        if isEIA { disposal.bijtellingEIA = part } else { disposal.bijtellingMIA = part }
                        explanation.add(.make { l in
                            let e = { TextFormat.euro($0, l) }
                            return l == .nl ? "bijtelling \(name) = \(e(base)) × \(e(amount)) / \(e(asset.cost)) = \(e(part))"
                                            : "bijtelling \(name) = \(e(base)) × \(e(amount)) / \(e(asset.cost)) = \(e(part))"
                        }, source: .wetIB("art. 3.47 lid 1", version: law.wetIBVersion(forYear: asset.committed.year)))
                    }
                    result.bases[index] = base
                }
                if exceeds, !allocated[index].isZero, let computation = computations[calendar.year(of: asset.committed)], !computation.total.isZero {
                    var bijtelling = (base * computation.kia).divided(by: computation.total, scale: Engine.divisionScale, rounding: .down)
                    explanation.add(.make { l in
                        let e = { TextFormat.euro($0, l) }
                        return l == .nl
                            ? "bijtelling = \(e(base)) (overdrachtsprijs, ten hoogste het investeringsbedrag) × KIA-percentage \(computation.year) (\(e(computation.kia)) / \(e(computation.total))) = \(e(bijtelling))"
                            : "bijtelling = \(e(base)) (transfer price, at most the investment) × KIA percentage \(computation.year) (\(e(computation.kia)) / \(e(computation.total))) = \(e(bijtelling))"
                    }, source: .wetIB("art. 3.47 lid 1 en 2", version: law.wetIBVersion(forYear: asset.committed.year)))
                    if disposal.kind == .undone, options.undoneInvestment == .limitedToKIATaken {
                        let takenSoFar = timelines[index].kiaTaken(through: year)
                        if takenSoFar < bijtelling {
                            bijtelling = takenSoFar
                            explanation.add(.make { l in
                                l == .nl ? "beleid limitedToKIATaken: ten hoogste de genoten KIA \(TextFormat.euro(takenSoFar, l))"
                                         : "policy limitedToKIATaken: at most the KIA taken \(TextFormat.euro(takenSoFar, l))"
                            })
                        }
                    }
                    disposal.bijtelling = bijtelling
                }
                disposal.bijtelling += disposal.bijtellingEIA + disposal.bijtellingMIA
                total += disposal.bijtelling
                totalEIA += disposal.bijtellingEIA
                totalMIA += disposal.bijtellingMIA
                result.byAsset[index] = disposal
                result.explanations[index] = explanation
            }
            result.byYear[year] = DesinvesteringYear(transferPrices: transferPrices, threshold: threshold.amount,
                                                     bijtelling: total, bijtellingEIA: totalEIA, bijtellingMIA: totalMIA,
                                                     explanation: yearExplanation)
        }
        return result
    }
}
