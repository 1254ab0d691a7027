/// The fiscal depreciation of one asset, year by year: willekeurige afschrijving within its scheme and payment
/// rule, normal depreciation from ingebruikname within the 20% cap and above residual value or bodemwaarde,
/// terugname, and the disposal with its boekwinst.
struct DepreciationSchedule {
    /// The computed lines' figures, one per boekjaar from `firstYear` on (the schedule runs year by year, without
    /// gaps). Kept apart from the explanations so the lines are plain data: copying or freeing them retains nothing.
    private(set) var lines: [DepreciationFigures] = []
    /// The explanation of each computed line, when explanations are written; empty otherwise.
    private var explanations: [Explanation] = []
    var firstYear: Int
    var lastYear: Int
    /// A herinvesteringsreserve formed at the disposal.
    var reserve: (year: Int, amount: Money, soldBookValue: Money)?
    /// The book value after the last computed year (carried forward while the asset stays).
    var finalBookValue: Money = 0
    /// Disposed of, or expensed at once: no lines after the last computed year.
    var disposed = false

    init(firstYear: Int, lastYear: Int) {
        self.firstYear = firstYear
        self.lastYear = lastYear
    }

    /// No lines at all.
    static func none(from year: Int) -> DepreciationSchedule {
        var schedule = DepreciationSchedule(firstYear: year, lastYear: year)
        schedule.disposed = true
        return schedule
    }

    /// Appends the line of the next year; its explanation is kept only if it records steps.
    mutating func append(_ line: DepreciationFigures, explanation: Explanation, year: Int) {
        precondition(year == firstYear + lines.count, "a schedule is computed year by year")
        lines.append(line)
        if explanation.isRecording { explanations.append(explanation) }
        lastYear = year
    }

    /// Appends the line of the next year, without an explanation.
    mutating func append(_ line: DepreciationFigures, year: Int) {
        precondition(year == firstYear + lines.count && explanations.isEmpty, "a schedule is computed year by year")
        lines.append(line)
        lastYear = year
    }

    mutating func reserveCapacity(_ years: Int) { lines.reserveCapacity(years) }

    /// The position of `year` among the computed lines.
    private func offset(_ year: Int) -> Int? {
        let offset = year - firstYear
        return offset >= 0 && offset < lines.count ? offset : nil
    }

    func isComputed(_ year: Int) -> Bool { offset(year) != nil }

    /// Whether the asset has an activastaat line in `year`.
    func hasLine(_ year: Int) -> Bool {
        isComputed(year) || (year > lastYear && !disposed)
    }

    /// The line for a year, carrying the book value forward after the computed years. Inlined: the line is built
    /// where the caller keeps it (a line is a few hundred bytes, and each copy of it is a memcpy).
    @inline(__always)
    func line(_ year: Int) -> AssetDepreciation? {
        if let offset = offset(year) {
            return AssetDepreciation(lines[offset], explanation: offset < explanations.count ? explanations[offset] : Explanation(recording: false))
        }
        guard year > lastYear, !disposed else { return nil }
        return AssetDepreciation(.carried(finalBookValue), explanation: Explanation(recording: false))
    }
}

/// The amounts of a whole year that stay the same from year to year of one schedule: the cap on the cost, and the
/// straight-line depreciation of a base (the same base, unless willekeurige afschrijving changes it). Computed once
/// instead of a division and a rounding in every year.
struct YearlyAmounts {
    /// The cap of a whole year on this cost (art. 3.30 lid 2: a share of the cost), unrounded.
    let capOfCost: Money
    /// The same, to cents (half up), as `YearFraction.of` rounds a whole year.
    let wholeYearCap: Money
    private var lastStraightLine: (base: Money, life: Int, amount: Money)?

    init(capOfCost: Money) {
        self.capOfCost = capOfCost
        wholeYearCap = capOfCost.rounded(scale: 2, .halfUp)
    }

    /// base / life to cents (half up): a whole year of straight-line depreciation.
    mutating func wholeYear(of base: Money, life: Int) -> Money {
        if let last = lastStraightLine, last.base == base, last.life == life { return last.amount }
        let amount = base.divided(by: ExactDecimal(life), scale: 2, rounding: .halfUp)
        lastStraightLine = (base, life, amount)
        return amount
    }
}

/// Art. 10a.3 Wet IB 2001: the yearly maximum of an asset acquired before 2007. From the first boekjaar starting on
/// or after 1 January 2007 (lid 2) it is 12 / (60 − V) × the book value at the start of that boekjaar (goodwill
/// 12 / (120 − V)), V = the months already depreciated before it (lid 1); before that boekjaar there is no maximum.
struct TransitionCap {
    /// The first boekjaar the maximum applies to.
    let firstYear: Int
    /// 60, or 120 for goodwill, with the article.
    let months: Parameter<Int>
    /// V: months in use before the start of `firstYear`, the month of ingebruikname in full.
    let depreciatedMonths: Int
    var remainingMonths: Int { months.value - depreciatedMonths }

    /// The maximum for an asset committed before 1 January of `rules.capsFrom`; nil for any other asset.
    static func find(committed: Day, inUse: Day?, goodwill: Bool, commitYear: Int, calendar: FiscalCalendar,
                     rules: DepreciationRules) -> TransitionCap? {
        let capsStart = Day.startOfYear(rules.capsFrom.value)
        guard committed < capsStart else { return nil }
        var year = commitYear
        while calendar.start(year) < capsStart { year += 1 }
        let start = calendar.start(year)
        let depreciated = inUse.map { $0 < start ? Swift.max(0, start.year * 12 + start.month - ($0.year * 12 + $0.month)) : 0 } ?? 0
        return TransitionCap(firstYear: year, months: goodwill ? rules.goodwillTransitionMonths : rules.transitionMonths,
                             depreciatedMonths: depreciated)
    }
}

