extension ExactDecimal {
    /// Splits `self` over `weights` in proportion, to `scale` digits, so that the parts add up to exactly `self`
    /// (largest-remainder method: the units left after rounding down go to the largest remainders, first come first).
    public func allocated(proportionalTo weights: [ExactDecimal], scale: Int) -> [ExactDecimal] {
        let totalWeight = weights.reduce(ExactDecimal.zero, +)
        guard !totalWeight.isZero, !weights.isEmpty else { return weights.map { _ in .zero } }
        var parts = weights.map { (self * $0).divided(by: totalWeight, scale: scale, rounding: .down) }
        let unit = ExactDecimal(significand: 1, scale: scale)
        var left = self - parts.reduce(ExactDecimal.zero, +)
        // Nothing left over (the usual case for one asset, or an exact split): no ranking of remainders needed.
        guard left >= unit else { return parts }
        let remainders = weights.enumerated().map { index, weight in (index, self * weight - parts[index] * totalWeight) }
        let order = remainders.sorted { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }.map(\.0)
        var position = 0
        while left >= unit, !order.isEmpty {
            parts[order[position % order.count]] += unit
            left -= unit
            position += 1
        }
        return parts
    }
}
