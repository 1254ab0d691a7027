import Testing
@testable import Activa

/// Amounts as Dutch people type them (issue 14): a point between groups of three digits is a thousands separator,
/// the comma is the decimal separator; what could be read two ways is refused, never guessed.
@Suite("Dutch amounts")
struct DutchAmountTests {
    /// Each text with the amount a Dutch reader sees in it: "2.350" is two thousand three hundred fifty euros.
    @Test("reads what Dutch people type", arguments: [
        ("2.350", "2350"), ("2.350,00", "2350"), ("€ 2.350", "2350"), ("€2.350,-", "2350"), ("2350", "2350"),
        ("2350,5", "2350.5"), ("2350,50", "2350.5"), ("0,50", "0.5"), ("1.234.567,89", "1234567.89"), ("€ 12.500,00", "12500"),
        ("  450 ", "450"), ("450 €", "450"), ("EUR 1.000", "1000"), ("2.350,--", "2350"), ("0", "0"), ("7,1234", "7.1234"),
        ("999.999.999.999,9999", "999999999999.9999"),
    ])
    func reads(text: String, expected: String) throws {
        let value = try ExactDecimal.dutchAmount(text).get()
        #expect(value == ExactDecimal(parsing: expected))
        #expect(value.description == expected)
    }

    /// "2.35" is € 2,35 to someone who writes a decimal point and € 235 to no one who groups thousands: it could
    /// mean either of two amounts a hundred times apart, so it is refused.
    @Test("refuses a point that is not a thousands separator", arguments: ["2.35", "2350.00", "1.2345", "12345.678", "0.500", "2.3"])
    func ambiguous(text: String) {
        #expect(ExactDecimal.dutchAmount(text) == .failure(.ambiguousPoint))
    }

    @Test("refuses malformed groups", arguments: ["1,2.3", "12.34.5", "1.23.456", "1.234,5.6", "2.", ".5", ",50", "1,2,3", "1.234.56", ",-"])
    func malformed(text: String) {
        #expect(ExactDecimal.dutchAmount(text) == .failure(.malformed))
    }

    @Test("refuses what is not an amount", arguments: ["twaalf", "-5", "12 500", "1e5", "€ -2", "2350 euro", "½", "2.350,-5"])
    func notAnAmount(text: String) {
        #expect(ExactDecimal.dutchAmount(text) == .failure(.notAnAmount))
    }

    @Test("empty, too many decimals, too large")
    func limits() {
        #expect(ExactDecimal.dutchAmount("") == .failure(.empty))
        #expect(ExactDecimal.dutchAmount(" € ") == .failure(.empty))
        // An input amount holds at most four decimals and stays below 10^12 (Money.isWithinInputRange).
        #expect(ExactDecimal.dutchAmount("1,23456") == .failure(.tooManyDecimals))
        #expect(ExactDecimal.dutchAmount("1.000.000.000.000") == .failure(.outOfRange))
    }

    /// The error names the field and shows the way to write it, in Dutch and in English.
    @Test("the message names the field")
    func message() {
        let text = DutchAmountProblem.ambiguousPoint.message(field: LocalizedText(nl: "Aanschafkosten", en: "Cost"), text: "2.35")
        #expect(text.nl == "Aanschafkosten: '2.35' is niet eenduidig; schrijf het bedrag als 2.350 of 2.350,00 (punt voor duizendtallen, komma voor centen)")
        #expect(text.en.hasPrefix("Cost: '2.35' is ambiguous; write the amount as 2.350 or 2.350,00"))
    }

    /// A form shows an amount in the notation it reads, so saving a form unchanged keeps every amount.
    @Test("written back the same", arguments: ["12500", "1250.55", "0.1234", "450", "1234567.8", "0"])
    func roundTrip(plain: String) throws {
        let value = try #require(ExactDecimal(parsing: plain))
        #expect(try ExactDecimal.dutchAmount(value.dutchAmountText).get() == value)
    }

    @Test("the notation a form shows")
    func notation() {
        #expect(ExactDecimal(12500).dutchAmountText == "12.500")
        #expect(ExactDecimal(parsing: "1250.55")?.dutchAmountText == "1.250,55")
    }
}
