/// The schedule of the common asset in 64-bit integers: straight line from ingebruikname within the yearly cap
/// (art. 3.30), down to the residual value, no willekeurige afschrijving, not a building (so no bodemwaarde), acquired
/// from 2007 (so not the transitional maximum of art. 10a.3), and the disposal with its boekwinst and
/// herinvesteringsreserve.
///
/// It computes the figures of `depreciationSchedule` for such an asset exactly — the same rational numbers, so the
/// same normalised amounts — in units of 1/10.000 euro (the register's precision), without the decimal type's
/// general arithmetic and without explanations. It is used only when no explanation is written; any asset outside
/// its reach, or a figure that would not fit, is left to the general schedule (it answers nil).
struct PlainSchedule {
    /// The register's amounts have at most four decimals: an amount is an integer number of 1/10.000 euro.
    static let scale = 4
    static let unitsPerCent: Int64 = 100

    /// Whether the general schedule would treat the asset the way this one does.
    static func applies(to asset: Asset, input: DepreciationInput, expensedAtOnce: Bool, capsFrom: Int) -> Bool {
        guard !expensedAtOnce, asset.life != nil, asset.inUse != nil, input.scheme == nil, !asset.willekeurig.isChosen,
              input.parent == nil, input.priceAllocation == nil, input.opening == nil else { return false }
        guard case .straightLine = asset.method else { return false }
        // An asset acquired before 2007 has the transitional maximum of art. 10a.3: the general schedule computes it.
        guard asset.committed >= Day.startOfYear(capsFrom) else { return false }
        return asset.kind != .building && asset.kind != .land && asset.kind != .securities
    }

    /// An amount in units of 1/10.000 euro; nil beyond four decimals or 64 bits.
    static func units(_ amount: Money) -> Int64? {
        guard amount.scale <= scale, let significand = Int64(exactly: amount.significand) else { return nil }
        let (value, overflow) = significand.multipliedReportingOverflow(by: Int64(truncatingIfNeeded: ExactDecimal.powerOfTen(scale - amount.scale)))
        return overflow ? nil : value
    }

    /// An amount from units of 1/10.000 euro (normalised: its trailing zeros dropped, a test per digit).
    static func money(_ units: Int64) -> Money { units == 0 ? 0 : ExactDecimal(small: units, scale: scale) }

    /// numerator / denominator to whole units, half up; both not negative, the denominator positive.
    static func roundedHalfUp(_ numerator: Int64, _ denominator: Int64) -> Int64 {
        let quotient = numerator / denominator, remainder = numerator % denominator
        return remainder >= denominator - remainder ? quotient + 1 : quotient
    }

    /// a × b × c, or nil when it does not fit in 64 bits.
    static func product(_ a: Int64, _ b: Int64, _ c: Int64 = 1) -> Int64? {
        let (ab, first) = a.multipliedReportingOverflow(by: b)
        let (abc, second) = ab.multipliedReportingOverflow(by: c)
        return first || second ? nil : abc
    }
}

