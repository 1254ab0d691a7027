import Activa
import ActivaSynthetic
import Foundation
import Testing
@testable import ActivaFormats

/// The YAML fast path: whatever it reads, it must read as Yams does; whatever it leaves, Yams reads.
@Suite("YAML subset reader")
struct YAMLSubsetReaderTests {
    enum Road: Equatable { case subset, yams }

    /// Which road the text takes; fails the test when the subset reads it otherwise than Yams.
    @discardableResult
    static func compare(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Road {
        guard let fast = YAMLSubsetReader.document(text) else { return .yams }
        do {
            let reference = try YAMLReader.documentByYams(text)
            #expect(fast.value(at: fast.root) == reference.value(at: reference.root), "\(text.debugDescription)",
                    sourceLocation: sourceLocation)
        } catch {
            Issue.record("the subset read text Yams refuses (\(error.detail)): \(text.debugDescription)", sourceLocation: sourceLocation)
        }
        return .subset
    }

    static let examples: [String] = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().compactMap {
            try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)
        }
    }()

    @Test("every example register is in the subset and reads as Yams reads it")
    func examples() {
        #expect(Self.examples.count >= 9)
        for text in Self.examples { #expect(Self.compare(text) == .subset) }
    }

    @Test("registers written by Activa, in block style and as JSON text, are in the subset")
    func written() throws {
        let generator = SyntheticRegisters(seed: 11, assetsPerClient: 12)
        for client in 0..<40 {
            let register = generator.client(client)
            #expect(Self.compare(RegisterWriter.yaml(register)) == .subset)
            #expect(Self.compare(RegisterWriter.json(register).pretty()) == .subset)
            #expect(Self.compare(RegisterWriter.json(register).serialized()) == .subset)
        }
    }

    @Test("YAML the subset reads", arguments: [
        "a: 1\nb: two words\n",
        "# comment\n---\na: 1 # after\n\n   # indented comment\nb: x#y\n",
        "list:\n- a\n- b\nnext: c\n",
        "list:\n  - a\n  -   b\n  -\n  - ~\n",
        "- - a\n  - b\n- c\n",
        "- id: x\n  cost: \"1\"\n- id: y\n  payments:\n    - {date: 2024-01-01, amount: \"5\"}\n",
        "\"quoted key\": 'it''s'\n'single': \"a \\\"b\\\" \\\\ \\n \\t\"\n",
        "a:\nb: null\nc: Null\nd: NULL\ne: ~\nf: 'null'\ng: nul\n",
        "description: Laptop, 15 inch [2x] {new}\nurl: http://example.nl/a?b=c\ntime: 12:30\n",
        "years: {2021: \"35000\", 2022: '1'}\nempty: {}\nnone: []\nlist: [1, two, \"3\"]\n",
        "nested: {a: [1, {b: c}], d: {}}\n",
        "é: ë € 😀\n",
        "  indented: 1\n  document: 2\n",
        "a:\n  b:\n    c: d\n  e: f\ng: h\n",
        "-x: 1\n--y: -2\n",
        "{\n  \"a\": [\n    1,\n    \"b\"\n  ],\n  \"c\": {}\n}\n",
        "[1, 2]\n",
        "a: 1",
        "a: \"\"\nb: ''\n\"\": empty key\n",
        "null: 1\n~: 2\n",
    ])
    func inSubset(text: String) {
        #expect(Self.compare(text) == .subset)
    }

    @Test("YAML left to Yams", arguments: [
        "a: &x 1\nb: *x\n", "a: !!str 1\n", "a: |\n  text\n", "a: >\n  text\n",
        "a: one\n  continued\n", "a:\n  text on the next line\n", "a:\tb\n", "a: 1\r\nb: 2\r\n", "\u{FEFF}a: 1\n",
        "a: \"\\u00e9\"\n", "a: \"two\n  lines\"\n", "a: 1\na: 2\n", "a: b: c\n", "a: [1, 2,]\n",
        "a: [1,\n  2]\n", "? a\n: b\n", "a : b\n", "", "# only a comment\n", "just a scalar\n",
        "a: 1\n b: 2\n", "a:\n  - 1\n - 2\n", "- a\nb: c\n", "a: - b\n", "--- a: 1\n", "a: 1\n---\nb: 2\n",
        "a: 1\n...\n", "%YAML 1.1\n---\na: 1\n", "<<: {a: 1}\n", "a: {b: c:d}\n", "a: [b # c\n]\n",
        "a: \"x\" y\n", "a: \"x\"# c\n", "a: @b\n", "a: `b`\n", "a: %b\n", "a: {b}\n", "a: [b: c]\n",
        "a: x\u{2028}y\n", "a: x\u{85}y\n", "a: x\u{7F}\n",
        // The same characters further in, where the check reads eight bytes at a time.
        "description: a longer line\u{7F} of text\n", "description: a longer line of\u{85}text\n",
        "description: a longer line of text\tand a tab\n", "description: a longer line\u{1B} of text\n",
        "description: a longer line of text, ending in\u{2029}", "description: a longer line of\u{FFFE}text\n",
        "a: {b: 1, b: 2}\n", "- a\n  b\n", "a:\n- 1\nb:\n  - 2\n - 3\n",
    ])
    func outside(text: String) {
        #expect(Self.compare(text) == .yams)
    }

    @Test("mangled registers: whatever the subset reads, it reads as Yams does")
    func mangled() {
        let generator = SyntheticRegisters(seed: 5, assetsPerClient: 4)
        let texts = Self.examples + (0..<4).map { RegisterWriter.yaml(generator.client($0)) }
            + (4..<6).map { RegisterWriter.json(generator.client($0)).pretty() }
        let alphabet = Array(" \n\n  :-#\"'{}[],a~&!|>?\\0.".utf8)
        var seed: UInt64 = 99
        func random(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(max(1, bound)))
        }
        var roads = [Road.subset: 0, .yams: 0]
        for round in 0..<3_000 {
            var bytes = Array(texts[round % texts.count].utf8)
            for _ in 0...random(3) {
                let at = random(bytes.count)
                switch random(4) {
                case 0: bytes.remove(at: at)
                case 1: bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + random(16))], at: at)
                case 2: bytes.insert(alphabet[random(alphabet.count)], at: at)
                default: bytes[at] = alphabet[random(alphabet.count)]
                }
            }
            roads[Self.compare(String(decoding: bytes, as: UTF8.self)), default: 0] += 1
        }
        // Both roads are taken: the mangling reaches the subset's edges, not only texts it refuses outright.
        #expect((roads[.subset] ?? 0) > 300)
        #expect((roads[.yams] ?? 0) > 300)
    }

    @Test("the block-style writer: amounts and number-like text quoted, dates and names plain, odd text escaped")
    func writer() throws {
        #expect(YAMLText.text("64000") == "\"64000\"")
        #expect(YAMLText.text("1e5") == "\"1e5\"")
        #expect(YAMLText.text("2024-03-01") == "2024-03-01")
        #expect(YAMLText.text("A. Groen") == "A. Groen")
        #expect(YAMLText.text("Café") == "Café")
        #expect(YAMLText.text("yes") == "\"yes\"")
        #expect(YAMLText.text("no") == "\"no\"")
        #expect(YAMLText.text("a: b") == "\"a: b\"")
        #expect(YAMLText.text("") == "\"\"")
        #expect(YAMLText.text("- x") == "\"- x\"")
        #expect(YAMLText.quoted("a\"b\\c\nd\u{2028}") == #""a\"b\\c\nd\u2028""#)
        let register = try RegisterReader.read(Self.examples.first { $0.contains("partners") } ?? "", format: .yaml)
        let written = RegisterWriter.yaml(register)
        #expect(written.contains("  partners:\n    - name: A. Groen\n      share: \"0.6\"\n"))
        #expect(written.contains("      outsideInvestments:\n        \"2021\": \"35000\"\n"))
        #expect(try RegisterReader.read(written, format: .yaml) == register)
    }

    /// The texts of a tree's scalars in order, quoted or not.
    static func texts(_ value: DocumentValue) -> [String] {
        switch value {
        case .scalar(let text, _): return [text]
        case .sequence(let items): return items.flatMap(texts)
        case .mapping(let pairs): return pairs.flatMap { [$0.0] + texts($0.1) }
        case .null: return ["null"]
        }
    }

    @Test("text with every odd character survives the block-style writer and both YAML roads")
    func oddText() throws {
        // (Not a leading byte order mark: Yams drops U+FEFF from a scalar, escaped or not.)
        let odd = ["a: b", "#x", "x #y", "'q'", "\"dq\"", "tab\there", "line\nbreak", "\u{85}nel", "sep\u{2028}", "mid\u{FEFF}",
                   "- dash", "[1]", "{a}", "&anchor", "*alias", "!tag", "|", ">", "%", "@", "`", "~", "null", "true", "1_000",
                   " lead", "trail ", "é😀", "back\\slash", "comma, here", "?", ":", "a:b", "http://x"]
        for text in odd {
            let yaml = YAMLText.document(.object([("k", .string(text)), ("list", .array([.string(text), .number("1")]))]))
            let read = try YAMLReader.parse(yaml)
            #expect(Self.texts(read) == ["k", text, "list", text, "1"], "\(text.debugDescription) written as \(yaml.debugDescription)")
            Self.compare(yaml)
        }
    }
}
