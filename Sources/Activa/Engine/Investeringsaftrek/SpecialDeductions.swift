/// The energie- and milieu-investeringsaftrek of every asset (art. 3.42, 3.42a Wet IB 2001).
struct SpecialDeductions {
    /// Per asset: the EIA and MIA for its investment year.
    var eia: [Money]
    var mia: [Money]
    var explanations: [Explanation]
    /// Per boekjaar: the EIA and MIA investment totals.
    var eiaInvestments = YearMap<Money>()
    var miaInvestments = YearMap<Money>()
    var warnings: [ReportWarning] = []
}

/// Which special deduction.
enum SpecialForm {
    case eia
    case mia(MIACategory)

    var name: String {
        switch self {
        case .eia: return "EIA"
        case .mia(let category): return "MIA (categorie \(category.rawValue))"
        }
    }
    var article: String {
        switch self {
        case .eia: return "art. 3.42"
        case .mia: return "art. 3.42a"
        }
    }
}

extension Engine {
    func specialDeductions(assets: [Asset], investmentAmounts: [Money], businessAssetAmounts: [Money], investmentYears: [Int],
                           partners: [Partner], calendar: FiscalCalendar, takenOver: [AssetOpening?] = []) throws(EngineError) -> SpecialDeductions {
        var result = SpecialDeductions(eia: Array(repeating: 0, count: assets.count), mia: Array(repeating: 0, count: assets.count),
                                       explanations: Array(repeating: Explanation(), count: assets.count))
        // Eligible assets per boekjaar and form, with their rate.
        var eligibleEIA: [Int: [(index: Int, rate: Rate)]] = [:]
        var eligibleMIA: [Int: [(index: Int, rate: Rate)]] = [:]
        // Most assets have neither form: tested in place, before an asset is bound (a binding copies it).
        for index in assets.indices where assets[index].eia || assets[index].mia != nil {
            // An asset taken over received its EIA or MIA in a filed year: the amounts are the register's (below).
            if !takenOver.isEmpty, takenOver[index] != nil { continue }
            let asset = assets[index]
            let form: SpecialForm
            if asset.eia { form = .eia } else if let category = asset.mia { form = .mia(category) } else { continue }
            let table = try specialTable(form, year: asset.committed.year)
            if let reason = specialExclusion(asset, form: form, table: table, businessAssetAmount: businessAssetAmounts[index]) {
                result.explanations[index].add(reason.text, source: reason.source)
                if reason.isWarning { result.warnings.append(ReportWarning(assetId: asset.id, text: reason.text)) }
                continue
            }
            guard let period = table.period(for: asset.committed) else { continue }
            let rate: Rate
            switch form {
            case .eia: rate = period.rates[0]
            case .mia(let category): rate = period.rates[category.index]
            }
            if case .eia = form { eligibleEIA[investmentYears[index], default: []].append((index, rate)) }
            else { eligibleMIA[investmentYears[index], default: []].append((index, rate)) }
            if let periodSource = period.source, rate.isZero {
                result.explanations[index].add(.make { l in
                    l == .nl ? "\(form.name) stond op 0% voor verplichtingen vanaf \(period.from)" : "\(form.name) was 0% for obligations from \(period.from)"
                }, source: periodSource)
            }
        }
        for (forms, isEIA) in [(eligibleEIA, true), (eligibleMIA, false)] {
            for (year, entries) in forms {
                let total = entries.reduce(Money.zero) { $0 + investmentAmounts[$1.index] }
                if isEIA { result.eiaInvestments[year] = total } else { result.miaInvestments[year] = total }
                guard let first = entries.first else { continue }
                let table = try specialTable(isEIA ? .eia : .mia(.I), year: assets[first.index].committed.year)
                let name = isEIA ? "EIA" : "MIA"
                if let threshold = table.annualThreshold, total <= threshold {
                    for entry in entries {
                        result.explanations[entry.index].add(.make { l in
                            l == .nl ? "\(name)-investeringen \(year) samen \(TextFormat.euro(total, l)), niet meer dan \(TextFormat.euro(threshold, l)): geen \(name)"
                                     : "\(name) investments \(year) together \(TextFormat.euro(total, l)), not more than \(TextFormat.euro(threshold, l)): no \(name)"
                        }, source: table.source)
                    }
                    continue
                }
                // In a samenwerkingsverband only the partners who are not commanditair get EIA and MIA ("voor eigen
                // rekening"): the aftrek of an asset is that of their part of it, which their aangiften add up to.
                // Art. 3.42 lid 4: each partner's cap is the cap × his energy investments ÷ those of all the
                // participating ondernemers, so the cap is shared by that part (docs/law/eia-mia.md; BIA §4.1.5.1).
                let participating = Engine.participatingShare(partners)
                let cappedTotal = total * participating
                let capped = table.cap.map { cappedTotal > $0 } ?? false
                for entry in entries {
                    let asset = assets[entry.index]
                    let investment = investmentAmounts[entry.index]
                    var amount = investment * entry.rate * participating
                    if capped, let cap = table.cap {
                        amount = (amount * cap).divided(by: cappedTotal, scale: Engine.divisionScale, rounding: .up)
                    }
                    if isEIA { result.eia[entry.index] = amount } else { result.mia[entry.index] = amount }
                    result.explanations[entry.index].add(isEIA ? "eia.amount" : "mia.amount",
                                                         [.number("year", asset.committed.year), .rate("rate", entry.rate), .amount("investment", investment),
                                                          .rate("participating", participating), .amount("amount", amount)]
                                                         + (capped ? [.amount("cap", table.cap ?? 0)] : []), source: table.source)
                }
            }
        }
        return result
    }

