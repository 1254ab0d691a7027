import Activa
import ActivaSynthetic
import Testing
@testable import ActivaFormats

/// The tape a register is read from: JSON parsed straight into it, YAML through Yams' tree. The two roads must
/// give the same register and the same issues.
@Suite("Document tape")
struct DocumentTests {
    static let asset = #"{"id": "a1", "committed": "2024-03-01", "inUse": "2024-04-01", "cost": "12500.10""#

    /// A JSON register with one asset: the fields above plus `extra`.
    static func register(_ extra: String) -> String {
        #"{"entity": {"name": "X", "taxpayer": "vpb"}, "assets": ["# + asset + extra + "}]}"
    }

    static func issues(_ text: String, _ format: RegisterReader.Format) -> [String] {
        do {
            _ = try RegisterReader.read(text, format: format)
            return []
        } catch {
            return error.issues.map { "\($0.assetId ?? "-") \($0.field): \($0.message(.en))" }
        }
    }

    @Test("JSON and the same text read as YAML give the same issues", arguments: [
        "", #", "willekeurXg": "max""#, #", "descriptioX": "x""#, #", "committeX": "2024-01-01""#,
        #", "life": "0""#, #", "residual": "-5""#, #", "residual": "1e3""#, #", "residual": " 12,5,0 ""#,
        #", "payments": [{"date": "2024-03-01", "amount": "x"}, {"datum": "2024-03-02"}]"#,
        #", "disposal": {"date": "2025-13-01", "price": "5", "hir": "misschien"}"#,
        #", "woz": {"2024": "100000", "twintig": "5"}, "kind": "building""#,
        #", "willekeurig": {"2024": "100"}, "willekeurigScheme": "vamil2099""#,
        #", "hir": {"from": "sale", "amount": "10.00001"}, "co2": "-1""#,
    ])
    func sameIssues(extra: String) {
        let text = DocumentTests.register(extra)
        let json = DocumentTests.issues(text, .json)
        #expect(json == DocumentTests.issues(text, .yaml))
        if !extra.isEmpty { #expect(!json.isEmpty, "no issue for \(extra)") }
    }

    @Test("synthetic registers written as JSON and as YAML read back as the same registers")
    func syntheticRoundTrip() throws {
        let generator = SyntheticRegisters(seed: 7, assetsPerClient: 20)
        for client in 0..<60 {
            let register = generator.client(client)
            #expect(try RegisterReader.read(RegisterWriter.json(register).serialized(), format: .json) == register)
            #expect(try RegisterReader.read(RegisterWriter.yaml(register), format: .yaml) == register)
        }
    }

    @Test("a partner's share: a fraction from 0 to 1 with at most 6 decimals, spaces ignored; the message quotes the text",
          arguments: [(" 0.5 ", nil), ("0,5", nil), ("1.5", "' 1.5' is not a share between 0 and 1 (at most 6 decimals)"),
                      ("x", "'x' is not an amount (for example \"12500.00\")"),
                      ("0.1234567", "'0.1234567' is not a share between 0 and 1 (at most 6 decimals)")])
    func partnerShare(share: String, message: String?) throws {
        let text = #"{"entity": {"partners": [{"name": "A", "share": "\#(share == "1.5" ? " 1.5" : share)"}, {"name": "B", "share": "0.5"}]}, "assets": []}"#
        let issues = DocumentTests.issues(text, .json).filter { $0.contains("share:") || $0.contains("partners[0]") }
        if let message {
            #expect(issues == ["- entity.partners[0].share: \(message)"])
        } else {
            #expect(issues.isEmpty)
        }
    }

    @Test("an alias bomb (nine levels of nine aliases, 400 bytes that unfold to 387 million nodes) is refused at once")
    func aliasBomb() {
        var lines = [#"a0: &a0 ["x","x","x","x","x","x","x","x","x"]"#]
        for level in 1...8 { lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ",") + "]") }
        lines.append("assets: *a8")
        let text = lines.joined(separator: "\n") + "\n"
        #expect(text.utf8.count < 500)
        do {
            _ = try YAMLReader.parse(text)
            Issue.record("the alias bomb was read")
        } catch {
            #expect(error.detail.contains("aliases"))
        }
    }

    /// Issue 17: a mapping with many keys (hostile, or a closed year's book values) is checked through an index;
    /// a duplicate is still found, the first one or the last.
    @Test("duplicate keys are found in a mapping of 20.000 keys, in JSON and in YAML")
    func manyKeys() throws {
        let keys = (0..<20_000).map { "\"k\($0)\": 1" }
        #expect(throws: Never.self) { try JSONReader.parse("{" + keys.joined(separator: ", ") + "}") }
        for duplicate in ["\"k0\": 2", "\"k19999\": 2", "\"k64\": 2"] {
            #expect(throws: (any Error).self) { try JSONReader.parse("{" + (keys + [duplicate]).joined(separator: ", ") + "}") }
            #expect(throws: (any Error).self) { try YAMLReader.parse((keys + [duplicate]).joined(separator: "\n") + "\n") }
        }
        #expect(throws: Never.self) { try YAMLReader.parse(keys.joined(separator: "\n") + "\n") }
    }

