extension Advisor {
    /// A sale inside the five-year window: the bijtelling it triggers and the first day it would not; and a sale
    /// that takes the year's transfer prices over the threshold.
    func sales(_ register: Register, report: Report, today: Day, calendar: FiscalCalendar) throws(EngineError) -> [Advice] {
        var advice: [Advice] = []
        let window = engine.law.investeringsaftrek.desinvesteringWindow
        for (index, asset) in register.assets.enumerated() {
            guard let disposal = asset.disposal, disposal.date >= today else { continue }
            let disposalYear = calendar.year(of: disposal.date)
            guard let line = report.year(disposalYear).assets.first(where: { $0.id == asset.id })?.disposal,
                  line.bijtelling.isPositive else { continue }
            // After the window.
            let free = window.value.lastDay(from: Day.startOfYear(asset.committed.year)).nextDay
            // A sale cannot move past the end of the enterprise (staking).
            if let end = calendar.lastDay, free > end { continue }
            var later = register
            later.assets[index].disposal?.date = free
            let years = Array(disposalYear...calendar.year(of: free))
            if let item = try compare(
                kind: .saleInsideWindow, assetId: asset.id,
                title: .make { l in
                    l == .nl ? "\(asset.id): verkoop op \(disposal.date) geeft \(TextFormat.euro(line.bijtelling, l)) desinvesteringsbijtelling; vanaf \(free) niet meer"
                             : "\(asset.id): selling on \(disposal.date) adds \(TextFormat.euro(line.bijtelling, l)) desinvesteringsbijtelling; from \(free) it no longer does"
                },
                asIs: (register, .make { l in l == .nl ? "verkoop op \(disposal.date)" : "sale on \(disposal.date)" }),
                advised: (later, .make { l in l == .nl ? "verkoop op \(free)" : "sale on \(free)" }),
                years: years, sources: [engine.law.source(window.source, forYear: asset.committed.year)]) {
                advice.append(item)
            }
            // Just across the threshold: the next boekjaar.
            let next = calendar.start(disposalYear + 1)
            if next < free, calendar.lastDay.map({ next <= $0 }) ?? true {
                var moved = register
                moved.assets[index].disposal?.date = next
                if let item = try compare(
                    kind: .saleAcrossThreshold, assetId: asset.id,
                    title: .make { l in
                        l == .nl ? "\(asset.id): met deze verkoop komen de overdrachtsprijzen van \(disposalYear) boven de drempel; in \(disposalYear + 1) verkopen scheelt"
                                 : "\(asset.id): this sale takes the \(disposalYear) transfer prices over the threshold; selling in \(disposalYear + 1) helps"
                    },
                    asIs: (register, .make { l in l == .nl ? "verkoop op \(disposal.date)" : "sale on \(disposal.date)" }),
                    advised: (moved, .make { l in l == .nl ? "verkoop op \(next)" : "sale on \(next)" }),
                    years: [disposalYear, disposalYear + 1], sources: [source("art. 3.47 lid 1", disposalYear)]),
                   item.difference.isPositive {
                    advice.append(item)
                }
            }
        }
        return advice
    }

