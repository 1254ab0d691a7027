import Testing
@testable import Activa

@Suite("Exact decimals")
struct ExactDecimalTests {
    @Test("parses plain decimals and rejects everything else", arguments: [
        ("12500.00", "12500"), ("-3.5", "-3.5"), ("0.0756", "0.0756"), ("7,56", "7.56"), ("+1", "1"), ("000450", "450"),
    ])
    func parses(text: String, expected: String) throws {
        #expect(try #require(ExactDecimal(parsing: text)).description == expected)
    }

    @Test("rejects", arguments: ["", "-", ".", "1.2.3", "1e5", "12 500", "€450", "1,234.56", "abc", "NaN"])
    func rejects(text: String) {
        #expect(ExactDecimal(parsing: text) == nil)
    }

    @Test("long numbers: up to 30 digits in 128 bits, 31 digits rejected")
    func longNumbers() throws {
        let nineteen = try #require(ExactDecimal(parsing: "1234567890123456789"))
        #expect(nineteen.significand == 1_234_567_890_123_456_789 && nineteen.scale == 0)
        let thirty = try #require(ExactDecimal(parsing: "-12345678901234567890.1234567890"))
        #expect(thirty.significand == -123_456_789_012_345_678_901_234_567_89 && thirty.scale == 9)
        #expect(ExactDecimal(parsing: "1234567890123456789012345678901") == nil)
        #expect(try #require(ExactDecimal(parsing: "999999999999999999")).description == "999999999999999999")
    }

    @Test("input amounts: below 10^12 with at most 4 decimals")
    func inputRange() {
        #expect(ExactDecimal(amount: "999999999999.9999") != nil)
        #expect(ExactDecimal(amount: "1000000000000") == nil)
        #expect(ExactDecimal(amount: "1000000000000.0000") == nil)
        #expect(ExactDecimal(amount: "0.00001") == nil)
        #expect(ExactDecimal(amount: "-1") == nil)
        #expect(ExactDecimal("-999999999999.9999").isWithinInputRange)
        #expect(!ExactDecimal("-1000000000000").isWithinInputRange)
        #expect(ExactDecimal.inputLimit == 1_000_000_000_000)
    }

    @Test("multiplication is exact: 7,56% × 101.689 = 7.687,6884")
    func exactProduct() {
        #expect(ExactDecimal(101_689) * .percent("7.56") == "7687.6884")
        #expect((ExactDecimal("0.1") + ExactDecimal("0.2")) == "0.3")
    }

    @Test("money text keeps at least two decimals and every exact digit")
    func moneyText() {
        #expect(ExactDecimal("3455").moneyText == "3455.00")
        #expect(ExactDecimal("967.4").moneyText == "967.40")
        #expect(ExactDecimal("14182.0664").moneyText == "14182.0664")
        #expect(ExactDecimal("-0.5").moneyText == "-0.50")
        #expect(ExactDecimal("1234567.891").formatted(minimumFractionDigits: 2, decimalMark: ",", groupingSeparator: ".") == "1.234.567,891")
    }

    @Test("rounding rules on positive and negative halves")
    func rounding() {
        let half: ExactDecimal = "2.5"
        #expect(half.rounded(scale: 0, .up) == 3)
        #expect(half.rounded(scale: 0, .down) == 2)
        #expect(half.rounded(scale: 0, .halfUp) == 3)
        #expect(half.rounded(scale: 0, .halfEven) == 2)
        #expect((-half).rounded(scale: 0, .down) == -3)
        #expect((-half).rounded(scale: 0, .up) == -2)
        #expect((-half).rounded(scale: 0, .towardZero) == -2)
        #expect(ExactDecimal("7782.3116").rounded(scale: 0, .up) == 7783)
    }

    @Test("division names its scale and rule")
    func division() {
        #expect(ExactDecimal(100).divided(by: 3, scale: 4, rounding: .down) == "33.3333")
        #expect(ExactDecimal(100).divided(by: 3, scale: 4, rounding: .up) == "33.3334")
        #expect(ExactDecimal(2).divided(by: 3, scale: 2, rounding: .halfUp) == "0.67")
    }

    @Test("allocation adds up exactly", arguments: [1, 2, 3, 7, 13])
    func allocation(parts: Int) {
        let total: ExactDecimal = "16307"
        let weights = (1...parts).map { ExactDecimal($0 * 1_000 + 7) }
        let shares = total.allocated(proportionalTo: weights, scale: 4)
        #expect(shares.reduce(ExactDecimal.zero, +) == total)
        for share in shares { #expect(share.scale <= 4) }
    }
}

@Suite("Calendar days")
struct DayTests {
    @Test("rejects impossible dates")
    func impossible() {
        #expect(Day(iso: "2023-02-29") == nil)
        #expect(Day(iso: "2024-02-29") != nil)
        #expect(Day(iso: "2024-13-01") == nil)
        #expect(Day(iso: "2024-1-01") == nil)
        #expect(Day(iso: "01-03-2024") == nil)
        for text in ["2024-01-011", "2024-01-1", "2024/01/01", "2024-0a-01", "+024-01-01", "2024-01-01 ", "", "２０２４-01-01"] {
            #expect(Day(iso: text) == nil, "\(text)")
        }
        #expect(Day(iso: "2024-12-31") == Day(year: 2024, month: 12, day: 31))
    }

