import Activa

extension ReceivedAftrek {
    /// "28%", "28,5%" or "28.5%": the KIA percentage an asset received, read the same in a register file, a sheet
    /// and a form. nil for a text without a percent sign (an amount); `.failure` for a percent that is not one.
    public static func percentage(in text: String) -> Result<ReceivedAftrek, NotAPercentage>? {
        let trimmed = text.trimmingSpaces
        guard trimmed.hasSuffix("%") else { return nil }
        let number = String(trimmed.dropLast()).trimmingSpaces.replacingOccurrences(of: ",", with: ".")
        guard let percent = ExactDecimal(parsing: number), !percent.isNegative, percent <= 100, percent.scale <= 4 else {
            return .failure(NotAPercentage(message: LocalizedText(nl: "'\(trimmed)' is geen percentage van 0% tot 100%, bijvoorbeeld 28%",
                                                                  en: "'\(trimmed)' is not a percentage from 0% to 100%, for example 28%")))
        }
        return .success(.percentage(percent.divided(by: 100, scale: percent.scale + 2, rounding: .down)))
    }
}

/// A text with a percent sign that is not a percentage from 0% to 100%.
public struct NotAPercentage: Error, Sendable {
    public let message: LocalizedText
}