/// What the schedule of one asset needs besides the asset.
struct DepreciationInput {
    let asset: Asset
    /// The entity's calendar and taxpayer, not the entity: copying an entity retains its partners and texts.
    let calendar: FiscalCalendar
    let taxpayer: Taxpayer
    let businessAssetAmount: Money
    /// The scheme, when willekeurige afschrijving is chosen and one applies.
    let scheme: WillekeurigScheme?
    /// The part of the asset within the starters ceiling (1 when not limited).
    let schemeShare: Rate
    let hirAfboeking: Money
    /// For a building: the land registered as its ondergrond or aanhorigheden (`building:` on the land), which is
    /// one asset with it for the bodemwaarde (art. 3.30a lid 2). Empty for every other asset.
    var land: [AttachedLand] = []
    /// For an improvement (or a later boekjaar's voortbrengingskosten): the asset it is depreciated with.
    var parent: ParentDepreciation? = nil
    /// When the disposal's price is this asset's share of the price of the asset with its improvements.
    var priceAllocation: PriceAllocation? = nil
    /// For an asset taken over with a running activastaat: where its schedule starts.
    var opening: ScheduleOpening? = nil
}

/// Where the schedule of an asset taken over starts: the opening year and the figures at its start, as filed
/// (docs/law/opening-balance.md). A class, like `ParentDepreciation`: the schedule input is copied per asset.
final class ScheduleOpening: Sendable {
    let year: Int
    let bookValue: Money
    let bookValueWithoutWillekeurig: Money
    let willekeurigTaken: Money
    let bookValue2007: Money?
    let source: String?

    init(year: Int, bookValue: Money, bookValueWithoutWillekeurig: Money, willekeurigTaken: Money, bookValue2007: Money?, source: String?) {
        self.year = year
        self.bookValue = bookValue
        self.bookValueWithoutWillekeurig = bookValueWithoutWillekeurig
        self.willekeurigTaken = willekeurigTaken
        self.bookValue2007 = bookValue2007
        self.source = source
    }

    /// The steps that say what was taken over, for the opening year's explanation.
    func record(in explanation: inout Explanation, start: Day) {
        explanation.add("opening.bookValue", [.day("date", start), .amount("bookValue", bookValue), .text("source", source ?? "")])
        if !willekeurigTaken.isZero || bookValueWithoutWillekeurig != bookValue {
            explanation.add("opening.willekeurig", [.amount("willekeurigTaken", willekeurigTaken), .amount("bookValueWithoutWillekeurig", bookValueWithoutWillekeurig)])
        }
    }
}

/// Straight-line depreciation over what is left of a life: an improvement over the rest of the improved asset's life,
/// or an asset taken over from its opening date to the end of its life (the policy `openingRemainder`).
struct RemainingLife {
    /// Months (or days, with proration by the day) from the start to `lifeEnd`, both included; 0 or less when the
    /// life has ended.
    let units: Int
    let lifeEnd: Day
    /// The improved asset's id, for an improvement.
    let with: String?

    /// The last day of a life from ingebruikname. By the month, the month of ingebruikname counts in full, so the life
    /// ends with the month before the same month `life` years on; by the day, on the day before the same day.
    static func lifeEnd(inUse: Day, life: Int, monthly: Bool) -> Day {
        let from = monthly ? Day(year: inUse.year, month: inUse.month, day: 1) ?? inUse : inUse
        return from.adding(months: life * 12).previousDay
    }

    static func units(from start: Day, to lifeEnd: Day, monthly: Bool) -> Int {
        monthly ? lifeEnd.year * 12 + lifeEnd.month - (start.year * 12 + start.month) + 1 : lifeEnd.ordinal - start.ordinal + 1
    }
}

/// What an improvement needs of the asset it improves, with which it is one bedrijfsmiddel for the depreciation
/// (art. 3.30 lid 1, goed koopmansgebruik): it is depreciated over what is left of that asset's life, within one
/// yearly cap for both (art. 3.30 lid 2: a share of the whole cost), and above one bodemwaarde for a building.
/// A class: the schedule input is copied per asset, and an optional value of this size in it would be copied with it.
final class ParentDepreciation: Sendable {
    let id: String
    /// The last day of the asset's useful life (ingebruikname + life − 1 day); nil when it has no life or is not in use.
    let lifeEnd: Day?
    let inUse: Day?
    let disposal: Day?
    /// The asset's cap of a whole year on its own cost, unrounded.
    let capOfCost: Money
    let schedule: DepreciationSchedule
    /// The entry holds a later boekjaar's voortbrengingskosten of the asset, not an improvement.
    let productionCosts: Bool

    init(id: String, lifeEnd: Day?, inUse: Day?, disposal: Day?, capOfCost: Money, schedule: DepreciationSchedule, productionCosts: Bool) {
        self.id = id
        self.lifeEnd = lifeEnd
        self.inUse = inUse
        self.disposal = disposal
        self.capOfCost = capOfCost
        self.schedule = schedule
        self.productionCosts = productionCosts
    }

    func normal(in year: Int) -> Money { schedule.isComputed(year) ? schedule.line(year)?.normal ?? 0 : 0 }
    func bookValue(endOf year: Int) -> Money { schedule.line(year)?.bookValue ?? 0 }
}

/// Land that belongs to a building, as far as the bodemwaarde needs it: its book value (the cost: land is not
/// depreciated) while it is in the business.
struct AttachedLand {
    let id: String
    let cost: Money
    /// The boekjaar of its investment, and of its disposal (then no longer held at that boekjaar's end).
    let firstYear: Int
    let disposalYear: Int?

    func isHeld(endOf year: Int) -> Bool { year >= firstYear && disposalYear.map { year < $0 } ?? true }
}