    /// An asset not yet in use: the 25%-within-12-months and 3-years deadlines, with what missing them costs.
    func notInUse(_ register: Register, report: Report, today: Day, calendar: FiscalCalendar) throws(EngineError) -> [Advice] {
        var advice: [Advice] = []
        let rules = engine.law.investeringsaftrek
        for (index, asset) in register.assets.enumerated() where asset.disposal == nil {
            guard asset.inUse.map({ $0 > today }) ?? true else { continue }
            let twelveMonths = rules.minimumPaidWithin.value.lastDay(from: asset.committed)
            // After the staking no investment is undone (art. 3.44 lid 2): no deadline to advise past it.
            let beforeEnd = { (day: Day) in calendar.lastDay.map { day <= $0 } ?? true }
            let required = asset.cost * rules.minimumPaidShare.value
            let paid = asset.paid(by: twelveMonths)
            // Without an ingebruikname in the register the payment alone changes nothing in the end (under
            // `aftrekTaken` the three-year rule would undo it and add back what was taken): the advice then pairs it
            // with taking the asset into use by the three-year deadline.
            let inUseBy = rules.inUseWithin.value.lastDay(from: Day.startOfYear(asset.committed.year))
            let pairWithUse = asset.inUse == nil && beforeEnd(inUseBy)
            if twelveMonths >= today, beforeEnd(twelveMonths), paid < required, asset.inUse.map({ $0 > twelveMonths }) ?? true {
                var advised = register
                let extra = required - paid
                advised.assets[index].payments = (asset.payments ?? []) + [Payment(date: twelveMonths, amount: extra)]
                if pairWithUse { advised.assets[index].inUse = inUseBy }
                let lastYear = calendar.year(of: pairWithUse ? inUseBy : twelveMonths) + 1
                let years = Array(calendar.year(of: asset.committed)...lastYear)
                if let item = try compare(
                    kind: .paymentDeadline, assetId: asset.id,
                    title: .make { l in
                        let use = pairWithUse ? (l == .nl ? " en neem het uiterlijk \(inUseBy) in gebruik" : " and take it into use by \(inUseBy)") : ""
                        return l == .nl ? "\(asset.id): betaal uiterlijk \(twelveMonths) nog \(TextFormat.euro(extra, l)) (samen 25% van \(TextFormat.euro(asset.cost, l)))\(use), anders geldt de investering als ongedaan gemaakt"
                                        : "\(asset.id): pay \(TextFormat.euro(extra, l)) more by \(twelveMonths) (25% of \(TextFormat.euro(asset.cost, l)) in all)\(use), or the investment is deemed undone"
                    },
                    asIs: (register, .make { l in l == .nl ? "betaald tot \(twelveMonths): \(TextFormat.euro(paid, l))" : "paid by \(twelveMonths): \(TextFormat.euro(paid, l))" }),
                    advised: (advised, .make { l in
                        let use = pairWithUse ? (l == .nl ? "; in gebruik op \(inUseBy)" : "; in use on \(inUseBy)") : ""
                        return l == .nl ? "\(TextFormat.euro(extra, l)) extra betaald op \(twelveMonths)\(use)" : "\(TextFormat.euro(extra, l)) more paid on \(twelveMonths)\(use)"
                    }),
                    years: years, sources: [engine.law.source(rules.minimumPaidShare.source, forYear: asset.committed.year)]) {
                    advice.append(item)
                }
            }
            let threeYears = rules.inUseWithin.value.lastDay(from: Day.startOfYear(asset.committed.year))
            if threeYears >= today, beforeEnd(threeYears), asset.inUse.map({ $0 > threeYears }) ?? true {
                var advised = register
                advised.assets[index].inUse = threeYears
                let years = Array(calendar.year(of: asset.committed)...calendar.year(of: threeYears) + 1)
                if let item = try compare(
                    kind: .inUseDeadline, assetId: asset.id,
                    title: .make { l in
                        l == .nl ? "\(asset.id): neem het uiterlijk \(threeYears) in gebruik, anders geldt de investering als ongedaan gemaakt"
                                 : "\(asset.id): take it into use by \(threeYears), or the investment is deemed undone"
                    },
                    asIs: (register, .make { l in l == .nl ? "in gebruik: \(asset.inUse?.description ?? "nog niet")" : "in use: \(asset.inUse?.description ?? "not yet")" }),
                    advised: (advised, .make { l in l == .nl ? "in gebruik op \(threeYears)" : "in use on \(threeYears)" }),
                    years: years, sources: [engine.law.source(rules.inUseWithin.source, forYear: asset.committed.year)]) {
                    advice.append(item)
                }
            }
        }
        return advice
    }

    /// Willekeurige afschrijving not chosen where a scheme applies: what the maximum would add in the first year.
    func willekeurig(_ register: Register, report: Report, today: Day, calendar: FiscalCalendar) throws(EngineError) -> [Advice] {
        var advice: [Advice] = []
        for (index, asset) in register.assets.enumerated() where !asset.willekeurig.isChosen && asset.life != nil {
            let year = calendar.year(of: asset.committed)
            guard calendar.end(year) >= today.adding(months: -12) else { continue }
            guard case .scheme(let scheme) = WillekeurigEligibility.find(for: asset, entity: register.entity,
                                                                          businessAssetAmount: asset.cost, law: engine.law) else { continue }
            var advised = register
            advised.assets[index].willekeurig = .maximum
            advised.assets[index].expensed = false
            let before = try engine.report(register).asset(asset.id, in: year)?.depreciation?.depreciation ?? 0
            let after = try engine.report(advised).asset(asset.id, in: year)?.depreciation?.depreciation ?? 0
            guard after != before else { continue }
            advice.append(Advice(
                kind: .willekeurigChoice, assetId: asset.id,
                title: .make { l in
                    l == .nl ? "\(asset.id): \(scheme.name.nl) is mogelijk: \(TextFormat.euro(after - before, l)) meer afschrijving in \(year) (alleen eerder, niet meer in totaal)"
                             : "\(asset.id): \(scheme.name.en) is available: \(TextFormat.euro(after - before, l)) more depreciation in \(year) (earlier, not more in total)"
                },
                asIs: Scenario(description: LocalizedText(nl: "alleen normale afschrijving", en: "normal depreciation only"),
                               figures: [Figure(name: LocalizedText(nl: "afschrijving \(year)", en: "depreciation \(year)"), amount: before)], total: before),
                advised: Scenario(description: LocalizedText(nl: "willekeurig: max", en: "willekeurig: max"),
                                  figures: [Figure(name: LocalizedText(nl: "afschrijving \(year)", en: "depreciation \(year)"), amount: after)], total: after),
                difference: after - before,
                measure: LocalizedText(nl: "afschrijving \(year)", en: "depreciation \(year)"), sources: [scheme.source]))
        }
        return advice
    }
}

extension Report {
    /// An asset's line in a year, if it has one.
    public func asset(_ id: String, in year: Int) -> AssetYear? {
        self.year(year).assets.first { $0.id == id }
    }
}
