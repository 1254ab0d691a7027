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
    let amount: Money
    let soldBookValue: Money
    var used: [Int: Money] = [:]
    var released: (year: Int, amount: Money)?
    var explanation = Explanation()

    var usedTotal: Money { used.values.reduce(0, +) }
    func balance(endOf year: Int) -> Money {
        guard year >= formedYear else { return 0 }
        let usedSoFar = used.filter { $0.key <= year }.values.reduce(Money.zero, +)
        let releasedSoFar = released.flatMap { $0.year <= year ? $0.amount : nil } ?? 0
        return amount - usedSoFar - releasedSoFar
    }
}

extension Engine {
    func depreciation(of register: Register, businessAssetAmounts: [Money],
                      calendar: FiscalCalendar) throws(EngineError) -> RegisterDepreciation {
        let assets = register.assets
        // Each placeholder is replaced by the asset's schedule below (a schedule without lines is a small value).
        var result = RegisterDepreciation(schedules: assets.indices.map { .none(from: calendar.year(of: assets[$0].committed)) })
        // Ids are looked up only for a herinvesteringsreserve written off a replacement (rare).
        let indexById = !assets.contains(where: { $0.hir != nil }) ? [:]
            : Dictionary(assets.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })

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
            if let hir = assets[index].hir, indexById[hir.from] == nil || assets[indexById[hir.from] ?? index].disposal?.hir != true {
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

        // Assets without an afboeking first (their reserves are then known), then the replacements.
        var pending = Array(assets.indices)
        var done = [Bool](repeating: false, count: assets.count)
        while !pending.isEmpty {
            var progressed = false
            var next: [Int] = []
            for index in pending {
                var afboeking: Money = 0
                if let hir = assets[index].hir, let source = indexById[hir.from] {
                    guard done[source] else { next.append(index); continue }
                    afboeking = try hirAfboeking(assets[index], hir: hir, source: source, result: &result, calendar: calendar)
                }
                let input = DepreciationInput(asset: assets[index], calendar: calendar, taxpayer: register.entity.taxpayer,
                                              businessAssetAmount: businessAssetAmounts[index],
                                              scheme: schemes.isEmpty ? nil : schemes[index], schemeShare: shares[index] ?? 1,
                                              hirAfboeking: afboeking)
                let schedule = try depreciationSchedule(input)
                result.schedules[index] = schedule
                if let reserve = schedule.reserve {
                    result.reserves[index] = ReserveLedger(formedYear: reserve.year, amount: reserve.amount, soldBookValue: reserve.soldBookValue)
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

    /// The part of a reserve written off a replacement asset: at most what is left, within the term, and not
    /// below the sold asset's book value (the boekwaarde-eis, art. 3.54 lid 2).
    private func hirAfboeking(_ asset: Asset, hir: HIRAfboeking, source: Int, result: inout RegisterDepreciation,
                              calendar: FiscalCalendar) throws(EngineError) -> Money {
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
