import Testing
@testable import ActivaFormats
import Activa

@Suite("JSON reader")
struct JSONReaderTests {
    @Test("keys in order, numbers kept as their text, escapes decoded")
    func values() throws {
        let text = #"{"b": [1, -2.50, 1e3], "a": {"t": true, "f": false, "n": null}, "s": "x\"\\\/\n\u00e9\ud83d\ude00"}"#
        let value = try JSONReader.parse(text)
        guard case .mapping(let pairs) = value else { Issue.record("not a mapping"); return }
        #expect(pairs.map(\.0) == ["b", "a", "s"])
        #expect(pairs[0].1 == .sequence([.scalar("1", quoted: false), .scalar("-2.50", quoted: false), .scalar("1e3", quoted: false)]))
        #expect(pairs[1].1 == .mapping([("t", .scalar("true", quoted: false)), ("f", .scalar("false", quoted: false)), ("n", .null)]))
        #expect(pairs[2].1 == .scalar("x\"\\/\né😀", quoted: true))
        #expect(try JSONReader.parse(" [] ") == .sequence([]))
        #expect(try JSONReader.parse("{}") == .mapping([]))
    }

    @Test("errors say what and on which line", arguments: [
        ("{\"a\": 1, \"a\": 2}", "duplicate key 'a'", 1),
        ("{\"a\": 1}\n x", "unexpected text after the document", 2),
        ("{\"a\": \"abc", "unterminated string", 1),
        ("[\"a\tb\"]", "control character in a string", 1),
        ("[\"\\q\"]", "invalid escape in a string", 1),
        ("[\"\\ud83d\"]", "unpaired surrogate in a string", 1),
        ("[tru]", "unexpected character", 1),
        ("{\"a\"\n\n: }", "unexpected character", 3),
        ("[1 2]", "expected ',' or ']'", 1),
        ("{1: 2}", "expected a key in quotes", 1),
        (String(repeating: "[", count: 65) + String(repeating: "]", count: 65), "nested too deeply", 1),
    ])
    func errors(text: String, detail: String, line: Int) {
        do {
            _ = try JSONReader.parse(text)
            Issue.record("no error for \(text)")
        } catch {
            #expect(error.detail == detail)
            #expect(error.line == line)
        }
    }
}

@Suite("JSON output of amounts")
struct JSONMoneyTests {
    @Test("amounts are written as their money text, in quotes, on the fast path and off it")
    func sameAsMoneyText() {
        var values: [ExactDecimal] = [0, 5, -5, "0.05", "-0.5", "100", "967.4", "14182.0664", "0.0001", "1234567.891",
                                      ExactDecimal(significand: Int128(UInt64.max), scale: 2),
                                      ExactDecimal(significand: Int128(UInt64.max) + 1, scale: 2),
                                      ExactDecimal(significand: -Int128(Int64.max), scale: 18),
                                      ExactDecimal(significand: 123_456_789, scale: 19)]
        var seed: UInt64 = 9
        for _ in 0..<400 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            values.append(ExactDecimal(significand: Int128(Int64(bitPattern: seed) >> Int(seed % 50)), scale: Int((seed >> 7) % 9)))
        }
        var output = JSONOutput()
        var expected = ""
        for value in values {
            output.appendMoney(value)
            expected += "\"" + value.moneyText + "\""
        }
        #expect(output.string == expected)
    }
}

@Suite("JSON output of integers and days")
struct JSONIntegerAndDayTests {
    @Test("integers as String(value) writes them; days as their description, in quotes")
    func sameAsText() throws {
        var output = JSONOutput()
        var expected = ""
        for value in [0, 7, -7, 10, 99, 100, 2025, -123_456_789, Int.max, Int.min + 1] {
            output.appendInteger(value)
            expected += String(value)
        }
        for text in ["2024-01-01", "2025-12-31", "0001-02-03", "9999-09-09"] {
            let day = try #require(Day(iso: text))
            output.appendDay(day)
            expected += "\"\(day.description)\""
        }
        #expect(output.string == expected)
    }
}

@Suite("JSON output of keys")
struct JSONKeyTests {
    @Test("keys of every length are written whole, in quotes, with a colon")
    func keys() {
        var output = JSONOutput()
        let keys: [StaticString] = ["a", "ab", "abc", "abcd", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmnop",
                                    "abcdefghijklmnopq", "desinvesteringsbijtellingMIA"]
        for key in keys { output.appendKey(key, space: false) }
        output.appendKey("x", space: true)
        #expect(output.string == keys.map { "\"\($0)\":" }.joined() + "\"x\": ")
    }
}

@Suite("JSON writer")
struct JSONWriterTests {
    @Test("texts of every length, with and without escapes, are written as JSON that reads back as the same text")
    func texts() throws {
        let texts = ["", "a", "abc", "abcd", "Minishovel", "exactly sixteen!", "a description longer than sixteen bytes",
                     "é😀", "quote \" inside", "back\\slash", "tab\tand\nnewline\r", "\u{1}control", "\"", "\u{7F}"]
        for text in texts {
            let written = JSONValue.string(text).serialized()
            #expect(try JSONReader.parse(written) == .scalar(text, quoted: true), "\(text.debugDescription) → \(written)")
        }
        #expect(JSONValue.string("Minishovel").serialized() == #""Minishovel""#)
        #expect(JSONValue.string("a\"b\\c\nd\u{1}").serialized() == #""a\"b\\c\nd\u0001""#)
    }

    @Test("amounts: zero, small, negative, many decimals, beyond 64 bits; in a row, so the zero's spare bytes are overwritten")
    func amounts() throws {
        let texts = ["0", "0.5", "-0.01", "7", "12.345", "1234567.89", "-250000", "0.000001", "99999999999999999999.5"]
        let amounts = try texts.map { try #require(ExactDecimal(parsing: $0)) }
        let written = JSONValue.array(amounts.flatMap { [JSONValue.money($0), .money(0)] }).serialized()
        let expected = ["\"0.00\"", "\"0.50\"", "\"-0.01\"", "\"7.00\"", "\"12.345\"", "\"1234567.89\"", "\"-250000.00\"",
                        "\"0.000001\"", "\"99999999999999999999.50\""].flatMap { [$0, "\"0.00\""] }
        #expect(written == "[" + expected.joined(separator: ",") + "]")
    }
}
