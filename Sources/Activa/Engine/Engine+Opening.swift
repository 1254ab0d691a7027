/// What the report says about a running activastaat taken over (docs/law/opening-balance.md): the readings Activa
/// makes where the law is silent, and the opening figures that are allowed but worth a second look.
extension Engine {
    func openingPolicyNotes(_ register: Register) -> [PolicyNote] {
        guard let opening = register.opening else {
            guard let last = register.closedYears.last else { return [] }
            return [PolicyNote(name: "filedYears", value: "keepAsFiled", status: .derived, text: .make { l in
                l == .nl ? "de jaren tot en met \(last.year) zijn afgesloten: hun aangegeven cijfers blijven staan; rekent Activa ze nu anders, dan zeggen de waarschuwingen wat en waarom, en gaat het verschil in de boekwaarden als foutenherstel in \(last.year + 1) (foutenleer)"
                         : "the years up to and including \(last.year) are closed: their filed figures stay; if Activa computes them differently now, the warnings say what and why, and the difference in the book values goes into \(last.year + 1) as a foutenherstel (foutenleer)"
            })]
        }
        return [
            PolicyNote(name: "filedYears", value: "keepAsFiled", status: .derived, text: .make { l in
                l == .nl ? "de jaren vóór \(opening.year) zijn aangegeven: Activa rekent ze niet opnieuw uit en gaat verder vanaf de overgenomen boekwaarden (balanscontinuïteit, art. 3.25)"
                         : "the years before \(opening.year) are filed: Activa does not compute them again and continues from the book values taken over (balance continuity, art. 3.25)"
            }),
            PolicyNote(name: "openingRemainder", value: "remainingLife", status: .unconfirmed, text: LocalizedText(
                nl: "een overgenomen bedrijfsmiddel (lineair) wordt verder afgeschreven met de boekwaarde min de restwaarde, verdeeld over de resterende levensduur vanaf het beginjaar; binnen 20% van de aanschafprijs per jaar (art. 3.30)",
                en: "an asset taken over (straight line) is depreciated further by its book value less the residual value, spread over the remaining life from the opening year; within 20% of the cost a year (art. 3.30)")),
        ]
    }

    /// Opening figures the law allows but that point to something to check: a life that has ended with a book value
    /// above the residual value.
    func openingWarnings(_ register: Register) -> [ReportWarning] {
        guard let opening = register.opening else { return [] }
        var warnings: [ReportWarning] = []
        let start = register.entity.calendar.start(opening.year)
        for index in register.assets.indices {
            let asset = register.assets[index]
            // Within the five years of art. 3.47 lid 2 without the KIA it received: a sale then gives no bijtelling,
            // which is right only if no KIA was taken (the kinds that never have KIA aside).
            let investmentYear = asset.committed.year
            if let figures = opening.assets[asset.id], figures.kia == nil, figures.eia.isZero, figures.mia.isZero,
               investmentYear + 4 >= opening.year, !(asset.cost < law.investeringsaftrek.minimumPerAsset.value),
               law.investeringsaftrek.kindExclusion(asset.kind, year: investmentYear) == nil {
                warnings.append(ReportWarning(assetId: asset.id, text: .make { l in
                    l == .nl ? "geen KIA van \(investmentYear) opgegeven (opening.kia): bij verkoop tot en met 31-12-\(investmentYear + 4) rekent Activa dan geen desinvesteringsbijtelling; geef de KIA (bedrag of percentage) als die is genoten"
                             : "no KIA of \(investmentYear) given (opening.kia): on a sale up to and including \(investmentYear + 4)-12-31 Activa then computes no desinvesteringsbijtelling; give the KIA (amount or percentage) if it was taken"
                }))
            }
            // The book value without willekeurige afschrijving defaults to the book value plus what was taken: right
            // only if nothing was depreciated normally after it (taken in the last year before the opening year).
            if let figures = opening.assets[asset.id], figures.willekeurigTaken.isPositive, figures.bookValueWithoutWillekeurig == nil,
               let inUse = asset.inUse, inUse.year < opening.year - 1 {
                let assumed = figures.shadowBookValue(cost: asset.cost)
                warnings.append(ReportWarning(assetId: asset.id, text: .make { l in
                    l == .nl ? "geen boekwaarde zonder willekeurige afschrijving opgegeven: Activa neemt de boekwaarde plus de genomen willekeurige afschrijving, \(TextFormat.euro(assumed, l)); dat klopt alleen als die in \(opening.year - 1) is genomen. Is zij eerder genomen, geef dan de boekwaarde zonder willekeurige afschrijving op (nodig voor de terugname en de herinvesteringsreserve)"
                             : "no book value without willekeurige afschrijving given: Activa takes the book value plus the willekeurige afschrijving taken, \(TextFormat.euro(assumed, l)); that is right only if it was taken in \(opening.year - 1). If it was taken earlier, give the book value without it (needed for the terugname and the herinvesteringsreserve)"
                }))
            }
            guard let figures = opening.assets[asset.id], let inUse = asset.inUse, let life = asset.life,
                  figures.bookValue > asset.residual else { continue }
            let lifeEnd = RemainingLife.lifeEnd(inUse: inUse, life: life, monthly: options.proration == .monthly)
            guard lifeEnd < start else { continue }
            warnings.append(ReportWarning(assetId: asset.id, text: .make { l in
                l == .nl ? "de levensduur eindigde op \(lifeEnd), maar de boekwaarde \(TextFormat.euro(figures.bookValue, l)) ligt nog boven de restwaarde: Activa schrijft het restant af binnen 20% van de aanschafprijs per jaar; klopt de levensduur?"
                         : "the life ended on \(lifeEnd), but the book value \(TextFormat.euro(figures.bookValue, l)) is still above the residual value: Activa depreciates the rest within 20% of the cost a year; is the life right?"
            }))
        }
        return warnings
    }
}