extension Engine {
    func depreciationSchedule(_ input: DepreciationInput) throws(EngineError) -> DepreciationSchedule {
        let asset = input.asset
        let rules = law.depreciation
        let euro = TextFormat.euro
        let notDepreciated = asset.kind == .land || asset.kind == .securities
        // An asset taken over was expensed, or not, in its own year: its book value says which.
        let expensedAtOnce = !notDepreciated && input.opening == nil
            && (asset.expensed ?? (input.businessAssetAmount < rules.smallItemBelow.value && !asset.willekeurig.isChosen))
        if !expensedAtOnce, asset.life == nil || notDepreciated {
            if asset.willekeurig.isChosen { throw issue(asset, notDepreciated ? "willekeurig" : "life", notDepreciated ? .rule(LocalizedText(
                nl: "grond en effecten worden niet afgeschreven", en: "land and securities are not depreciated")) : .missing) }
            return bookValueOnly(asset, notDepreciated: notDepreciated, calendar: input.calendar, hirAfboeking: input.hirAfboeking,
                                 priceAllocation: input.priceAllocation, opening: input.opening)
        }
        let explaining = Explanation.enabled
        // The common asset, when no explanation is written: the same figures in integers.
        if !explaining, PlainSchedule.applies(to: asset, input: input, expensedAtOnce: expensedAtOnce, capsFrom: rules.capsFrom.value),
           let life = asset.life, let inUse = asset.inUse, let schedule = plainSchedule(input, life: life, inUse: inUse) {
            return schedule
        }
        let cost = asset.cost - input.hirAfboeking
        let depreciable = Money.max(0, cost - asset.residual)
        let calendar = input.calendar
        let commitYear = calendar.year(of: asset.committed)
        let inUseYear = asset.inUse.map { calendar.year(of: $0) }
        let opening = input.opening
        let firstYear = opening?.year ?? commitYear
        var schedule = DepreciationSchedule(firstYear: firstYear, lastYear: firstYear)
        // The amount normal depreciation spreads (with and without willekeurige afschrijving): the cost less the
        // residual value, or for an asset taken over what its filed book value leaves (policy `openingRemainder`).
        let normalBase = opening.map { Money.max(0, $0.bookValue + $0.willekeurigTaken - asset.residual) } ?? depreciable
        let shadowBase = opening.map { Money.max(0, $0.bookValueWithoutWillekeurig - asset.residual) } ?? depreciable
        let capRate = asset.kind == .goodwill ? rules.goodwillYearlyCap : rules.yearlyCap
        // The cap of a whole year on this cost, the same every year (art. 3.30 lid 2: a share of the cost).
        var yearly = YearlyAmounts(capOfCost: capRate.value * cost)
        // The lines to expect (a capacity, not a rule): the life, or longer where the yearly cap stretches it (20%: at
        // least five years), the years before ingebruikname, and part years at both ends.
        let capYears = capRate.value.isPositive ? Int(truncatingIfNeeded: ExactDecimal.one.divided(by: capRate.value, scale: 0, rounding: .up).significand) : 1
        schedule.reserveCapacity(Swift.max(asset.life ?? 1, capYears) + (inUseYear.map { $0 - commitYear } ?? 0) + 2)
        var book: Money = opening?.bookValue ?? 0, shadow: Money = opening?.bookValueWithoutWillekeurig ?? 0
        var taken: Money = opening?.willekeurigTaken ?? 0
        // Art. 10a.3: an asset acquired before 2007 has its own maximum, on the book value (with and without
        // willekeurige afschrijving) at the start of the first boekjaar from 2007.
        let transition = TransitionCap.find(committed: asset.committed, inUse: asset.inUse, goodwill: asset.kind == .goodwill,
                                            commitYear: commitYear, calendar: calendar, rules: rules)
        var transitionBook: Money = 0, transitionShadow: Money = 0
        if let transition, let opening, opening.year > transition.firstYear {
            // Taken over after the first boekjaar from 2007: the maximum stays on the book value at its start.
            if let value = opening.bookValue2007 {
                transitionBook = value
                transitionShadow = value
            } else if transition.remainingMonths > 0 {
                throw issue(asset, "opening.bookValue2007", .rule(.make { l in
                    l == .nl ? "een bedrijfsmiddel van vóór 2007 heeft een eigen maximum op zijn boekwaarde aan het begin van \(transition.firstYear) (art. 10a.3): geef die boekwaarde"
                             : "an asset from before 2007 has its own maximum on its book value at the start of \(transition.firstYear) (art. 10a.3): give that book value"
                }))
            }
        }
        // Whether the scheme still applies (a terugname ends it). A flag, not an optional scheme that is set to nil: a
        // mutable scheme is a 312-byte value moved between stack slots in every year of the loop.
        var schemeApplies = input.scheme != nil
        // The last year in which something can still happen to an asset not in use: a payment, or its scheme's deadline.
        var quietFrom = firstYear
        for payment in asset.payments ?? [] { quietFrom = Swift.max(quietFrom, calendar.year(of: payment.date)) }
        if let deadline = input.scheme?.inUseBefore { quietFrom = Swift.max(quietFrom, calendar.year(of: deadline)) }

        // An improvement: the units (months or days) from its ingebruikname to the end of the improved asset's life.
        var remainingLife: RemainingLife?
        if let parent = input.parent, let lifeEnd = parent.lifeEnd, let inUse = asset.inUse, asset.life != nil {
            let units = RemainingLife.units(from: inUse, to: lifeEnd, monthly: options.proration == .monthly)
            guard units > 0 else {
                throw issue(asset, "inUse", .rule(.make { l in
                    l == .nl ? "de verbetering is in gebruik (\(inUse)) na het einde van de levensduur van '\(parent.id)' (\(lifeEnd)); geef '\(parent.id)' een langere levensduur"
                             : "the improvement is in use (\(inUse)) after the end of the life of '\(parent.id)' (\(lifeEnd)); give '\(parent.id)' a longer life"
                }))
            }
            remainingLife = RemainingLife(units: units, lifeEnd: lifeEnd, with: parent.id)
        }
        // An asset taken over, straight line: from the opening (or a later ingebruikname) to the end of its life.
        if let opening, case .straightLine = asset.method, let inUse = asset.inUse, let life = asset.life {
            let lifeEnd = RemainingLife.lifeEnd(inUse: inUse, life: life, monthly: options.proration == .monthly)
            let from = Swift.max(inUse, calendar.start(opening.year))
            remainingLife = RemainingLife(units: RemainingLife.units(from: from, to: lifeEnd, monthly: options.proration == .monthly),
                                          lifeEnd: lifeEnd, with: nil)
        }

        // The asset's figures the loop reads every year, read once: the asset is a large value, and reading a field
        // of it in a loop can copy all of it.
        let method = asset.method, life = asset.life, inUse = asset.inUse, residual = asset.residual
        let assetDisposal = asset.disposal, disposalYear = assetDisposal.map { calendar.year(of: $0.date) }
        let willekeurigChosen = asset.willekeurig.isChosen
        let capsFrom = rules.capsFrom.value

        var year = firstYear
        while true {
            var explanation = Explanation(recording: explaining)
            if let opening, year == opening.year { opening.record(in: &explanation, start: calendar.start(year)) }
            let openingBook = book
            // The line's figures, put together once at the end of the year (the line is a few hundred bytes).
            var investment: Money = 0, hirAfboeking: Money = 0, maximumThisYear: Money = 0, terugname: Money = 0
            var hirFormed: Money = 0, disposalBookValue: Money?, gain: Money?
            var expensed = false
            if year == commitYear {
                book += cost
                shadow += cost
                investment = cost
                hirAfboeking = input.hirAfboeking
                if let parent = input.parent {
                    explanation.add(parent.productionCosts ? "investment.productionCosts" : "investment.improvement", [.text("asset", parent.id), .number("year", year), .amount("investment", cost)], source: .wetIB("art. 3.43 lid 1", version: law.wetIBVersion(forYear: year)))
                }
                if !input.hirAfboeking.isZero {
                    explanation.add("hir.writtenOff", [.amount("cost", asset.cost), .amount("hirAfboeking", input.hirAfboeking), .amount("investment", cost)], source: .wetIB("art. 3.54 lid 1", version: law.wetIBVersion(forYear: year)))
                    if let hir = asset.hir, hir.sameFunction { explanation.add(Engine.sameFunctionStep(hir), source: .wetIB("art. 3.54 lid 4", version: law.wetIBVersion(forYear: year))) }
                }
            }
            if let transition, year == transition.firstYear {
                transitionBook = book
                transitionShadow = shadow
            }
            let disposal = disposalYear == year ? assetDisposal : nil
            var normal: Money = 0, willekeurig: Money = 0

            if expensedAtOnce {
                if year == commitYear {
                    normal = book
                    shadow = 0
                    expensed = true
                    explanation.add("depreciation.smallItem", [.amount("businessAssetAmount", input.businessAssetAmount), .amount("below", rules.smallItemBelow.value), .amount("expensed", book)], source: rules.smallItemBelow.source)
                }
            } else {
                let floor = try floorValue(asset, year: year, input: input, explanation: &explanation)
                // Willekeurige afschrijving (art. 3.34–3.35; the scheme's own limits).
                // The cheap test first: binding the scheme copies it (a scheme is a large value).
                if willekeurigChosen, schemeApplies, let active = input.scheme {
                    let limitsFrom = explanation.steps.count
                    let maximum = willekeurigMaximum(active, input: input, cost: cost, depreciable: depreciable, year: year,
                                                     commitYear: commitYear,
                                                     taken: taken, book: book, floor: floor, explanation: &explanation)
                    maximumThisYear = maximum
                    switch asset.willekeurig {
                    case .none: willekeurig = 0
                    case .maximum: willekeurig = maximum
                    case .amounts(let amounts):
                        willekeurig = amounts[year] ?? 0
                        if willekeurig > maximum {
                            // The limits that set the maximum (the notes `willekeurigMaximum` just added), in the message.
                            let limits = explanation.steps[limitsFrom...]
                            let steps = limits.compactMap(\.text?.nl).joined(separator: "; "), stepsEn = limits.compactMap(\.text?.en).joined(separator: "; ")
                            throw issue(asset, "willekeurig.\(year)", .rule(.make { l in
                                l == .nl ? "willekeurige afschrijving \(year) van \(euro(willekeurig, l)) is hoger dan het maximum \(euro(maximum, l)) (\(steps))"
                                         : "willekeurige afschrijving \(year) of \(euro(willekeurig, l)) is more than the maximum \(euro(maximum, l)) (\(stepsEn))"
                            }))
                        }
                    }
                    if !willekeurig.isZero {
                        explanation.add("willekeurig.amount", [.number("year", year), .amount("willekeurig", willekeurig), .amount("maximum", maximum)], source: active.source)
                    }
                    taken += willekeurig
                    book -= willekeurig
                }
                // Normal depreciation from ingebruikname (art. 3.30).
                if let inUse, let life {
                    let fraction = YearFraction.use(from: calendar.start(year), to: calendar.end(year), inUse: inUse,
                                                    disposal: assetDisposal?.date, policy: options.proration)
                    if !fraction.isZero {
                        normal = normalDepreciation(method, life: life, remaining: remainingLife, year: year, inUse: inUse, fraction: fraction, calendar: calendar, parent: input.parent, capsFrom: capsFrom,
                                                    base: normalBase - taken, book: book, floor: floor, cost: cost,
                                                    capRate: capRate, transition: transition, transitionBook: transitionBook,
                                                    yearly: &yearly, explanation: &explanation)
                        if taken.isZero, shadow == book {
                            // Without willekeurige afschrijving the shadow has the same inputs, so the same result.
                            shadow -= normal
                        } else {
                            // The shadow's steps are not shown: its explanation records nothing.
                            var shadowExplanation = Explanation(recording: false)
                            shadow -= normalDepreciation(method, life: life, remaining: remainingLife, year: year, inUse: inUse, fraction: fraction, calendar: calendar, parent: input.parent, capsFrom: capsFrom,
                                                         base: shadowBase, book: shadow, floor: floor, cost: cost,
                                                         capRate: capRate, transition: transition, transitionBook: transitionShadow,
                                                         yearly: &yearly, explanation: &shadowExplanation)
                        }
                    } else if inUse > calendar.end(year) {
                        explanation.add(LocalizedText(nl: "nog niet in gebruik: geen normale afschrijving", en: "not yet in use: no normal depreciation"),
                                        source: .wetIB("art. 3.30 lid 1", version: law.wetIBVersion(forYear: year)))
                    }
                } else if inUse == nil {
                    explanation.add(LocalizedText(nl: "nog niet in gebruik: geen normale afschrijving", en: "not yet in use: no normal depreciation"),
                                    source: .wetIB("art. 3.30 lid 1", version: law.wetIBVersion(forYear: year)))
                }
            }
            book -= normal

            // Terugname (art. 3.38): the scheme's in-use deadline missed, or the asset rented out within the scheme's
            // terugname period (a change of use, art. 3.47 lid 3); the reason is a figure of the step.
            var reason: [StepFigure]?
            if !taken.isZero, schemeApplies, let deadline = input.scheme?.inUseBefore, year == calendar.year(of: deadline.previousDay),
               inUse.map({ $0 >= deadline }) ?? true, assetDisposal.map({ $0.date >= deadline }) ?? true {
                reason = [.text("reason", "notInUse"), .day("before", deadline)]
            } else if !taken.isZero, schemeApplies, !asset.changesOfUse.isEmpty,
                      let until = input.scheme?.terugnameUntil(committed: asset.committed),
                      let change = asset.changesOfUse.first(where: { $0.to == .rentedOut && calendar.year(of: $0.date) == year && $0.date <= until }) {
                reason = [.text("reason", "rentedOut"), .day("date", change.date), .day("before", until.nextDay)]
            }
            if let reason {
                terugname = shadow - book
                explanation.add("willekeurig.terugname", reason + [.amount("bookValueWithoutWillekeurig", shadow), .amount("terugname", terugname)], source: .wetIB("art. 3.38", version: law.wetIBVersion(forYear: year)))
                book = shadow
                taken = 0
                schemeApplies = false
            }

            if let disposal {
                disposalBookValue = book
                let boekwinst = disposal.price - book
                if let allocation = input.priceAllocation { explanation.add("disposal.priceShare", [.amount("whole", allocation.whole), .amount("cost", allocation.cost), .amount("totalCost", allocation.totalCost), .amount("price", disposal.price), .text("asset", allocation.asset)]) }
                gain = boekwinst
                explanation.add("disposal.boekwinst", [.day("date", disposal.date), .amount("price", disposal.price), .amount("bookValue", book), .amount("boekwinst", boekwinst)], source: .wetIB("art. 3.8", version: law.wetIBVersion(forYear: year)))
                if disposal.hir {
                    let reservable = Money.max(0, Money.min(boekwinst, disposal.price - shadow))
                    hirFormed = reservable
                    schedule.reserve = (year, reservable, book)
                    explanation.add("hir.formed", [.amount("price", disposal.price), .amount("bookValueWithoutWillekeurig", shadow), .amount("reserve", reservable)], source: .wetIB("art. 3.54 lid 1 en 8", version: law.wetIBVersion(forYear: year)))
                }
                book = 0
                shadow = 0
                schedule.disposed = true
            }
            schedule.append(DepreciationFigures(
                openingBookValue: openingBook, investment: investment, hirAfboeking: hirAfboeking, willekeurig: willekeurig,
                willekeurigMaximum: maximumThisYear, normal: normal, depreciation: willekeurig + normal, terugname: terugname,
                disposalBookValue: disposalBookValue, gain: gain, hirFormed: hirFormed, bookValue: book,
                bookValueWithoutWillekeurig: shadow, expensed: expensed), explanation: explanation, year: year)
            schedule.lastYear = year
            schedule.finalBookValue = book

            if expensedAtOnce { schedule.disposed = true }
            if disposal != nil || expensedAtOnce { break }
            // A sale ahead is computed in its year (its boekwinst), also for an asset written down to its residual value.
            let saleAhead = assetDisposal != nil
            if !saleAhead, let inUseYear, let life, year >= inUseYear + life, normal.isZero, willekeurig.isZero,
               terugname.isZero, book == shadow {
                break
            }
            if !saleAhead, let inUseYear, book <= residual, shadow <= residual, year >= inUseYear { break }
            // Not in use and nothing ahead (no payment, scheme deadline or sale): the book value is carried from here,
            // rather than a line a year until the bound below.
            if !saleAhead, inUseYear == nil, year >= quietFrom, willekeurig.isZero, terugname.isZero { break }
            if year > commitYear + 200 { break }
            year += 1
        }
        if case .amounts(let amounts) = asset.willekeurig {
            for (chosenYear, amount) in amounts where !schedule.isComputed(chosenYear) && !amount.isZero {
                throw issue(asset, "willekeurig.\(chosenYear)", .rule(.make { l in
                    l == .nl ? "in \(chosenYear) wordt dit bedrijfsmiddel niet (meer) afgeschreven" : "this asset is not depreciated in \(chosenYear)"
                }))
            }
        }
        return schedule
    }

