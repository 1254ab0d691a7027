/// A strict JSON reader (RFC 8259) that keeps numbers as their text. Foundation's reader turns numbers into
/// binary floating point, which would make "12500.10" inexact; Activa never lets that happen to money.
public struct JSONReader {
    /// The text's bytes, read in place (no copy of the text, no bounds check per byte in a release build: every
    /// read is guarded by `position < bytes.count`).
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var depth = 0
    static let maximumDepth = 64

    public static func parse(_ text: String) throws(DocumentSyntaxError) -> DocumentValue {
        var text = text
        let result: Result<DocumentValue, DocumentSyntaxError> = text.withUTF8 { bytes in
            var reader = JSONReader(bytes: bytes)
            do throws(DocumentSyntaxError) {
                reader.skipWhitespace()
                let value = try reader.value()
                reader.skipWhitespace()
                guard reader.position == reader.bytes.count else { throw reader.error("unexpected text after the document") }
                return .success(value)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
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

    private mutating func value() throws(DocumentSyntaxError) -> DocumentValue {
        guard position < bytes.count else { throw error("unexpected end of the document") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .scalar(try string(), quoted: true)
        case UInt8(ascii: "t"): try literal("true"); return .scalar("true", quoted: false)
        case UInt8(ascii: "f"): try literal("false"); return .scalar("false", quoted: false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        default: return .scalar(try number(), quoted: false)
        }
    }

    private mutating func literal(_ word: String) throws(DocumentSyntaxError) {
        let expected = Array(word.utf8)
        guard position + expected.count <= bytes.count, bytes[position..<position + expected.count].elementsEqual(expected) else {
            throw error("unexpected character")
        }
        position += expected.count
    }

    private mutating func object() throws(DocumentSyntaxError) -> DocumentValue {
        depth += 1
        guard depth <= JSONReader.maximumDepth else { throw error("nested too deeply") }
        defer { depth -= 1 }
        position += 1
        var pairs: [(String, DocumentValue)] = []
        // A register's objects have a handful of keys: room for them at once instead of growing 1, 2, 4, 8.
        pairs.reserveCapacity(8)
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") { position += 1; return .mapping(pairs) }
        while true {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw error("expected a key in quotes") }
            let key = try string()
            if pairs.contains(where: { Fields.same($0.0, key) }) { throw error("duplicate key '\(key)'") }
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw error("expected ':' after a key") }
            position += 1
            skipWhitespace()
            pairs.append((key, try value()))
            skipWhitespace()
            guard position < bytes.count else { throw error("unexpected end inside an object") }
            if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
            if bytes[position] == UInt8(ascii: "}") { position += 1; return .mapping(pairs) }
            throw error("expected ',' or '}'")
        }
    }

    private mutating func array() throws(DocumentSyntaxError) -> DocumentValue {
        depth += 1
        guard depth <= JSONReader.maximumDepth else { throw error("nested too deeply") }
        defer { depth -= 1 }
        position += 1
        var items: [DocumentValue] = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") { position += 1; return .sequence(items) }
        while true {
            skipWhitespace()
            items.append(try value())
            skipWhitespace()
            guard position < bytes.count else { throw error("unexpected end inside a list") }
            if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
            if bytes[position] == UInt8(ascii: "]") { position += 1; return .sequence(items) }
            throw error("expected ',' or ']'")
        }
    }

    private mutating func string() throws(DocumentSyntaxError) -> String {
        position += 1
        // Most strings (keys, ids, dates, amounts) have no escapes: they are taken from the bytes as they are.
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            if byte == UInt8(ascii: "\"") {
                position += 1
                return String(decoding: bytes[start..<position - 1], as: UTF8.self)
            }
            position += 1
        }
        var result = Array(bytes[start..<position])
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: result, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard position < bytes.count else { break }
                let escape = bytes[position]
                position += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): result.append(escape)
                case UInt8(ascii: "b"): result.append(0x08)
                case UInt8(ascii: "f"): result.append(0x0C)
                case UInt8(ascii: "n"): result.append(0x0A)
                case UInt8(ascii: "r"): result.append(0x0D)
                case UInt8(ascii: "t"): result.append(0x09)
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
                    result.append(contentsOf: Array(String(Character(scalar)).utf8))
                default:
                    throw error("invalid escape in a string")
                }
            case 0x00..<0x20:
                throw error("control character in a string")
            default:
                result.append(byte)
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

    private mutating func number() throws(DocumentSyntaxError) -> String {
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            let isNumberByte = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
            guard isNumberByte else { break }
            position += 1
        }
        guard position > start else { throw error("unexpected character") }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }
}