extension Engine {
    /// KIA received that the law of its investment year cannot have given: on a kind art. 3.45 excludes, or more than
    /// the table's highest percentage of the cost (art. 3.41 lid 1). Errors: the bijtelling would be computed on it.
    func takenOverAftrekIssues(_ register: Register) -> [RegisterIssue] {
        guard let opening = register.opening else { return [] }
        var issues: [RegisterIssue] = []
        for asset in register.assets {
            guard let received = opening.assets[asset.id]?.kia else { continue }
            let year = asset.committed.year
            if let (reason, article) = law.investeringsaftrek.kindExclusion(asset.kind, year: year) {
                issues.append(RegisterIssue(assetId: asset.id, field: "opening.kia", problem: .rule(.make { l in
                    l == .nl ? "\(reason.nl) (\(article)); laat de KIA leeg of kies de juiste soort"
                             : "\(reason.en) (\(article)); leave the KIA empty or choose the right kind"
                })))
                continue
            }
            guard let highest = law.kiaTables[year]?.highestRate else { continue }
            let tooMuch: Bool
            switch received {
            case .percentage(let rate): tooMuch = rate > highest
            case .amount(let amount): tooMuch = amount > highest * asset.cost
            }
            if tooMuch {
                issues.append(RegisterIssue(assetId: asset.id, field: "opening.kia", problem: .rule(.make { l in
                    l == .nl ? "meer dan \(TextFormat.percent(highest, l)) van de aanschafprijs \(TextFormat.euro(asset.cost, l)): de KIA-tabel van \(year) geeft nooit meer (art. 3.41 lid 1)"
                             : "more than \(TextFormat.percent(highest, l)) of the cost \(TextFormat.euro(asset.cost, l)): the KIA table of \(year) never gives more (art. 3.41(1))"
                })))
            }
        }
        return issues
    }

    /// The EIA and MIA of each asset taken over: the amounts it received, as filed (its investment year is not computed).
    func takenOverDeductions(_ special: SpecialDeductions, takenOver: [AssetOpening?]) -> SpecialDeductions {
        guard !takenOver.isEmpty else { return special }
        var result = special
        for index in takenOver.indices {
            guard let figures = takenOver[index] else { continue }
            result.eia[index] = figures.eia
            result.mia[index] = figures.mia
        }
        return result
    }

    /// Undoings dated before the opening year are in the filed years: not computed again.
    func withoutFiledUndoings(_ undoings: [Undoing?], opening start: Day?) -> [Undoing?] {
        guard let start else { return undoings }
        return undoings.map { undoing in undoing.flatMap { $0.date < start ? nil : $0 } }
    }
}
