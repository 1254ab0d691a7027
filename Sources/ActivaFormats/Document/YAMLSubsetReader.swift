/// Reads the YAML that registers are written in straight into a `Document`, without Yams: block mappings and
/// sequences, flow collections on one line (or a whole document in flow style, like Activa's JSON-shaped files),
/// plain and quoted scalars on one line, comments, a leading `---`.
///
/// It is a fast path, never a second opinion: anything else — anchors, tags, block scalars, scalars over several
/// lines, tabs, carriage returns, unusual escapes or characters, duplicate keys, and every error — is `Outside`, and
/// `YAMLReader` reads the text with Yams instead, so the tree and every message are Yams' own. The tests read every
/// kind of register both ways and compare.
struct YAMLSubsetReader {
    /// The text is outside the subset (or not valid YAML): Yams reads it.
    struct Outside: Error {}

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    /// Where the current line starts, and the spaces before its first character (-1 at the end of the text).
    private var lineStart = 0
    private var indentation = 0
    private var depth = 0
    private var document: Document
    static let maximumDepth = 64
    /// libyaml refuses a key on one line (a simple key) of more than 1024 characters; the subset stops before.
    static let maximumKeyBytes = 1000

    /// The document, or nil when Yams must read it.
    static func document(_ text: String) -> Document? {
        var text = text
        return text.withUTF8 { bytes -> Document? in
            guard hasOnlyPlainCharacters(bytes) else { return nil }
            var reader = YAMLSubsetReader(bytes: bytes)
            do throws(Outside) {
                try reader.root()
                return reader.document
            } catch {
                return nil
            }
        }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        // Scalars without escapes are located in this copy of the text, as in `JSONReader`.
        document = Document(bytes: Array(bytes), capacity: bytes.count / 8 + 4)
    }

