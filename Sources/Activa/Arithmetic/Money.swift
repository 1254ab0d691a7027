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

extension ExactDecimal {
    /// The largest amount Activa accepts as input: below 10^12 euro, at most 4 decimals. Every product the engine
    /// forms from such amounts (cost × share × KIA) stays far inside 128 bits, so no input can overflow.
    public static let inputLimit = ExactDecimal(significand: powerOfTen(inputLimitDigits), scale: 0)
    /// The digits of the input limit before the point: 10^12.
    static let inputLimitDigits = 12
    public static let inputDecimals = 4

    /// Parses an input amount: a plain decimal, not negative, below 10^12 with at most 4 decimals; nil otherwise.
    public init?(amount text: String) {
        guard let value = ExactDecimal(parsing: text), !value.isNegative, value.isWithinInputRange else { return nil }
        self = value
    }

    /// Whether a (parsed) value is small enough to be an input amount.
    public var isWithinInputRange: Bool {
        // |value| < 10^12 ⟺ |significand| < 10^(12 + scale), decided on the digits without a comparison of decimals.
        scale <= ExactDecimal.inputDecimals && significand.magnitude < UInt128(ExactDecimal.powerOfTen(ExactDecimal.inputLimitDigits + scale))
    }
}
