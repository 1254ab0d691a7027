/// An exact decimal number: `significand × 10^-scale`.
///
/// Money and rates in Activa are never binary floating point. Addition, subtraction and multiplication are
/// exact; division and rounding are explicit and always name their precision and rounding rule, so a result is
/// rounded only where the caller decides (at the edge, by a `RoundingPolicy`).
public struct ExactDecimal: Sendable, Hashable, Comparable {
    /// The digits, as an integer.
    public private(set) var significand: Int128
    /// The number of digits after the decimal point.
    public private(set) var scale: Int

    /// The largest scale kept after a multiplication before it is an error: far beyond any tax computation.
    static let maximumScale = 30

    public init(significand: Int128, scale: Int) {
        precondition(scale >= 0 && scale <= ExactDecimal.maximumScale, "scale out of range")
        self.significand = significand
        self.scale = scale
        normalize()
    }

    public init(_ integer: Int) {
        self.init(significand: Int128(integer), scale: 0)
    }

    public static let zero = ExactDecimal(0)
    public static let one = ExactDecimal(1)

    /// Drops trailing zero digits after the point, so equal values have one representation.
    private mutating func normalize() {
        guard scale > 0 else { return }
        // Most amounts fit in 64 bits, where division is one instruction rather than a library call.
        if let small = Int64(exactly: significand) {
            var value = small, digits = scale
            while digits > 0, value % 10 == 0 {
                value /= 10
                digits -= 1
            }
            significand = Int128(value)
            scale = digits
            return
        }
        while scale > 0, significand % 10 == 0 {
            significand /= 10
            scale -= 1
        }
    }

    /// 10^0 … 10^38, the powers an Int128 can hold.
    static let powersOfTen: [Int128] = {
        var powers: [Int128] = [1]
        for _ in 1...38 { powers.append(powers[powers.count - 1] * 10) }
        return powers
    }()

    static func powerOfTen(_ exponent: Int) -> Int128 {
        powersOfTen[exponent]
    }

    /// The significand expressed at a larger scale.
    @inline(__always)
    func significand(atScale target: Int) -> Int128 {
        target == scale ? significand : significand * ExactDecimal.powersOfTen[target - scale]
    }

    public var isZero: Bool { significand == 0 }
    public var isNegative: Bool { significand < 0 }
    public var isPositive: Bool { significand > 0 }

    public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        if lhs.scale == rhs.scale { return lhs.significand < rhs.significand }
        let common = Swift.max(lhs.scale, rhs.scale)
        return lhs.significand(atScale: common) < rhs.significand(atScale: common)
    }

    public static func + (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        let common = Swift.max(lhs.scale, rhs.scale)
        return ExactDecimal(significand: lhs.significand(atScale: common) + rhs.significand(atScale: common), scale: common)
    }

    public static func - (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        let common = Swift.max(lhs.scale, rhs.scale)
        return ExactDecimal(significand: lhs.significand(atScale: common) - rhs.significand(atScale: common), scale: common)
    }

    public static prefix func - (value: ExactDecimal) -> ExactDecimal {
        ExactDecimal(significand: -value.significand, scale: value.scale)
    }

    public static func * (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        ExactDecimal(significand: lhs.significand * rhs.significand, scale: lhs.scale + rhs.scale)
    }

    public static func += (lhs: inout ExactDecimal, rhs: ExactDecimal) { lhs = lhs + rhs }
    public static func -= (lhs: inout ExactDecimal, rhs: ExactDecimal) { lhs = lhs - rhs }

    /// The quotient, rounded to `scale` digits by `rule`. Division is the one operation that cannot be exact in
    /// general, so it always says how it rounds.
    public func divided(by divisor: ExactDecimal, scale target: Int, rounding rule: RoundingRule) -> ExactDecimal {
        precondition(!divisor.isZero, "division by zero")
        // self / divisor = (a·10^-s) / (b·10^-t); scaled to `target` digits: a·10^(target + t - s) / b.
        let shift = target + divisor.scale - scale
        var numerator = significand
        var denominator = divisor.significand
        if shift >= 0 { numerator *= ExactDecimal.powerOfTen(shift) } else { denominator *= ExactDecimal.powerOfTen(-shift) }
        return ExactDecimal(significand: ExactDecimal.roundedQuotient(numerator, denominator, rule), scale: target)
    }

    /// This value rounded to `scale` digits after the point by `rule`; unchanged when it already fits.
    public func rounded(scale target: Int, _ rule: RoundingRule) -> ExactDecimal {
        guard scale > target else { return self }
        let divisor = ExactDecimal.powerOfTen(scale - target)
        return ExactDecimal(significand: ExactDecimal.roundedQuotient(significand, divisor, rule), scale: target)
    }

    static func roundedQuotient(_ numerator: Int128, _ denominator: Int128, _ rule: RoundingRule) -> Int128 {
        var quotient = numerator / denominator
        let remainder = numerator % denominator
        guard remainder != 0 else { return quotient }
        let positive = (numerator < 0) == (denominator < 0)
        let twiceRemainder = remainder.magnitude * 2
        let step: Int128 = positive ? 1 : -1
        switch rule {
        case .down:
            if !positive { quotient -= 1 }
        case .up:
            if positive { quotient += 1 }
        case .towardZero:
            break
        case .halfUp:
            if twiceRemainder >= denominator.magnitude { quotient += step }
        case .halfEven:
            if twiceRemainder > denominator.magnitude || (twiceRemainder == denominator.magnitude && quotient % 2 != 0) {
                quotient += step
            }
        }
        return quotient
    }

    public static func min(_ a: ExactDecimal, _ b: ExactDecimal) -> ExactDecimal { a < b ? a : b }
    public static func max(_ a: ExactDecimal, _ b: ExactDecimal) -> ExactDecimal { a < b ? b : a }
}

/// How a division or a rounding step treats the digits it drops.
public enum RoundingRule: String, Sendable, CaseIterable {
    /// Toward minus infinity (floor).
    case down
    /// Toward plus infinity (ceiling).
    case up
    case towardZero
    case halfUp
    case halfEven
}