    /// No byte the subset leaves to Yams: control characters (tab and carriage return among them), C1 controls and
    /// NEL, the Unicode line and paragraph separators (line breaks to YAML 1.1), a byte order mark, U+FFFE and U+FFFF.
    /// A zero byte is among them, so `byte(_:)` can use it for the end of the text.
    private static func hasOnlyPlainCharacters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        guard let base = bytes.baseAddress else { return true }
        var index = 0
        while index < count {
            // Eight bytes at a time while they are printable ASCII (no byte below 0x20, none 0x7F or above): most
            // words of a register; a word with a line break or a letter beyond ASCII is checked byte by byte.
            if index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
                let below = (word &- ones &* 0x20) & ~word & highs
                let delete = word ^ (ones &* 0x7F)
                let deletes = (delete &- ones) & ~delete & highs
                if (word & highs) | below | deletes == 0 {
                    index += 8
                    continue
                }
            }
            guard check(bytes, at: index, upTo: min(count, index + 8)) else { return false }
            index = min(count, index + 8)
        }
        return true
    }

    /// The bytes from `start` to `end` one by one (a character's later bytes may lie beyond `end`).
    private static func check(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, upTo end: Int) -> Bool {
        let count = bytes.count
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte >= 0x20 && byte < 0x7F || byte == newline {
                index += 1
                continue
            }
            if byte < 0x80 { return false }
            let second = index + 1 < count ? bytes[index + 1] : 0
            let third = index + 2 < count ? bytes[index + 2] : 0
            switch byte {
            case 0xC2 where second < 0xA0: return false
            case 0xE2 where second == 0x80 && (third == 0xA8 || third == 0xA9): return false
            case 0xEF where second == 0xBB && third == 0xBF: return false
            case 0xEF where second == 0xBF && (third == 0xBE || third == 0xBF): return false
            default: index += 1
            }
        }
        return true
    }

    // MARK: - Bytes and lines

    private static let space = UInt8(ascii: " "), newline = UInt8(ascii: "\n"), hash = UInt8(ascii: "#")
    private static let colon = UInt8(ascii: ":"), comma = UInt8(ascii: ","), dash = UInt8(ascii: "-")
    private static let doubleQuote = UInt8(ascii: "\""), singleQuote = UInt8(ascii: "'"), backslash = UInt8(ascii: "\\")
    private static let openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}")
    private static let openBracket = UInt8(ascii: "["), closeBracket = UInt8(ascii: "]")

    /// The byte `offset` after the position; 0 past the end.
    @inline(__always)
    private func byte(_ offset: Int = 0) -> UInt8 {
        let index = position + offset
        return index < bytes.count ? bytes[index] : 0
    }

    @inline(__always)
    private static func isBlankOrEnd(_ byte: UInt8) -> Bool { byte == space || byte == newline || byte == 0 }

    /// A block sequence's `- ` (or a `-` ending its line).
    private var isSequenceEntry: Bool { byte() == Self.dash && Self.isBlankOrEnd(byte(1)) }

    /// Moves to the first character of the next line with content, skipping empty lines and comment lines.
    private mutating func nextContentLine() {
        while true {
            lineStart = position
            var column = 0
            while byte(column) == Self.space { column += 1 }
            switch byte(column) {
            case 0:
                position += column
                indentation = -1
                return
            case Self.newline:
                position += column + 1
            case Self.hash:
                position += column
                while byte() != Self.newline && byte() != 0 { position += 1 }
                if byte() == Self.newline { position += 1 }
            default:
                position += column
                indentation = column
                return
            }
        }
    }

    /// The rest of the line holds at most spaces and a comment (after a space); then on to the next content line.
    private mutating func endLine() throws(Outside) {
        let before = position
        while byte() == Self.space { position += 1 }
        if byte() == Self.hash {
            guard position > before else { throw Outside() }
            while byte() != Self.newline && byte() != 0 { position += 1 }
        }
        switch byte() {
        case Self.newline: position += 1
        case 0: break
        default: throw Outside()
        }
        nextContentLine()
    }

    private mutating func enter() throws(Outside) {
        depth += 1
        guard depth <= Self.maximumDepth else { throw Outside() }
    }

    // MARK: - Block structure

    private mutating func root() throws(Outside) {
        nextContentLine()
        // An explicit document start, alone on its line.
        if indentation == 0, byte() == Self.dash, byte(1) == Self.dash, byte(2) == Self.dash, Self.isBlankOrEnd(byte(3)) {
            position += 3
            try endLine()
        }
        // An empty document is Yams' to describe.
        guard indentation >= 0 else { throw Outside() }
        if byte() == Self.openBrace || byte() == Self.openBracket {
            try flowCollection(multiline: true)
            try endLine()
        } else {
            try blockCollection(column: indentation)
        }
        guard indentation < 0 else { throw Outside() }
    }

    /// A block sequence or mapping starting at the position, the first character of its line.
    private mutating func blockCollection(column: Int) throws(Outside) {
        if isSequenceEntry {
            try blockSequence(column: column)
        } else if lineHasKey() {
            try blockMapping(column: column)
        } else {
            // A scalar or a flow collection on a line of its own (continuing a value, or a document of one scalar).
            throw Outside()
        }
    }

    private mutating func blockMapping(column: Int) throws(Outside) {
        try enter()
        let mapping = document.open(.mapping)
        var count = 0
        repeat {
            try key(in: mapping, flow: false, multiline: false)
            try value(after: column, isItem: false)
            count += 1
        } while indentation == column && !isSequenceEntry
        guard indentation < column else { throw Outside() }
        document.close(mapping, count: count)
        depth -= 1
    }

    private mutating func blockSequence(column: Int) throws(Outside) {
        try enter()
        let sequence = document.open(.sequence)
        var count = 0
        repeat {
            position += 1
            try value(after: column, isItem: true)
            count += 1
        } while indentation == column && isSequenceEntry
        // A line at this column that is no entry ends a sequence that is a mapping's value at the same column.
        guard indentation <= column else { throw Outside() }
        document.close(sequence, count: count)
        depth -= 1
    }

    /// The value after a key's `:` or an item's `-` in a block at `column`: on the same line, or indented below.
    private mutating func value(after column: Int, isItem: Bool) throws(Outside) {
        var ahead = 0
        while byte(ahead) == Self.space { ahead += 1 }
        let first = byte(ahead)
        if first == Self.newline || first == 0 || first == Self.hash {
            try endLine()
            if indentation > column {
                try blockCollection(column: indentation)
            } else if !isItem, indentation == column, isSequenceEntry {
                // A sequence as a mapping's value may start at the mapping's own column.
                try blockSequence(column: column)
            } else {
                document.appendNull()
            }
            return
        }
        position += ahead
        let valueColumn = position - lineStart
        switch first {
        case Self.dash where Self.isBlankOrEnd(byte(1)):
            // `- - item`: a sequence in a sequence; after a key, YAML has no such value.
            guard isItem else { throw Outside() }
            try blockSequence(column: valueColumn)
            return
        case Self.openBrace, Self.openBracket:
            try flowCollection(multiline: false)
            try endLine()
        case Self.doubleQuote, Self.singleQuote:
            if isItem, lineHasKey() {
                try blockMapping(column: valueColumn)
                return
            }
            try quotedScalar()
            try endLine()
        default:
            if isItem, lineHasKey() {
                try blockMapping(column: valueColumn)
                return
            }
            let text = try plainText(flow: false)
            // `a: b: c` is not YAML.
            guard byte() != Self.colon else { throw Outside() }
            appendPlainValue(text)
            try endLine()
        }
        // A more indented line after a scalar would continue it over several lines.
        guard indentation <= column else { throw Outside() }
    }

    /// Whether the line from the position starts with a key and its `:`.
    private func lineHasKey() -> Bool {
        var probe = self
        let first = probe.byte()
        if first == Self.doubleQuote || first == Self.singleQuote {
            guard (try? probe.skipQuoted()) != nil else { return false }
        } else {
            guard (try? probe.plainText(flow: false)) != nil else { return false }
        }
        return probe.byte() == Self.colon && Self.isBlankOrEnd(probe.byte(1))
    }

    // MARK: - Keys and scalars

    /// A mapping's key and its `:`; written as a quoted scalar, as `YAMLReader` writes every key.
    private mutating func key(in mapping: Document.Index, flow: Bool, multiline: Bool) throws(Outside) {
        let start = position
        let first = byte()
        if first == Self.doubleQuote || first == Self.singleQuote {
            try quotedScalar()
        } else {
            let text = try plainText(flow: flow)
            // `key :` (spaces before the colon) is left to Yams.
            guard text.upperBound == position else { throw Outside() }
            document.appendScalar(start: text.lowerBound, length: text.count, quoted: true)
        }
        guard position - start <= Self.maximumKeyBytes, byte() == Self.colon else { throw Outside() }
        let after = byte(1)
        // In flow style a quoted key's `:` may touch the value, as in JSON (`{"a":1}`).
        let isJSONLike = flow && (first == Self.doubleQuote || first == Self.singleQuote) && after != Self.newline
        guard after == Self.space || after == 0 || isJSONLike || (after == Self.newline && (!flow || multiline)) else { throw Outside() }
        position += 1
        document.markKey()
        let key = document.nodeCount - 1
        // `<<` is a merge key to some YAML readers; a duplicate key is Yams' to report.
        guard !document.textEquals(key, "<<"), !document.hasEarlierKey(like: key, in: mapping) else { throw Outside() }
    }

    /// The text of a plain scalar from the position: to the end of the line or a comment in a block, to `,`, `]` or
    /// `}` in a flow collection, and in both to a `:` before a space (which makes it a key). Trailing spaces are not
    /// part of it; the position is left at what ended it.
    private mutating func plainText(flow: Bool) throws(Outside) -> Range<Int> {
        switch byte() {
        case Self.dash:
            guard !Self.isBlankOrEnd(byte(1)) else { throw Outside() }
        case Self.comma, Self.openBracket, Self.closeBracket, Self.openBrace, Self.closeBrace, Self.hash,
             UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"),
             Self.singleQuote, Self.doubleQuote, UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"),
             UInt8(ascii: "?"), Self.colon, Self.space, Self.newline, 0:
            // Indicators (and `?`, `:`, which start a plain scalar only in ways the subset leaves to Yams).
            throw Outside()
        default:
            break
        }
        let start = position
        var end = position
        scan: while true {
            let current = byte()
            switch current {
            case Self.newline, 0:
                break scan
            case Self.colon:
                if Self.isBlankOrEnd(byte(1)) { break scan }
                // Inside a flow collection, libyaml's versions differ on `:`.
                if flow { throw Outside() }
            case Self.space:
                if byte(1) == Self.hash { break scan }
            case Self.comma, Self.closeBracket, Self.closeBrace:
                if flow { break scan }
            case Self.openBracket, Self.openBrace, Self.hash:
                if flow { throw Outside() }
            default:
                break
            }
            position += 1
            if current != Self.space { end = position }
        }
        return start..<end
    }

    /// A plain scalar as a value: `~` and `null` are null, as in `YAMLReader`.
    private mutating func appendPlainValue(_ text: Range<Int>) {
        let isNull: Bool
        switch text.count {
        case 1: isNull = bytes[text.lowerBound] == UInt8(ascii: "~")
        case 4:
            let word = UnsafeBufferPointer(rebasing: bytes[text])
            isNull = word.elementsEqual("null".utf8) || word.elementsEqual("Null".utf8) || word.elementsEqual("NULL".utf8)
        default: isNull = false
        }
        if isNull {
            document.appendNull()
        } else {
            document.appendScalar(start: text.lowerBound, length: text.count, quoted: false)
        }
    }

    /// A quoted scalar on one line, appended with its text unescaped: `''` in single quotes; `\"`, `\\`, `\n`, `\r`
    /// and `\t` in double quotes (other escapes are left to Yams).
    private mutating func quotedScalar() throws(Outside) {
        let quote = byte()
        position += 1
        let start = position
        var unescaped: [UInt8] = []
        var hasEscapes = false
        while true {
            let current = byte()
            if current == 0 || current == Self.newline { throw Outside() }
            var replacement = current
            if current == quote {
                guard quote == Self.singleQuote, byte(1) == Self.singleQuote else { break }
            } else if current == Self.backslash, quote == Self.doubleQuote {
                switch byte(1) {
                case Self.doubleQuote: replacement = Self.doubleQuote
                case Self.backslash: replacement = Self.backslash
                case UInt8(ascii: "n"): replacement = Self.newline
                case UInt8(ascii: "r"): replacement = 0x0D
                case UInt8(ascii: "t"): replacement = 0x09
                default: throw Outside()
                }
            } else {
                if hasEscapes { unescaped.append(current) }
                position += 1
                continue
            }
            if !hasEscapes {
                hasEscapes = true
                unescaped.append(contentsOf: bytes[start..<position])
            }
            unescaped.append(replacement)
            position += 2
        }
        if hasEscapes {
            document.appendScalar(text: unescaped, quoted: true)
        } else {
            document.appendScalar(start: start, length: position - start, quoted: true)
        }
        position += 1
    }

    /// Moves past a quoted scalar without writing it (to look ahead for a key's `:`).
    private mutating func skipQuoted() throws(Outside) {
        let quote = byte()
        position += 1
        while true {
            let current = byte()
            if current == 0 || current == Self.newline { throw Outside() }
            if current == quote {
                if quote == Self.singleQuote, byte(1) == Self.singleQuote { position += 2; continue }
                position += 1
                return
            }
            position += current == Self.backslash && quote == Self.doubleQuote ? 2 : 1
        }
    }

    // MARK: - Flow collections

    /// `{…}` or `[…]`: on one line in a block, over several lines as a whole document.
    private mutating func flowCollection(multiline: Bool) throws(Outside) {
        try enter()
        let isMapping = byte() == Self.openBrace
        let close = isMapping ? Self.closeBrace : Self.closeBracket
        position += 1
        let container = document.open(isMapping ? .mapping : .sequence)
        var count = 0
        try skipFlowSpace(multiline: multiline)
        if byte() != close {
            while true {
                if isMapping {
                    try key(in: container, flow: true, multiline: multiline)
                    try skipFlowSpace(multiline: multiline)
                }
                try flowNode(multiline: multiline)
                count += 1
                try skipFlowSpace(multiline: multiline)
                guard byte() == Self.comma else { break }
                position += 1
                try skipFlowSpace(multiline: multiline)
                // A trailing comma is left to Yams.
                guard byte() != close else { throw Outside() }
            }
            guard byte() == close else { throw Outside() }
        }
        position += 1
        document.close(container, count: count)
        depth -= 1
    }

    private mutating func flowNode(multiline: Bool) throws(Outside) {
        switch byte() {
        case Self.openBrace, Self.openBracket: try flowCollection(multiline: multiline)
        case Self.doubleQuote, Self.singleQuote: try quotedScalar()
        default: appendPlainValue(try plainText(flow: true))
        }
    }

    /// Spaces, and line breaks in a document-wide flow collection; comments in flow style are left to Yams.
    private mutating func skipFlowSpace(multiline: Bool) throws(Outside) {
        while true {
            switch byte() {
            case Self.space: position += 1
            case Self.newline:
                guard multiline else { throw Outside() }
                position += 1
            case Self.hash: throw Outside()
            default: return
            }
        }
    }
}
