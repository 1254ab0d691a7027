/// What the engine computed for each asset of a register, kept once and shared by every year of the report.
/// `assetYear(_:_:)` assembles one asset's line of one year from it, with its explanation.
final class AssetResults: Sendable {
    let engine: Engine
    let calendar: FiscalCalendar
    let assets: [Asset]
    let investmentYears: [Int]
    /// Per asset: the investeringsbedrag (the cost less a herinvesteringsreserve written off it, art. 3.43).
    let investmentAmounts: [Money]
    let eligibility: [KIAEligibility]
    let computations: YearMap<KIAComputation>
    let allocated: [Money]
    let special: SpecialDeductions
    let timelines: [FormTimeline]
    let undoings: [Undoing?]
    /// Per asset: its disposal (sale, withdrawal or undoing) for the desinvesteringsbijtelling, and the year of it.
    let disposals: [AssetDisposal?]
    let disposalYears: [Int?]
    /// Per asset: the year it leaves the balance (its own disposal in the register).
    let leavingYears: [Int?]
    let disposalExplanations: [Int: Explanation]
    /// Per asset and boekjaar: what its subsidies, discounts and refunds did (rare: empty for most registers).
    let reductionExplanations: [Int: [Int: Explanation]]
    let schedules: [DepreciationSchedule]
    /// Whether explanations were written when the report was made (a line read later follows the report, not the reader).
    let explanations: Bool

    init(engine: Engine, calendar: FiscalCalendar, assets: [Asset], investmentYears: [Int], investmentAmounts: [Money], eligibility: [KIAEligibility],
         computations: YearMap<KIAComputation>, allocated: [Money], special: SpecialDeductions, timelines: [FormTimeline],
         undoings: [Undoing?], desinvestering: Desinvesteringen, schedules: [DepreciationSchedule], explanations: Bool) {
        self.engine = engine
        self.calendar = calendar
        self.assets = assets
        self.investmentYears = investmentYears
        self.investmentAmounts = investmentAmounts
        self.eligibility = eligibility
        self.computations = computations
        self.allocated = allocated
        self.special = special
        self.timelines = timelines
        self.undoings = undoings
        self.disposals = assets.indices.map { desinvestering.byAsset[$0] }
        self.disposalYears = disposals.map { $0.map { calendar.year(of: $0.date) } }
        self.leavingYears = assets.indices.map { assets[$0].disposal.map { calendar.year(of: $0.date) } }
        self.disposalExplanations = desinvestering.explanations
        self.reductionExplanations = desinvestering.deemedExplanations
        self.schedules = schedules
        self.explanations = explanations
    }

    /// The figures of one asset in one year that the year totals need.
    struct Figures {
        var kia: Money
        var eia: Money
        var mia: Money
        var lapsed: Money
        var outstanding: Money
        var disposedNow: Bool
    }

    /// The figures of asset `index` in `year`. The timelines are read in place (a copy of one retains all its maps).
    @inline(__always)
    func figures(_ index: Int, _ year: Int) -> Figures {
        timelines.withUnsafeBufferPointer { timelines in
            // After its last year a timeline has nothing (most asset-years of a report): no maps to look into.
            guard year <= timelines[index].lastYear else {
                return Figures(kia: 0, eia: 0, mia: 0, lapsed: 0, outstanding: 0,
                               disposedNow: disposalYears[index] == year && disposals[index] != nil)
            }
            return Figures(kia: timelines[index].kia(in: year) ?? 0, eia: timelines[index].eia(in: year) ?? 0,
                    mia: timelines[index].mia(in: year) ?? 0,
                    lapsed: timelines[index].kiaLapsed.flatMap { $0.year == year ? $0.amount : nil } ?? 0,
                    outstanding: timelines[index].kiaOutstanding(endOf: year) ?? 0,
                    disposedNow: disposalYears[index] == year && disposals[index] != nil)
        }
    }

