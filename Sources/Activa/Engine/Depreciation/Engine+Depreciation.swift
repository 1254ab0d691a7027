/// The depreciation of every asset of a register, with the herinvesteringsreserve that links them.
struct RegisterDepreciation {
    /// Per asset (by index): its schedule (every asset has one; one without depreciation carries its cost).
    var schedules: [DepreciationSchedule]
    /// Per reserve (by the disposed asset's index): formation, use per year, release.
    var reserves: [Int: ReserveLedger] = [:]
}

/// One herinvesteringsreserve: formed at a disposal, written off replacement assets, released after its term.
struct ReserveLedger {
    let formedYear: Int
    var amount: Money
    var soldBookValue: Money
    var used: [Int: Money] = [:]
    var released: (year: Int, amount: Money)?
    var explanation = Explanation()
    /// A reserve taken over with a running activastaat (`opening.reserves`): its id there.
    var takenOver: String? = nil
    /// For a reserve taken over: the opening year, whose explanation says so.
    var openingYear: Int? = nil

    var usedTotal: Money { used.values.reduce(0, +) }
    func balance(endOf year: Int) -> Money {
        guard year >= formedYear else { return 0 }
        let usedSoFar = used.filter { $0.key <= year }.values.reduce(Money.zero, +)
        let releasedSoFar = released.flatMap { $0.year <= year ? $0.amount : nil } ?? 0
        return amount - usedSoFar - releasedSoFar
    }
}

