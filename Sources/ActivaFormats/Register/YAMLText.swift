/// A `JSONValue` as YAML in block style, the way registers are written by hand (see `Examples/`): mappings and
/// sequences by indentation, lists of plain values on one line, text plain where no YAML reader could take it for
/// something else (a number, a boolean, null) and double-quoted otherwise — so amounts are always quoted.
enum YAMLText {
    static func document(_ value: JSONValue) -> String {
        var output = ""
        switch value {
        case .object(let pairs) where !pairs.isEmpty: mapping(pairs, indent: 0, continuingLine: false, into: &output)
        case .array(let items) where !items.isEmpty && !isInline(value): sequence(items, indent: 0, continuingLine: false, into: &output)
        default: output += scalar(value) + "\n"
        }
        return output
    }

    private static func mapping(_ pairs: [(String, JSONValue)], indent: Int, continuingLine: Bool, into output: inout String) {
        for (index, (key, value)) in pairs.enumerated() {
            if index > 0 || !continuingLine { output += String(repeating: " ", count: indent) }
            output += text(key) + ":"
            switch value {
            case .object(let pairs) where !pairs.isEmpty:
                output += "\n"
                mapping(pairs, indent: indent + 2, continuingLine: false, into: &output)
            case .array(let items) where !isInline(value):
                output += "\n"
                sequence(items, indent: indent + 2, continuingLine: false, into: &output)
            default:
                output += " " + scalar(value) + "\n"
            }
        }
    }

    private static func sequence(_ items: [JSONValue], indent: Int, continuingLine: Bool, into output: inout String) {
        for (index, item) in items.enumerated() {
            if index > 0 || !continuingLine { output += String(repeating: " ", count: indent) }
            output += "- "
            switch item {
            case .object(let pairs) where !pairs.isEmpty: mapping(pairs, indent: indent + 2, continuingLine: true, into: &output)
            case .array(let items) where !isInline(item): sequence(items, indent: indent + 2, continuingLine: true, into: &output)
            default: output += scalar(item) + "\n"
            }
        }
    }

    /// Empty collections and lists of scalars are written on one line, in flow style.
    private static func isInline(_ value: JSONValue) -> Bool {
        switch value {
        case .array(let items): return items.allSatisfy { item in
            switch item {
            case .array, .object: return false
            default: return true
            }
        }
        case .object(let pairs): return pairs.isEmpty
        default: return true
        }
    }

    private static func scalar(_ value: JSONValue) -> String {
        switch value {
        case .string(let string): return text(string)
        case .number(let number): return number
        case .money(let amount): return quoted(amount.description)
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return "null"
        case .array(let items):
            // In flow style a comma would end the item.
            return "[" + items.map { item in
                if case .string(let string) = item, string.contains(",") { return quoted(string) }
                return scalar(item)
            }.joined(separator: ", ") + "]"
        case .object: return "{}"
        }
    }

    /// Plain when safe, else in double quotes.
    static func text(_ string: String) -> String {
        isSafePlain(string) ? string : quoted(string)
    }

    /// Text that every YAML reader takes as this very string when written plain: letters, digits, spaces and a few
    /// marks, starting with a letter or digit, and no word YAML 1.1 or 1.2 reads as null, a boolean or a number.
    static func isSafePlain(_ string: String) -> Bool {
        guard let first = string.unicodeScalars.first, let last = string.unicodeScalars.last, last != " " else { return false }
        guard first.properties.isAlphabetic || ("0"..."9").contains(first) else { return false }
        for scalar in string.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", " ", "-", ".", "_", "/", "(", ")", "+", ",": continue
            default:
                // Letters beyond ASCII (é, ë, ø, …) are plain; every other mark, and every control or separator, is quoted.
                guard scalar.value > 0x7F, scalar.properties.isAlphabetic else { return false }
            }
        }
        let reserved: Set<String> = ["y", "yes", "n", "no", "true", "false", "on", "off", "null", "nan", "inf"]
        if reserved.contains(string.lowercased()) { return false }
        return !looksNumeric(string)
    }

    /// Digits with at most signs, points, underscores and exponents: a number to some YAML reader ("1_000", "1e5").
    private static func looksNumeric(_ string: String) -> Bool {
        string.unicodeScalars.allSatisfy { "0123456789+-._eE".unicodeScalars.contains($0) }
            && string.unicodeScalars.filter { $0 == "-" }.count <= 1
            || string.hasPrefix("0x") || string.hasPrefix("0o") || string.hasPrefix("0b")
    }

    /// In double quotes, with the escapes JSON and YAML share; characters YAML 1.1 takes as line breaks, and the byte
    /// order mark, escaped too.
    static func quoted(_ string: String) -> String {
        var output = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                let value = scalar.value
                if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029 || value == 0xFEFF
                    || value == 0xFFFE || value == 0xFFFF {
                    let hex = String(value, radix: 16, uppercase: true)
                    output += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }
}
