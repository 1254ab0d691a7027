import Activa

/// Writes the answer of `activa kia`.
public enum KIAQueryWriter {
    /// `{"year":2024,"investments":"3455.00","kia":"967.40",…}`.
    public static func json(_ query: KIAQuery, language: Language = .nl) -> JSONValue {
        .object([
            ("year", .number(String(query.year))),
            ("investments", .string(query.investments.moneyText)),
            ("kia", .string(query.kia.moneyText)),
            ("row", .string(query.computation.row.name)),
            ("amounts", .array(query.items.map { .object([("amount", .string($0.amount.moneyText)), ("qualifies", .bool($0.qualifies))]) })),
            ("source", JSONReportWriter.source(query.computation.source, ReportOptions())),
        ] + (query.provisional.map { [("provisional", .string($0.text.text(language)))] } ?? []))
    }

    public static func text(_ query: KIAQuery, language: Language) -> String {
        let nl = language == .nl
        let e = { TextFormat.euro($0, language) }
        var lines: [String] = []
        for item in query.items {
            if item.qualifies {
                lines.append(nl ? "\(e(item.amount)): telt mee (niet minder dan \(e(query.minimum.value)))"
                                : "\(e(item.amount)): counts (not less than \(e(query.minimum.value)))")
            } else {
                lines.append(nl ? "\(e(item.amount)): telt niet mee (minder dan \(e(query.minimum.value)), \(query.minimum.source.article))"
                                : "\(e(item.amount)): does not count (less than \(e(query.minimum.value)), \(query.minimum.source.article))")
            }
        }
        lines.append((nl ? "Investeringen \(query.year): " : "Investments \(query.year): ") + e(query.investments))
        lines += query.computation.explanation.steps.map { $0.sentence(language) }
        lines += query.computation.explanation.sources.map { (nl ? "Bron: " : "Source: ") + $0.citation(language) }
        lines.append("KIA \(query.year): " + e(query.kia))
        if let provisional = query.provisional { lines.append(provisional.text.text(language)) }
        return lines.joined(separator: "\n") + "\n"
    }
}
