/// One thing wrong with a register, located by asset id (or entity) and field, with a message in both languages.
public struct RegisterIssue: Error, Sendable, Hashable {
    /// The asset's id; nil for the entity or the document as a whole.
    public var assetId: String?
    /// The field path, e.g. `cost`, `payments[1].amount`, `entity.partners[0].share`.
    public var field: String
    public var problem: Problem

    public init(assetId: String? = nil, field: String, problem: Problem) {
        self.assetId = assetId
        self.field = field
        self.problem = problem
    }

    public enum Problem: Sendable, Hashable {
        case unknownKey(allowed: [String])
        case missing
        case wrongType(expected: String)
        case invalidDate(String)
        case invalidAmount(String)
        case invalidChoice(String, allowed: [String])
        case negative
        case residualAboveCost
        case beforeCommitted(String)
        case duplicateId
        case sharesDoNotAddUp(String)
        case partsInDifferentYears
        case paymentsExceedCost
        case notAPositiveWholeNumber(String)
        case syntax(String)
        /// Beyond what Activa accepts: 10^12 euro, 4 decimals.
        case outOfRange(String)
        /// A rule of the law the register's choice breaks, explained in both languages.
        case rule(LocalizedText)
    }

    /// The message, without the location.
    public func message(_ language: Language) -> String {
        let nl = language == .nl
        switch problem {
        case .unknownKey(let allowed):
            return nl ? "onbekend veld; toegestaan: \(allowed.joined(separator: ", "))"
                      : "unknown field; allowed: \(allowed.joined(separator: ", "))"
        case .missing:
            return nl ? "verplicht veld ontbreekt" : "required field is missing"
        case .wrongType(let expected):
            return nl ? "verwacht \(expected)" : "expected \(expected)"
        case .invalidDate(let text):
            return nl ? "'\(text)' is geen geldige datum (JJJJ-MM-DD)" : "'\(text)' is not a valid date (YYYY-MM-DD)"
        case .invalidAmount(let text):
            return nl ? "'\(text)' is geen bedrag (bijvoorbeeld \"12500.00\")" : "'\(text)' is not an amount (for example \"12500.00\")"
        case .invalidChoice(let text, let allowed):
            return nl ? "'\(text)' is geen geldige waarde; kies uit: \(allowed.joined(separator: ", "))"
                      : "'\(text)' is not a valid value; choose from: \(allowed.joined(separator: ", "))"
        case .negative:
            return nl ? "mag niet negatief zijn" : "must not be negative"
        case .residualAboveCost:
            return nl ? "restwaarde is hoger dan de aanschafkosten" : "residual value is higher than the cost"
        case .beforeCommitted(let date):
            return nl ? "\(date) ligt vóór de investeringsdatum (committed)" : "\(date) is before the investment date (committed)"
        case .duplicateId:
            return nl ? "deze id komt meer dan eens voor" : "this id occurs more than once"
        case .sharesDoNotAddUp(let total):
            return nl ? "de aandelen van de vennoten tellen op tot \(total), niet tot 1" : "the partners' shares add up to \(total), not 1"
        case .partsInDifferentYears:
            return nl ? "onderdelen van één bedrijfsmiddel (part) moeten in hetzelfde jaar zijn aangeschaft; een latere aanschaf is een verbetering en telt apart"
                      : "parts of one business asset (part) must be committed in the same year; a later purchase is an improvement and counts on its own"
        case .paymentsExceedCost:
            return nl ? "de betalingen zijn samen hoger dan de aanschafkosten" : "the payments add up to more than the cost"
        case .notAPositiveWholeNumber(let text):
            return nl ? "'\(text)' is geen positief geheel getal" : "'\(text)' is not a positive whole number"
        case .rule(let text):
            return text.text(language)
        case .outOfRange(let text):
            return nl ? "'\(text)' valt buiten het bereik: kleiner dan 1.000.000.000.000 en ten hoogste 4 decimalen"
                      : "'\(text)' is out of range: below 1,000,000,000,000 with at most 4 decimals"
        case .syntax(let detail):
            return nl ? "het bestand is niet te lezen: \(detail)" : "the file cannot be read: \(detail)"
        }
    }

    /// `bestand.yaml: asset 'oven', veld 'cost': …`.
    public func describe(file: String?, _ language: Language) -> String {
        var location: [String] = []
        if let file { location.append(file) }
        if let assetId { location.append(language == .nl ? "activum '\(assetId)'" : "asset '\(assetId)'") }
        if !field.isEmpty { location.append(language == .nl ? "veld '\(field)'" : "field '\(field)'") }
        return location.joined(separator: ", ") + ": " + message(language)
    }
}

/// A register that failed validation: every issue found, not only the first.
public struct RegisterValidationError: Error, Sendable {
    public var issues: [RegisterIssue]
    public init(issues: [RegisterIssue]) { self.issues = issues }
}
