import Activa

/// How a CSV file is written. Dutch (the default with Dutch output): what Excel and the Dutch bookkeeping packages
/// open right on a Dutch computer — semicolon separator (the comma is the decimal mark there), decimal comma, Dutch
/// headers, dates as 15-03-2025, UTF-8 with a byte-order mark (without it Excel reads "€" and "ë" as Windows-1252).
/// Technical (with `--lang en`): RFC 4180 with commas, decimal points, ISO dates, English camelCase headers and no
/// BOM, for scripts and import tools. Both end lines in CR LF.
///
/// Written by hand rather than with CSV.swift's writer because a cell's escaping depends on what it is: the user's
/// own text is guarded against formula injection, amounts are not ("-100,00" must stay a number).
public struct CSVDialect: Sendable, Equatable {
    public var separator: Character
    public var decimalComma: Bool
    public var byteOrderMark: Bool
    public var language: Language

    public static let dutch = CSVDialect(separator: ";", decimalComma: true, byteOrderMark: true, language: .nl)
    public static let technical = CSVDialect(separator: ",", decimalComma: false, byteOrderMark: false, language: .en)

    /// Dutch for Dutch output, technical otherwise.
    public static func `for`(_ language: Language) -> CSVDialect { language == .nl ? .dutch : .technical }

    public var isDutch: Bool { decimalComma }

    /// An amount: `1234,56` or `1234.56`, without thousands separators (a spreadsheet reads it as a number).
    public func amount(_ value: Money) -> String {
        decimalComma ? String(value.moneyText.map { $0 == "." ? "," : $0 }) : value.moneyText
    }

    public func optionalAmount(_ value: Money?) -> String { value.map(amount) ?? "" }

    public func day(_ value: Day) -> String {
        guard decimalComma else { return value.description }
        let parts = value.description.split(separator: "-")
        return "\(parts[2])-\(parts[1])-\(parts[0])"
    }

    public func flag(_ value: Bool) -> String {
        decimalComma ? (value ? "ja" : "nee") : (value ? "true" : "false")
    }

    /// The header of a column: Dutch or English.
    public func header(_ dutch: String, _ technical: String) -> String { decimalComma ? dutch : technical }

    /// A cell of the user's own text (an id, a description, an account name): one that begins as a formula
    /// (= + - @, a tab or a carriage return) is made plain text with a leading apostrophe, so a spreadsheet shows it
    /// and does not run it (OWASP, CSV injection).
    public static func text(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return cell }
        return "'" + cell
    }

    /// A field, quoted when it holds the separator, a quote or a line break.
    public func field(_ text: String) -> String {
        guard text.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }

    /// The whole file: the byte-order mark if any, then every row, each ending in CR LF.
    public func document(_ rows: [[String]]) -> String {
        (byteOrderMark ? "\u{FEFF}" : "") + rows.map { $0.map(field).joined(separator: String(separator)) + "\r\n" }.joined()
    }
}