    /// An asset on the balance at cost, without depreciation: land and securities (their value does not decline
    /// through use), or an asset without a useful life in the register.
    private func bookValueOnly(_ asset: Asset, notDepreciated: Bool, calendar: FiscalCalendar, hirAfboeking: Money,
                               priceAllocation: PriceAllocation?, opening: ScheduleOpening?) -> DepreciationSchedule {
        // An asset taken over starts in the opening year at its filed book value; it is not an investment of it.
        let commitYear = opening?.year ?? calendar.year(of: asset.committed)
        var schedule = DepreciationSchedule(firstYear: commitYear, lastYear: commitYear)
        var explanation = Explanation()
        opening?.record(in: &explanation, start: calendar.start(commitYear))
        // A herinvesteringsreserve written off this asset reduces its cost (art. 3.54 lid 1), also for land.
        let cost = opening?.bookValue ?? asset.cost - hirAfboeking
        if !hirAfboeking.isZero {
            explanation.add("hir.writtenOff", [.amount("cost", asset.cost), .amount("hirAfboeking", hirAfboeking), .amount("investment", cost)], source: .wetIB("art. 3.54 lid 1", version: law.wetIBVersion(forYear: commitYear)))
            if let hir = asset.hir, hir.sameFunction { explanation.add(Engine.sameFunctionStep(hir), source: .wetIB("art. 3.54 lid 4", version: law.wetIBVersion(forYear: commitYear))) }
        }
        if notDepreciated {
            explanation.add(LocalizedText(nl: "grond en effecten nemen door gebruik niet in waarde af: geen afschrijving",
                                          en: "land and securities do not lose value through use: no depreciation"),
                            source: LegalSource(article: "Besluit afschrijvingen 2010 §2 (BWBR0027392)", version: "2010-03-08", status: .official))
        } else {
            explanation.add(LocalizedText(nl: "geen levensduur (life) in het register: niet afgeschreven",
                                          en: "no useful life (life) in the register: not depreciated"))
        }
        var year = commitYear
        while true {
            let disposal = asset.disposal.flatMap { calendar.year(of: $0.date) == year ? $0 : nil }
            let openingBook: Money = year == commitYear && opening == nil ? 0 : cost
            var line = DepreciationFigures(openingBookValue: openingBook, investment: year == commitYear && opening == nil ? cost : 0,
                                           hirAfboeking: year == commitYear ? hirAfboeking : 0, willekeurig: 0, willekeurigMaximum: 0, normal: 0, depreciation: 0,
                                           terugname: 0, disposalBookValue: nil, gain: nil, hirFormed: 0, bookValue: cost,
                                           bookValueWithoutWillekeurig: cost, expensed: false)
            if let disposal {
                line.disposalBookValue = cost
                line.gain = disposal.price - cost
                if let allocation = priceAllocation { explanation.add("disposal.priceShare", [.amount("whole", allocation.whole), .amount("cost", allocation.cost), .amount("totalCost", allocation.totalCost), .amount("price", disposal.price), .text("asset", allocation.asset)]) }
                if disposal.hir {
                    // The whole gain can be reserved: without depreciation there is no willekeurige afschrijving in it
                    // (art. 3.54 lid 1 and 8).
                    let reservable = Money.max(0, disposal.price - cost)
                    line.hirFormed = reservable
                    schedule.reserve = (year, reservable, cost)
                    explanation.add("hir.formed", [.amount("price", disposal.price), .amount("bookValueWithoutWillekeurig", cost), .amount("reserve", reservable), .text("rule", "notDepreciated")], source: .wetIB("art. 3.54 lid 1", version: law.wetIBVersion(forYear: year)))
                }
                line.bookValue = 0
                line.bookValueWithoutWillekeurig = 0
                schedule.disposed = true
            }
            schedule.append(line, explanation: explanation, year: year)
            schedule.lastYear = year
            schedule.finalBookValue = line.bookValue
            if disposal != nil || asset.disposal == nil || year > commitYear + 200 { break }
            year += 1
        }
        return schedule
    }

