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
        case .bool(let flag): output.append(flag ? "true" as StaticString : "false")
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

/// A growing UTF-8 buffer for JSON text, written through a pointer: a report is tens of kilobytes of short
/// appends, where an array's checks on every append cost more than the bytes. Not copyable: it owns its memory.
struct JSONOutput: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int

    init(capacity: Int = 16_384) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }

    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// The bytes written so far, in place.
    func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try body(UnsafeRawBufferPointer(start: base, count: count))
    }
    var string: String { String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self) }

    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        // Wrapping: a buffer's count and a write's size are far from overflowing, and a checked add costs a branch
        // in every one of the report's thousands of small writes.
        if count &+ extra > capacity { grow(to: count &+ extra) }
    }

    @inline(never)
    private mutating func grow(to needed: Int) {
        let newCapacity = Swift.max(needed, capacity * 2)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    @inline(__always)
    mutating func byte(_ value: UInt8) {
        reserve(1)
        base[count] = value
        count &+= 1
    }

    mutating func append(_ buffer: UnsafeBufferPointer<UInt8>) {
        reserve(buffer.count)
        if let source = buffer.baseAddress { (base + count).update(from: source, count: buffer.count) }
        count &+= buffer.count
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    /// `"name":` (and a space when indenting) in one step: keys are static and need no escaping.
    @inline(__always)
    mutating func appendKey(_ name: StaticString, space: Bool) {
        let length = name.utf8CodeUnitCount
        reserve(length + 4)
        base[count] = UInt8(ascii: "\"")
        JSONOutput.copyShort(from: name.utf8Start, to: base + count + 1, count: length)
        base[count &+ 1 &+ length] = UInt8(ascii: "\"")
        base[count &+ 2 &+ length] = UInt8(ascii: ":")
        count &+= length &+ 3
        if space {
            base[count] = UInt8(ascii: " ")
            count &+= 1
        }
    }

    mutating func newline(_ level: Int) {
        reserve(1 + level * 2)
        base[count] = UInt8(ascii: "\n")
        (base + count + 1).initialize(repeating: UInt8(ascii: " "), count: level * 2)
        count &+= 1 + level * 2
    }

    mutating func appendEscaped(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            // Most texts (ids, descriptions) need no escape: one scan, then the quotes and the bytes at once.
            var plain = true
            for byte in utf8 where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                plain = false
                break
            }
            guard plain, let source = utf8.baseAddress else {
                appendEscapedSlowly(utf8)
                return
            }
            reserve(utf8.count + 2)
            base[count] = UInt8(ascii: "\"")
            JSONOutput.copyShort(from: source, to: base + count + 1, count: utf8.count)
            base[count &+ 1 &+ utf8.count] = UInt8(ascii: "\"")
            count &+= utf8.count &+ 2
        }
    }

    /// A text with bytes to escape, run by run.
    private mutating func appendEscapedSlowly(_ utf8: UnsafeBufferPointer<UInt8>) {
        byte(UInt8(ascii: "\""))
        // Runs of bytes that need no escape are copied at once.
        var runStart = 0
        for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
            append(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            runStart = index + 1
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): self.byte(UInt8(ascii: "\\")); self.byte(byte)
            case UInt8(ascii: "\n"): self.byte(UInt8(ascii: "\\")); self.byte(UInt8(ascii: "n"))
            case UInt8(ascii: "\r"): self.byte(UInt8(ascii: "\\")); self.byte(UInt8(ascii: "r"))
            case UInt8(ascii: "\t"): self.byte(UInt8(ascii: "\\")); self.byte(UInt8(ascii: "t"))
            default:
                let hex: StaticString = "0123456789abcdef"
                let digits = hex.utf8Start
                append("\\u00" as StaticString)
                self.byte(digits[Int(byte >> 4)])
                self.byte(digits[Int(byte & 0xF)])
            }
        }
        append(UnsafeBufferPointer(rebasing: utf8[runStart...]))
        byte(UInt8(ascii: "\""))
    }

    /// An amount as a JSON string with at least two decimals (`"1234.50"`), without building a String. Zero, most
    /// amounts of a report line, is written where it is called, in one store; the others by `appendNonZeroMoney`.
    @inline(__always)
    mutating func appendMoney(_ amount: ExactDecimal) {
        guard amount.isZero else {
            appendNonZeroMoney(amount)
            return
        }
        reserve(8)
        // `"0.00"` and two spare bytes (the next write's) in one eight-byte store; little-endian: the first byte lowest.
        UnsafeMutableRawPointer(base + count).storeBytes(of: UInt64(0x0000_2230_302E_3022).littleEndian, as: UInt64.self)
        count &+= 6
    }

    /// Amounts whose digits fit in 64 bits (all that a report holds) are written straight into the buffer, right to
    /// left, in one pass over their digits.
    @inline(never)
    private mutating func appendNonZeroMoney(_ amount: ExactDecimal) {
        let scale = amount.scale
        guard scale <= 18, let magnitude = UInt64(exactly: amount.significand.magnitude) else {
            byte(UInt8(ascii: "\""))
            amount.withText(minimumFractionDigits: 2) { append($0) }
            byte(UInt8(ascii: "\""))
            return
        }
        let fractionCount = Swift.max(scale, 2)
        let digits = JSONOutput.digitCount(magnitude)
        // Quotes, sign, the digits before the point (at least one), the point, the decimals.
        let negative = amount.isNegative
        let length = 2 &+ (negative ? 1 : 0) &+ Swift.max(1, digits &- scale) &+ 1 &+ fractionCount
        reserve(length)
        var cursor = base + count + length - 1
        cursor.pointee = UInt8(ascii: "\"")
        cursor -= 1
        for _ in scale..<fractionCount {
            cursor.pointee = UInt8(ascii: "0")
            cursor -= 1
        }
        var rest = magnitude
        // Two digits a step, from "00"…"99" (one division per two digits).
        let pairs = JSONOutput.digitPairs.utf8Start
        func putPair(_ pair: UInt64) {
            let offset = Int(truncatingIfNeeded: pair) &* 2
            cursor.pointee = pairs[offset &+ 1]
            (cursor - 1).pointee = pairs[offset]
            cursor -= 2
        }
        func putDigit(_ digit: UInt64) {
            cursor.pointee = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: digit)
            cursor -= 1
        }
        // The value's own decimals, then the point, then at least one digit before it.
        var decimals = scale
        while decimals >= 2 {
            putPair(rest % 100)
            rest /= 100
            decimals -= 2
        }
        if decimals == 1 {
            putDigit(rest % 10)
            rest /= 10
        }
        cursor.pointee = UInt8(ascii: ".")
        cursor -= 1
        while rest >= 100 {
            putPair(rest % 100)
            rest /= 100
        }
        if rest >= 10 { putPair(rest) } else { putDigit(rest) }
        if negative {
            cursor.pointee = UInt8(ascii: "-")
            cursor -= 1
        }
        cursor.pointee = UInt8(ascii: "\"")
        count &+= length
    }

    /// Copies a few bytes (a key) with two overlapping word moves instead of a call to memcpy: keys are 2 to 30
    /// bytes, written some thirty times per asset line. Longer runs go to memcpy.
    @inline(__always)
    private static func copyShort(from source: UnsafePointer<UInt8>, to target: UnsafeMutablePointer<UInt8>, count: Int) {
        let from = UnsafeRawPointer(source), to = UnsafeMutableRawPointer(target)
        switch count {
        case 8...16:
            to.storeBytes(of: from.loadUnaligned(as: UInt64.self), as: UInt64.self)
            to.storeBytes(of: from.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self), toByteOffset: count - 8, as: UInt64.self)
        case 4..<8:
            to.storeBytes(of: from.loadUnaligned(as: UInt32.self), as: UInt32.self)
            to.storeBytes(of: from.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self), toByteOffset: count - 4, as: UInt32.self)
        case 0..<4:
            for offset in 0..<count { target[offset] = source[offset] }
        default:
            target.update(from: source, count: count)
        }
    }

    /// An integer in decimal, as `String(value)` writes it.
    mutating func appendInteger(_ value: Int) {
        let magnitude = value.magnitude
        let length = JSONOutput.digitCount(UInt64(magnitude)) + (value < 0 ? 1 : 0)
        reserve(length)
        var cursor = base + count + length - 1
        var rest = magnitude
        repeat {
            cursor.pointee = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
            cursor -= 1
        } while rest > 0
        if value < 0 { cursor.pointee = UInt8(ascii: "-") }
        count &+= length
    }

    /// A day as a JSON string, `"YYYY-MM-DD"`: the year in four digits or more, as `Day.description` writes it.
    mutating func appendDay(_ day: Day) {
        guard (0...9999).contains(day.year) else {
            appendEscaped(day.description)
            return
        }
        reserve(12)
        base[count] = UInt8(ascii: "\"")
        var year = day.year
        for offset in stride(from: 4, through: 1, by: -1) {
            base[count + offset] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: year % 10)
            year /= 10
        }
        base[count + 5] = UInt8(ascii: "-")
        base[count + 6] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: day.month / 10)
        base[count + 7] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: day.month % 10)
        base[count + 8] = UInt8(ascii: "-")
        base[count + 9] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: day.day / 10)
        base[count + 10] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: day.day % 10)
        base[count + 11] = UInt8(ascii: "\"")
        count &+= 12
    }

    /// "00", "01", … "99" after each other: the digits of a number two at a time.
    private static let digitPairs: StaticString = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"

    /// The decimal digits of a 64-bit magnitude, by comparisons (a table would be a lazily made global, checked on
    /// every call).
    @inline(__always)
    private static func digitCount(_ value: UInt64) -> Int {
        if value < 100_000_000 {
            if value < 10_000 { return value < 100 ? (value < 10 ? 1 : 2) : (value < 1_000 ? 3 : 4) }
            return value < 1_000_000 ? (value < 100_000 ? 5 : 6) : (value < 10_000_000 ? 7 : 8)
        }
        var digits = 8
        var rest = value / 100_000_000
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        return digits
    }
}
