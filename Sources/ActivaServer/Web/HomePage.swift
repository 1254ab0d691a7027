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

    static func render(language: Language, year: Int, amountsText: String, query: KIAQuery?, error: String?,
                       registers: [RegisterSummary], path: String, canWrite: Bool, tokenRequired: Bool) -> String {
        let nl = language == .nl
        let years = (Law.netherlands.kiaYears ?? 2024...2024).reversed()
        let options = years.map { "<option value=\"\($0)\"\($0 == year ? " selected" : "")>\($0)</option>" }.joined()
        var result = ""
        if let error {
            result = "<p class=\"error\" role=\"alert\">\(HTML.escape(error))</p>"
        } else if let query {
            result = resultBlock(query, language: language)
        }
        let registerRows = registers.map { summary in
            "<tr><td><a href=\"/registers/\(summary.id)\">\(HTML.escape(summary.name ?? summary.id))</a></td><td>\(summary.taxpayer.uppercased())</td><td class=\"num\">\(summary.assetCount)</td><td>\(HTML.escape(String(summary.updatedAt.prefix(10))))</td></tr>"
        }.joined()
        let login = tokenRequired && !canWrite
            ? "<p><a href=\"/login\">\(nl ? "Inloggen om te wijzigen" : "Log in to make changes")</a></p>" : ""
        let body = """
        <section id="calculator">
        <h1>\(nl ? "KIA-rekenhulp" : "KIA calculator")</h1>
        <p class="lead">\(nl ? "Vul de investeringsbedragen van een jaar in (excl. btw), elk een eigen bedrijfsmiddel. Vanaf € 450 telt een bedrijfsmiddel mee."
                               : "Enter a year's investment amounts (excl. VAT), each its own business asset. From €450 an asset counts.")</p>
        <form method="get" action="/" id="kia-form">
        <label>\(nl ? "Jaar" : "Year") <select name="year" id="kia-year">\(options)</select></label>
        <label>\(nl ? "Bedragen" : "Amounts") <input name="amounts" id="kia-amounts" value="\(HTML.escape(amountsText))" placeholder="445 455 3000" autocomplete="off"></label>
        <input type="hidden" name="lang" value="\(language.rawValue)">
        <button type="submit">\(nl ? "Bereken" : "Compute")</button>
        </form>
        <div id="kia-result" aria-live="polite">\(result)</div>
        </section>
        <section id="registers">
        <h2>\(nl ? "Registers" : "Registers")</h2>
        \(login)
        <table class="list"><thead><tr><th>\(nl ? "Onderneming" : "Business")</th><th>\(nl ? "Belasting" : "Tax")</th><th>\(nl ? "Activa" : "Assets")</th><th>\(nl ? "Gewijzigd" : "Changed")</th></tr></thead>
        <tbody>\(registerRows.isEmpty ? "<tr><td colspan=\"4\">\(nl ? "Nog geen registers." : "No registers yet.")</td></tr>" : registerRows)</tbody></table>
        <form method="post" action="/registers" class="inline" id="new-register">
        <label>\(nl ? "Nieuwe onderneming" : "New business") <input name="name" required placeholder="\(nl ? "Naam" : "Name")"></label>
        <label><select name="taxpayer"><option value="ib">IB</option><option value="vpb">Vpb</option></select></label>
        <button type="submit">\(nl ? "Aanmaken" : "Create")</button>
        </form>
        <details><summary>\(nl ? "Register importeren (YAML of JSON)" : "Import a register (YAML or JSON)")</summary>
        <form method="post" action="/registers/import"><textarea name="document" rows="10" cols="80" placeholder="assets:&#10;  - {id: oven, committed: 2024-03-01, cost: &quot;12500&quot;, life: 10}"></textarea>
        <button type="submit">\(nl ? "Importeren" : "Import")</button></form></details>
        </section>
        """
        return HTML.page(title: nl ? "KIA-rekenhulp" : "KIA calculator", language: language, body: body, path: path)
    }

    /// The calculator's answer: the row used, what counts, the seed's insight, and the curve.
    static func resultBlock(_ query: KIAQuery, language: Language) -> String {
        let nl = language == .nl
        let minimum = query.minimum.value
        var items = query.items.map { item -> String in
            let text = item.qualifies
                ? (nl ? "\(TextFormat.euro(item.amount, language)) telt mee" : "\(TextFormat.euro(item.amount, language)) counts")
                : (nl ? "\(TextFormat.euro(item.amount, language)) telt niet mee (minder dan \(TextFormat.euro(minimum, language)))"
                      : "\(TextFormat.euro(item.amount, language)) does not count (less than \(TextFormat.euro(minimum, language)))")
            return "<li>\(HTML.escape(text))</li>"
        }.joined()
        // The seed's insight: what an item just under €450 would yield at €450.
        var insights: [String] = []
        if let table = Law.netherlands.kiaTables[query.year] {
            for item in query.items where !item.qualifies && item.amount >= minimum - 50 {
                let withMinimum = table.compute(total: query.investments + minimum).kia
                let gain = withMinimum - query.kia
                let text = nl ? "\(TextFormat.euro(item.amount, language)) telt niet mee; vanaf \(TextFormat.euro(minimum, language)) levert het \(TextFormat.euro(gain, language)) KIA op"
                              : "\(TextFormat.euro(item.amount, language)) does not count; from \(TextFormat.euro(minimum, language)) it adds \(TextFormat.euro(gain, language)) KIA"
                insights.append("<p class=\"insight\">\(HTML.escape(text))</p>")
            }
        }
        if items.isEmpty { items = "<li>\(nl ? "geen bedragen" : "no amounts")</li>" }
        let steps = query.computation.explanation.steps.map { "<li>\(HTML.escape($0.text(language)))</li>" }.joined()
        let sources = query.computation.explanation.sources.map { "<li class=\"source\">\(HTML.escape($0.citation(language)))</li>" }.joined()
        let curve = Law.netherlands.kiaTables[query.year].map { Charts.kiaCurve($0, total: query.investments, language: language) } ?? ""
        return """
        <div class="result">
        <p class="big">KIA \(query.year): <strong id="kia-amount">\(HTML.euro(query.kia, language))</strong></p>
        <p>\(nl ? "Investeringen die meetellen" : "Investments that count"): \(HTML.euro(query.investments, language))</p>
        \(insights.joined())
        <ul class="items">\(items)</ul>
        <ul class="steps">\(steps)\(sources)</ul>
        \(curve)
        </div>
        """
    }
}

/// An amount of the calculator that cannot be read, with the message naming it.
struct AmountsError: Error {
    let message: LocalizedText
}