    @Test("a key is matched on all its bytes, not only the first seven and its length")
    func longKeys() throws {
        // "committeX" has the length and the first seven bytes of "committed".
        let issues = DocumentTests.issues(DocumentTests.register(#", "committeX": "2024-01-01""#), .json)
        // (The list of allowed keys is RegisterReader.assetKeys, in its order.)
        #expect(issues == ["a1 committeX: unknown field; allowed: " + RegisterReader.assetKeys.names.map { "\($0)" }.joined(separator: ", ")])
        #expect(issues.first?.hasPrefix("a1 committeX: unknown field; allowed: id, description, kind, committed, inUse, cost,") == true)
        // Keys written with escapes are the keys they spell.
        let escaped = #"{"assets": [{"\u0069d": "a\"1", "committed": "2024-03-01", "co\u0073t": "10", "descr\u0069ption": "é\n"}]}"#
        let register = try RegisterReader.read(escaped, format: .json)
        #expect(register.assets.first?.id == "a\"1")
        #expect(register.assets.first?.cost == 10)
        #expect(register.assets.first?.description == "é\n")
    }

    @Test("duplicate keys are found on all their bytes")
    func duplicates() throws {
        #expect(throws: Never.self) { try JSONReader.parse(#"{"abcdefghX": 1, "abcdefghY": 2, "abcdefgh": 3}"#) }
        #expect(throws: DocumentSyntaxError.self) { try JSONReader.parse(#"{"abcdefghX": 1, "b": 2, "abcdefghX": 3}"#) }
        #expect(throws: DocumentSyntaxError.self) { try JSONReader.parse(#"{"a\u0062": 1, "ab": 2}"#) }
    }

    @Test("JSON text read as JSON and as YAML gives the same tree", arguments: [
        #"{"a": [1, "x", null, {"b": true}], "": {}, "c": [], "d": "tab\tand \"quotes\"", "e": -2.50}"#,
        #"[{"id": "é😀", "n": "null"}, null, []]"#,
    ])
    func jsonAsYAML(text: String) throws {
        let json = try JSONReader.parse(text)
        #expect(json == (try YAMLReader.parse(text)))
        #expect(json != .null)
    }

    @Test("YAML's own errors: duplicate keys, keys that are not text")
    func yamlErrors() {
        for (text, detail) in [("a: 1\na: 2\n", "duplicate key 'a'"), ("? [1]\n: 2\n", "a key must be plain text")] {
            do {
                _ = try YAMLReader.parse(text)
                Issue.record("no error for \(text)")
            } catch {
                #expect(error.detail == detail)
            }
        }
    }

    @Test("mangled registers give a register or issues, never a crash: bytes dropped, repeated and replaced")
    func mangled() throws {
        let text = RegisterWriter.json(SyntheticRegisters(seed: 3, assetsPerClient: 6).client(2)).serialized()
        let bytes = Array(text.utf8)
        let alphabet = Array(#"{}[]":,\u0"ae -.19"#.utf8)
        var seed: UInt64 = 21
        func random(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(max(1, bound)))
        }
        var outcomes = [0, 0]
        for _ in 0..<1_500 {
            var mangled = bytes
            for _ in 0...random(4) {
                let at = random(mangled.count)
                switch random(3) {
                case 0: mangled.remove(at: at)
                case 1: mangled.insert(contentsOf: mangled[at..<min(mangled.count, at + random(12))], at: at)
                default: mangled[at] = alphabet[random(alphabet.count)]
                }
            }
            let mangledText = String(decoding: mangled, as: UTF8.self)
            for format in [RegisterReader.Format.json, .yaml] {
                do {
                    _ = try RegisterReader.read(mangledText, format: format)
                    outcomes[0] += 1
                } catch {
                    #expect(!error.issues.isEmpty)
                    outcomes[1] += 1
                }
            }
        }
        // Both outcomes occur: the mangling reaches the readers' checks, not only their first byte.
        #expect(outcomes[0] > 0 && outcomes[1] > 0)
    }

    @Test("whole numbers are read from bytes as Int(String) reads them", arguments: [
        "0", "7", "+7", "-7", "007", "", "+", "-", " 7", "7 ", "7.0", "1e3", "٣", "9223372036854775807",
        "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "99999999999999999999",
    ])
    func integers(text: String) {
        var copy = text
        let fromBytes = copy.withUTF8 { Int(decimalBytes: $0) }
        #expect(fromBytes == Int(text))
    }
}