    /// Whether the asset has a line in `year`: invested, an aftrek moving, disposed of, or still on the balance.
    func isActive(_ index: Int, _ year: Int, _ figures: Figures) -> Bool {
        if investmentYears[index] == year || figures.disposedNow { return true }
        if !figures.kia.isZero || !figures.eia.isZero || !figures.mia.isZero || !figures.lapsed.isZero || !figures.outstanding.isZero {
            return true
        }
        guard investmentYears[index] < year, leavingYears[index].map({ $0 >= year }) ?? true else { return false }
        return schedules.withUnsafeBufferPointer { $0[index].hasLine(year) }
    }

    /// What a year's totals add up over the assets with a line that year.
    struct YearSums {
        var kia = ExactSum(), eia = ExactSum(), mia = ExactSum(), lapsed = ExactSum()
        /// Of the year's own KIA, the part deferred; earlier years' KIA released this year.
        var deferred = ExactSum(), fromEarlier = ExactSum()
        var lines = DepreciationTotals.LineSums()
        /// The assets with a line this year, in register order.
        var members: [Int] = []
    }

    /// The sums of every year in `years` (a year `counted` rejects is left empty), in one pass over the assets, each
    /// over its own years. An asset's payment-rule figures are looked at only from its investment to the end of its
    /// timeline, and in the year of its disposal; in every other year they are zero, and whether it has a line
    /// depends on its balance alone (as `isActive` decides with zero figures).
    func yearSums(_ years: ClosedRange<Int>, counted: (Int) -> Bool) -> [YearSums] {
        var sums = [YearSums](repeating: YearSums(), count: years.count)
        for offset in sums.indices where counted(years.lowerBound + offset) { sums[offset].members.reserveCapacity(assets.count) }
        for index in assets.indices {
            let invested = investmentYears[index], timelineEnd = timelines.withUnsafeBufferPointer { $0[index].lastYear }
            let disposalYear = disposalYears[index], leaving = leavingYears[index]
            for year in years {
                let offset = year - years.lowerBound
                guard counted(year) else { continue }
                if (year < invested || year > timelineEnd) && year != disposalYear {
                    // No aftrek moves: a line only while the asset is on the balance after its investment year.
                    guard year > invested, leaving.map({ $0 >= year }) ?? true,
                          schedules.withUnsafeBufferPointer({ $0[index].hasLine(year) }) else { continue }
                    sums[offset].members.append(index)
                    addLine(index, year, to: &sums[offset].lines)
                    continue
                }
                let figures = figures(index, year)
                guard isActive(index, year, figures) else { continue }
                sums[offset].members.append(index)
                sums[offset].kia += figures.kia
                sums[offset].eia += figures.eia
                sums[offset].mia += figures.mia
                sums[offset].lapsed += figures.lapsed
                if invested == year { sums[offset].deferred += allocated[index] - figures.kia } else { sums[offset].fromEarlier += figures.kia }
                addLine(index, year, to: &sums[offset].lines)
            }
        }
        return sums
    }

    /// Adds the asset's activastaat line of `year` to the totals, read in place.
    func addLine(_ index: Int, _ year: Int, to totals: inout DepreciationTotals.LineSums) {
        // Through pointers, field by field: a method called on an element while `totals` is inout makes Swift copy
        // the element first (it cannot rule out that the two overlap), and a schedule with its lines is large.
        schedules.withUnsafeBufferPointer { buffer in
            guard let schedule = buffer.baseAddress.map({ $0 + index }) else { return }
            let offset = year - schedule.pointee.firstYear
            // The lines are read through the schedule's storage (binding them to a name retains the array).
            if offset >= 0, offset < schedule.pointee.lines.count {
                schedule.pointee.lines.withUnsafeBufferPointer { lines in
                    if let line = lines.baseAddress.map({ $0 + offset }) { totals.add(line) }
                }
                return
            }
            guard year > schedule.pointee.lastYear, !schedule.pointee.disposed else { return }
            totals.openingBookValue += schedule.pointee.finalBookValue
            totals.bookValue += schedule.pointee.finalBookValue
        }
    }

