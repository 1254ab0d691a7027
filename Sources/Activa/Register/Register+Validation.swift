extension Register {
    /// The register's semantic problems: what is well-formed but cannot be true. Parsing catches the rest.
    public func validationIssues() -> [RegisterIssue] {
        var issues: [RegisterIssue] = []
        let repeated = repeatedIds()
        var partYears: [String: Int] = [:]
        // Each asset is checked where it is stored, through a pointer: `for asset in assets`, and `assets[index]` as
        // an argument, copy every asset with all its fields.
        assets.withUnsafeBufferPointer { stored in
            guard let base = stored.baseAddress else { return }
            for index in stored.indices {
                appendIssues(of: base + index, repeated: repeated[index], partYears: &partYears, to: &issues)
            }
        }
        if assets.contains(where: { $0.building != nil }) { appendBuildingIssues(to: &issues) }
        if assets.contains(where: { $0.improves != nil || !$0.productionCosts.isEmpty }) { issues += improvementIssues() }
        if !entity.partners.isEmpty {
            var total: Rate = 0
            for (index, partner) in entity.partners.enumerated() {
                if partner.share.isNegative { issues.append(RegisterIssue(field: "entity.partners[\(index)].share", problem: .negative)) }
                total += partner.share
                for (year, amount) in partner.outsideInvestments where amount.isNegative {
                    issues.append(RegisterIssue(field: "entity.partners[\(index)].outsideInvestments.\(year)", problem: .negative))
                }
            }
            if total != 1 {
                issues.append(RegisterIssue(field: "entity.partners", problem: .sharesDoNotAddUp(total.description)))
            }
        }
        issues += stakingIssues()
        issues += openingIssues()
        if !closedYears.isEmpty { issues += closedYearIssues() }
        return issues
    }

    /// The problems of one asset, read where it is stored; `partYears` remembers the investment year of each `part`
    /// seen so far.
    private func appendIssues(of asset: UnsafePointer<Asset>, repeated: Bool, partYears: inout [String: Int], to issues: inout [RegisterIssue]) {
        let id = asset.pointee.id
        func issue(_ field: String, _ problem: RegisterIssue.Problem) {
            issues.append(RegisterIssue(assetId: id, field: field, problem: problem))
        }
        if repeated { issue("id", .duplicateId) }
        if asset.pointee.cost.isNegative { issue("cost", .negative) }
        if asset.pointee.residual.isNegative { issue("residual", .negative) }
        if asset.pointee.residual > asset.pointee.cost { issue("residual", .residualAboveCost) }
        if let life = asset.pointee.life, life <= 0 { issue("life", .notAPositiveWholeNumber(String(life))) }
        if let life = asset.pointee.life, life > 100 {
            issue("life", .rule(LocalizedText(nl: "een levensduur van meer dan 100 jaar is niet aannemelijk", en: "a useful life of more than 100 years is not plausible")))
        }
        if let inUse = asset.pointee.inUse, inUse < asset.pointee.committed { issue("inUse", .beforeCommitted(inUse.description)) }
        if let disposal = asset.pointee.disposal {
            if disposal.date < asset.pointee.committed { issue("disposal.date", .beforeCommitted(disposal.date.description)) }
            if disposal.price.isNegative { issue("disposal.price", .negative) }
        }
        if let payments = asset.pointee.payments {
            var total: Money = 0
            for (index, payment) in payments.enumerated() {
                if payment.amount.isNegative { issue("payments[\(index)].amount", .negative) }
                total += payment.amount
            }
            if total > asset.pointee.cost { issue("payments", .paymentsExceedCost) }
        }
        if !asset.pointee.reductions.isEmpty {
            var total: Money = 0
            for (index, reduction) in asset.pointee.reductions.enumerated() {
                if reduction.amount.isNegative { issue("reductions[\(index)].amount", .negative) }
                total += reduction.amount
            }
            if total > asset.pointee.cost {
                issue("reductions", .rule(LocalizedText(nl: "de subsidies, kortingen en teruggaven zijn samen hoger dan de aanschafkosten",
                                                        en: "the subsidies, discounts and refunds add up to more than the cost")))
            }
        }
        for (index, change) in asset.pointee.changesOfUse.enumerated() {
            if change.value.isNegative { issue("changesOfUse[\(index)].value", .negative) }
            if change.date < asset.pointee.committed { issue("changesOfUse[\(index)].date", .beforeCommitted(change.date.description)) }
            if let disposal = asset.pointee.disposal, change.date > disposal.date {
                issue("changesOfUse[\(index)].date", .rule(LocalizedText(nl: "ligt na de vervreemding (disposal.date)", en: "is after the disposal (disposal.date)")))
            }
        }
        if asset.pointee.eia, asset.pointee.mia != nil {
            issue("mia", .rule(LocalizedText(nl: "EIA en MIA gaan niet samen op één investering (art. 3.42a lid 6)",
                                             en: "EIA and MIA cannot both apply to one investment (art. 3.42a(6))")))
        }
        if let notified = asset.pointee.notified, notified < asset.pointee.committed {
            issue("notified", .beforeCommitted(notified.description))
        }
        if let part = asset.pointee.part {
            if let year = partYears[part], year != asset.pointee.committed.year {
                issue("part", .partsInDifferentYears)
            } else {
                partYears[part] = asset.pointee.committed.year
            }
        }
    }

    /// `building:` links land to its building, one asset with it for the bodemwaarde (art. 3.30a lid 2): only on
    /// land, and naming an asset of kind building in this register.
    private func appendBuildingIssues(to issues: inout [RegisterIssue]) {
        let kinds = Dictionary(assets.map { ($0.id, $0.kind) }, uniquingKeysWith: { first, _ in first })
        for index in assets.indices {
            guard let target = assets[index].building else { continue }
            let id = assets[index].id
            if assets[index].kind != .land {
                issues.append(RegisterIssue(assetId: id, field: "building", problem: .rule(.make { l in
                    l == .nl ? "alleen bij grond (kind: land): de grond die bij gebouw '\(target)' hoort; dit activum is \(assets[index].kind.rawValue)"
                             : "only on land (kind: land): the land that belongs to building '\(target)'; this asset is \(assets[index].kind.rawValue)"
                })))
            } else if let kind = kinds[target] {
                if kind != .building {
                    issues.append(RegisterIssue(assetId: id, field: "building", problem: .rule(.make { l in
                        l == .nl ? "'\(target)' is geen gebouw (kind: building) maar \(kind.rawValue); grond hoort bij een gebouw voor de bodemwaarde (art. 3.30a lid 2)"
                                 : "'\(target)' is not a building (kind: building) but \(kind.rawValue); land belongs to a building for the bodemwaarde (art. 3.30a(2))"
                    })))
                }
            } else {
                issues.append(RegisterIssue(assetId: id, field: "building", problem: .rule(.make { l in
                    l == .nl ? "er is geen activum '\(target)' in dit register; verwacht de id van een gebouw (kind: building)"
                             : "there is no asset '\(target)' in this register; expected the id of a building (kind: building)"
                })))
            }
        }
    }

    /// Per asset: whether an earlier asset has the same id. Found by sorting the positions by id (short ids compare
    /// in a few instructions; hashing every id into a set cost more than the rest of the validation).
    private func repeatedIds() -> [Bool] {
        var repeated = [Bool](repeating: false, count: assets.count)
        guard assets.count > 1 else { return repeated }
        let ids = assets.indices.map { assets[$0].id }
        let order = ids.indices.sorted { ids[$0] < ids[$1] || (ids[$0] == ids[$1] && $0 < $1) }
        for position in order.indices.dropFirst() where ids[order[position]] == ids[order[position - 1]] {
            repeated[order[position]] = true
        }
        return repeated
    }
}
