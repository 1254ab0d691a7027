extension ExactDecimal: CustomStringConvertible, ExpressibleByIntegerLiteral, ExpressibleByStringLiteral {
    /// Parses a plain decimal such as `12500`, `-3.5` or `0.0756`; a comma is accepted as the decimal mark when
    /// there is no point (`7,56`). Thousands separators, exponents and anything else are rejected (nil).
    public init?(parsing text: String) {
        var text = text
        guard let parsed = text.withUTF8({ ExactDecimal(parsing: $0) }) else { return nil }
        self = parsed
    }

    /// Parses a plain decimal from its UTF-8 bytes, as `init?(parsing:)` does (a reader parses amounts in place).
    public init?(parsing bytes: UnsafeBufferPointer<UInt8>) {
        // In 64 bits up to 18 digits (every amount a register holds), in 128 bits beyond; at most 30 digits.
        guard let firstByte = bytes.first else { return nil }
        var index = 0
        let negative = firstByte == UInt8(ascii: "-")
        if negative || firstByte == UInt8(ascii: "+") { index = 1 }
        var small: Int64 = 0
        var wide: Int128 = 0
        var scale = 0, digits = 0
        var seenMark = false
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte &- UInt8(ascii: "0") < 10 {
                digits += 1
                guard digits <= 30 else { return nil }
                let digit = byte &- UInt8(ascii: "0")
                if digits <= 18 {
                    small = small &* 10 &+ Int64(digit)
                } else {
                    if digits == 19 { wide = Int128(small) }
                    wide = wide * 10 + Int128(digit)
                }
                if seenMark { scale += 1 }
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ","), !seenMark {
                seenMark = true
            } else {
                return nil
            }
        }
        guard digits > 0, scale <= ExactDecimal.maximumScale else { return nil }
        let magnitude = digits <= 18 ? Int128(small) : wide
        self.init(significand: negative ? -magnitude : magnitude, scale: scale)
    }

    @inline(__always)
    public init(integerLiteral value: Int) {
        self.init(value)
    }

    /// For law tables written in source code only; a malformed literal is a programming error.
    public init(stringLiteral value: String) {
        guard let parsed = ExactDecimal(parsing: value) else { preconditionFailure("not a decimal literal: \(value)") }
        self = parsed
    }

    /// The plain decimal text with at least `minimumFractionDigits` digits after the point: `3455.00`, `14182.0664`.
    public func formatted(minimumFractionDigits: Int = 0, decimalMark: Character = ".", groupingSeparator: Character? = nil) -> String {
        let digits = String(significand.magnitude)
        let fractionCount = Swift.max(scale, minimumFractionDigits)
        let padded = String(repeating: "0", count: Swift.max(0, scale + 1 - digits.count)) + digits
        var integerPart = String(padded.dropLast(scale))
        var fractionPart = String(padded.suffix(scale))
        fractionPart += String(repeating: "0", count: fractionCount - scale)
        if let separator = groupingSeparator, integerPart.count > 3 {
            var grouped = ""
            for (index, character) in integerPart.enumerated() {
                if index > 0 && (integerPart.count - index) % 3 == 0 { grouped.append(separator) }
                grouped.append(character)
            }
            integerPart = grouped
        }
        let sign = significand < 0 ? "-" : ""
        return fractionPart.isEmpty ? sign + integerPart : sign + integerPart + String(decimalMark) + fractionPart
    }

    public var description: String { formatted() }

    /// Money as Activa writes it in JSON and CSV: at least two decimals, all further exact digits kept.
    public var moneyText: String { formatted(minimumFractionDigits: 2) }
}

extension ExactDecimal {
    /// The plain decimal text (as `formatted(minimumFractionDigits:)`) as UTF-8 in a buffer on the stack, for
    /// writers that copy it out: a report writes a few dozen amounts per asset per year.
    public func withText(minimumFractionDigits: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        let scale = self.scale
        let fractionCount = Swift.max(scale, minimumFractionDigits)
        var magnitude = significand.magnitude
        // Sign, 39 digits at most (2^128), zeros up to the scale (at most 30) and one before the point, the point,
        // and padding to the minimum: written right to left from the end of the buffer.
        let capacity = 80 + Swift.max(0, minimumFractionDigits)
        // Not generic: called across modules for every amount, where a generic would look up its metadata each time.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            var position = capacity
            func put(_ byte: UInt8) {
                position -= 1
                buffer[position] = byte
            }
            // Right to left: the padding zeros, the digits (the point after `scale` of them, or straight after the
            // padding when the value has no decimals of its own), at least one digit before the point, the sign.
            for _ in scale..<fractionCount { put(UInt8(ascii: "0")) }
            if scale == 0, fractionCount > 0 { put(UInt8(ascii: ".")) }
            var digitsWritten = 0
            func putDigit(_ digit: UInt8) {
                put(UInt8(ascii: "0") + digit)
                digitsWritten += 1
                if digitsWritten == scale { put(UInt8(ascii: ".")) }
            }
            // In 64 bits as soon as the rest fits (one instruction per division).
            while magnitude > UInt128(UInt64.max) {
                putDigit(UInt8(magnitude % 10))
                magnitude /= 10
            }
            var small = UInt64(magnitude)
            while small > 0 || digitsWritten <= scale {
                putDigit(UInt8(small % 10))
                small /= 10
            }
            if isNegative { put(UInt8(ascii: "-")) }
            body(UnsafeBufferPointer(rebasing: buffer[position..<capacity]))
        }
    }
}
