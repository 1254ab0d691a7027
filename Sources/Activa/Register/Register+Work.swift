/// How much a register asks of the engine, known before the work is done (issue 17: hostile input costs little).
extension Register {
    /// An upper estimate of the asset-years a report computes and holds: per asset, the years from its investment
    /// (or the opening year) to the end of its life or its disposal, at least one. A report's work and size grow with
    /// it, so an edge can refuse a register that would cost too much before computing it.
    public var assetYears: Int {
        let openingYear = opening?.year ?? Int.min
        var total = 0
        for asset in assets {
            let first = Swift.max(asset.committed.year, openingYear)
            let start = (asset.inUse ?? asset.committed).year
            // A life is at most 100 years (validation); a disposal ends it sooner.
            var last = start + Swift.min(Swift.max(asset.life ?? 0, 0), 100) + 1
            if let disposal = asset.disposal { last = Swift.min(last, disposal.date.year) }
            total += Swift.max(1, last - first + 1)
        }
        return total
    }
}