extension Engine {
    /// `depreciationSchedule` for an asset `PlainSchedule` applies to, in integers; nil when a figure does not fit.
    func plainSchedule(_ input: DepreciationInput, life: Int, inUse: Day) -> DepreciationSchedule? {
        typealias Plain = PlainSchedule
        let asset = input.asset
        let rules = law.depreciation
        let capRate = (asset.kind == .goodwill ? rules.goodwillYearlyCap : rules.yearlyCap).value
        guard life > 0, let assetCost = Plain.units(asset.cost), let afboeking = Plain.units(input.hirAfboeking),
              let residual = Plain.units(asset.residual), let rate = Int64(exactly: capRate.significand), rate >= 0,
              capRate.scale <= 16 else { return nil }
        let cost = assetCost - afboeking
        guard cost >= 0 else { return nil }
        let depreciable = Swift.max(0, cost - residual)
        // The cap of a whole year, rate × cost to cents: cost (units) × rate / 10^(rate's scale) / 100.
        let capDivisor = ExactDecimal.powerOfTen(capRate.scale + 2)
        guard let capNumerator = Plain.product(cost, rate), let capDenominator = Int64(exactly: capDivisor) else { return nil }
        let wholeYearCap = Plain.roundedHalfUp(capNumerator, capDenominator) * Plain.unitsPerCent
        guard let lifeInCents = Plain.product(Int64(life), Plain.unitsPerCent) else { return nil }
        let wholeYearNormal = Plain.roundedHalfUp(depreciable, lifeInCents) * Plain.unitsPerCent

        let calendar = input.calendar
        let commitYear = calendar.year(of: asset.committed), inUseYear = calendar.year(of: inUse)
        let disposalDate = asset.disposal?.date
        let disposalYear = disposalDate.map { calendar.year(of: $0) }
        let capsFrom = rules.capsFrom.value
        var schedule = DepreciationSchedule(firstYear: commitYear, lastYear: commitYear)
        let capYears = capRate.isPositive ? Int(truncatingIfNeeded: ExactDecimal.one.divided(by: capRate, scale: 0, rounding: .up).significand) : 1
        schedule.reserveCapacity(Swift.max(life, capYears) + (inUseYear - commitYear) + 2)
        // Without willekeurige afschrijving the book value without it (the shadow) is the book value itself.
        var book: Int64 = 0
        // Amounts made once: the cost, a whole year's depreciation, and last year's book value as this year's opening
        // (each conversion tests the trailing digits one by one).
        let costAmount = Plain.money(cost), wholeYearAmount = Plain.money(wholeYearNormal)
        var openingAmount: Money = 0
        var year = commitYear
        while true {
            if year == commitYear { book += cost }
            var normal: Int64 = 0
            let fraction = YearFraction.use(from: calendar.start(year), to: calendar.end(year), inUse: inUse,
                                            disposal: disposalDate, policy: options.proration)
            if !fraction.isZero {
                var amount: Int64
                if fraction.isWhole {
                    amount = wholeYearNormal
                } else {
                    guard let numerator = Plain.product(depreciable, Int64(fraction.used)),
                          let denominator = Plain.product(Int64(life), Int64(fraction.of), Plain.unitsPerCent) else { return nil }
                    amount = Plain.roundedHalfUp(numerator, denominator) * Plain.unitsPerCent
                }
                if year >= capsFrom {
                    let cap: Int64
                    if fraction.isWhole {
                        cap = wholeYearCap
                    } else {
                        guard let numerator = Plain.product(cost, rate, Int64(fraction.used)),
                              let denominator = Plain.product(capDenominator, Int64(fraction.of)) else { return nil }
                        cap = Plain.roundedHalfUp(numerator, denominator) * Plain.unitsPerCent
                    }
                    amount = Swift.min(amount, cap)
                }
                if amount > book - residual { amount = Swift.max(0, book - residual) }
                normal = Swift.max(0, amount)
            }
            book -= normal

            var disposalBookValue: Money?, gain: Money?, hirFormed: Int64 = 0
            let disposedNow = disposalYear == year
            if disposedNow, let disposal = asset.disposal {
                guard let price = Plain.units(disposal.price) else { return nil }
                disposalBookValue = Plain.money(book)
                gain = Plain.money(price - book)
                if disposal.hir {
                    // min(boekwinst, price − shadow) with the shadow equal to the book value.
                    hirFormed = Swift.max(0, price - book)
                    schedule.reserve = (year, Plain.money(hirFormed), Plain.money(book))
                }
                book = 0
                schedule.disposed = true
            }
            let bookValue = Plain.money(book), normalAmount = normal == wholeYearNormal ? wholeYearAmount : Plain.money(normal)
            schedule.append(DepreciationFigures(
                openingBookValue: openingAmount, investment: year == commitYear ? costAmount : 0,
                hirAfboeking: year == commitYear ? input.hirAfboeking : 0, willekeurig: 0, willekeurigMaximum: 0,
                normal: normalAmount, depreciation: normalAmount, terugname: 0, disposalBookValue: disposalBookValue, gain: gain,
                hirFormed: Plain.money(hirFormed), bookValue: bookValue, bookValueWithoutWillekeurig: bookValue, expensed: false), year: year)
            schedule.finalBookValue = bookValue
            openingAmount = bookValue

            if disposedNow { break }
            // A sale ahead is computed in its year (its boekwinst), also for an asset written down to its residual value.
            if disposalYear == nil, year >= inUseYear + life, normal == 0 { break }
            if disposalYear == nil, book <= residual, year >= inUseYear { break }
            if year > commitYear + 200 { break }
            year += 1
        }
        return schedule
    }
}