    /// The register's statement that the replacement serves the same economic function (art. 3.54 lid 4).
    static func sameFunctionStep(_ hir: HIRAfboeking) -> LocalizedText {
        LocalizedText(nl: "vervult volgens het register eenzelfde economische functie als '\(hir.from)' (hir.sameFunction)",
                      en: "serves, by the register, the same economic function as '\(hir.from)' (hir.sameFunction)")
    }

    func issue(_ asset: Asset, _ field: String, _ problem: RegisterIssue.Problem) -> EngineError {
        .invalidRegister([RegisterIssue(assetId: asset.id, field: field, problem: problem)])
    }

    /// The most willekeurige afschrijving the scheme allows in `year`, with the reasons.
    private func willekeurigMaximum(_ scheme: WillekeurigScheme, input: DepreciationInput, cost: Money, depreciable: Money,
                                    year: Int, commitYear: Int, taken: Money, book: Money, floor: Money, explanation: inout Explanation) -> Money {
        let asset = input.asset
        let euro = TextFormat.euro
        let total: Money
        switch scheme.maximum {
        case .shareOfDepreciable(let rate): total = rate * depreciable * input.schemeShare
        case .shareOfCost(let rate): total = Money.min(rate * cost, depreciable) * input.schemeShare
        }
        let calendar = input.calendar
        let yearEnd = calendar.end(year)
        let cumulative: Money
        var paymentsWindow: ClosedRange<Day>?
        switch scheme.timing {
        case .commitmentYearOnly: cumulative = year == commitYear ? total : taken
        case .capInCommitmentYearThenFree: cumulative = year == commitYear ? total : depreciable * input.schemeShare
        case .anyYear: cumulative = total
        case .paymentsWithin(let window):
            let overlaps = calendar.start(year) <= window.upperBound && yearEnd >= window.lowerBound
            cumulative = overlaps ? total : taken
            paymentsWindow = window
        }
        var room = cumulative - taken
        // The steps are written only when explanations are (the sentences cost more than the arithmetic).
        var steps: [() -> LocalizedText] = []
        var paymentStep: (() -> LocalizedText)?
        steps.append({ .make { l in
            switch scheme.timing {
            case .commitmentYearOnly where year != commitYear:
                return l == .nl ? "\(scheme.name.nl): alleen in het (boek)jaar van investering (\(commitYear)); wat daar niet is benut, vervalt"
                                : "\(scheme.name.en): only in the (financial) year of investment (\(commitYear)); what was not used there is lost"
            case .paymentsWithin(let window) where cumulative == taken:
                return l == .nl ? "\(scheme.name.nl): alleen met betalingen in \(window.lowerBound)–\(window.upperBound), in het boekjaar van betaling; wat niet is benut, vervalt"
                                : "\(scheme.name.en): only with payments in \(window.lowerBound)–\(window.upperBound), in the financial year of payment; what was not used is lost"
            default:
                return l == .nl ? "\(scheme.name.nl): ten hoogste \(euro(cumulative, l)) in totaal tot en met \(year), al genomen \(euro(taken, l))"
                                : "\(scheme.name.en): at most \(euro(cumulative, l)) in total up to \(year), already taken \(euro(taken, l))"
            }
        } })
        let inUseAtYearEnd = asset.inUse.map { $0 <= yearEnd } ?? false
        if let window = paymentsWindow {
            // The 2023 scheme: only what is paid within the window counts, each payment in the boekjaar in which it is
            // made, also once the asset is in use; a payment after the window never counts, and what a boekjaar
            // leaves unused is not caught up (Belastingdienst, gebroken boekjaar; docs/law/willekeurig.md).
            // The schedule's first boekjaar counts from the window's start (a payment before the commitment).
            let from = year == commitYear ? window.lowerBound : Swift.max(calendar.start(year), window.lowerBound)
            let to = Swift.min(yearEnd, window.upperBound)
            let paid = from <= to ? asset.paid(by: to) - asset.paid(by: from.previousDay) : 0
            if paid < room {
                room = paid
                paymentStep = ({ .make { l in
                    l == .nl ? "alleen wat in \(window.lowerBound)–\(window.upperBound) is betaald, in het boekjaar van betaling, ook na ingebruikname: in dit boekjaar betaald \(euro(paid, l))"
                             : "only what was paid in \(window.lowerBound)–\(window.upperBound), in the financial year of payment, also after ingebruikname: paid in this financial year \(euro(paid, l))"
                } })
            }
        } else if !inUseAtYearEnd {
            let paid = asset.paid(by: yearEnd)
            if paid - taken < room {
                room = paid - taken
                steps.append({ .make { l in
                    l == .nl ? "niet in gebruik: ten hoogste het betaalde bedrag \(euro(paid, l)) (art. 3.35)"
                             : "not in use: at most the amount paid \(euro(paid, l)) (art. 3.35)"
                } })
            }
        }
        if book - floor < room {
            room = book - floor
            steps.append({ .make { l in
                l == .nl ? "niet onder de restwaarde of bodemwaarde \(euro(floor, l))" : "not below the residual value or bodemwaarde \(euro(floor, l))"
            } })
        }
        room = Money.max(0, room)
        for step in steps { explanation.add(step(), source: scheme.source) }
        if let paymentStep { explanation.add(paymentStep(), source: WillekeurigScheme.paymentsInWindowSource) }
        return room
    }

