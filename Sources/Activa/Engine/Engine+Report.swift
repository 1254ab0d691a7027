extension Engine {
    /// Computes every year of a register: investments, KIA with the betalingscriterium, desinvesteringsbijtelling,
    /// and each partner's part.
    public func report(_ register: Register) throws(EngineError) -> Report {
        try report(register, digest: nil)
    }

    /// The report of a register with closed years, given the fingerprint of its content (`RegisterDigest`): a closed
    /// year whose figures differ is an edit when the fingerprint differs from the one it was closed with, and a change
    /// of Activa's rules when it is the same. Without it, the Activa version the year was closed with decides.
    public func report(_ register: Register, digest: String?) throws(EngineError) -> Report {
        guard options.explanations == Explanation.enabled else {
            do {
                return try Explanation.$enabled.withValue(options.explanations) { try self.report(register, digest: digest) }
            } catch let error as EngineError {
                throw error
            } catch {
                preconditionFailure("report throws only EngineError")
            }
        }
        let issues = register.validationIssues()
        guard issues.isEmpty else { throw .invalidRegister(issues) }
        let aftrekIssues = takenOverAftrekIssues(register)
        guard aftrekIssues.isEmpty else { throw .invalidRegister(aftrekIssues) }
        // Each entry one investment: improvements and a later boekjaar's voortbrengingskosten tied to their asset.
        let (register, links) = register.resolvingImprovements()
        let rules = law.investeringsaftrek
        let assets = register.assets
        let calendar = register.entity.calendar
        // Per-asset arrays are mapped over the indices: `assets.map` copies every asset into its closure.
        let investmentYears = assets.indices.map { calendar.year(of: assets[$0].committed) }
        // A running activastaat taken over: the figures as filed of each asset invested before the opening year (its
        // investment year is not computed again, docs/law/opening-balance.md). Empty without an opening.
        let opening = register.opening
        let takenOver: [AssetOpening?] = opening.map { opening in assets.indices.map { opening.assets[assets[$0].id] } } ?? []

        // One business asset per `part` for the €450 test (BIA §2.2).
        var partAmounts: [String: Money] = [:]
        var partCounts: [String: Int] = [:]
        // Assets are read in place by index (`for asset in assets` copies each one, with all its fields).
        // The €450 test reads the investeringsbedrag: the cost less a subsidy or discount in the investment year.
        let netCosts = assets.indices.map { index in
            assets[index].reductions.isEmpty ? assets[index].cost
                : assets[index].reductions.reduce(assets[index].cost) { calendar.year(of: $1.date) <= calendar.year(of: assets[index].committed) ? $0 - $1.amount : $0 }
        }
        for index in assets.indices {
            if let part = assets[index].part {
                partAmounts[part, default: 0] += netCosts[index]
                partCounts[part, default: 0] += 1
            }
        }
        // A self-made asset is one bedrijfsmiddel for the €450 test, whatever the boekjaren of its costs.
        var wholeAmounts: [Int: Money] = [:]
        if !links.isEmpty {
            for index in assets.indices where links.productionTranche[index] {
                guard let parent = links.parent(of: index) else { continue }
                wholeAmounts[parent, default: netCosts[parent]] += netCosts[index]
            }
            for index in assets.indices where links.productionTranche[index] {
                if let parent = links.parent(of: index) { wholeAmounts[index] = wholeAmounts[parent] }
            }
        }
        // Functions are given an asset's fields, not the asset: `assets[index]` as an argument copies all its fields.
        let eligibility = assets.indices.map { index in
            let part = assets[index].part, year = assets[index].committed.year
            return rules.kiaEligibility(kind: assets[index].kind, year: year, rentedOut: assets[index].rentedOut,
                                        relatedParty: assets[index].relatedParty, ontheffing: assets[index].relatedPartyOntheffing,
                                        businessAssetAmount: wholeAmounts[index] ?? part.flatMap { partAmounts[$0] } ?? netCosts[index],
                                        partCount: part.flatMap { partCounts[$0] } ?? 1,
                                        lawVersion: law.wetIBVersion(forYear: year))
        }

        var depreciation = try self.depreciation(of: register, businessAssetAmounts: eligibility.map(\.businessAssetAmount),
                                                 links: links, calendar: calendar)
        releaseReservesAtStaking(&depreciation, calendar: calendar)
        let investmentAmounts = self.investmentAmounts(assets, depreciation: depreciation, calendar: calendar)

        // The year totals and the table applied to each (art. 3.41 lid 1).
        var totals = YearMap<Money>()
        for index in assets.indices {
            guard takenOver.isEmpty || takenOver[index] == nil else { continue }
            totals[investmentYears[index], default: 0] += eligibility[index].qualifies ? investmentAmounts[index] : 0
        }
        var computations = YearMap<KIAComputation>()
        for (year, total) in totals {
            computations[year] = try kiaComputation(boekjaar: year, total: total, calendar: calendar,
                                                    investments: assets.indices.filter { eligibility[$0].qualifies && investmentYears[$0] == year }
                                                        .map { (assets[$0].committed, investmentAmounts[$0]) })
        }

        // A year in which the KIA is not claimed: nothing to allocate, and so nothing to add back later (art. 3.47).
        for year in register.entity.forgoKIA {
            if let computation = computations[year] { computations[year] = computation.forgone() }
        }

        // Each asset's part of its year's KIA, by investment amount (a named policy: the law does not say).
        var allocated = [Money](repeating: 0, count: assets.count)
        for (year, computation) in computations {
            let indices = assets.indices.filter { investmentYears[$0] == year && eligibility[$0].qualifies }
            let scale = Swift.max(Engine.divisionScale, computation.kia.scale)
            let parts = computation.kia.allocated(proportionalTo: indices.map { investmentAmounts[$0] }, scale: scale)
            for (position, index) in indices.enumerated() { allocated[index] = parts[position] }
        }
        // An asset taken over: the KIA it received in its investment year, as filed.
        for index in takenOver.indices { if let kia = takenOver[index]?.kia { allocated[index] = kia.amount(of: investmentAmounts[index]) } }

        // Undoings, disposals and the betalingscriterium per asset.
        let undoings = withoutFiledUndoings(assets.indices.map { index in
            Undoing.find(committed: assets[index].committed, cost: assets[index].cost, inUse: assets[index].inUse,
                         payments: assets[index].payments, disposal: assets[index].disposal?.date,
                         enterpriseEnd: calendar.lastDay, rules: rules)
        }, opening: opening.map { calendar.start($0.year) })
        let ends: [Day?] = assets.indices.map { index in
            switch (assets[index].disposal?.date, undoings[index]?.date) {
            case let (disposal?, undoing?): Swift.min(disposal, undoing)
            case let (disposal, undoing): disposal ?? undoing
            }
        }
        let special = try takenOverDeductions(specialDeductions(assets: assets, investmentAmounts: investmentAmounts,
                                                                businessAssetAmounts: eligibility.map(\.businessAssetAmount),
                                                                investmentYears: investmentYears, partners: register.entity.partners,
                                                                calendar: calendar, takenOver: takenOver), takenOver: takenOver)
        let stakingYear = calendar.lastDay.map { calendar.year(of: $0) }
        let timelines = assets.indices.map { index in
            let payments = assets[index].payments, committed = assets[index].committed, cost = assets[index].cost
            // Taken over: EIA and MIA were deducted in filed years; of the KIA, all but what is still deferred.
            let takenOverNow = !takenOver.isEmpty && takenOver[index] != nil
            let aftrek = allocated[index] + (takenOverNow ? 0 : special.eia[index] + special.mia[index])
            let before = takenOverNow ? opening.map { ($0.year, aftrek - (takenOver[index]?.kiaDeferred ?? 0)) } : nil
            return FormTimeline(PaymentRuleTimeline(amount: aftrek,
                                                    investmentYear: investmentYears[index], inUse: assets[index].inUse, end: ends[index],
                                                    calendar: calendar, stakingYear: undoings[index] == nil ? stakingYear : nil,
                                                    opening: before,
                                                    paidBy: { Asset.paid(by: $0, payments: payments, committed: committed, cost: cost) }),
                                kia: allocated[index], eia: takenOverNow ? 0 : special.eia[index], mia: takenOverNow ? 0 : special.mia[index],
                                from: investmentYears[index])
        }

        let desinvestering = try desinvesteringen(assets: assets, investmentAmounts: investmentAmounts, allocated: allocated, special: special, undoings: undoings,
                                                  computations: computations, timelines: timelines, calendar: calendar, takenOver: takenOver)

        // The years to report: from the first investment to the last year with anything in it.
        var lastYear = Swift.max(investmentYears.max() ?? 0, opening?.year ?? 0)
        for index in depreciation.schedules.indices { lastYear = Swift.max(lastYear, depreciation.schedules[index].lastYear) }
        for ledger in depreciation.reserves.values {
            lastYear = Swift.max(lastYear, ledger.released?.year ?? ledger.used.keys.max() ?? ledger.formedYear)
        }
        for timeline in timelines { lastYear = Swift.max(lastYear, timeline.lastYear) }
        for disposal in desinvestering.byAsset.values { lastYear = Swift.max(lastYear, calendar.year(of: disposal.date)) }
        // Art. 3.44 lid 2: the report ends with the boekjaar in which the enterprise stops.
        // A year asked for after the last one with anything in it still has its activastaat: the book values carried
        // (bounded, so that a far year costs little).
        if let asked = options.reportedYears?.upperBound, asked > lastYear, asked <= lastYear + 100, !assets.isEmpty {
            lastYear = asked
        }
        if let stakingYear { lastYear = Swift.min(lastYear, stakingYear) }
        // Taken over: the report begins with the opening year; the years before it are filed.
        // (No closure here: one that captures `lastYear`, a var, boxes it, and every later use pays for that.)
        let firstYear = Swift.min(opening?.year ?? investmentYears.min() ?? lastYear, lastYear)
        let partnerYears = try partnerParts(register: register, years: firstYear...Swift.max(firstYear, lastYear),
                                            totals: totals, investmentAmounts: investmentAmounts, qualifies: eligibility.map(\.qualifies),
                                            allocated: allocated, ends: ends, desinvestering: desinvestering, calendar: calendar,
                                            timelines: timelines)

        let provisional = provisionalFigures(assets: assets, qualifies: eligibility.map(\.qualifies),
                                             investmentYears: investmentYears,
                                             disposalYears: desinvestering.byYear.lazy.map(\.key), calendar: calendar)
        var warnings = special.warnings + stakingWarnings(assets, calendar: calendar)
        for index in assets.indices where !assets[index].reductions.isEmpty {
            warnings.append(ReportWarning(assetId: assets[index].id, text: LocalizedText(
                nl: "subsidie, korting of teruggaaf: verwerkt in de investeringsaftrek en de bijtelling; de afschrijving gaat nog uit van de volle aanschafprijs",
                en: "subsidy, discount or refund: applied to the investeringsaftrek and the bijtelling; the depreciation still starts from the full cost")))
        }
        for year in provisional.keys.sorted() {
            for figure in provisional[year] ?? [] { warnings.append(ReportWarning(assetId: nil, text: figure.text)) }
        }

        var years: [YearReport] = []
        years.reserveCapacity(assets.isEmpty ? 0 : Swift.max(0, lastYear - firstYear + 1))
        let results = AssetResults(engine: self, calendar: calendar, assets: assets, investmentYears: investmentYears,
                                   investmentAmounts: investmentAmounts, eligibility: eligibility, computations: computations, allocated: allocated, special: special,
                                   timelines: timelines, undoings: undoings, desinvestering: desinvestering,
                                   schedules: depreciation.schedules,
                                   explanations: Explanation.enabled)
        if !assets.isEmpty {
            // A closed year is computed also when not asked for: it is compared with its filed figures.
            let reported = options.reportedYears, closedYears = register.closedYears
            let sums = results.yearSums(firstYear...lastYear) { year in reported?.contains(year) ?? true || closedYears.contains { $0.year == year } }
            for year in firstYear...lastYear where reported?.contains(year) ?? true || closedYears.contains(where: { $0.year == year }) {
                if let shouldContinue = options.shouldContinue, !shouldContinue() { throw .stopped }
                // Appended as made: a year report is a large value, and a `var` in between is a copy of it.
                years.append(yearReport(year, sums: sums[year - firstYear], results: results, totals: totals,
                                        desinvestering: desinvestering, depreciation: depreciation, partners: partnerYears[year] ?? [],
                                        provisional: provisional[year] ?? []))
            }
        }
        let closed = closedYearStatuses(register, digest: digest, years: &years)
        if let reported = options.reportedYears, !register.closedYears.isEmpty { years.removeAll { !reported.contains($0.year) } }
        var report = Report(entity: register.entity, years: years, policies: policyNotes(register),
                            warnings: closed.warnings + warnings + registerWarnings(assets, eligibility: eligibility, undoings: undoings, calendar: calendar)
                                + openingWarnings(register))
        report.closedYears = closed.statuses
        return report
    }

    /// One year: the totals of the assets' figures, the activastaat and the year's explanation. The assets' own lines
    /// are a view on `results`, assembled when read.
    private func yearReport(_ year: Int, sums: AssetResults.YearSums, results: AssetResults, totals: YearMap<Money>,
                            desinvestering: Desinvesteringen, depreciation: RegisterDepreciation, partners: [PartnerYear],
                            provisional: [ProvisionalFigure]) -> YearReport {
        let calendar = results.calendar
        // Read once: a computation is a large value, copied by every read of the map.
        let computation = results.computations[year]
        var yearExplanation = computation?.explanation ?? Explanation()
        let kia = sums.kia.total, eia = sums.eia.total, mia = sums.mia.total
        let deferred = sums.deferred.total, fromEarlier = sums.fromEarlier.total, lapsed = sums.lapsed.total
        var activastaat = DepreciationTotals(sums.lines)
        for ledger in depreciation.reserves.values {
            if let id = ledger.takenOver, ledger.openingYear == year {
                activastaat.explanation.add("hir.takenOver", [.text("id", id), .number("formedYear", ledger.formedYear), .amount("balance", ledger.amount), .day("date", calendar.start(year))], source: .wetIB("art. 3.54", version: law.wetIBVersion(forYear: year)))
            }
            activastaat.hirUsed += ledger.used[year] ?? 0
            if let released = ledger.released, released.year == year {
                activastaat.hirReleased += released.amount
                let atStaking = released.year < ledger.formedYear + 3
                activastaat.explanation.add("hir.released", [.number("formedYear", ledger.formedYear), .amount("released", released.amount), .number("year", year), .text("reason", atStaking ? "staking" : "term")], source: .wetIB("art. 3.54 lid 5", version: law.wetIBVersion(forYear: year)))
            }
            activastaat.hirBalance += ledger.balance(endOf: year)
        }
        if !deferred.isZero || !fromEarlier.isZero {
            yearExplanation.add("kia.paymentRuleYear", [.number("year", year), .amount("deferred", deferred), .amount("fromEarlierYears", fromEarlier),
                                                         .amount("kia", kia)], source: .wetIB("art. 3.44 lid 1", version: law.wetIBVersion(forYear: year)))
        }
        let desinvesteringYear = desinvestering.byYear[year]
            ?? DesinvesteringYear(transferPrices: 0, threshold: law.desinvesteringThresholds[year]?.amount, bijtelling: 0,
                                  explanation: Explanation())
        return YearReport(year: year, start: calendar.start(year), end: calendar.end(year), investments: totals[year] ?? 0,
                          kiaComputation: computation, kia: kia,
                          kiaDeferred: deferred, kiaFromEarlierYears: fromEarlier, kiaLapsed: lapsed,
                          eiaInvestments: results.special.eiaInvestments[year] ?? 0, eia: eia,
                          miaInvestments: results.special.miaInvestments[year] ?? 0, mia: mia,
                          desinvestering: desinvesteringYear, depreciation: activastaat,
                          assets: AssetYears(results: results, year: year, members: sums.members), partners: partners,
                          explanation: yearExplanation, provisional: provisional)
    }
}
