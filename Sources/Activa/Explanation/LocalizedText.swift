/// The languages Activa speaks to people: Dutch by default, English on request.
public enum Language: String, Sendable, CaseIterable {
    case nl
    case en
}

/// A sentence in both languages: a message (an error, a warning, advice) or the text of a `note` step. The steps of a
/// computation carry figures instead, which ActivaFormats says in words.
public struct LocalizedText: Sendable, Hashable {
    public let nl: String
    public let en: String

    public init(nl: String, en: String) {
        self.nl = nl
        self.en = en
    }

    public func text(_ language: Language) -> String {
        language == .nl ? nl : en
    }
}

/// How amounts read in running text: Dutch `€ 3.455,00`, English `€3,455.00`; rates as `7,56%` / `7.56%`.
public enum TextFormat {
    public static func euro(_ amount: Money, _ language: Language) -> String {
        switch language {
        case .nl: return "€ " + amount.formatted(minimumFractionDigits: 2, decimalMark: ",", groupingSeparator: ".")
        case .en: return "€" + amount.formatted(minimumFractionDigits: 2, decimalMark: ".", groupingSeparator: ",")
        }
    }

    public static func percent(_ rate: Rate, _ language: Language) -> String {
        rate.percentValue.formatted(decimalMark: language == .nl ? "," : ".") + "%"
    }

    public static func number(_ value: ExactDecimal, _ language: Language) -> String {
        value.formatted(decimalMark: language == .nl ? "," : ".")
    }
}

extension LocalizedText {
    /// Builds both languages from one template, with amounts and rates formatted per language.
    public static func make(_ build: (Language) -> String) -> LocalizedText {
        LocalizedText(nl: build(.nl), en: build(.en))
    }
}