    @Test("twelve months later, and the day before")
    func arithmetic() throws {
        let day = try #require(Day(iso: "2025-07-01"))
        #expect(day.adding(months: 12).previousDay.description == "2026-06-30")
        #expect(try #require(Day(iso: "2024-02-29")).adding(months: 12).description == "2025-02-28")
        #expect(try #require(Day(iso: "2025-01-01")).previousDay.description == "2024-12-31")
        #expect(try #require(Day(iso: "2024-03-01")).previousDay.description == "2024-02-29")
        #expect(try #require(Day(iso: "1970-01-02")).ordinal == 1)
    }
}

@Suite("Exact decimal text, fast path")
struct ExactDecimalBytesTests {
    @Test("withText writes what moneyText and formatted() say, for many values")
    func sameAsMoneyText() {
        var values: [ExactDecimal] = [0, "0.5", "-0.5", "3455", "967.4", "14182.0664", "-1234567.891", "0.0001",
                                      ExactDecimal(significand: Int128(Int64.max) * 1000 + 7, scale: 3)]
        var seed: UInt64 = 7
        for _ in 0..<500 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            values.append(ExactDecimal(significand: Int128(Int64(bitPattern: seed) / 1000), scale: Int(seed % 7)))
        }
        values.append(ExactDecimal(significand: -(Int128(Int64.max) * 1_000_000_000 + 12_345), scale: 20))
        values.append(ExactDecimal(significand: Int128(Int64.max) * 1_000_000_000 + 1, scale: 0))
        for value in values {
            var bytes: [UInt8] = []
            value.withText(minimumFractionDigits: 2) { bytes.append(contentsOf: $0) }
            #expect(String(decoding: bytes, as: UTF8.self) == value.moneyText)
            for minimum in [0, 1, 5] {
                var text: [UInt8] = []
                value.withText(minimumFractionDigits: minimum) { text.append(contentsOf: $0) }
                #expect(String(decoding: text, as: UTF8.self) == value.formatted(minimumFractionDigits: minimum))
            }
        }
    }
}

@Suite("Exact decimal arithmetic, 64-bit fast paths")
struct ExactDecimalFastPathTests {
    /// Values around the edges of the 64-bit paths: small amounts, rates, and significands near Int64's limits.
    static func values() -> [ExactDecimal] {
        var values: [ExactDecimal] = [0, 1, -1, "0.28", "0.0756", "12500.00", "-3.5", "0.0001",
                                      ExactDecimal(significand: Int128(Int64.max), scale: 0),
                                      ExactDecimal(significand: Int128(Int64.min) + 1, scale: 4),
                                      ExactDecimal(significand: Int128(Int64.max) * 10 + 3, scale: 2),
                                      ExactDecimal(significand: Int128(3_037_000_499), scale: 2),
                                      ExactDecimal(significand: Int128(3_037_000_500), scale: 3)]
        var seed: UInt64 = 11
        for _ in 0..<300 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let magnitude = Int64(bitPattern: seed) >> Int(seed % 60)
            values.append(ExactDecimal(significand: Int128(magnitude), scale: Int((seed >> 8) % 7)))
        }
        return values
    }

    @Test("sums, differences, products, comparisons and roundings agree with 128-bit arithmetic")
    func agreeWithWideArithmetic() {
        let values = Self.values()
        for (position, a) in values.enumerated() {
            for b in values[position...].prefix(40) {
                // The product: the significands multiplied at the summed scale, normalised by the general initialiser
                // (for products within the type's 2^119: beyond it a product is an overflow by design).
                let bits = 256 - a.significand.magnitude.leadingZeroBitCount - b.significand.magnitude.leadingZeroBitCount
                if bits <= 118 {
                    #expect(a * b == ExactDecimal(significand: a.significand * b.significand, scale: a.scale + b.scale))
                }
                // The order: cross-scaled in 128 bits.
                let common = max(a.scale, b.scale)
                let left = a.significand * ExactDecimal.powerOfTen(common - a.scale)
                let right = b.significand * ExactDecimal.powerOfTen(common - b.scale)
                #expect((a < b) == (left < right))
                #expect(a + b == ExactDecimal(significand: left + right, scale: common))
                #expect(a - b == ExactDecimal(significand: left - right, scale: common))
                #expect(b - a == ExactDecimal(significand: right - left, scale: common))
                #expect((b < a) == (right < left))
            }
            for target in 0...3 where a.scale > target {
                for rule in RoundingRule.allCases {
                    let divisor = ExactDecimal.powerOfTen(a.scale - target)
                    let expected = ExactDecimal(significand: ExactDecimal.roundedQuotient(a.significand, divisor, rule), scale: target)
                    #expect(a.rounded(scale: target, rule) == expected)
                }
            }
        }
    }
}

@Suite("Exact sums")
struct ExactSumTests {
    @Test("a running total is the exact sum of its terms, whatever their scales and sizes")
    func exactTotal() {
        var seed: UInt64 = 5
        for round in 0..<100 {
            var sum = ExactSum()
            var expected: ExactDecimal = 0
            for _ in 0..<(round % 30) {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                // Mostly amounts of up to four decimals; now and then more decimals, or a term beyond 64 bits.
                let term: ExactDecimal
                switch seed % 10 {
                case 0: term = ExactDecimal(significand: Int128(Int64(bitPattern: seed)) * 1_000, scale: 2)
                case 1: term = ExactDecimal(significand: Int128(Int64(bitPattern: seed) >> 20), scale: 7)
                case 2: term = ExactDecimal(significand: Int128(Int64.max / 3), scale: 0)
                default: term = ExactDecimal(significand: Int128(Int64(bitPattern: seed) >> 24), scale: Int((seed >> 5) % 5))
                }
                sum += term
                expected += term
            }
            #expect(sum.total == expected)
        }
    }
}