    /// Normal depreciation of a year: straight line over the full life from ingebruikname (or declining balance),
    /// time-proportional, within the 20% (goodwill 10%) cap on the cost, and never below the floor.
    private func normalDepreciation(_ method: DepreciationMethod, life: Int, remaining: RemainingLife?, year: Int, inUse: Day, fraction: YearFraction,
                                    calendar: FiscalCalendar, parent: ParentDepreciation?, capsFrom: Int, base: Money,
                                    book: Money, floor: Money, cost: Money, capRate: Parameter<Rate>, transition: TransitionCap?,
                                    transitionBook: Money, yearly: inout YearlyAmounts, explanation: inout Explanation) -> Money {
        let policy = options.proration
        var amount: Money
        switch method {
        case .straightLine where remaining.map({ $0.units <= 0 }) ?? false:
            // Taken over after the end of its life with a book value above the residual value (the 20% cap stretched
            // it, or a changed estimate): the rest, within the cap below.
            amount = book - floor
            explanation.add("depreciation.afterLifeEnd", [.day("lifeEnd", remaining?.lifeEnd ?? inUse), .amount("bookValue", book), .amount("floor", floor), .amount("amount", amount)], source: .wetIB("art. 3.30 lid 1", version: law.wetIBVersion(forYear: year)))
        case .straightLine where remaining != nil:
            // Over the months (or days) left of a life: an improvement's of the improved asset, an asset taken over its own.
            let units = remaining?.units ?? 1, lifeEnd = remaining?.lifeEnd ?? inUse
            amount = (base * ExactDecimal(fraction.used)).divided(by: ExactDecimal(units), scale: 2, rounding: .halfUp)
            var figures: [StepFigure] = [.amount("base", base), .number("used", fraction.used), .number("remainingLife", units), .text("unit", policy == .monthly ? "months" : "days"), .day("lifeEnd", lifeEnd), .amount("amount", amount)]
            if let with = remaining?.with { figures.insert(.text("with", with), at: 0) }
            explanation.add(remaining?.with == nil ? "depreciation.remainingLife" : "depreciation.straightLine", figures, source: .wetIB("art. 3.30 lid 1", version: law.wetIBVersion(forYear: year)))
        case .straightLine:
            // A whole year is base / life itself (the same quotient as base × 12 / (life × 12), so the same rounding).
            amount = fraction.isWhole ? yearly.wholeYear(of: base, life: life)
                : (base * ExactDecimal(fraction.used)).divided(by: ExactDecimal(life * fraction.of), scale: 2, rounding: .halfUp)
            explanation.add("depreciation.straightLine", [.amount("base", base), .number("life", life), .number("used", fraction.used), .number("of", fraction.of), .amount("amount", amount)], source: .wetIB("art. 3.30 lid 1", version: law.wetIBVersion(forYear: year)))
        case .decliningBalance(let rate):
            let lastYearOfLife = calendar.year(of: parent?.lifeEnd ?? inUse.adding(months: life * 12).previousDay)
            if year >= lastYearOfLife {
                amount = book - floor
                explanation.add("depreciation.decliningBalanceRest", [.amount("floor", floor), .amount("amount", amount)])
            } else {
                amount = fraction.of(book * rate)
                explanation.add("depreciation.decliningBalance", [.rate("rate", rate), .amount("bookValue", book), .number("used", fraction.used), .number("of", fraction.of), .amount("amount", amount)])
            }
        }
        if let transition {
            if year >= transition.firstYear, transition.remainingMonths > 0 {
                // 12 / (60 − V) × the book value at the start of the first boekjaar from 2007, "op jaarbasis".
                let remaining = transition.remainingMonths
                let cap = (transitionBook * ExactDecimal(12 * fraction.used))
                    .divided(by: ExactDecimal(remaining * fraction.of), scale: 2, rounding: .halfUp)
                if amount > cap {
                    amount = cap
                    explanation.add("depreciation.transitionCap", [.number("months", transition.months.value), .number("depreciatedMonths", transition.depreciatedMonths), .day("from", calendar.start(transition.firstYear)), .amount("bookValue", transitionBook), .number("used", fraction.used), .number("of", fraction.of), .amount("cap", cap)], source: transition.months.source)
                }
            } else if year >= transition.firstYear {
                explanation.add(.make { l in
                    l == .nl ? "overgangsrecht (bedrijfsmiddel van vóór 2007): al \(transition.depreciatedMonths) maanden afgeschreven, niet minder dan \(transition.months.value): geen maximum [DERIVED]"
                             : "transitional rule (asset from before 2007): already \(transition.depreciatedMonths) months depreciated, not fewer than \(transition.months.value): no maximum [DERIVED]"
                }, source: transition.months.source)
            } else {
                explanation.add(LocalizedText(nl: "boekjaar begonnen vóór 1 januari 2007: nog geen maximum van 20% (art. 10a.3 lid 2)",
                                              en: "financial year started before 1 January 2007: no 20% maximum yet (art. 10a.3(2))"),
                                source: transition.months.source)
            }
        } else if year >= capsFrom {
            var cap = fraction.isWhole ? yearly.wholeYearCap : fraction.of(yearly.capOfCost)
            // An improvement shares one cap with the asset it improves: it may use what the asset leaves of its own.
            if let parent = parent, let parentInUse = parent.inUse, amount > cap {
                let parentFraction = YearFraction.use(from: calendar.start(year), to: calendar.end(year), inUse: parentInUse,
                                                      disposal: parent.disposal, policy: policy)
                let room = Money.max(0, parentFraction.of(parent.capOfCost) - parent.normal(in: year))
                if room.isPositive {
                    let own = cap
                    cap += room
                    explanation.add("depreciation.sharedCap", [.text("with", parent.id), .amount("ownCap", own), .amount("room", room), .amount("cap", cap)], source: law.source(capRate.source, forYear: year))
                }
            }
            if amount > cap {
                amount = cap
                explanation.add("depreciation.cap", [.rate("rate", capRate.value), .amount("cost", cost), .number("used", fraction.used), .number("of", fraction.of), .amount("cap", cap)], source: law.source(capRate.source, forYear: year))
            }
        }
        if amount > book - floor {
            amount = Money.max(0, book - floor)
            explanation.add("depreciation.floor", [.amount("floor", floor), .amount("amount", amount)])
        }
        return Money.max(0, amount)
    }

