import Activa

/// A JSON value with ordered keys, for output whose key order is part of the contract. Written straight into
/// bytes: reports for thousands of clients are mostly this.
public enum JSONValue: Sendable, Equatable {
    case string(String)
    case number(String)
    /// An amount, written as an exact decimal string with at least two decimals ("967.40").
    case money(ExactDecimal)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized() == rhs.serialized()
    }

    /// Compact JSON text.
    public func serialized() -> String {
        var output = JSONOutput()
        write(to: &output, indent: false, level: 0)
        return output.string
    }

    /// Indented JSON text, two spaces a level.
    public func pretty() -> String {
        var output = JSONOutput()
        write(to: &output, indent: true, level: 0)
        return output.string
    }

    func write(to output: inout JSONOutput, indent: Bool, level: Int) {
        switch self {
        case .string(let text): output.appendEscaped(text)
        case .number(let text): output.append(text)
        case .money(let amount): output.appendMoney(amount)
        case .bool(let flag): output.append(flag ? "true" : "false")
        case .null: output.append("null")
        case .array(let items):
            if items.isEmpty { output.append("[]"); return }
            output.byte(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { output.byte(UInt8(ascii: ",")) }
                if indent { output.newline(level + 1) }
                item.write(to: &output, indent: indent, level: level + 1)
            }
            if indent { output.newline(level) }
            output.byte(UInt8(ascii: "]"))
        case .object(let pairs):
            if pairs.isEmpty { output.append("{}"); return }
            output.byte(UInt8(ascii: "{"))
            for (index, (key, value)) in pairs.enumerated() {
                if index > 0 { output.byte(UInt8(ascii: ",")) }
                if indent { output.newline(level + 1) }
                output.appendEscaped(key)
                output.byte(UInt8(ascii: ":"))
                if indent { output.byte(UInt8(ascii: " ")) }
                value.write(to: &output, indent: indent, level: level + 1)
            }
            if indent { output.newline(level) }
            output.byte(UInt8(ascii: "}"))
        }
    }
}

/// A growing UTF-8 buffer for JSON text.
struct JSONOutput {
    var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(4096) }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func newline(_ level: Int) {
        bytes.append(UInt8(ascii: "\n"))
        for _ in 0..<(level * 2) { bytes.append(UInt8(ascii: " ")) }
    }

    mutating func appendEscaped(_ text: String) {
        var text = text
        bytes.append(UInt8(ascii: "\""))
        text.withUTF8 { utf8 in
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\\")); bytes.append(byte)
                case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\")); bytes.append(byte)
                case UInt8(ascii: "\n"): bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "n"))
                case UInt8(ascii: "\r"): bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "r"))
                case UInt8(ascii: "\t"): bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "t"))
                case 0..<0x20:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                              hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
                default: bytes.append(byte)
                }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// `"967.40"`: the exact digits, at least two after the point, without building a String.
    mutating func appendMoney(_ amount: ExactDecimal) {
        bytes.append(UInt8(ascii: "\""))
        amount.appendText(to: &bytes, minimumFractionDigits: 2)
        bytes.append(UInt8(ascii: "\""))
    }
}
