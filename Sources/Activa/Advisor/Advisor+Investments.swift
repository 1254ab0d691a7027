extension Advisor {
    /// An asset just under €450: what it would be worth at €450 (seed 000: "sometimes it pays to buy a slightly
    /// more expensive machine").
    func justBelowMinimum(_ register: Register, report: Report, today: Day, calendar: FiscalCalendar) throws(EngineError) -> [Advice] {
        let minimum = engine.law.investeringsaftrek.minimumPerAsset.value
        var advice: [Advice] = []
        for (index, asset) in register.assets.enumerated()
        where asset.committed >= today && asset.part == nil && asset.cost < minimum && asset.cost >= minimum - 50 {
            var advised = register
            advised.assets[index].cost = minimum
            let year = calendar.year(of: asset.committed)
            let extra = minimum - asset.cost
            if let item = try compare(
                kind: .justBelowMinimum, assetId: asset.id,
                title: .make { l in
                    l == .nl ? "\(asset.id): \(TextFormat.euro(asset.cost, l)) telt niet mee voor de KIA; vanaf \(TextFormat.euro(minimum, l)) wel (\(TextFormat.euro(extra, l)) meer uitgeven)"
                             : "\(asset.id): \(TextFormat.euro(asset.cost, l)) does not count for the KIA; from \(TextFormat.euro(minimum, l)) it does (spend \(TextFormat.euro(extra, l)) more)"
                },
                asIs: (register, .make { l in l == .nl ? "aanschaf voor \(TextFormat.euro(asset.cost, l))" : "purchase for \(TextFormat.euro(asset.cost, l))" }),
                advised: (advised, .make { l in l == .nl ? "aanschaf voor \(TextFormat.euro(minimum, l))" : "purchase for \(TextFormat.euro(minimum, l))" }),
                years: [year], sources: [engine.law.source(engine.law.investeringsaftrek.minimumPerAsset.source, forYear: year)]) {
                advice.append(item)
            }
        }
        return advice
    }

    /// Items under €450 bought together: if they form one business asset (used as a unit), they count together.
    func partsFormOneAsset(_ register: Register, report: Report, today: Day, calendar: FiscalCalendar) throws(EngineError) -> [Advice] {
        let minimum = engine.law.investeringsaftrek.minimumPerAsset.value
        var groups: [Day: [Int]] = [:]
        for (index, asset) in register.assets.enumerated()
        where asset.committed >= today && asset.part == nil && asset.cost < minimum && asset.kind == .other {
            groups[asset.committed, default: []].append(index)
        }
        var advice: [Advice] = []
        for (day, indices) in groups.sorted(by: { $0.key < $1.key }) where indices.count > 1 {
            let total = indices.reduce(Money.zero) { $0 + register.assets[$1].cost }
            guard total >= minimum else { continue }
            var advised = register
            let ids = indices.map { register.assets[$0].id }
            for index in indices { advised.assets[index].part = "set-" + ids.joined(separator: "-") }
            if let item = try compare(
                kind: .partsFormOneAsset, assetId: ids.first,
                title: .make { l in
                    l == .nl ? "\(ids.joined(separator: ", ")) (\(day)): als ze samen één bedrijfsmiddel vormen (part), telt \(TextFormat.euro(total, l)) mee"
                             : "\(ids.joined(separator: ", ")) (\(day)): if together they form one business asset (part), \(TextFormat.euro(total, l)) counts"
                },
                asIs: (register, LocalizedText(nl: "losse bedrijfsmiddelen, elk onder € 450", en: "separate assets, each under €450")),
                advised: (advised, LocalizedText(nl: "één bedrijfsmiddel (alleen als ze als eenheid worden gebruikt)",
                                                 en: "one business asset (only if they are used as a unit)")),
                years: [calendar.year(of: day)],
                sources: [LegalSource(article: "Besluit investeringsaftrek §2.2 (BWBR0034987)", version: "2014-03-17", status: .official)]) {
                advice.append(item)
            }
        }
        return advice
    }

    /// A planned purchase whose window spans a year-end: which boekjaar gives the most, with every table edge
    /// (the lower bound, the phase-out, the cliffs of 2002–2009, the upper bound) taken into account.
    func moveAcrossYearEnd(_ register: Register, base: Register, calendar: FiscalCalendar) throws(EngineError) -> [Advice] {
        var advice: [Advice] = []
        for purchase in register.planned {
            let first = calendar.year(of: purchase.earliest), last = calendar.year(of: purchase.latest)
            guard last > first else { continue }
            let later = calendar.start(first + 1)
            // Nothing can be bought after the end of the enterprise (staking).
            if let end = calendar.lastDay, later > end { continue }
            var advised = base
            guard let index = advised.assets.firstIndex(where: { $0.id == purchase.id }) else { continue }
            advised.assets[index] = purchase.asset(committedOn: later)
            guard var item = try compare(
                kind: .moveAcrossYearEnd, assetId: purchase.id,
                title: .make { l in
                    l == .nl ? "\(purchase.id) (\(TextFormat.euro(purchase.amount, l))): in \(first) of in \(first + 1) kopen?"
                             : "\(purchase.id) (\(TextFormat.euro(purchase.amount, l))): buy in \(first) or in \(first + 1)?"
                },
                asIs: (base, .make { l in l == .nl ? "aanschaf op \(purchase.earliest) (boekjaar \(first))" : "purchase on \(purchase.earliest) (year \(first))" }),
                advised: (advised, .make { l in l == .nl ? "aanschaf op \(later) (boekjaar \(first + 1))" : "purchase on \(later) (year \(first + 1))" }),
                years: [first, first + 1], sources: [source("art. 3.41 lid 1", first), source("art. 3.43 lid 1", first)]) else { continue }
            // Always advise the better of the two: swap when buying early is better.
            if item.difference.isNegative {
                swap(&item.asIs, &item.advised)
                item.difference = -item.difference
                item.title = .make { l in
                    l == .nl ? "\(purchase.id) (\(TextFormat.euro(purchase.amount, l))): koop in \(first), niet in \(first + 1)"
                             : "\(purchase.id) (\(TextFormat.euro(purchase.amount, l))): buy in \(first), not in \(first + 1)"
                }
            } else {
                item.title = .make { l in
                    l == .nl ? "\(purchase.id) (\(TextFormat.euro(purchase.amount, l))): koop na de jaarwisseling, in \(first + 1)"
                             : "\(purchase.id) (\(TextFormat.euro(purchase.amount, l))): buy after the year-end, in \(first + 1)"
                }
            }
            advice.append(item)
        }
        return advice
    }

    /// A year (from today on) whose investments are at or below the lower bound: how much more would start the KIA.
    func belowLowerBound(_ register: Register, report: Report, today: Day, calendar: FiscalCalendar) throws(EngineError) -> [Advice] {
        var advice: [Advice] = []
        for year in report.years where year.end >= today && year.investments.isPositive {
            guard let computation = year.kiaComputation, case .atOrBelowMinimum(let minimum) = computation.row else { continue }
            let needed = minimum - year.investments + ExactDecimal(significand: 1, scale: 2)
            var advised = register
            let day = Swift.max(today, year.start)
            advised.assets.append(Asset(id: "extra-investering-\(year.year)", committed: day, inUse: day, cost: needed))
            if let item = try compare(
                kind: .belowLowerBound, assetId: nil,
                title: .make { l in
                    l == .nl ? "\(year.year): investeringen \(TextFormat.euro(year.investments, l)) zijn niet meer dan \(TextFormat.euro(minimum, l)); met \(TextFormat.euro(needed, l)) meer (bijvoorbeeld een geplande aankoop naar voren halen) begint de KIA"
                             : "\(year.year): investments \(TextFormat.euro(year.investments, l)) are not more than \(TextFormat.euro(minimum, l)); \(TextFormat.euro(needed, l)) more (for example a planned purchase brought forward) starts the KIA"
                },
                asIs: (register, LocalizedText(nl: "zoals gepland", en: "as planned")),
                advised: (advised, .make { l in l == .nl ? "\(TextFormat.euro(needed, l)) extra investering in \(year.year)" : "\(TextFormat.euro(needed, l)) more investment in \(year.year)" }),
                years: [year.year], sources: [source("art. 3.41 lid 1", year.year)]) {
                advice.append(item)
            }
        }
        return advice
    }
}
