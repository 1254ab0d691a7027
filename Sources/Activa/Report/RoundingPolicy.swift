/// How amounts are rounded at the edge, when a report is written. The engine itself never rounds for display.
public enum RoundingPolicy: String, Sendable, CaseIterable {
    /// Full precision, e.g. 14182.0664.
    case exact
    /// Whole euros for the aangifte, in the taxpayer's favour: deductions up, additions down
    /// (investeringsaftrek.md §8.2; the official wording is UNCONFIRMED).
    case aangifte

    /// What an amount is to the taxpayer, which decides the direction of rounding.
    public enum Role: Sendable {
        /// A deduction from profit (KIA): rounded up.
        case deduction
        /// An addition to profit (bijtelling): rounded down.
        case addition
        /// A base or an informative amount (investments, payments): rounded to the nearest euro.
        case neutral
    }

    public func apply(_ amount: Money, as role: Role) -> Money {
        switch self {
        case .exact:
            return amount
        case .aangifte:
            switch role {
            case .deduction: return amount.rounded(scale: 0, .up)
            case .addition: return amount.rounded(scale: 0, .down)
            case .neutral: return amount.rounded(scale: 0, .halfUp)
            }
        }
    }
}
