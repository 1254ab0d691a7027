import Activa

/// How a report is written: format, rounding at the edge, explanations, language.
public struct ReportOptions: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case text
        case json
        case csv
        case markdown
    }

    /// How much of each year: the assets' lines too, or the year totals only (JSON; what an app asking on every
    /// keystroke needs, at a fraction of the size).
    public enum Detail: String, Sendable, CaseIterable {
        case assets
        case totals
    }

    public var format: Format
    public var rounding: RoundingPolicy
    public var explain: Bool
    public var language: Language
    public var detail: Detail

    public init(format: Format = .text, rounding: RoundingPolicy = .exact, explain: Bool = false, language: Language = .nl,
                detail: Detail = .assets) {
        self.format = format
        self.rounding = rounding
        self.explain = explain
        self.language = language
        self.detail = detail
    }
}

extension ReportOptions {
    /// A deduction as written: rounded by the policy, at least two decimals.
    func deduction(_ amount: Money) -> Money { rounding.apply(amount, as: .deduction) }
    func addition(_ amount: Money) -> Money { rounding.apply(amount, as: .addition) }
    func neutral(_ amount: Money) -> Money { rounding.apply(amount, as: .neutral) }
}

/// Writes a report in the chosen format.
public enum ReportWriter {
    public static func write(_ report: Report, options: ReportOptions) -> String {
        switch options.format {
        case .json: return JSONReportWriter.text(report, options: options, pretty: true) + "\n"
        case .text: return TextReportWriter.write(report, options: options)
        case .markdown: return MarkdownReportWriter.write(report, options: options)
        case .csv: return CSVReportWriter.write(report, options: options)
        }
    }
}
