import Activa
import ActivaStore

/// The front page: the KIA calculator and the list of registers.
enum HomePage {
    /// The amounts typed in the calculator: separated by spaces, semicolons or new lines; Dutch "1.250,50" or "1250.50".
    /// The calculator's amounts, separated by spaces, semicolons or new lines, each read as Dutch people write one
    /// (`ExactDecimal.dutchAmount`: 2.350, 2.350,00, €2.350,-); a lone euro sign is skipped. The first amount that
    /// cannot be read gives the message, naming it.
    static func parseAmounts(_ text: String) -> Result<[Money], AmountsError> {
        var amounts: [Money] = []
        for token in text.split(whereSeparator: { $0 == " " || $0 == ";" || $0 == "\n" || $0 == "\r" || $0 == "\t" }) {
            switch ExactDecimal.dutchAmount(String(token)) {
            case .success(let amount): amounts.append(amount)
            case .failure(.empty): continue
            case .failure(let problem):
                return .failure(AmountsError(message: problem.message(field: LocalizedText(nl: "Bedragen", en: "Amounts"), text: String(token))))
            }
        }
        return .success(amounts)
    }

    /// The page (the `home` template); `query` is the calculator's answer, `error` the message for what was typed.
    static func render(language: Language, year: Int, amountsText: String, query: KIAQuery?, error: String?,
                       registers: [RegisterSummary], path: String, canWrite: Bool, tokenRequired: Bool,
                       administrations: [(id: String, name: String)] = []) -> String {
        let years = (Law.netherlands.kiaYears ?? 2024...2024).reversed()
        let context: HTML.Context = [
            "years": years.map { ["year": $0, "selected": $0 == year] as HTML.Context },
            "amounts": amountsText,
            "error": HTML.orFalse(error),
            "result": HTML.orFalse(error == nil ? query.map { resultBlock($0, language: language) } : nil),
            "login": tokenRequired && !canWrite,
            // With users: the administrations a new register can go in (a choice when there are several).
            "administrations": administrations.count > 1 ? ["items": administrations.map { ["id": $0.id, "name": $0.name] as HTML.Context }] as HTML.Context : false,
            // Taking over an activastaat: the year now begun is the usual opening year.
            "openingYear": Day.today().year,
            "registers": registers.map { summary -> HTML.Context in
                ["id": summary.id, "name": summary.name ?? summary.id, "taxpayer": summary.taxpayer.uppercased(),
                 "assetCount": summary.assetCount, "updated": String(summary.updatedAt.prefix(10))]
            },
        ]
        return HTML.page("home", title: language == .nl ? "KIA-rekenhulp" : "KIA calculator", language: language, path: path, context)
    }

    /// The calculator's answer (the `kia-result` template): what counts, the seed's insight, the steps, the curve.
    static func resultBlock(_ query: KIAQuery, language: Language) -> HTML.Context {
        let nl = language == .nl
        let minimum = query.minimum.value
        let items = query.items.map { item -> String in
            item.qualifies
                ? (nl ? "\(TextFormat.euro(item.amount, language)) telt mee" : "\(TextFormat.euro(item.amount, language)) counts")
                : (nl ? "\(TextFormat.euro(item.amount, language)) telt niet mee (minder dan \(TextFormat.euro(minimum, language)))"
                      : "\(TextFormat.euro(item.amount, language)) does not count (less than \(TextFormat.euro(minimum, language)))")
        }
        // The seed's insight: what an item just under €450 would yield at €450.
        var insights: [String] = []
        if let table = Law.netherlands.kiaTables[query.year] {
            for item in query.items where !item.qualifies && item.amount >= minimum - 50 {
                let withMinimum = table.compute(total: query.investments + minimum).kia
                let gain = withMinimum - query.kia
                insights.append(nl ? "\(TextFormat.euro(item.amount, language)) telt niet mee; vanaf \(TextFormat.euro(minimum, language)) levert het \(TextFormat.euro(gain, language)) KIA op"
                                   : "\(TextFormat.euro(item.amount, language)) does not count; from \(TextFormat.euro(minimum, language)) it adds \(TextFormat.euro(gain, language)) KIA")
            }
        }
        return [
            "year": query.year,
            "kia": HTML.euro(query.kia, language),
            "investments": HTML.euro(query.investments, language),
            "insights": insights,
            "items": items,
            "steps": query.computation.explanation.steps.map { $0.sentence(language) },
            "sources": query.computation.explanation.sources.map { $0.citation(language) },
            "curve": HTML.orFalse(Law.netherlands.kiaTables[query.year].map { Charts.kiaCurve($0, total: query.investments, language: language) }),
        ]
    }
}

/// An amount of the calculator that cannot be read, with the message naming it.
struct AmountsError: Error {
    let message: LocalizedText
}
