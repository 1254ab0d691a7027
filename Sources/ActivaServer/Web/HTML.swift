import Activa
import Mustache

/// The page's HTML: Mustache templates (`Templates/`), rendered with a context of plain values. Every `{{value}}` is
/// HTML-escaped by the template engine (with `EscapedHTML`); no template uses `{{{…}}}` (a page is a child of `layout`, a chart of
/// `chart`, an amount the `amount` partial), so no text reaches the page unescaped. The page loads nothing from
/// outside and works without JavaScript.
enum HTML {
    /// A template's context: plain values by name — strings, whole numbers, Booleans, arrays and nested contexts.
    /// A part that may be absent is a nested context or `false`, never an optional or a missing key: Mustache looks a
    /// name it does not find up in the enclosing contexts, so every key a template reads is always set.
    typealias Context = [String: Any]

    /// Every template, parsed once per language: `Web.register(on:)` reads this when the router is built, and a
    /// template that does not parse stops the server there (the web tests render every template). Before parsing,
    /// each template's `{{#nl}}Dutch{{/nl}}{{^nl}}English{{/nl}}` alternatives are resolved for the language (so no
    /// request looks `nl` up for every label), and the pragma `{{%CONTENT_TYPE: ACTIVA_HTML}}` is put in front, so
    /// its values are escaped by `EscapedHTML`.
    static let libraries: (nl: MustacheLibrary, en: MustacheLibrary) = {
        MustacheContentTypes.register(EscapedHTML(), named: "ACTIVA_HTML")
        func library(_ language: Language) -> MustacheLibrary {
            var library = MustacheLibrary()
            for (name, text) in Templates.all {
                do {
                    try library.register("{{%CONTENT_TYPE: ACTIVA_HTML}}" + choosing(language, in: text), named: name)
                } catch {
                    fatalError("Mustache template '\(name)' does not parse: \(error)")
                }
            }
            return library
        }
        return (library(.nl), library(.en))
    }()

    /// `text` with each `{{#nl}}…{{/nl}}` kept for Dutch and each `{{^nl}}…{{/nl}}` for English, the other dropped.
    static func choosing(_ language: Language, in text: String) -> String {
        text.replacing(#/\{\{([#^])nl\}\}(.*?)\{\{/nl\}\}/#.dotMatchesNewlines()) { match in
            (match.output.1 == "#") == (language == .nl) ? String(match.output.2) : ""
        }
    }

    /// The template `name` rendered with `context`, in `language`.
    static func render(_ name: String, _ context: Context, _ language: Language) -> String {
        let library = language == .nl ? libraries.nl : libraries.en
        guard let html = library.render(context, withTemplate: name) else { preconditionFailure("no Mustache template '\(name)'") }
        return html
    }

    /// How the server runs, as every page says it; set per request by `SecurityMiddleware`.
    struct Mode: Sendable {
        /// No token and no accounts: the single-user mode on this computer.
        var singleUser = false
        /// Users or keys exist: the login asks for a name and a password.
        var office = false
        /// The request is logged in: the page offers to log out.
        var loggedIn = false
        /// Who is logged in, as the page names them: a user's name; nil for the token's holder.
        var user: String? = nil
    }
    @TaskLocal static var mode = Mode()

    /// A whole page: the template `name` (a child of `layout`) with the layout's values added to `context`.
    static func page(_ name: String, title: String, language: Language, path: String, _ context: Context = [:]) -> String {
        var context = context
        context["lang"] = language.rawValue
        context["nl"] = language == .nl
        context["title"] = title
        context["switchHref"] = path + (path.contains("?") ? "&" : "?") + "lang=" + (language == .nl ? "en" : "nl")
        context["singleUser"] = mode.singleUser
        context["loggedIn"] = mode.loggedIn ? ["user": HTML.orFalse(mode.user)] as Context : false
        return render(name, context, language)
    }

    /// `value`, or `false` for a part of the page that is absent (see `Context`).
    static func orFalse(_ value: Any?) -> Any { value ?? false }

    /// An amount as a Dutch or English euro text.
    static func euro(_ amount: Money, _ language: Language) -> String { TextFormat.euro(amount, language) }

    /// An amount for the `amount` partial, shown as plain text.
    static func amount(_ amount: Money, _ language: Language) -> Context {
        ["text": euro(amount, language), "plain": true, "span": false, "details": false]
    }

    /// An amount for the `amount` partial that opens its explanation when clicked (a `<details>` element: no
    /// JavaScript needed); an amount without steps is a plain `<span class="amount">`.
    static func explained(_ amount: Money, _ explanation: Explanation?, _ language: Language) -> Context {
        guard let explanation, !explanation.steps.isEmpty else {
            return ["text": euro(amount, language), "plain": false, "span": true, "details": false]
        }
        return ["text": euro(amount, language), "plain": false, "span": false, "details": true,
                "steps": explanation.steps.map { $0.sentence(language) }, "sources": explanation.sources.map { $0.citation(language) }]
    }
}

/// The escaping of every `{{value}}` in the templates: `&`, `<`, `>`, `"` and `'` become `&amp;`, `&lt;`, `&gt;`,
/// `&quot;` and `&#39;`, as with Mustache's own HTML content type (and `HTML.escape` before the templates). That one
/// looks every character up in a dictionary, which was a fifth of the register page's cost; this one scans the
/// bytes and gives a text without any of the five back as it is. It escapes by Unicode scalar: a quote followed by a
/// combining mark is one `Character`, which the engine's escaping (and `HTML.escape` before) let through unescaped,
/// and which ends an attribute value all the same.
struct EscapedHTML: MustacheContentType {
    func escapeText(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
