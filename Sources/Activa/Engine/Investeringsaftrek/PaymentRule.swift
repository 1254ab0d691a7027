/// When an asset's investeringsaftrek is deducted under the betalingscriterium (art. 3.44 Wet IB 2001).
///
/// While the asset is not in use at the end of a year, the aftrek taken so far is limited to what has been paid;
/// the rest follows as payments come in, and all of it in the year of ingebruikname. When the asset leaves (sold,
/// withdrawn, or the investment deemed undone) before the rest is released, the rest lapses.
struct PaymentRuleTimeline {
    /// Deducted per calendar year.
    var taken = YearMap<Money>()
    /// Still deferred at the end of each year from the investment year on.
    var outstanding = YearMap<Money>()
    /// The year and amount that lapsed, if any.
    var lapsed: (year: Int, amount: Money)?
    var lastYear: Int

    /// - Parameters:
    ///   - amount: the asset's aftrek for its investment year.
    ///   - paidBy: what had been paid by a day (for a partner: his share of it).
    ///   - end: the day the asset leaves the enterprise or the investment is deemed undone.
    ///   - stakingYear: the boekjaar in which the enterprise stops: the whole rest is taken then (art. 3.44 lid 2);
    ///     nil when it does not stop, or when the investment was undone.
    ///   - opening: for an asset taken over with a running activastaat, the first boekjaar computed and the aftrek
    ///     already taken before it (the rest was deferred at its start).
    init(amount: Money, investmentYear: Int, inUse: Day?, end: Day?, calendar: FiscalCalendar, stakingYear: Int?,
         opening: (year: Int, taken: Money)? = nil, paidBy: (Day) -> Money) {
        var year = opening?.year ?? investmentYear
        var done: Money = opening?.taken ?? 0
        lastYear = year
        while true {
            // In the year the asset leaves or the investment is undone, only what happened up to that day counts: an
            // ingebruikname or a payment after an undoing releases nothing (the rest lapses).
            let yearEnd = calendar.end(year)
            let cutoff = end.map { calendar.year(of: $0) == year ? Swift.min($0, yearEnd) : yearEnd } ?? yearEnd
            let inUseByYearEnd = inUse.map { $0 <= cutoff } ?? false
            let allowed = inUseByYearEnd || year == stakingYear ? amount : ExactDecimal.min(amount, paidBy(cutoff))
            let now = ExactDecimal.max(0, allowed - done)
            if !now.isZero { taken[year] = now }
            done += now
            lastYear = year
            let rest = amount - done
            if rest.isZero { outstanding[year] = 0; break }
            if let end, calendar.year(of: end) <= year {
                lapsed = (year, rest)
                outstanding[year] = 0
                break
            }
            outstanding[year] = rest
            // Without an end the 3-year rule ends every deferral; this bound only guards against a policy without it.
            if year >= investmentYear + 50 { break }
            year += 1
        }
    }
}

/// The betalingscriterium applied to an asset's whole investeringsaftrek (KIA + EIA + MIA), as art. 3.44 compares
/// "de investeringsaftrek" with the payments; what is taken each year is split over the forms in proportion
/// (a named policy; the law does not say how).
struct FormTimeline {
    let combined: PaymentRuleTimeline
    /// The timeline split over the forms, when EIA or MIA is part of the aftrek; nil for KIA alone (most assets), whose
    /// timeline is the combined one itself — shared, not copied into maps of its own.
    private let split: Split?

    /// What each form takes per year, and the KIA that lapses (the report shows lapsed KIA only).
    final class Split: Sendable {
        let kia: YearMap<Money>, eia: YearMap<Money>, mia: YearMap<Money>
        let kiaOutstanding: YearMap<Money>
        let kiaLapsed: (year: Int, amount: Money)?

        init(kia: YearMap<Money>, eia: YearMap<Money>, mia: YearMap<Money>, kiaOutstanding: YearMap<Money>,
             kiaLapsed: (year: Int, amount: Money)?) {
            self.kia = kia
            self.eia = eia
            self.mia = mia
            self.kiaOutstanding = kiaOutstanding
            self.kiaLapsed = kiaLapsed
        }
    }

    var taken: YearMap<Money> { combined.taken }
    var lastYear: Int { combined.lastYear }

    /// KIA, EIA and MIA taken in `year`; KIA still deferred at its end.
    func kia(in year: Int) -> Money? { split == nil ? combined.taken[year] : split?.kia[year] }
    func eia(in year: Int) -> Money? { split?.eia[year] }
    func mia(in year: Int) -> Money? { split?.mia[year] }
    func kiaOutstanding(endOf year: Int) -> Money? { split == nil ? combined.outstanding[year] : split?.kiaOutstanding[year] }
    var kiaLapsed: (year: Int, amount: Money)? { split == nil ? combined.lapsed : split?.kiaLapsed }
    var eia: YearMap<Money> { split?.eia ?? YearMap() }
    var mia: YearMap<Money> { split?.mia ?? YearMap() }

    /// The KIA taken up to and including `year`.
    func kiaTaken(through year: Int) -> Money { (split?.kia ?? combined.taken).sum(through: year) }

    init(_ combined: PaymentRuleTimeline, kia kiaAmount: Money, eia eiaAmount: Money, mia miaAmount: Money, from firstYear: Int) {
        self.combined = combined
        let total = kiaAmount + eiaAmount + miaAmount
        // The common case, KIA only: what is taken is KIA, nothing to split. (With no aftrek at all the combined
        // timeline takes nothing and lets nothing lapse, so it serves as well.)
        guard total.isPositive, !eiaAmount.isZero || !miaAmount.isZero else {
            split = nil
            return
        }
        var kia = YearMap<Money>(), eia = YearMap<Money>(), mia = YearMap<Money>(), kiaOutstanding = YearMap<Money>()
        var kiaLapsed: (year: Int, amount: Money)?
        let scale = Swift.max(Engine.divisionScale, kiaAmount.scale, eiaAmount.scale, miaAmount.scale)
        var cumulative: Money = 0
        var previous = (kia: Money.zero, eia: Money.zero)
        var previousMIA: Money = 0
        for year in firstYear...combined.lastYear {
            cumulative += combined.taken[year] ?? 0
            // The taken total split over the forms so that the parts add up exactly.
            let parts = cumulative.allocated(proportionalTo: [kiaAmount, eiaAmount, miaAmount], scale: scale)
            let kiaSoFar = parts[0], eiaSoFar = parts[1], miaSoFar = parts[2]
            if kiaSoFar != previous.kia { kia[year] = kiaSoFar - previous.kia }
            if eiaSoFar != previous.eia { eia[year] = eiaSoFar - previous.eia }
            if miaSoFar != previousMIA { mia[year] = miaSoFar - previousMIA }
            previous = (kiaSoFar, eiaSoFar)
            previousMIA = miaSoFar
            kiaOutstanding[year] = combined.lapsed?.year == year ? 0 : kiaAmount - kiaSoFar
            if let lapsed = combined.lapsed, lapsed.year == year {
                kiaLapsed = (year, kiaAmount - kiaSoFar)
            }
        }
        split = Split(kia: kia, eia: eia, mia: mia, kiaOutstanding: kiaOutstanding, kiaLapsed: kiaLapsed)
    }
}