    /// The EIA or MIA figures of a year; for a year after the known ones the latest, marked provisional (`futureYears`).
    /// The partners' share that gets EIA and MIA: all of it without partners, else that of the partners who are not
    /// commanditaire vennoten (art. 3.42, 3.42a: "voor eigen rekening").
    static func participatingShare(_ partners: [Partner]) -> Rate {
        partners.isEmpty ? .one : partners.reduce(ExactDecimal.zero) { $0 + ($1.limited ? 0 : $1.share) }
    }

    func specialTable(_ form: SpecialForm, year: Int) throws(EngineError) -> SpecialDeductionYear {
        let tables: [Int: SpecialDeductionYear], name: String
        switch form {
        case .eia: (tables, name) = (law.eia, "EIA")
        case .mia:
            if year == 2010, options.mia2010 == .base { return LawYear.mia2010Base }
            (tables, name) = (law.mia, "MIA")
        }
        if let table = tables[year] { return table }
        guard let latest = provisionalYear(for: year, known: tables.keys), let table = tables[latest] else {
            throw .noDeductionTable(name: name, year: year, known: range(tables.keys))
        }
        return SpecialDeductionYear(year: year, periods: table.periods, annualThreshold: table.annualThreshold,
                                    assetMinimum: table.assetMinimum, cap: table.cap,
                                    source: table.source.provisional(for: year, takenFrom: latest))
    }

    private func range(_ years: Dictionary<Int, SpecialDeductionYear>.Keys) -> ClosedRange<Int>? {
        guard let first = years.min(), let last = years.max() else { return nil }
        return first...last
    }

    /// Why an asset gets no EIA or MIA; `isWarning` for what the user should act on (the notification).
    private func specialExclusion(_ asset: Asset, form: SpecialForm, table: SpecialDeductionYear,
                                  businessAssetAmount: Money) -> (text: LocalizedText, source: LegalSource?, isWarning: Bool)? {
        let year = asset.committed.year
        let version = law.wetIBVersion(forYear: year)
        let isMIA: Bool
        if case .mia = form { isMIA = true } else { isMIA = false }
        // Art. 3.45 lid 3: the MIA sets aside the car (from 2011) and dwelling (from 2014) exclusions.
        let carForMIA = isMIA && year >= 2011 && (asset.kind == .passengerCar || asset.kind == .efficientPassengerCar)
        let dwellingForMIA = isMIA && year >= 2014 && asset.kind == .dwelling
        if !carForMIA, !dwellingForMIA {
            let kind: AssetKind = asset.kind == .efficientPassengerCar ? .passengerCar : asset.kind
            if let (reason, article) = law.investeringsaftrek.kindExclusion(kind, year: year) {
                return (reason, .wetIB(article, version: version), false)
            }
        }
        if asset.relatedParty, !asset.relatedPartyOntheffing {
            return (LocalizedText(nl: "verbonden partij (art. 3.46): geen \(form.name)", en: "related party (art. 3.46): no \(form.name)"),
                    .wetIB("art. 3.46", version: version), false)
        }
        if asset.used {
            return (LocalizedText(nl: "\(form.name) alleen voor nieuwe bedrijfsmiddelen", en: "\(form.name) only for new assets"),
                    .wetIB(form.article + " lid 1", version: version), false)
        }
        if businessAssetAmount < table.assetMinimum {
            return (.make { l in
                l == .nl ? "investeringsbedrag \(TextFormat.euro(businessAssetAmount, l)) is minder dan \(TextFormat.euro(table.assetMinimum, l)): geen \(form.name)"
                         : "investment \(TextFormat.euro(businessAssetAmount, l)) is less than \(TextFormat.euro(table.assetMinimum, l)): no \(form.name)"
            }, .wetIB(year >= 2014 ? "art. 3.45 lid 4 sub b" : "art. 3.45 lid 1 sub a", version: version), false)
        }
        let deadline = law.notificationTerm.value.lastDay(from: asset.committed)
        guard let notified = asset.notified else {
            return (.make { l in
                l == .nl ? "geen meldingsdatum (notified): zonder melding bij RVO binnen drie maanden (uiterlijk \(deadline)) geen \(form.name)"
                         : "no notification date (notified): without notifying RVO within three months (by \(deadline)) no \(form.name)"
            }, law.notificationTerm.source, true)
        }
        if notified > deadline {
            return (.make { l in
                l == .nl ? "te laat gemeld: \(notified), na de termijn van drie maanden (uiterlijk \(deadline)): geen \(form.name)"
                         : "notified late: \(notified), after the three-month term (by \(deadline)): no \(form.name)"
            }, law.notificationTerm.source, true)
        }
        return nil
    }
}
