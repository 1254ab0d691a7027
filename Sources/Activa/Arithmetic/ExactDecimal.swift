/// An exact decimal number: `significand × 10^-scale`.
///
/// Money and rates in Activa are never binary floating point. Addition, subtraction and multiplication are
/// exact; division and rounding are explicit and always name their precision and rounding rule, so a result is
/// rounded only where the caller decides (at the edge, by a `RoundingPolicy`).
public struct ExactDecimal: Sendable, Hashable, Comparable {
    /// The significand shifted left by 8 bits, with the scale in the low 8 bits: one 16-byte word. A report holds
    /// dozens of amounts per asset per year, so the size of an amount is the size of the report (and of every copy).
    private var packed: Int128

    /// The digits, as an integer (at most 2^119 in magnitude, far beyond any amount the register accepts).
    public var significand: Int128 { packed >> 8 }
    /// The number of digits after the decimal point.
    public var scale: Int { Int(truncatingIfNeeded: packed & 0xFF) }

    /// The largest scale kept after a multiplication before it is an error: far beyond any tax computation.
    static let maximumScale = 30

    public init(significand: Int128, scale: Int) {
        precondition(scale >= 0 && scale <= ExactDecimal.maximumScale, "scale out of range")
        var significand = significand, scale = scale
        ExactDecimal.normalize(&significand, &scale)
        self.init(unchecked: significand, scale: scale)
    }

    /// Packs a normalised significand and a valid scale; an amount beyond 2^119 is an overflow, as it would be
    /// in any fixed-width arithmetic.
    @inline(__always)
    private init(unchecked significand: Int128, scale: Int) {
        let shifted = significand << 8
        precondition(shifted >> 8 == significand, "decimal overflow")
        packed = shifted | Int128(scale)
    }

    /// A value from its packed word (already normalised and in range).
    @inline(__always)
    private init(packed: Int128) {
        self.packed = packed
    }

    @inline(__always)
    public init(_ integer: Int) {
        self.init(unchecked: Int128(integer), scale: 0)
    }

    public static var zero: ExactDecimal { ExactDecimal(unchecked: 0, scale: 0) }
    public static var one: ExactDecimal { ExactDecimal(unchecked: 1, scale: 0) }

    /// Drops trailing zero digits after the point, so equal values have one representation.
    @inline(__always)
    private static func normalize(_ significand: inout Int128, _ scale: inout Int) {
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

    /// 10^exponent. The small exponents of money (cents, the 4 decimals of a division) are computed inline: a
    /// global table costs a lazy-initialisation check on every use.
    @inline(__always)
    static func powerOfTen(_ exponent: Int) -> Int128 {
        switch exponent {
        case 0: 1
        case 1: 10
        case 2: 100
        case 3: 1_000
        case 4: 10_000
        case 5: 100_000
        case 6: 1_000_000
        default: powersOfTen[exponent]
        }
    }

    /// The significand expressed at a larger scale.
    @inline(__always)
    func significand(atScale target: Int) -> Int128 {
        target == scale ? significand : significand * ExactDecimal.powerOfTen(target - scale)
    }

    public var isZero: Bool { packed == 0 }
    public var isNegative: Bool { packed < 0 }
    public var isPositive: Bool { packed > 0xFF }

    @inline(__always)
    public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        // At one scale the packed words compare as the values do (the scale bits are equal).
        if lhs.scale == rhs.scale { return lhs.packed < rhs.packed }
        return lessAtCommonScale(lhs, rhs)
    }

    /// `<` of two values at different scales, in 64 bits where the rescaled significands fit.
    @inline(never)
    private static func lessAtCommonScale(_ lhs: ExactDecimal, _ rhs: ExactDecimal) -> Bool {
        if let small = smallAtCommonScale(lhs, rhs) { return small.left < small.right }
        let common = Swift.max(lhs.scale, rhs.scale)
        return lhs.significand(atScale: common) < rhs.significand(atScale: common)
    }

    /// Both significands at the larger of the two scales, in 64 bits, when they fit (amounts of up to six decimals).
    @inline(__always)
    private static func smallAtCommonScale(_ lhs: ExactDecimal, _ rhs: ExactDecimal) -> (left: Int64, right: Int64, scale: Int)? {
        let common = Swift.max(lhs.scale, rhs.scale)
        guard common <= 6, let a = Int64(exactly: lhs.significand), let b = Int64(exactly: rhs.significand) else { return nil }
        let (left, leftOverflow) = a.multipliedReportingOverflow(by: Int64(truncatingIfNeeded: powerOfTen(common - lhs.scale)))
        let (right, rightOverflow) = b.multipliedReportingOverflow(by: Int64(truncatingIfNeeded: powerOfTen(common - rhs.scale)))
        return leftOverflow || rightOverflow ? nil : (left, right, common)
    }

    @inline(__always)
    public static func + (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        // Most amounts added in a report are zero (no willekeurig, no terugname, no HIR): decided where it is called.
        if rhs.isZero { return lhs }
        if lhs.isZero { return rhs }
        return sum(lhs, rhs)
    }

