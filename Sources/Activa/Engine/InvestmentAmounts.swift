extension Engine {
    /// Each asset's investeringsbedrag for the investeringsaftrek: its cost, less a herinvesteringsreserve written off
    /// it (HR 24 december 1975, nr. 17 795, BNB 1976/50; Besluit investeringsaftrek §4.2), unless the taxpayer asked
    /// for the Besluit's approval to use the gross cost (`hirInvestment = grossCost`).
    /// A subsidy, discount or refund received before or in the boekjaar of investment lowers it too (art. 3.43: what
    /// the taxpayer bears).
    func investmentAmounts(_ assets: [Asset], depreciation: RegisterDepreciation, calendar: FiscalCalendar) -> [Money] {
        var amounts = assets.indices.map { assets[$0].cost }
        for index in assets.indices where !assets[index].reductions.isEmpty {
            let boekjaar = calendar.year(of: assets[index].committed)
            for reduction in assets[index].reductions where calendar.year(of: reduction.date) <= boekjaar {
                amounts[index] -= reduction.amount
            }
        }
        guard options.hirInvestment == .netOfReserve else { return amounts }
        for index in assets.indices where assets[index].hir != nil {
            amounts[index] -= depreciation.schedules[index].lines.first?.hirAfboeking ?? 0
        }
        return amounts
    }
}
