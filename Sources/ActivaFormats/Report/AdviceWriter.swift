import Activa

/// Writes the advice of `activa advise`: each item with the two computations side by side.
public enum AdviceWriter {
    public static func text(_ advice: [Advice], asOf: Day, language: Language) -> String {
        let nl = language == .nl
        let e = { TextFormat.euro($0, language) }
        var lines = [nl ? "Advies per \(asOf)" : "Advice as of \(asOf)"]
        if advice.isEmpty {
            lines.append(nl ? "Geen advies: geen wijziging in bedrag, datum, groepering of keuze levert hier iets op."
                            : "No advice: no change of amount, date, grouping or choice makes a difference here.")
        }
        for (number, item) in advice.enumerated() {
            lines.append("")
            lines.append("\(number + 1). " + item.title.text(language))
            let width = (item.asIs.figures + item.advised.figures).map { $0.name.text(language).count }.max() ?? 0
            func column(_ scenario: Scenario) -> [String] {
                [scenario.description.text(language)] + scenario.figures.map { figure in
                    let name = figure.name.text(language)
                    return name + String(repeating: " ", count: width - name.count) + "  " + e(figure.amount)
                } + [(nl ? "totaal " : "total ") + item.measure.text(language) + ": " + e(scenario.total)]
            }
            let left = column(item.asIs), right = column(item.advised)
            let leftWidth = max((left.map(\.count).max() ?? 0), 20)
            lines.append("   " + (nl ? "Zonder dit advies" : "Without this advice").padding(leftWidth) + "   | " + (nl ? "Met dit advies" : "With this advice"))
            for row in 0..<max(left.count, right.count) {
                let l = row < left.count ? left[row] : "", r = row < right.count ? right[row] : ""
                lines.append("   " + l.padding(leftWidth) + "   | " + r)
            }
            lines.append("   " + (nl ? "Verschil: " : "Difference: ") + e(item.difference) + " (" + item.measure.text(language) + ")")
            lines += item.sources.map { "   " + (nl ? "bron: " : "source: ") + $0.citation(language) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func json(_ advice: [Advice], asOf: Day, language: Language) -> JSONValue {
        func scenario(_ s: Scenario) -> JSONValue {
            .object([
                ("description", .string(s.description.text(language))),
                ("figures", .array(s.figures.map { .object([("name", .string($0.name.text(language))), ("amount", .string($0.amount.moneyText))]) })),
                ("total", .string(s.total.moneyText)),
            ])
        }
        return .object([
            ("asOf", .string(asOf.description)),
            ("advice", .array(advice.map { item in
                var pairs: [(String, JSONValue)] = [("kind", .string(item.kind.rawValue))]
                if let id = item.assetId { pairs.append(("assetId", .string(id))) }
                pairs += [
                    ("title", .string(item.title.text(language))),
                    ("asIs", scenario(item.asIs)),
                    ("advised", scenario(item.advised)),
                    ("difference", .string(item.difference.moneyText)),
                    ("measure", .string(item.measure.text(language))),
                    ("sources", .array(item.sources.map { JSONReportWriter.source($0, ReportOptions(language: language)) })),
                ]
                return .object(pairs)
            })),
        ])
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