    /// `+` of two amounts that are not zero; cents at one scale stay in 64 bits.
    @inline(never)
    private static func sum(_ lhs: ExactDecimal, _ rhs: ExactDecimal) -> ExactDecimal {
        if lhs.scale == rhs.scale {
            // At one scale the packed words add directly (the scale bits counted once); a sum whose last digit is
            // not zero is already normalised, decided in 64 bits where it fits.
            let scale = Int128(lhs.scale)
            let (packed, overflow) = lhs.packed.addingReportingOverflow(rhs.packed &- scale)
            if !overflow, let small = Int64(exactly: packed >> 8), scale == 0 || small % 10 != 0 {
                return ExactDecimal(packed: packed)
            }
            if let sum = smallSum(lhs.significand, rhs.significand) { return ExactDecimal(small: sum, scale: lhs.scale) }
        } else if let sum = smallSumAtCommonScale(lhs, rhs, negatingRight: false) {
            return sum
        }
        let common = Swift.max(lhs.scale, rhs.scale)
        return ExactDecimal(significand: lhs.significand(atScale: common) + rhs.significand(atScale: common), scale: common)
    }

    /// lhs ± rhs at two different scales (12500 + 123.45), in 64 bits when both rescaled significands and the
    /// result fit; nil otherwise.
    @inline(__always)
    private static func smallSumAtCommonScale(_ lhs: ExactDecimal, _ rhs: ExactDecimal, negatingRight: Bool) -> ExactDecimal? {
        guard let small = smallAtCommonScale(lhs, rhs), small.right != .min else { return nil }
        let (sum, overflow) = small.left.addingReportingOverflow(negatingRight ? -small.right : small.right)
        return overflow ? nil : ExactDecimal(small: sum, scale: small.scale)
    }

    @inline(__always)
    public static func - (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        if rhs.isZero { return lhs }
        return difference(lhs, rhs)
    }

    @inline(never)
    private static func difference(_ lhs: ExactDecimal, _ rhs: ExactDecimal) -> ExactDecimal {
        if lhs.scale == rhs.scale {
            if let difference = smallSum(lhs.significand, -rhs.significand) { return ExactDecimal(small: difference, scale: lhs.scale) }
        } else if let difference = smallSumAtCommonScale(lhs, rhs, negatingRight: true) {
            return difference
        }
        let common = Swift.max(lhs.scale, rhs.scale)
        return ExactDecimal(significand: lhs.significand(atScale: common) - rhs.significand(atScale: common), scale: common)
    }

    /// a + b in 64 bits, when both and the sum fit.
    @inline(__always)
    private static func smallSum(_ a: Int128, _ b: Int128) -> Int64? {
        guard let a = Int64(exactly: a), let b = Int64(exactly: b) else { return nil }
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? nil : sum
    }

    /// A value from a 64-bit significand at a valid scale, normalised in 64 bits.
    @inline(__always)
    init(small: Int64, scale: Int) {
        var value = small, digits = scale
        while digits > 0, value % 10 == 0 {
            value /= 10
            digits -= 1
        }
        self.init(unchecked: Int128(value), scale: digits)
    }

    public static prefix func - (value: ExactDecimal) -> ExactDecimal {
        ExactDecimal(significand: -value.significand, scale: value.scale)
    }

    public static func * (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        if lhs.isZero || rhs.isZero { return .zero }
        let scale = lhs.scale + rhs.scale
        // Amounts times rates and whole numbers fit in 64 bits, where the product and its normalising are cheap.
        if scale <= ExactDecimal.maximumScale, let a = Int64(exactly: lhs.significand), let b = Int64(exactly: rhs.significand) {
            let (product, overflow) = a.multipliedReportingOverflow(by: b)
            if !overflow { return ExactDecimal(small: product, scale: scale) }
        }
        return ExactDecimal(significand: lhs.significand * rhs.significand, scale: scale)
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
        // 64-bit division is one instruction; 128-bit division is a library call.
        if let small = Int64(exactly: numerator), small != .min, let smallDenominator = Int64(exactly: denominator) {
            precondition(target >= 0 && target <= ExactDecimal.maximumScale, "scale out of range")
            return ExactDecimal(small: ExactDecimal.roundedQuotient(small, smallDenominator, rule), scale: target)
        }
        return ExactDecimal(significand: ExactDecimal.roundedQuotient(numerator, denominator, rule), scale: target)
    }

    /// This value rounded to `scale` digits after the point by `rule`; unchanged when it already fits.
    public func rounded(scale target: Int, _ rule: RoundingRule) -> ExactDecimal {
        guard scale > target else { return self }
        let divisor = ExactDecimal.powerOfTen(scale - target)
        if target >= 0, let small = Int64(exactly: significand), small != .min, let smallDivisor = Int64(exactly: divisor) {
            return ExactDecimal(small: ExactDecimal.roundedQuotient(small, smallDivisor, rule), scale: target)
        }
        return ExactDecimal(significand: ExactDecimal.roundedQuotient(significand, divisor, rule), scale: target)
    }

    static func roundedQuotient<Integer: FixedWidthInteger & SignedInteger>(_ numerator: Integer, _ denominator: Integer,
                                                                            _ rule: RoundingRule) -> Integer {
        var quotient = numerator / denominator
        let remainder = numerator % denominator
        guard remainder != 0 else { return quotient }
        let positive = (numerator < 0) == (denominator < 0)
        let twiceRemainder = remainder.magnitude * 2
        let step: Integer = positive ? 1 : -1
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
