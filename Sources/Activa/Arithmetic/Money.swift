/// A euro amount. Exact; formatted with at least two decimals.
public typealias Money = ExactDecimal

/// A rate as a fraction (28% is 0.28). Exact.
public typealias Rate = ExactDecimal

extension ExactDecimal {
    /// A percentage written as in the law: `percent("7.56")` is 0.0756.
    public static func percent(_ text: ExactDecimal) -> Rate {
        text * ExactDecimal(significand: 1, scale: 2)
    }

    /// This rate as a percentage number (0.0756 → 7.56).
    public var percentValue: ExactDecimal { self * 100 }
}