extension Engine {
    func depreciation(of register: Register, businessAssetAmounts: [Money], links: ImprovementLinks = .none,
                      calendar: FiscalCalendar) throws(EngineError) -> RegisterDepreciation {
        let assets = register.assets
        // Each placeholder is replaced by the asset's schedule below (a schedule without lines is a small value).
        var result = RegisterDepreciation(schedules: assets.indices.map { .none(from: calendar.year(of: assets[$0].committed)) })
        // A running activastaat taken over: each older asset starts from its filed figures, and the reserves held at
        // the opening are ledgers of their own, after the assets' (by index `assets.count + position`).
        let opening = register.opening
        let openings: [ScheduleOpening?] = opening.map { opening in
            assets.indices.map { index in
                opening.assets[assets[index].id].map {
                    ScheduleOpening(year: opening.year, bookValue: $0.bookValue, bookValueWithoutWillekeurig: $0.shadowBookValue(cost: assets[index].cost),
                                    willekeurigTaken: $0.willekeurigTaken, bookValue2007: $0.bookValue2007, source: opening.source)
                }
            }
        } ?? []
        let reservesTakenOver = opening?.reserves ?? []
        for (position, reserve) in reservesTakenOver.enumerated() {
            result.reserves[assets.count + position] = ReserveLedger(formedYear: reserve.formedYear, amount: reserve.amount,
                                                                     soldBookValue: reserve.soldBookValue, takenOver: reserve.id,
                                                                     openingYear: opening?.year)
        }
        // Ids are looked up only for a herinvesteringsreserve written off a replacement (rare).
        var indexById: [String: Int] = !assets.contains(where: { $0.hir != nil }) ? [:]
            : Dictionary(assets.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        if !indexById.isEmpty {
            for (position, reserve) in reservesTakenOver.enumerated() { indexById[reserve.id] = assets.count + position }
        }
        /// Whether `index` is a disposal that formed a reserve: an asset sold with `disposal.hir`, or a reserve taken over.
        func formsReserve(_ index: Int) -> Bool { index >= assets.count || assets[index].disposal?.hir == true }

        // The scheme of each asset for which willekeurige afschrijving is chosen; no array at all when none is (a
        // scheme is a 312-byte value, so an array of them is costly to make even when empty).
        var schemes = [WillekeurigScheme?](repeating: nil, count: assets.contains(where: { $0.willekeurig.isChosen }) ? assets.count : 0)
        var issues: [RegisterIssue] = []
        // Assets are read in place by index (`for asset in assets` copies each one, with all its fields).
        for index in assets.indices where assets[index].willekeurig.isChosen {
            switch WillekeurigEligibility.find(for: assets[index], entity: register.entity, businessAssetAmount: businessAssetAmounts[index], law: law) {
            case .scheme(let scheme): schemes[index] = scheme
            case .none(let reason): issues.append(RegisterIssue(assetId: assets[index].id, field: "willekeurig", problem: .rule(reason)))
            }
        }
        for index in assets.indices {
            if let hir = assets[index].hir, !(indexById[hir.from].map(formsReserve) ?? false) {
                issues.append(RegisterIssue(assetId: assets[index].id, field: "hir.from", problem: .rule(.make { l in
                    l == .nl ? "'\(hir.from)' is geen vervreemd bedrijfsmiddel met een herinvesteringsreserve (disposal.hir: true)"
                             : "'\(hir.from)' is not a disposed asset with a herinvesteringsreserve (disposal.hir: true)"
                })))
            }
        }
        guard issues.isEmpty else { throw .invalidRegister(issues) }

        // The starters ceiling (UWA art. 8): per year, assets within the ceiling in register order.
        var shares = [Rate?](repeating: nil, count: assets.count)
        var startersTotals: [Int: Money] = [:]
        for index in schemes.indices where schemes[index]?.id == .starters {
            let year = calendar.year(of: assets[index].committed), cost = assets[index].cost
            guard let ceiling = WillekeurigScheme.startersCeiling(year, law: law) else { continue }
            let before = startersTotals[year, default: 0]
            startersTotals[year] = before + cost
            if before + cost > ceiling, cost.isPositive {
                shares[index] = Money.max(0, ceiling - before).divided(by: cost, scale: 6, rounding: .down)
            }
        }

        // Land registered under a building (`building:`), by the building's index: one asset with it for the
        // bodemwaarde (art. 3.30a lid 2). Looked up only when a register links land (rare).
        var landByBuilding: [Int: [AttachedLand]] = [:]
        if assets.contains(where: { $0.building != nil }) {
            let buildingIndex = Dictionary(assets.indices.filter { assets[$0].kind == .building }.map { (assets[$0].id, $0) },
                                           uniquingKeysWith: { first, _ in first })
            for index in assets.indices {
                guard let id = assets[index].building, let target = buildingIndex[id] else { continue }
                landByBuilding[target, default: []].append(AttachedLand(
                    id: assets[index].id, cost: assets[index].cost, firstYear: calendar.year(of: assets[index].committed),
                    disposalYear: assets[index].disposal.map { calendar.year(of: $0.date) }))
            }
        }

        // An improvement after the asset it improves (it is depreciated with it); a replacement after the asset whose
        // reserve it uses, and after that asset's improvements (their reserves are one with it).
        var improvementsOf: [Int: [Int]] = [:]
        if !links.isEmpty {
            for index in assets.indices { if let parent = links.parent(of: index) { improvementsOf[parent, default: []].append(index) } }
        }
        var pending = Array(assets.indices)
        var done = [Bool](repeating: false, count: assets.count)
        while !pending.isEmpty {
            var progressed = false
            var next: [Int] = []
            for index in pending {
                var afboeking: Money = 0
                var parent: ParentDepreciation?
                if let parentIndex = links.parent(of: index) {
                    guard done[parentIndex] else { next.append(index); continue }
                    parent = parentDepreciation(assets[parentIndex], schedule: result.schedules[parentIndex],
                                                productionCosts: links.productionTranche[index])
                }
                if let hir = assets[index].hir, let source = indexById[hir.from] {
                    let takenOver = source >= assets.count
                    guard takenOver || done[source], improvementsOf[source]?.allSatisfy({ done[$0] }) ?? true else { next.append(index); continue }
                    // A reserve taken over: whether its sold asset was not depreciated, or over more than ten years,
                    // is the register's statement (`soldLongTerm`).
                    let soldLong = takenOver && reservesTakenOver[source - assets.count].soldLongTerm
                    afboeking = try hirAfboeking(assets[index], hir: hir, source: source, soldKind: takenOver ? .other : assets[source].kind,
                                                 soldLife: takenOver ? (soldLong ? nil : 1) : assets[source].life, result: &result, calendar: calendar)
                }
                let input = DepreciationInput(asset: assets[index], calendar: calendar, taxpayer: register.entity.taxpayer,
                                              businessAssetAmount: businessAssetAmounts[index],
                                              scheme: schemes.isEmpty ? nil : schemes[index], schemeShare: shares[index] ?? 1,
                                              hirAfboeking: afboeking,
                                              land: landByBuilding.isEmpty ? [] : landByBuilding[links.parent(of: index) ?? index] ?? [],
                                              parent: parent, priceAllocation: links.priceAllocations.isEmpty ? nil : links.priceAllocations[index],
                                              opening: openings.isEmpty ? nil : openings[index])
                let schedule = try depreciationSchedule(input)
                result.schedules[index] = schedule
                if let reserve = schedule.reserve {
                    // The reserve of an improvement sold with its asset is one with the asset's (`hir.from` names the asset).
                    let owner = links.priceAllocations[index] != nil ? links.parent(of: index) ?? index : index
                    if var ledger = result.reserves[owner] {
                        ledger.amount += reserve.amount
                        ledger.soldBookValue += reserve.soldBookValue
                        result.reserves[owner] = ledger
                    } else {
                        result.reserves[owner] = ReserveLedger(formedYear: reserve.year, amount: reserve.amount, soldBookValue: reserve.soldBookValue)
                    }
                }
                done[index] = true
                progressed = true
            }
            if !progressed {
                throw .invalidRegister(next.map { RegisterIssue(assetId: assets[$0].id, field: "hir.from", problem: .rule(
                    LocalizedText(nl: "kringverwijzing tussen herinvesteringsreserves", en: "circular reference between herinvesteringsreserves"))) })
            }
            pending = next
        }

        // Release what is unused at the end of the third year after formation (art. 3.54 lid 5).
        let term = 3
        for (index, var ledger) in result.reserves {
            let left = ledger.amount - ledger.usedTotal
            if left.isPositive {
                ledger.released = (ledger.formedYear + term, left)
            }
            result.reserves[index] = ledger
        }
        return result
    }

    /// What an improvement needs of the asset it improves, once that asset's schedule is computed.
    private func parentDepreciation(_ parent: Asset, schedule: DepreciationSchedule, productionCosts: Bool) -> ParentDepreciation {
        let lifeEnd = parent.inUse.flatMap { inUse in parent.life.map { inUse.adding(months: $0 * 12).previousDay } }
        let capRate = parent.kind == .goodwill ? law.depreciation.goodwillYearlyCap : law.depreciation.yearlyCap
        let cost = parent.cost - (schedule.lines.first?.hirAfboeking ?? 0)
        // An asset from before 2007 has the transitional maximum on its book value (art. 10a.3): no room shared.
        let capped = parent.committed >= Day.startOfYear(law.depreciation.capsFrom.value)
        return ParentDepreciation(id: parent.id, lifeEnd: lifeEnd, inUse: parent.inUse, disposal: parent.disposal?.date,
                                  capOfCost: capped ? capRate.value * cost : 0, schedule: schedule, productionCosts: productionCosts)
    }

    /// The part of a reserve written off a replacement asset: at most what is left, within the term, and not
    /// below the sold asset's book value (the boekwaarde-eis, art. 3.54 lid 2).
    private func hirAfboeking(_ asset: Asset, hir: HIRAfboeking, source: Int, soldKind: AssetKind, soldLife: Int?,
                              result: inout RegisterDepreciation, calendar: FiscalCalendar) throws(EngineError) -> Money {
        guard var ledger = result.reserves[source] else {
            throw issue(asset, "hir.from", .rule(.make { l in
                l == .nl ? "'\(hir.from)' heeft geen herinvesteringsreserve gevormd (geen boekwinst, of geen levensduur om de boekwaarde te bepalen)"
                         : "'\(hir.from)' formed no herinvesteringsreserve (no gain, or no life to determine its book value)"
            }))
        }
        let year = calendar.year(of: asset.committed)
        let term = 3
        guard year >= ledger.formedYear, year <= ledger.formedYear + term else {
            throw issue(asset, "hir.from", .rule(.make { l in
                l == .nl ? "de herinvesteringsreserve uit \(ledger.formedYear) kan alleen worden afgeboekt op investeringen in \(ledger.formedYear)–\(ledger.formedYear + term) (art. 3.54 lid 1)"
                         : "the herinvesteringsreserve of \(ledger.formedYear) can only be written off investments in \(ledger.formedYear)–\(ledger.formedYear + term) (art. 3.54(1))"
            }))
        }
        // Art. 3.54 lid 4: when the sold asset or this one is not depreciated, or over more than ten years (the usual
        // term, Besluit HIR §3.2: the register's life), the reserve goes only onto an asset with the same economic
        // function, both ways: a machine's reserve not onto a building, nor a building's onto a machine.
        let soldTerm = HIRTerm(kind: soldKind, life: soldLife), newTerm = HIRTerm(kind: asset.kind, life: asset.life)
        if (soldTerm.isLong || newTerm.isLong) && !hir.sameFunction {
            throw issue(asset, "hir.sameFunction", .rule(.make { l in
                let which = soldTerm.isLong ? (l == .nl ? "'\(hir.from)' \(soldTerm.describe(l))" : "'\(hir.from)' \(soldTerm.describe(l))")
                                            : (l == .nl ? "dit bedrijfsmiddel \(newTerm.describe(l))" : "this asset \(newTerm.describe(l))")
                return l == .nl
                    ? "de herinvesteringsreserve uit '\(hir.from)' mag hier alleen op als dit bedrijfsmiddel in de onderneming eenzelfde economische functie vervult, want \(which) (art. 3.54 lid 4 Wet IB 2001); is dat zo, zet dan hir.sameFunction: true"
                    : "the herinvesteringsreserve of '\(hir.from)' may go onto this asset only if it serves the same economic function in the business, because \(which) (art. 3.54(4) Wet IB 2001); if it does, set hir.sameFunction: true"
            }))
        }
        let left = ledger.amount - ledger.usedTotal
        let boekwaardeEis = Money.max(0, asset.cost - ledger.soldBookValue)
        let allowed = Money.min(left, boekwaardeEis)
        let amount = hir.amount ?? allowed
        if amount > allowed {
            throw issue(asset, "hir.amount", .rule(.make { l in
                l == .nl ? "afboeking \(TextFormat.euro(amount, l)) is meer dan toegestaan \(TextFormat.euro(allowed, l)): reserve over \(TextFormat.euro(left, l)), en de boekwaarde mag niet onder die van het verkochte bedrijfsmiddel (\(TextFormat.euro(ledger.soldBookValue, l))) komen"
                         : "write-off \(TextFormat.euro(amount, l)) is more than allowed \(TextFormat.euro(allowed, l)): reserve left \(TextFormat.euro(left, l)), and the book value may not drop below the sold asset's (\(TextFormat.euro(ledger.soldBookValue, l)))"
            }))
        }
        ledger.used[year, default: 0] += amount
        result.reserves[source] = ledger
        return amount
    }
}

/// Whether an asset counts as "not depreciated, or depreciated over more than ten years" for the herinvesteringsreserve
/// (art. 3.54 lid 3 and 4): land and securities, an asset without a life, or a life above ten years.
struct HIRTerm {
    let kind: AssetKind
    let life: Int?

