/// A running total of exact amounts, kept as one 64-bit integer at a fixed scale while every term fits.
///
/// Adding amounts of different scales one by one (€ 12.500 + € 123,45 + € 0,4512) rescales and normalises each
/// partial sum; a year's totals add every asset's line, so that was most of the work of a report's totals. Here a term
/// of at most four decimals is one multiply-add; a term that does not fit (more decimals, or beyond 64 bits) goes
/// into an exact `ExactDecimal` total instead. The result is the exact sum either way.
struct ExactSum {
    /// The digits of the total so far, at `ExactSum.scale` decimals.
    private var units: Int64 = 0
    /// The terms that did not fit into `units`, added exactly.
    private var rest: ExactDecimal = 0

    static let scale = 4

    init() {}

    @inline(__always)
    mutating func add(_ value: ExactDecimal) {
        if value.isZero { return }
        if value.scale <= ExactSum.scale, let significand = Int64(exactly: value.significand) {
            let factor = Int64(truncatingIfNeeded: ExactDecimal.powerOfTen(ExactSum.scale - value.scale))
            let (scaled, scaleOverflow) = significand.multipliedReportingOverflow(by: factor)
            let (sum, sumOverflow) = units.addingReportingOverflow(scaled)
            if !scaleOverflow, !sumOverflow {
                units = sum
                return
            }
        }
        rest += value
    }

    @inline(__always)
    static func += (sum: inout ExactSum, value: ExactDecimal) { sum.add(value) }

    /// The exact total.
    var total: ExactDecimal {
        if units == 0 { return rest }
        return ExactDecimal(small: units, scale: ExactSum.scale) + rest
    }
}
