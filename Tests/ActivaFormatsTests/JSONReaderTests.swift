import Testing
@testable import ActivaFormats

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