    var notDepreciated: Bool { kind == .land || kind == .securities || life == nil }
    var isLong: Bool { notDepreciated || (life ?? 0) > 10 }

    func describe(_ language: Language) -> String {
        if notDepreciated { return language == .nl ? "wordt niet afgeschreven" : "is not depreciated" }
        return language == .nl ? "wordt afgeschreven in \(life ?? 0) jaar, meer dan tien" : "is depreciated over \(life ?? 0) years, more than ten"
    }
}

extension Engine {
    /// The readings of the depreciation rules this register meets where the law leaves room, for the report's notes.
    func depreciationPolicyNotes(_ register: Register) -> [PolicyNote] {
        var notes: [PolicyNote] = []
        let capsStart = Day.startOfYear(law.depreciation.capsFrom.value)
        if register.assets.contains(where: { $0.committed < capsStart }) {
            notes.append(PolicyNote(name: "transition2007", value: "monthsInUse", status: .derived, text: LocalizedText(
                nl: "overgangsrecht 2007 (art. 10a.3): V = de maanden in gebruik vóór het eerste boekjaar dat op of na 1 januari 2007 begint (de maand van ingebruikname telt volledig, ook bij afschrijving per dag); bij V ≥ 60 (goodwill 120) geen maximum",
                en: "transitional rule 2007 (art. 10a.3): V = the months in use before the first boekjaar starting on or after 1 January 2007 (the month of ingebruikname in full, also with proration by the day); with V ≥ 60 (goodwill 120) no maximum")))
        }
        if register.assets.contains(where: { $0.hir != nil }) {
            notes.append(PolicyNote(name: "hirTenYears", value: "registerLife", status: .derived, text: LocalizedText(
                nl: "herinvesteringsreserve: of een bedrijfsmiddel in meer dan tien jaar wordt afgeschreven (art. 3.54 lid 4) volgt uit zijn levensduur in het register (de gebruikelijke termijn, Besluit HIR §3.2); grond, effecten en een activum zonder levensduur worden niet afgeschreven; eenzelfde economische functie zegt het register (hir.sameFunction)",
                en: "herinvesteringsreserve: whether an asset is depreciated over more than ten years (art. 3.54(4)) follows from its life in the register (the usual term, Besluit HIR §3.2); land, securities and an asset without a life are not depreciated; the register states the same economic function (hir.sameFunction)")))
        }
        return notes
    }
}
