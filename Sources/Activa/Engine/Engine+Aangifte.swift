extension Engine {
    /// The aangifte figures of one boekjaar of a report (`Aangifte`), in whole euros: the investeringsaftrek rounded
    /// up and the bijtelling down (in the taxpayer's favour, `RoundingPolicy.aangifte`), the activastaat's figures and
    /// the balance rubrieken the sums of the activastaat rows in whole euros (`RoundingPolicy.activastaat`), so that
    /// they agree with the activastaat printed in aangifte rounding to the euro.
    public func aangifte(_ report: Report, year: Int) -> Aangifte {
        let yearReport = report.year(year)
        let rounding = RoundingPolicy.aangifte
        let version = law.wetIBVersion(forYear: year)
        let totals = rounding.activastaat(yearReport)
        let rows = yearReport.assets.compactMap { asset in asset.depreciation.map { (asset, rounding.activastaat($0)) } }

        var figures: [AangifteFigure] = []
        func add(_ item: AangifteFigure.Item, _ amount: Money, exact: Money, _ effect: AangifteFigure.Effect,
                 _ lines: [AangifteLine], _ article: String, always: Bool = false) {
            guard always || !exact.isZero || !amount.isZero else { return }
            figures.append(AangifteFigure(item: item, amount: amount, exact: exact, effect: effect,
                                          lines: lines.filter { !$0.amount.isZero }, source: .wetIB(article, version: version)))
        }
        let assets = Array(yearReport.assets)
        let kia = rounding.apply(yearReport.kia, as: .deduction)
        let eia = rounding.apply(yearReport.eia, as: .deduction)
        let mia = rounding.apply(yearReport.mia, as: .deduction)
        add(.kia, kia, exact: yearReport.kia, .deduction, assets.map { AangifteLine(assetId: $0.id, amount: $0.kia) }, "art. 3.41", always: true)
        add(.eia, eia, exact: yearReport.eia, .deduction, assets.map { AangifteLine(assetId: $0.id, amount: $0.eia) }, "art. 3.42")
        add(.mia, mia, exact: yearReport.mia, .deduction, assets.map { AangifteLine(assetId: $0.id, amount: $0.mia) }, "art. 3.42a")
        add(.investeringsaftrek, kia + eia + mia, exact: yearReport.kia + yearReport.eia + yearReport.mia, .informative,
            assets.map { AangifteLine(assetId: $0.id, amount: $0.kia + $0.eia + $0.mia) }, "art. 3.40", always: true)
        let bijtelling = yearReport.desinvestering.bijtelling
        add(.desinvesteringsbijtelling, rounding.apply(bijtelling, as: .addition), exact: bijtelling, .addition,
            assets.map { AangifteLine(assetId: $0.id, amount: $0.disposal?.bijtelling ?? 0) }, "art. 3.47", always: true)
        add(.afschrijvingen, totals.depreciation, exact: yearReport.depreciation.depreciation, .deduction,
            rows.map { AangifteLine(assetId: $0.0.id, amount: $0.1.depreciation) }, "art. 3.30", always: true)
        add(.willekeurigeAfschrijving, totals.willekeurig, exact: yearReport.depreciation.willekeurig, .informative,
            rows.map { AangifteLine(assetId: $0.0.id, amount: $0.1.willekeurig) }, "art. 3.34")
        add(.terugname, totals.terugname, exact: yearReport.depreciation.terugname, .addition,
            rows.map { AangifteLine(assetId: $0.0.id, amount: $0.1.terugname) }, "art. 3.38")
        add(.boekwinst, totals.gain, exact: yearReport.depreciation.gain, .addition,
            rows.map { AangifteLine(assetId: $0.0.id, amount: $0.1.gain ?? 0) }, "art. 3.8")
        let hirRows = yearReport.assets.compactMap { asset in asset.depreciation.map { (asset.id, $0) } }
        add(.herinvesteringsreserveGevormd, totals.hirFormed, exact: yearReport.depreciation.hirFormed, .deduction,
            hirRows.map { AangifteLine(assetId: $0.0, amount: $0.1.hirFormed) }, "art. 3.54 lid 1")
        add(.herinvesteringsreserveAfgeboekt, totals.hirUsed, exact: yearReport.depreciation.hirUsed, .informative,
            hirRows.map { AangifteLine(assetId: $0.0, amount: $0.1.hirAfboeking) }, "art. 3.54 lid 1")
        add(.herinvesteringsreserveVrijgevallen, totals.hirReleased, exact: yearReport.depreciation.hirReleased, .addition, [], "art. 3.54 lid 5")
        add(.herinvesteringsreserveEind, totals.hirBalance, exact: yearReport.depreciation.hirBalance, .informative, [], "art. 3.54")
        if let correction = yearReport.foutenherstel, correction.closedYear < year {
            figures.append(AangifteFigure(
                item: .foutenherstel, amount: rounding.apply(correction.amount, as: .neutral), exact: correction.amount,
                effect: .addition, lines: correction.assets.map { AangifteLine(assetId: $0.id, amount: $0.amount) },
                source: Foutenherstel.source))
        }

        // The balance per rubriek: the rounded rows added up, so opening + movements = closing in each.
        var positions: [BalanceCategory: BalancePosition] = [:]
        for (asset, line) in rows {
            var position = positions[asset.category] ?? BalancePosition(
                category: asset.category, opening: 0, investments: 0, depreciation: 0, terugname: 0, disposals: 0, closing: 0, lines: [])
            position.opening += line.openingBookValue
            position.investments += line.investment
            position.depreciation += line.depreciation
            position.terugname += line.terugname
            position.disposals += line.disposalBookValue ?? 0
            position.closing += line.bookValue
            position.lines.append(BalanceLine(assetId: asset.id, opening: line.openingBookValue, closing: line.bookValue))
            positions[asset.category] = position
        }

        let partners = yearReport.partners.map { partner in
            PartnerAangifte(name: partner.name, share: partner.share, kia: rounding.apply(partner.kia, as: .deduction),
                            eia: rounding.apply(partner.eia, as: .deduction), mia: rounding.apply(partner.mia, as: .deduction),
                            desinvesteringsbijtelling: rounding.apply(partner.desinvesteringsbijtelling, as: .addition))
        }
        return Aangifte(year: year, start: yearReport.start, end: yearReport.end, taxpayer: report.entity.taxpayer,
                        closed: report.closedYears.contains { $0.closed.year == year }, figures: figures,
                        balance: positions.values.sorted { $0.category < $1.category }, partners: partners,
                        linesRecomputed: yearReport.linesRecomputed)
    }
}
