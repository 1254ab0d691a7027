import Activa

/// Building HTML by hand, escaped: the page loads nothing from outside and works without JavaScript.
enum HTML {
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// An amount as a Dutch or English euro text.
    static func euro(_ amount: Money, _ language: Language) -> String { escape(TextFormat.euro(amount, language)) }

    /// An amount that opens its explanation when clicked (a `<details>` element: no JavaScript needed).
    static func explained(_ amount: Money, _ explanation: Explanation?, _ language: Language) -> String {
        guard let explanation, !explanation.steps.isEmpty else { return "<span class=\"amount\">\(euro(amount, language))</span>" }
        let steps = explanation.steps.map { "<li>\(escape($0.text(language)))</li>" }.joined()
        let sources = explanation.sources.map { "<li class=\"source\">\(escape($0.citation(language)))</li>" }.joined()
        return "<details class=\"explain\"><summary class=\"amount\">\(euro(amount, language))</summary><ul>\(steps)\(sources)</ul></details>"
    }

    static func page(title: String, language: Language, body: String, path: String) -> String {
        let other = language == .nl ? "en" : "nl"
        let switchLabel = language == .nl ? "English" : "Nederlands"
        return """
        <!doctype html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title)) – Activa</title>
        <link rel="stylesheet" href="/activa.css">
        </head>
        <body>
        <header><a class="brand" href="/">Activa</a>
        <nav><a href="/">\(language == .nl ? "KIA-rekenhulp" : "KIA calculator")</a> · <a href="/#registers">\(language == .nl ? "Registers" : "Registers")</a> ·
        <a href="/openapi.yaml">API</a> · <a id="lang-switch" href="\(escape(path))\(path.contains("?") ? "&" : "?")lang=\(other)">\(switchLabel)</a></nav></header>
        <main>
        \(body)
        </main>
        <footer>\(language == .nl ? "Bedragen exact; elk bedrag is aan te klikken voor de berekening en het wetsartikel." : "Amounts are exact; click any amount for its computation and article.")</footer>
        <script src="/activa.js"></script>
        </body>
        </html>
        """
    }
}
