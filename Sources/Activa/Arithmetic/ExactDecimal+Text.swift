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

/// Why a text is not an amount as Dutch people write one (`ExactDecimal.dutchAmount(_:)`).
public enum DutchAmountProblem: Error, Sendable, Hashable {
    /// Nothing but spaces or a euro sign.
    case empty
    /// Something other than digits, points, a comma, a euro sign and `,-` (letters, a minus sign, spaces inside).
    case notAnAmount
    /// A single point that is not a thousands separator ("2.35", "2350.00", "1.2345"): read as a decimal point it
    /// could mean cents, read as a separator thousands, so it is not read at all.
    case ambiguousPoint
    /// Points and comma in a form no one reads one way only ("12.34.5", "1,2.3", "1.23.456", "0.500", ",50").
    case malformed
    /// More decimals after the comma than an amount holds (four).
    case tooManyDecimals
    /// Not below a thousand billion euros.
    case outOfRange

    /// The message for the page, naming the field as the user sees it (e.g. "Aanschafkosten" / "Cost").
    public func message(field name: LocalizedText, text: String) -> LocalizedText {
        let field = name.nl, fieldEN = name.en
        switch self {
        case .empty:
            return LocalizedText(nl: "\(field): vul een bedrag in, bijvoorbeeld 2.350 of 2.350,00",
                                 en: "\(fieldEN): fill in an amount, for example 2.350 or 2.350,00")
        case .notAnAmount:
            return LocalizedText(nl: "\(field): '\(text)' is geen bedrag; schrijf het bedrag als 2.350 of 2.350,00",
                                 en: "\(fieldEN): '\(text)' is not an amount; write the amount as 2.350 or 2.350,00 (Dutch notation)")
        case .ambiguousPoint, .malformed:
            return LocalizedText(nl: "\(field): '\(text)' is niet eenduidig; schrijf het bedrag als 2.350 of 2.350,00 (punt voor duizendtallen, komma voor centen)",
                                 en: "\(fieldEN): '\(text)' is ambiguous; write the amount as 2.350 or 2.350,00 (a point between thousands, a comma before the cents)")
        case .tooManyDecimals:
            return LocalizedText(nl: "\(field): '\(text)' heeft meer dan \(ExactDecimal.inputDecimals) decimalen",
                                 en: "\(fieldEN): '\(text)' has more than \(ExactDecimal.inputDecimals) decimals")
        case .outOfRange:
            return LocalizedText(nl: "\(field): '\(text)' is te groot voor een bedrag",
                                 en: "\(fieldEN): '\(text)' is too large for an amount")
        }
    }
}

extension ExactDecimal {
    /// An amount as Dutch people type one: `2.350`, `2.350,00`, `€ 2.350`, `€2.350,-`, `2350`, `2350,5`, `0,50`.
    ///
    /// A point is only ever a thousands separator: it stands between groups of exactly three digits, after a first
    /// group of one to three (not a lone zero). The comma is the decimal separator (at most four decimals); `,-`
    /// means whole euros. A euro sign (or `EUR`) may stand before or after, with or without a space. Anything else
    /// is refused with the reason, never guessed: "2.35" could be € 2,35 or € 235 and is `.ambiguousPoint`.
    /// The amount is exact and not negative.
    public static func dutchAmount(_ text: String) -> Result<ExactDecimal, DutchAmountProblem> {
        var characters = Array(text.unicodeScalars)
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" || scalar == "\u{A0}" || scalar == "\u{202F}" }
        func trim() {
            while let first = characters.first, isSpace(first) { characters.removeFirst() }
            while let last = characters.last, isSpace(last) { characters.removeLast() }
        }
        func dropPrefix(_ prefix: String) -> Bool {
            let scalars = Array(prefix.unicodeScalars)
            guard characters.count >= scalars.count,
                  zip(characters.prefix(scalars.count), scalars).allSatisfy({ $0.properties.uppercaseMapping == $1.properties.uppercaseMapping })
            else { return false }
            characters.removeFirst(scalars.count)
            return true
        }
        func dropSuffix(_ suffix: String) -> Bool {
            let scalars = Array(suffix.unicodeScalars)
            guard characters.count >= scalars.count,
                  zip(characters.suffix(scalars.count), scalars).allSatisfy({ $0.properties.uppercaseMapping == $1.properties.uppercaseMapping })
            else { return false }
            characters.removeLast(scalars.count)
            return true
        }
        trim()
        if dropPrefix("€") || dropPrefix("EUR") { trim() } else if dropSuffix("€") || dropSuffix("EUR") { trim() }
        guard !characters.isEmpty else { return .failure(.empty) }
        // `,-` (or `,--`, `,–`): whole euros.
        var wholeEuros = false
        if dropSuffix(",--") || dropSuffix(",-") || dropSuffix(",\u{2013}") { wholeEuros = true }
        guard !characters.isEmpty else { return .failure(.malformed) }
        for scalar in characters where !(("0"..."9").contains(scalar) || scalar == "." || scalar == ",") {
            return .failure(.notAnAmount)
        }
        let commas = characters.indices.filter { characters[$0] == "," }
        guard commas.count <= (wholeEuros ? 0 : 1) else { return .failure(.malformed) }
        let integerPart = commas.first.map { Array(characters[..<$0]) } ?? characters
        let fractionPart = commas.first.map { Array(characters[($0 + 1)...]) } ?? []
        if commas.first != nil {
            guard !fractionPart.isEmpty, !fractionPart.contains(".") else { return .failure(.malformed) }
            guard fractionPart.count <= ExactDecimal.inputDecimals else { return .failure(.tooManyDecimals) }
        }
        guard !integerPart.isEmpty else { return .failure(.malformed) }
        let groups = integerPart.split(separator: ".", omittingEmptySubsequences: false)
        if groups.count > 1 {
            let wellGrouped = (1...3).contains(groups[0].count) && groups[0].first != "0" && groups.dropFirst().allSatisfy { $0.count == 3 }
            if !wellGrouped {
                // One point and no comma: a decimal point to some, a separator to others.
                return .failure(groups.count == 2 && commas.isEmpty && groups.allSatisfy({ !$0.isEmpty }) ? .ambiguousPoint : .malformed)
            }
        }
        var plain = String(String.UnicodeScalarView(groups.joined()))
        if !fractionPart.isEmpty { plain += "." + String(String.UnicodeScalarView(fractionPart)) }
        guard let value = ExactDecimal(parsing: plain) else { return .failure(.notAnAmount) }
        guard value.isWithinInputRange else { return .failure(.outOfRange) }
        return .success(value)
    }

    /// The amount as a Dutch form shows it, so that `dutchAmount` reads it back the same: `12.500`, `1.250,55`,
    /// `0,1234` (the decimals it has, none for whole euros).
    public var dutchAmountText: String {
        formatted(decimalMark: ",", groupingSeparator: ".")
    }
}
