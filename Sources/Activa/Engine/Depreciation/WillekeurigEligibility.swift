/// Which willekeurige-afschrijving scheme applies to an asset, or why none does.
enum WillekeurigEligibility {
    case scheme(WillekeurigScheme)
    case none(LocalizedText)

    /// The scheme for `asset`: the one it names, or else Vamil, starters, then the temporary scheme of its
    /// commitment date (art. 3.39: the period of the commitment decides).
    static func find(for asset: Asset, entity: Entity, businessAssetAmount: Money, law: Law) -> WillekeurigEligibility {
        let schemes = law.willekeurigSchemes
        let boekjaar = entity.calendar.year(of: asset.committed)
        // The schemes' positions in the order they are tried: a scheme is a large value, and a filtered list of
        // schemes would copy each one.
        let order: [Int]
        if let forced = asset.willekeurigScheme {
            order = schemes.indices.filter { schemes[$0].id == forced }
        } else {
            order = schemes.indices.filter { schemes[$0].id == .vamil && asset.vamil }
                + schemes.indices.filter { schemes[$0].id == .starters && entity.startersYears.contains(boekjaar) }
                + schemes.indices.filter { schemes[$0].id != .vamil && schemes[$0].id != .starters }
        }
        var reasons: [() -> LocalizedText] = []
        for position in order {
            if let reason = exclusion(of: asset, from: schemes[position], entity: entity, businessAssetAmount: businessAssetAmount, law: law) {
                let id = schemes[position].id
                if asset.willekeurigScheme != nil || id == .vamil || id == .starters || schemes[position].window.map({ $0.contains(asset.committed) }) == true {
                    reasons.append(reason)
                }
                continue
            }
            return .scheme(schemes[position])
        }
        if reasons.isEmpty {
            reasons.append({ .make { l in
                l == .nl ? "geen regeling voor willekeurige afschrijving voor een investering op \(asset.committed) (regelingen: 2009, 2010, 2011, 2013 (1 juli–31 december), 2023, starters, Vamil)"
                         : "no willekeurige-afschrijving scheme for an investment on \(asset.committed) (schemes: 2009, 2010, 2011, 2013 (1 July–31 December), 2023, starters, Vamil)"
            } })
        }
        let texts = reasons.map { $0() }
        return .none(LocalizedText(nl: texts.map(\.nl).joined(separator: "; "), en: texts.map(\.en).joined(separator: "; ")))
    }

    /// Why `scheme` does not apply to `asset`; nil when it does. The reason is written only when it is shown: most
    /// schemes are tried and passed over for every asset with willekeurige afschrijving.
    static func exclusion(of asset: Asset, from scheme: WillekeurigScheme, entity: Entity, businessAssetAmount: Money,
                          law: Law) -> (() -> LocalizedText)? {
        let name = scheme.name
        func because(_ nl: @autoclosure @escaping () -> String, _ en: @autoclosure @escaping () -> String) -> () -> LocalizedText {
            { LocalizedText(nl: "\(name.nl): \(nl())", en: "\(name.en): \(en())") }
        }
        if scheme.id == .vamil, !asset.vamil {
            return because("het bedrijfsmiddel staat niet als Vamil-middel in het register (vamil: true)", "the asset is not marked as a Vamil asset (vamil: true)")
        }
        // Vamil, like the MIA, only when the investment was notified to RVO within three months (UWA art. 2,
        // docs/law/willekeurig.md): without the date in the register, or after the term, no Vamil.
        if scheme.id == .vamil {
            let deadline = law.notificationTerm.value.lastDay(from: asset.committed)
            guard let notified = asset.notified else {
                return because("geen meldingsdatum (notified): zonder melding bij RVO binnen drie maanden (uiterlijk \(deadline)) geen Vamil",
                               "no notification date (notified): without notifying RVO within three months (by \(deadline)) no Vamil")
            }
            if notified > deadline {
                return because("te laat gemeld: \(notified), na de termijn van drie maanden (uiterlijk \(deadline)): geen Vamil",
                               "notified late: \(notified), after the three-month term (by \(deadline)): no Vamil")
            }
        }
        if let window = scheme.window, !window.contains(asset.committed) {
            return because("investeringsdatum \(asset.committed) valt buiten \(window.lowerBound)–\(window.upperBound)",
                           "commitment date \(asset.committed) is outside \(window.lowerBound)–\(window.upperBound)")
        }
        let boekjaar = entity.calendar.year(of: asset.committed)
        if scheme.id == .starters, !entity.startersYears.contains(boekjaar) {
            return because("\(boekjaar) is geen startersjaar (entity.startersYears)", "\(boekjaar) is not a starters year (entity.startersYears)")
        }
        if scheme.ibOnly, entity.taxpayer != .ib {
            return because("alleen voor IB-ondernemers, niet voor een BV", "only for IB entrepreneurs, not for a BV")
        }
        if scheme.requiresNew, asset.used {
            return because("alleen voor nieuwe (niet eerder gebruikte) bedrijfsmiddelen", "only for new (not previously used) assets")
        }
        if scheme.excludedKinds.contains(asset.kind) {
            return because("uitgesloten soort bedrijfsmiddel (\(asset.kind.rawValue))", "excluded kind of asset (\(asset.kind.rawValue))")
        }
        if asset.kind == .passengerCar || asset.kind == .efficientPassengerCar {
            if scheme.followsKIAExclusions, asset.kind == .passengerCar {
                return because("personenauto (art. 3.45)", "passenger car (art. 3.45)")
            }
            if let limit = scheme.carCO2Limit {
                let allowed = asset.diesel ? limit.diesel : limit.other
                guard let co2 = asset.co2, co2 <= allowed else {
                    return because("personenauto, alleen met een CO2-uitstoot van ten hoogste \(allowed) g/km (co2)",
                                   "passenger car, only with a CO2 emission of at most \(allowed) g/km (co2)")
                }
            }
        }
        if scheme.excludesRentedOut, asset.rentedOut {
            return because("hoofdzakelijk aan derden ter beschikking gesteld", "mainly made available to third parties")
        }
        if scheme.followsKIAExclusions {
            if let (reason, _) = law.investeringsaftrek.kindExclusion(asset.kind, year: asset.committed.year) {
                return { LocalizedText(nl: "\(name.nl): \(reason.nl)", en: "\(name.en): \(reason.en)") }
            }
            if asset.relatedParty, !asset.relatedPartyOntheffing { return because("verbonden partij (art. 3.46)", "related party (art. 3.46)") }
            if businessAssetAmount < law.investeringsaftrek.minimumPerAsset.value {
                return because("minder dan € 450 (art. 3.45 lid 2 sub b)", "less than €450 (art. 3.45(2)(b))")
            }
        }
        return nil
    }
}

extension WillekeurigScheme {
    /// The starters ceiling of a year (UWA art. 8): the largest investment total over which KIA can be obtained,
    /// read as the KIA table's upper bound (docs/law/willekeurig.md, DERIVED).
    static func startersCeiling(_ year: Int, law: Law) -> Money? {
        guard let table = law.kiaTables[year] else { return nil }
        switch table.schedule {
        case .fixedAmountWithPhaseOut(let rows): return rows.upperBound
        case .percentageOfTotal(_, let brackets): return brackets.last { $0.rate.isPositive }?.upTo
        }
    }
}
