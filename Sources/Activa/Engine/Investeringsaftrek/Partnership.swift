/// The partners' parts of a samenwerkingsverband's investeringsaftrek (art. 3.41 lid 3 Wet IB 2001).
///
/// Up to 2020 the table applies once to the partnership's total and each partner gets his share (HR 2020,
/// 19/02419). From 2021 a partner's base is the partnership's total plus his own outside investments; his KIA is
/// table(base) × (his share of the partnership's investments + his outside investments) ÷ base.
extension Engine {
    func partnerParts(register: Register, years: ClosedRange<Int>, totals: YearMap<Money>, investmentAmounts: [Money],
                      qualifies: [Bool], allocated: [Money], ends: [Day?], desinvestering: Desinvesteringen,
                      calendar: FiscalCalendar, timelines: [FormTimeline]) throws(EngineError) -> YearMap<[PartnerYear]> {
        let partners = register.entity.partners
        guard !partners.isEmpty else { return YearMap() }
        let assets = register.assets
        let from = law.investeringsaftrek.partnerOutsideInvestmentsFrom
        var result = YearMap<[PartnerYear]>()

        for partner in partners {
            // Per year: the partner's base, table KIA on it, and the explanation.
            var bases = YearMap<Money>()
            var tableKIA = YearMap<Money>()
            var explanations = YearMap<Explanation>()
            var kiaOutside = YearMap<Money>()
            for year in years {
                let total = totals[year] ?? 0
                let outside = year >= from.value ? (partner.outsideInvestments[year] ?? 0) : 0
                guard !total.isZero || !outside.isZero else { continue }
                var explanation = Explanation()
                if year < from.value {
                    bases[year] = total
                    explanation.add(.make { l in
                        l == .nl ? "tot en met 2020: de tabel op het totaal van het samenwerkingsverband, verdeeld naar aandeel \(TextFormat.percent(partner.share, l))"
                                 : "up to 2020: the table on the partnership's total, split by share \(TextFormat.percent(partner.share, l))"
                    }, source: LegalSource(article: "HR 19/02419 (2020); art. 3.41 lid 3 Wet IB 2001", version: "2020-01-01",
                                           status: .official))
                } else {
                    let base = total + outside
                    var computation = try kiaTable(year).compute(total: base)
                    if register.entity.forgoKIA.contains(year) { computation = computation.forgone() }
                    bases[year] = base
                    tableKIA[year] = computation.kia
                    kiaOutside[year] = (computation.kia * outside).divided(by: base, scale: Engine.divisionScale, rounding: .up)
                    explanation.add("partner.kia", [.number("year", year), .amount("partnershipTotal", total), .amount("outside", outside), .amount("base", base),
                                                    .amount("kiaOnBase", computation.kia), .rate("share", partner.share)], source: from.source)
                    explanation.append(computation.explanation)
                }
                explanations[year] = explanation
            }

            // Per asset: the partner's aftrek and its timing under the betalingscriterium (on his share of payments).
            var taken = YearMap<Money>()
            // Per undone asset: what the partner took of its KIA (his bijtelling is at most that, `undoneInvestment`).
            var takenOfUndone: [Int: YearMap<Money>] = [:]
            // Assets and timelines are read in place by index (a `for … in` copies each one, with all its fields).
            for index in assets.indices where qualifies[index] {
                let year = calendar.year(of: assets[index].committed)
                let amount: Money
                if year < from.value {
                    amount = allocated[index] * partner.share
                } else if let kia = tableKIA[year], let base = bases[year], !base.isZero {
                    amount = (investmentAmounts[index] * partner.share * kia).divided(by: base, scale: Engine.divisionScale, rounding: .up)
                } else {
                    amount = 0
                }
                guard !amount.isZero else { continue }
                let undone = desinvestering.byAsset[index]?.kind == .undone
                let timeline = PaymentRuleTimeline(amount: amount, investmentYear: year, inUse: assets[index].inUse, end: ends[index],
                                                   calendar: calendar,
                                                   stakingYear: undone ? nil : calendar.lastDay.map { calendar.year(of: $0) },
                                                   paidBy: { assets[index].paid(by: $0) * partner.share })
                for (takenYear, value) in timeline.taken { taken[takenYear, default: 0] += value }
                if undone { takenOfUndone[index] = timeline.taken }
            }

            // EIA and MIA: the partner's share, none for a limited partner (art. 3.42, 3.42a: "voor eigen rekening").
            // The assets' EIA and MIA are already the participating partners' part: each gets his share of that part.
            var eia = YearMap<Money>(), mia = YearMap<Money>()
            let participating = Engine.participatingShare(partners)
            // Deductions rounded up, additions down (the division policy).
            let part = { (value: Money, rounding: RoundingRule) in
                (value * partner.share).divided(by: participating, scale: Engine.divisionScale, rounding: rounding)
            }
            if !partner.limited, participating.isPositive {
                for index in timelines.indices where !timelines[index].eia.isEmpty || !timelines[index].mia.isEmpty {
                    for (year, value) in timelines[index].eia { eia[year, default: 0] += part(value, .up) }
                    for (year, value) in timelines[index].mia { mia[year, default: 0] += part(value, .up) }
                }
            }

            // The partner's bijtelling: his share of each bijtelling, at his own percentage from 2021.
            var bijtelling = YearMap<Money>()
            for (index, base) in desinvestering.bases {
                guard let disposal = desinvestering.byAsset[index] else { continue }
                let year = calendar.year(of: assets[index].committed)
                let disposalYear = calendar.year(of: disposal.date)
                if !partner.limited, participating.isPositive {
                    bijtelling[disposalYear, default: 0] += part(disposal.bijtellingEIA + disposal.bijtellingMIA, .down)
                }
                guard qualifies[index] else { continue }
                let value: Money
                if year < from.value {
                    value = (disposal.bijtelling - disposal.bijtellingEIA - disposal.bijtellingMIA) * partner.share
                } else if let kia = tableKIA[year], let partnerBase = bases[year], !partnerBase.isZero {
                    value = (base * partner.share * kia).divided(by: partnerBase, scale: Engine.divisionScale, rounding: .down)
                } else {
                    value = 0
                }
                if disposal.kind == .undone, options.undoneInvestment == .aftrekTaken {
                    bijtelling[disposalYear, default: 0] += Money.min(value, takenOfUndone[index]?.sum(through: disposalYear) ?? 0)
                } else {
                    bijtelling[disposalYear, default: 0] += value
                }
            }
            // Subsidies, discounts, refunds and changes of use (art. 3.47 lid 3 and 5): the partner's part, at his
            // own KIA percentage from 2021.
            for reduction in desinvestering.deemed {
                let index = reduction.index, year = calendar.year(of: assets[index].committed)
                if !partner.limited, participating.isPositive { bijtelling[reduction.year, default: 0] += part(reduction.eia + reduction.mia, .down) }
                guard qualifies[index], !reduction.kia.isZero else { continue }
                if year < from.value {
                    bijtelling[reduction.year, default: 0] += reduction.kia * partner.share
                } else if let kia = tableKIA[year], let partnerBase = bases[year], !partnerBase.isZero {
                    bijtelling[reduction.year, default: 0] += (reduction.base * partner.share * kia)
                        .divided(by: partnerBase, scale: Engine.divisionScale, rounding: .down)
                }
            }

            for year in years {
                let entry = PartnerYear(name: partner.name, share: partner.share, base: bases[year] ?? 0,
                                        kia: taken[year] ?? 0, kiaOutside: kiaOutside[year] ?? 0,
                                        eia: eia[year] ?? 0, mia: mia[year] ?? 0,
                                        desinvesteringsbijtelling: bijtelling[year] ?? 0,
                                        explanation: explanations[year] ?? Explanation())
                result[year, default: []].append(entry)
            }
        }
        return result
    }
}
