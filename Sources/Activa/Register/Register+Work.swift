/// How much a register asks of the engine, known before the work is done (issue 17: hostile input costs little).
extension Register {
    /// An upper bound of the asset-years a report computes and holds: every asset times the span of years the
    /// register reaches (from the first investment or the opening year to the last date any asset names, its life
    /// included). The engine carries every asset still held through the whole span, so the bound is on the span, not
    /// on each asset's own years. A report's work and size grow with it: an edge refuses a register that would cost
    /// too much before computing it.
    public var assetYears: Int {
        guard !assets.isEmpty else { return 0 }
        var first = Int.max, last = Int.min
        for asset in assets {
            first = Swift.min(first, asset.committed.year)
            let start = (asset.inUse ?? asset.committed).year
            // A life is at most 100 years (validation).
            last = Swift.max(last, start + Swift.min(Swift.max(asset.life ?? 0, 0), 100) + 1, asset.committed.year)
            if let disposal = asset.disposal { last = Swift.max(last, disposal.date.year) }
            for payment in asset.payments ?? [] { last = Swift.max(last, payment.date.year) }
            for change in asset.changesOfUse { last = Swift.max(last, change.date.year) }
            for cost in asset.productionCosts { first = Swift.min(first, cost.date.year); last = Swift.max(last, cost.date.year) }
        }
        if let opening { first = Swift.max(first, opening.year) }
        // Dates are years 1–9999 (Day), so the span and the product stay far from overflowing.
        let span = Swift.max(1, last - first + 1)
        return assets.count.multipliedReportingOverflow(by: span).overflow ? Int.max : assets.count * span
    }
}
