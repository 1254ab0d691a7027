/// Staking: the enterprise stops at the end of its last boekjaar (`entity.lastFiscalYearEnd`). Deferred aftrek is
/// then taken in full (art. 3.44 lid 2, in PaymentRuleTimeline), no investment is undone after it (Undoing.find),
/// nothing is dated after it (Register.stakingIssues), the report ends with it, and a herinvesteringsreserve still
/// open is released in it (art. 3.54 lid 5: the reserve cannot outlast the enterprise).
extension Engine {
    /// Reserves still open at the staking are released in its boekjaar.
    func releaseReservesAtStaking(_ depreciation: inout RegisterDepreciation, calendar: FiscalCalendar) {
        guard let end = calendar.lastDay else { return }
        let stakingYear = calendar.year(of: end)
        for (index, var ledger) in depreciation.reserves where ledger.formedYear <= stakingYear {
            if let released = ledger.released, released.year <= stakingYear { continue }
            let left = ledger.balance(endOf: stakingYear)
            ledger.released = left.isPositive ? (stakingYear, left) : nil
            depreciation.reserves[index] = ledger
        }
    }

    /// An asset still held when the enterprise stops: its sale or withdrawal at the staking decides the boekwinst
    /// and any desinvesteringsbijtelling, so the register should say it (`disposal`).
    func stakingWarnings(_ assets: [Asset], calendar: FiscalCalendar) -> [ReportWarning] {
        guard let end = calendar.lastDay else { return [] }
        var warnings: [ReportWarning] = []
        for index in assets.indices where assets[index].disposal == nil && assets[index].kind != .securities {
            warnings.append(ReportWarning(assetId: assets[index].id, text: .make { l in
                l == .nl ? "de onderneming stopt op \(end), maar voor dit bedrijfsmiddel is geen verkoop of onttrekking opgegeven: de boekwinst bij staking en een eventuele desinvesteringsbijtelling zijn niet berekend"
                         : "the enterprise stops on \(end), but no sale or withdrawal is given for this asset: the gain at staking and any desinvesteringsbijtelling are not computed"
            }))
        }
        return warnings
    }
}
