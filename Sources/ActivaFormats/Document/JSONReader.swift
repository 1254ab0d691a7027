/// A strict JSON reader (RFC 8259) that keeps numbers as their text. Foundation's reader turns numbers into
/// binary floating point, which would make "12500.10" inexact; Activa never lets that happen to money.
public struct JSONReader {
    /// The text's bytes, read in place (no copy of the text, no bounds check per byte in a release build: every
    /// read is guarded by `position < bytes.count`).
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var depth = 0
    /// The document being built: a node per value, the text of a string without escapes located in the copy
    /// of the bytes it keeps.
    private var document: Document
    static let maximumDepth = 64

    /// The document as a tree of values.
    public static func parse(_ text: String) throws(DocumentSyntaxError) -> DocumentValue {
        let document = try self.document(text)
        return document.value(at: document.root)
    }

    /// The document as a tape of nodes (what `RegisterReader` reads: no heap object per value).
    static func document(_ text: String) throws(DocumentSyntaxError) -> Document {
        guard text.utf8.count <= Document.maximumBytes else { throw DocumentSyntaxError(detail: "the document is larger than 4 GiB", line: nil) }
        var text = text
        let result: Result<Document, DocumentSyntaxError> = text.withUTF8 { bytes in
            var reader = JSONReader(bytes: bytes)
            do throws(DocumentSyntaxError) {
                reader.skipWhitespace()
                try reader.value()
                reader.skipWhitespace()
                guard reader.position == reader.bytes.count else { throw reader.error("unexpected text after the document") }
                return .success(reader.document)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        // About one node for every eight bytes of a register; the nodes grow if a document has more.
        document = Document(bytes: Array(bytes), capacity: bytes.count / 8 + 4)
    }

    private func error(_ detail: String) -> DocumentSyntaxError {
        let line = bytes[..<min(position, bytes.count)].reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        return DocumentSyntaxError(detail: detail, line: line)
    }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    private mutating func value() throws(DocumentSyntaxError) {
        guard position < bytes.count else { throw error("unexpected end of the document") }
        switch bytes[position] {
        case UInt8(ascii: "{"): try object()
        case UInt8(ascii: "["): try array()
        case UInt8(ascii: "\""): try string()
        case UInt8(ascii: "t"): try literal("true", isNull: false)
        case UInt8(ascii: "f"): try literal("false", isNull: false)
        case UInt8(ascii: "n"): try literal("null", isNull: true)
        default: try number()
        }
    }

    /// `true` or `false` (plain scalars), or `null`.
    private mutating func literal(_ word: StaticString, isNull: Bool) throws(DocumentSyntaxError) {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count, let base = bytes.baseAddress, memcmp(base + position, word.utf8Start, count) == 0 else {
            throw error("unexpected character")
        }
        if isNull { document.appendNull() } else { document.appendScalar(start: position, length: count, quoted: false) }
        position += count
    }

    private mutating func object() throws(DocumentSyntaxError) {
        depth += 1
        guard depth <= JSONReader.maximumDepth else { throw error("nested too deeply") }
        defer { depth -= 1 }
        position += 1
        let container = document.open(.mapping)
        var count = 0
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            document.close(container, count: 0)
            return
        }
        while true {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw error("expected a key in quotes") }
            try string(isKey: true)
            // The earlier keys of this object, compared by signature, then as bytes (a register's objects have a handful).
            let key = document.nodeCount - 1
            if document.hasEarlierKey(like: key, in: container) { throw error("duplicate key '\(document.text(key))'") }
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw error("expected ':' after a key") }
            position += 1
            skipWhitespace()
            try value()
            count += 1
            skipWhitespace()
            guard position < bytes.count else { throw error("unexpected end inside an object") }
            if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
            if bytes[position] == UInt8(ascii: "}") {
                position += 1
                document.close(container, count: count)
                return
            }
            throw error("expected ',' or '}'")
        }
    }

    private mutating func array() throws(DocumentSyntaxError) {
        depth += 1
        guard depth <= JSONReader.maximumDepth else { throw error("nested too deeply") }
        defer { depth -= 1 }
        position += 1
        let container = document.open(.sequence)
        var count = 0
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            document.close(container, count: 0)
            return
        }
        while true {
            skipWhitespace()
            try value()
            count += 1
            skipWhitespace()
            guard position < bytes.count else { throw error("unexpected end inside a list") }
            if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
            if bytes[position] == UInt8(ascii: "]") {
                position += 1
                document.close(container, count: count)
                return
            }
            throw error("expected ',' or ']'")
        }
    }

    /// A quoted string, as a node (a key with its signature).
    private mutating func string(isKey: Bool = false) throws(DocumentSyntaxError) {
        position += 1
        // Most strings (keys, ids, dates, amounts) have no escapes: their text is where it stands in the bytes.
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            if byte == UInt8(ascii: "\"") {
                document.appendScalar(start: start, length: position - start, quoted: true)
                if isKey { document.markKey() }
                position += 1
                return
            }
            position += 1
        }
        // With escapes: the decoded text is written after the document's bytes.
        let decodedStart = document.byteCount
        document.appendBytes(bytes[start..<position])
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                document.appendScalar(start: decodedStart, length: document.byteCount - decodedStart, quoted: true)
                if isKey { document.markKey() }
                return
            case UInt8(ascii: "\\"):
                guard position < bytes.count else { break }
                let escape = bytes[position]
                position += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): document.appendByte(escape)
                case UInt8(ascii: "b"): document.appendByte(0x08)
                case UInt8(ascii: "f"): document.appendByte(0x0C)
                case UInt8(ascii: "n"): document.appendByte(0x0A)
                case UInt8(ascii: "r"): document.appendByte(0x0D)
                case UInt8(ascii: "t"): document.appendByte(0x09)
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800...0xDBFF).contains(code) {
                        guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
                            throw error("unpaired surrogate in a string")
                        }
                        position += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw error("unpaired surrogate in a string") }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(code) else { throw error("invalid \\u escape") }
                    document.appendBytes(String(Character(scalar)).utf8)
                default:
                    throw error("invalid escape in a string")
                }
            case 0x00..<0x20:
                throw error("control character in a string")
            default:
                document.appendByte(byte)
            }
        }
        throw error("unterminated string")
    }

    private mutating func hex4() throws(DocumentSyntaxError) -> UInt32 {
        guard position + 4 <= bytes.count else { throw error("invalid \\u escape") }
        var code: UInt32 = 0
        for byte in bytes[position..<position + 4] {
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error("invalid \\u escape")
            }
            code = code * 16 + digit
        }
        position += 4
        return code
    }

    private mutating func number() throws(DocumentSyntaxError) {
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            let isNumberByte = byte &- UInt8(ascii: "0") < 10 || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
            guard isNumberByte else { break }
            position += 1
        }
        guard position > start else { throw error("unexpected character") }
        document.appendScalar(start: start, length: position - start, quoted: false)
    }
}

// memcmp: the C library of each platform (Glibc or Musl on Linux, Darwin on Apple's systems, Bionic on Android).
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Android)
import Android
#endif