    /// The lowest book value depreciation may reach in `year`: the residual value, or for a building the
    /// bodemwaarde if higher (art. 3.30a; not for Vamil assets, art. 3.31 lid 1).
    private func floorValue(_ asset: Asset, year: Int, input: DepreciationInput, explanation: inout Explanation) throws(EngineError) -> Money {
        guard asset.kind == .building, input.scheme?.id != .vamil,
              let regime = bodemwaardeRegime(asset, year: year, taxpayer: input.taxpayer, calendar: input.calendar) else { return asset.residual }
        let percentage = regime.regime.percentage(input.taxpayer, asset.buildingUse)
        let woz: Money
        var wozNote: Int?
        if let value = asset.woz[year] {
            woz = value
        } else if let latest = asset.woz.keys.filter({ $0 < year }).max(), let value = asset.woz[latest] {
            woz = value
            wozNote = latest
        } else if !asset.willekeurig.isChosen, asset.inUse.map({ $0 > input.calendar.end(year) }) ?? true {
            // Not yet in use at the end of the boekjaar and no willekeurige afschrijving: nothing is depreciated, so
            // no bodemwaarde (and no WOZ value) is needed for this year.
            explanation.add(.make { l in
                l == .nl ? "nog niet in gebruik: geen afschrijving, dus geen WOZ-waarde nodig voor \(year)"
                         : "not yet in use: no depreciation, so no WOZ value needed for \(year)"
            }, source: .wetIB("art. 3.30a lid 1", version: law.wetIBVersion(forYear: year)))
            return asset.residual
        } else {
            throw issue(asset, "woz.\(year)", .rule(.make { l in
                l == .nl ? "WOZ-waarde voor \(year) ontbreekt; nodig voor de bodemwaarde van een gebouw (art. 3.30a)"
                         : "WOZ value for \(year) is missing; needed for a building's bodemwaarde (art. 3.30a)"
            }))
        }
        let bodemwaarde = percentage * woz
        if let wozNote {
            explanation.add("bodemwaarde.wozAssumed", [.number("year", year), .number("fromYear", wozNote), .amount("woz", woz)])
        }
        // Art. 3.30a lid 2: building, ondergrond and aanhorigheden are one asset for this test, as the WOZ value
        // covers them all; land is not depreciated, so the building may go down to the bodemwaarde less the land.
        var landBook: Money = 0
        for land in input.land where land.isHeld(endOf: year) { landBook += land.cost }
        if let parent = input.parent {
            // An improvement of a building: one bedrijfsmiddel with it, so above the bodemwaarde less the building's own
            // book value (and its land's).
            let parentBook = parent.bookValue(endOf: year)
            let floor = Money.max(asset.residual, bodemwaarde - landBook - parentBook)
            explanation.add("bodemwaarde.improvement", [.text("with", parent.id), .amount("bodemwaarde", bodemwaarde), .amount("parentBookValue", parentBook), .amount("landBookValue", landBook), .amount("floor", floor)], source: .wetIB("art. 3.30a lid 2", version: law.wetIBVersion(forYear: year)))
            return floor
        }
        explanation.add("bodemwaarde", [.number("year", year), .rate("percentage", percentage), .amount("woz", woz), .amount("bodemwaarde", bodemwaarde),
                                        .text("taxpayer", input.taxpayer.rawValue), .text("use", asset.buildingUse == .ownUse ? "ownUse" : "investment"),
                                        .text("rule", regime.transitional ? "transitional" : "current")], source: regime.regime.source)
        if input.land.isEmpty { return Money.max(asset.residual, bodemwaarde) }
        let floor = Money.max(asset.residual, bodemwaarde - landBook)
        explanation.add("bodemwaarde.withLand", [.text("land", input.land.filter { $0.isHeld(endOf: year) }.map(\.id).joined(separator: ", ")), .amount("bodemwaarde", bodemwaarde), .amount("landBookValue", landBook), .amount("residual", asset.residual), .amount("floor", floor)], source: .wetIB("art. 3.30a lid 2", version: law.wetIBVersion(forYear: year)))
        return floor
    }

    /// The bodemwaarde regime for a building in `year`, applying the three-boekjaren transition when the
    /// percentage for this building rose after it was taken into use.
    private func bodemwaardeRegime(_ asset: Asset, year: Int, taxpayer: Taxpayer,
                                   calendar: FiscalCalendar) -> (regime: BodemwaardeRegime, transitional: Bool)? {
        let regimes = law.bodemwaarde
        let current = BodemwaardeRegime.regime(for: year, in: regimes)
        let inUseYear = asset.inUse.map { calendar.year(of: $0) }
        guard options.buildingTransition == .threeBoekjaren, let inUseYear, year <= inUseYear + 3 else {
            return current.map { ($0, false) }
        }
        // The regime when the building was taken into use: if a later change raised its percentage, the old rule
        // holds until three whole boekjaren after the year of ingebruikname.
        let original = BodemwaardeRegime.regime(for: inUseYear, in: regimes)
        guard let current else { return nil }
        guard let original else { return nil } // in use before 2007: no bodemwaarde for the first three years
        if original.from != current.from,
           original.percentage(taxpayer, asset.buildingUse) < current.percentage(taxpayer, asset.buildingUse),
           asset.buildingUse == .ownUse {
            return (original, true)
        }
        return (current, false)
    }
}