    /// One asset's line of one year, with its explanation. Inlined into `AssetYears`' subscript, so the line is built
    /// where the subscript returns it (a line is some 500 bytes; each move of it is a memcpy).
    @inline(__always)
    func assetYear(_ index: Int, _ year: Int) -> AssetYear {
        // The asset is read field by field where it is stored: a copy would retain each of its fields.
        assets.withUnsafeBufferPointer { buffer in
            guard let asset = buffer.baseAddress.map({ $0 + index }) else { preconditionFailure("asset index out of range") }
            let figures = figures(index, year)
            let investedNow = investmentYears[index] == year
            let yearEnd = calendar.end(year)
            let inUse = asset.pointee.inUse.map { $0 <= yearEnd } ?? false
            let disposal = figures.disposedNow ? disposals[index] : nil
            return AssetYear(
                id: asset.pointee.id, description: asset.pointee.description, category: asset.pointee.category,
                investment: investedNow ? investmentAmounts[index] : nil,
                qualifies: investedNow ? eligibility[index].qualifies : nil,
                kiaAllocated: investedNow ? allocated[index] : nil,
                kia: figures.kia, kiaOutstanding: figures.outstanding, kiaLapsed: figures.lapsed,
                eiaAllocated: investedNow && asset.pointee.eia ? special.eia[index] : nil, eia: figures.eia,
                miaAllocated: investedNow && asset.pointee.mia != nil ? special.mia[index] : nil, mia: figures.mia,
                paid: Asset.paid(by: yearEnd, payments: asset.pointee.payments, committed: asset.pointee.committed,
                                 cost: asset.pointee.cost),
                inUse: inUse, disposal: disposal, depreciation: schedules[index].line(year),
                explanation: explanations
                    ? Explanation.$enabled.withValue(true) { explanation(index, year, figures, inUse: inUse) } : Explanation(recording: false))
        }
    }

    /// Why the asset's figures of the year are what they are: eligibility, its share of the KIA, the payment rule,
    /// an undoing and a disposal.
    private func explanation(_ index: Int, _ year: Int, _ figures: Figures, inUse: Bool) -> Explanation {
        let asset = assets[index]
        let law = engine.law
        let rules = law.investeringsaftrek
        var explanation = Explanation()
        if investmentYears[index] == year {
            explanation.append(eligibility[index].explanation)
            explanation.append(special.explanations[index])
            if let computation = computations[year], eligibility[index].qualifies, !computation.kia.isZero {
                let share = allocated[index]
                explanation.add("kia.share", [.number("year", year), .amount("kia", computation.kia), .amount("investment", self.investmentAmounts[index]),
                                              .amount("investments", computation.total), .amount("share", share)])
            }
        }
        if !allocated[index].isZero, !figures.kia.isZero || !figures.outstanding.isZero || !figures.lapsed.isZero {
            explanation.add("kia.paymentRule", [.number("year", year), .text("inUse", inUse ? "yes" : "no"), .amount("paid", asset.paid(by: calendar.end(year))),
                                                .amount("kia", figures.kia), .amount("deferred", figures.outstanding), .amount("lapsed", figures.lapsed)],
                            source: .wetIB("art. 3.44 lid 1", version: law.wetIBVersion(forYear: asset.committed.year)))
        }
        if let undoing = undoings[index], calendar.year(of: undoing.date) == year, !allocated[index].isZero {
            explanation.add("undoing", undoing.figures, source: law.source(undoing.source(rules: rules), forYear: asset.committed.year))
        }
        if figures.disposedNow { explanation.append(disposalExplanations[index] ?? Explanation()) }
        if let reduction = reductionExplanations[index]?[year] { explanation.append(reduction) }
        return explanation
    }
}
