extension Register {
    /// The problems of verbeteringen (`improves`) and voortbrengingskosten (`productionCosts`): an improvement names an
    /// asset of this register that is not itself an improvement, and takes that asset's kind, life and method; the
    /// costs of a self-made asset are its cost and its payments.
    func improvementIssues() -> [RegisterIssue] {
        var issues: [RegisterIssue] = []
        let byId = Dictionary(assets.indices.map { (assets[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
        let calendar = entity.calendar
        for index in assets.indices {
            let asset = assets[index]
            func issue(_ field: String, _ nl: String, _ en: String) {
                issues.append(RegisterIssue(assetId: asset.id, field: field, problem: .rule(LocalizedText(nl: nl, en: en))))
            }
            if let target = asset.improves {
                guard let parentIndex = byId[target], target != asset.id else {
                    issue("improves", target == asset.id ? "een activum kan niet zichzelf verbeteren" : "er is geen activum '\(target)' in dit register; verwacht de id van het bedrijfsmiddel dat verbeterd wordt",
                          target == asset.id ? "an asset cannot improve itself" : "there is no asset '\(target)' in this register; expected the id of the asset that is improved")
                    continue
                }
                let parent = assets[parentIndex]
                if let grandparent = parent.improves {
                    issue("improves", "'\(target)' is zelf een verbetering (van '\(grandparent)'); verwijs naar het bedrijfsmiddel dat verbeterd wordt",
                          "'\(target)' is itself an improvement (of '\(grandparent)'); refer to the asset that is improved")
                }
                if asset.life != nil {
                    issue("life", "een verbetering wordt afgeschreven over wat er over is van de levensduur van '\(target)' (art. 3.30); laat life weg, of pas de levensduur van '\(target)' aan",
                          "an improvement is depreciated over what is left of the life of '\(target)' (art. 3.30); leave life out, or change the life of '\(target)'")
                }
                if asset.kind != .other, asset.kind != parent.kind {
                    issue("kind", "een verbetering heeft de soort van '\(target)' (\(parent.kind.rawValue)); laat kind weg",
                          "an improvement has the kind of '\(target)' (\(parent.kind.rawValue)); leave kind out")
                }
                if let category = asset.balanceCategory, category != parent.category {
                    issue("balanceCategory", "een verbetering staat op de balans bij '\(target)' (\(parent.category.name.nl)); laat balanceCategory weg",
                          "an improvement is on the balance sheet with '\(target)' (\(parent.category.name.en)); leave balanceCategory out")
                }
                if case .decliningBalance = asset.method {
                    issue("method", "een verbetering wordt afgeschreven zoals '\(target)'; laat method weg",
                          "an improvement is depreciated as '\(target)' is; leave method out")
                }
                if asset.committed < parent.committed {
                    issue("committed", "de verbetering (\(asset.committed)) ligt vóór de investering in '\(target)' (\(parent.committed))",
                          "the improvement (\(asset.committed)) is before the investment in '\(target)' (\(parent.committed))")
                }
                if let own = asset.disposal, let whole = parent.disposal, own.date > whole.date {
                    issue("disposal.date", "ligt na de vervreemding van '\(target)' (\(whole.date)): een verbetering gaat mee met het bedrijfsmiddel",
                          "is after the disposal of '\(target)' (\(whole.date)): an improvement leaves with the asset")
                }
                if let whole = parent.disposal, asset.committed > whole.date {
                    issue("committed", "ligt na de vervreemding van '\(target)' (\(whole.date))", "is after the disposal of '\(target)' (\(whole.date))")
                }
            }
            guard !asset.productionCosts.isEmpty else { continue }
            var total: Money = 0
            var first = asset.productionCosts[0].date
            var years = Set<Int>()
            for (position, cost) in asset.productionCosts.enumerated() {
                if cost.amount.isNegative { issues.append(RegisterIssue(assetId: asset.id, field: "productionCosts[\(position)].amount", problem: .negative)) }
                total += cost.amount
                first = Swift.min(first, cost.date)
                years.insert(calendar.year(of: cost.date))
            }
            if asset.payments != nil {
                issue("payments", "bij voortbrengingskosten tellen de gemaakte kosten als betaald; laat payments weg",
                      "with productionCosts the costs made count as paid; leave payments out")
            }
            if asset.cost != total {
                issue("cost", "\(TextFormat.euro(asset.cost, .nl)) is niet het totaal van de voortbrengingskosten (\(TextFormat.euro(total, .nl))); laat cost weg of maak ze gelijk",
                      "\(TextFormat.euro(asset.cost, .en)) is not the total of the productionCosts (\(TextFormat.euro(total, .en))); leave cost out or make them equal")
            }
            if asset.committed != first {
                issue("committed", "bij voortbrengingskosten is de investeringsdatum de dag van de eerste kosten (\(first)) (art. 3.43 lid 1); laat committed weg",
                      "with productionCosts the investment date is the day of the first costs (\(first)) (art. 3.43(1)); leave committed out")
            }
            guard years.count > 1 else { continue }
            if asset.improves != nil {
                issue("productionCosts", "een verbetering met kosten in meer dan één boekjaar: neem per boekjaar een eigen verbetering op",
                      "an improvement with costs in more than one boekjaar: enter one improvement per boekjaar")
            }
            if case .amounts = asset.willekeurig {
                issue("willekeurig", "willekeurige afschrijving in bedragen bij voortbrengingskosten in meer dan één boekjaar wordt nog niet ondersteund; kies maximum of geen",
                      "willekeurige afschrijving as amounts with productionCosts in more than one boekjaar is not supported yet; choose maximum or none")
            }
            if asset.eia || asset.mia != nil || asset.vamil {
                issue("productionCosts", "EIA, MIA of Vamil bij voortbrengingskosten in meer dan één boekjaar wordt nog niet ondersteund (de melding per investering)",
                      "EIA, MIA or Vamil with productionCosts in more than one boekjaar is not supported yet (the notification per investment)")
            }
            if asset.hir != nil {
                issue("hir", "een herinvesteringsreserve afboeken op voortbrengingskosten in meer dan één boekjaar wordt nog niet ondersteund",
                      "writing a herinvesteringsreserve off productionCosts in more than one boekjaar is not supported yet")
            }
            for year in years where year != calendar.year(of: first) {
                let derived = Register.productionCostsId(asset.id, year)
                if byId[derived] != nil {
                    issue("id", "de voortbrengingskosten van \(year) worden '\(derived)'; die id bestaat al", "the productionCosts of \(year) become '\(derived)'; that id already exists")
                }
            }
        }
        return issues
    }

    /// The id of the line that holds a later boekjaar's voortbrengingskosten of an asset.
    static func productionCostsId(_ id: String, _ year: Int) -> String { "\(id)-\(year)" }
}
