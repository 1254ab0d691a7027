extension Register {
    /// Art. 3.44 lid 2: the enterprise stops (staking) at the end of its last boekjaar (`lastFiscalYearEnd`). Nothing
    /// dated after it can be booked into the enterprise: an investment, an ingebruikname or a disposal after the
    /// end is refused, naming the asset and the field, rather than silently moved into the last year. A payment after the
    /// end is accepted: the last invoice is often paid later, and the whole aftrek is taken at the staking anyway.
    func stakingIssues() -> [RegisterIssue] {
        guard let end = entity.calendar.lastDay else { return [] }
        var issues: [RegisterIssue] = []
        func after(_ day: Day, _ id: String, _ field: String) {
            guard day > end else { return }
            issues.append(RegisterIssue(assetId: id, field: field, problem: .rule(.make { l in
                l == .nl ? "\(day) ligt na het einde van de onderneming (laatste boekjaar tot en met \(end), entity.lastFiscalYearEnd)"
                         : "\(day) is after the end of the enterprise (last boekjaar up to and including \(end), entity.lastFiscalYearEnd)"
            })))
        }
        // Only the dates are read, in place (a binding of an asset copies all its fields).
        for index in assets.indices {
            after(assets[index].committed, assets[index].id, "committed")
            if let inUse = assets[index].inUse { after(inUse, assets[index].id, "inUse") }
            if let disposal = assets[index].disposal?.date { after(disposal, assets[index].id, "disposal.date") }
            for (position, reduction) in assets[index].reductions.enumerated() {
                after(reduction.date, assets[index].id, "reductions[\(position)].date")
            }
            for (position, change) in assets[index].changesOfUse.enumerated() {
                after(change.date, assets[index].id, "changesOfUse[\(position)].date")
            }
        }
        return issues
    }
}
