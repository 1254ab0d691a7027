@testable import ActivaServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The pages come from Mustache templates that escape every value by default (issue 15): text a user typed never
/// becomes markup on a page.
@Suite("Web page: templates")
struct WebTemplateTests {
    static let script = "<script>alert(1)</script>"
    static let image = "\"><img src=x onerror=alert(1)>"
    static let escaped = [script: "&lt;script&gt;alert(1)&lt;/script&gt;", image: "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"]
    let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    /// Nothing of either text as markup: no script element with it, no img element, no attribute with the handler.
    static func expectNoMarkup(_ html: String, _ page: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!html.contains("<script>alert"), "\(page): \(html)", sourceLocation: sourceLocation)
        #expect(!html.contains("<img"), "\(page): \(html)", sourceLocation: sourceLocation)
        #expect(!html.contains("onerror=alert(1)>"), "\(page): \(html)", sourceLocation: sourceLocation)
    }

    static func encoded(_ text: String) -> String { text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "" }

    @Test("a register name and an asset description with HTML in them appear escaped on the home page, the register page and the asset form")
    func registerAndAsset() async throws {
        try await withApp { client in
            var registers: [(name: String, location: String)] = []
            for (name, description) in [(Self.script, Self.image), (Self.image, Self.script)] {
                let location = try await client.execute(uri: "/registers", method: .post, headers: form,
                                                        body: ByteBuffer(string: "name=\(Self.encoded(name))&taxpayer=ib")) { response in
                    #expect(response.status == .seeOther)
                    return response.headers[.location] ?? ""
                }
                registers.append((name, location))
                let add = "version=1&original=&id=oven&description=\(Self.encoded(description))&kind=other&committed=2024-03-01"
                    + "&inUse=2024-04-01&cost=12500&life=10"
                // Refused first (a bad cost): the form comes back with the description as typed, escaped.
                try await client.execute(uri: "\(location)/assets", method: .post, headers: form,
                                         body: ByteBuffer(string: add.replacingOccurrences(of: "cost=12500", with: "cost=veel"))) { response in
                    #expect(response.status == .unprocessableContent)
                    #expect(response.text.contains("name=\"description\" value=\"\(Self.escaped[description]!)\""), "\(response.text)")
                    Self.expectNoMarkup(response.text, "the asset form with errors")
                }
                try await client.execute(uri: "\(location)/assets", method: .post, headers: form, body: ByteBuffer(string: add)) { response in
                    #expect(response.status == .seeOther, "\(response.text)")
                }
                try await client.execute(uri: "\(location)?year=2024", method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(response.text.contains("<title>\(Self.escaped[name]!) – Activa</title>"), "\(response.text)")
                    #expect(response.text.contains("<h1>\(Self.escaped[name]!) <small>"), "\(response.text)")
                    #expect(response.text.contains("<td>\(Self.escaped[description]!)</td>"), "\(response.text)")
                    #expect(response.text.contains("id=\"activastaat\""))
                    Self.expectNoMarkup(response.text, "the register page")
                }
                try await client.execute(uri: "\(location)/assets/oven/edit", method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(response.text.contains("name=\"description\" value=\"\(Self.escaped[description]!)\""), "\(response.text)")
                    Self.expectNoMarkup(response.text, "the asset form")
                }
            }
            try await client.execute(uri: "/", method: .get) { response in
                for register in registers {
                    #expect(response.text.contains("<a href=\"\(register.location)\">\(Self.escaped[register.name]!)</a>"), "\(response.text)")
                }
                Self.expectNoMarkup(response.text, "the home page")
            }
            // The calculator: the amounts typed come back in the field and in the message, escaped.
            try await client.execute(uri: "/?year=2024&amounts=\(Self.encoded(Self.image))", method: .get) { response in
                #expect(response.text.contains("id=\"kia-amounts\" value=\"\(Self.escaped[Self.image]!)\""), "\(response.text)")
                #expect(response.text.contains("role=\"alert\">"), "\(response.text)")
                Self.expectNoMarkup(response.text, "the calculator")
            }
        }
    }

    /// A quote followed by a combining mark is one `Character` to Swift, and the escaping before the templates (as
    /// Mustache's own) let it through: the browser still ends the attribute there, and the rest became attributes.
    @Test("a quote with a combining mark cannot end an attribute value")
    func quoteWithCombiningMark() async throws {
        let description = "\"\u{301} onfocus=alert(1) autofocus x=\""
        try await withApp { client in
            let location = try await client.execute(uri: "/registers", method: .post, headers: form,
                                                    body: ByteBuffer(string: "name=x&taxpayer=ib")) { $0.headers[.location] ?? "" }
            let add = "version=1&original=&id=a&description=\(Self.encoded(description))&kind=other&committed=2024-03-01&cost=1000&life=5"
            try await client.execute(uri: "\(location)/assets", method: .post, headers: form, body: ByteBuffer(string: add)) { response in
                #expect(response.status == .seeOther, "\(response.text)")
            }
            try await client.execute(uri: "\(location)/assets/a/edit", method: .get) { response in
                #expect(response.text.contains("name=\"description\" value=\"&quot;\u{301} onfocus=alert(1) autofocus x=&quot;\""), "\(response.text)")
            }
        }
    }

    @Test("every template renders: the 404 page, the error page, the login with its message, a partnership's page")
    func everyTemplate() async throws {
        let yaml = try String(contentsOf: packageRoot.appendingPathComponent("Examples/vof-twee-vennoten.yaml"), encoding: .utf8)
        try await withApp(token: "geheim") { client in
            let cookie = try await client.execute(uri: "/login", method: .post, headers: form, body: ByteBuffer(string: "token=geheim")) { response in
                String((response.headers[.setCookie] ?? "").prefix { $0 != ";" })
            }
            let login: HTTPFields = form + [.cookie: cookie]
            try await client.execute(uri: "/registers/nergens", method: .get, headers: login) { response in
                #expect(response.status == .notFound)
                #expect(response.text.contains("<title>404 – Activa</title>"))
                #expect(response.text.contains("<h1>Niet gevonden</h1>"))
            }
            try await client.execute(uri: "/login", method: .post, headers: form, body: ByteBuffer(string: "token=fout")) { response in
                #expect(response.status == .unauthorized)
                #expect(response.text.contains("<p class=\"error\" role=\"alert\">Onjuist token</p>"))
            }
            try await client.execute(uri: "/registers/import", method: .post, headers: login,
                                     body: ByteBuffer(string: "document=assets%3A%20%5B%7Bid%3A%20a%7D%5D")) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.text.contains("<h1>Dat ging niet</h1><div class=\"error\" role=\"alert\"><ul><li>"))
            }
            let location = try await client.execute(uri: "/registers/import", method: .post, headers: login,
                                                    body: ByteBuffer(string: "document=\(Self.encoded(yaml))")) { $0.headers[.location] ?? "" }
            try await client.execute(uri: "\(location)?year=2021&lang=en", method: .get) { response in
                #expect(response.headers[.location] == "/login")   // without a login nothing is shown
            }
            try await client.execute(uri: "\(location)?year=2021&lang=en", method: .get, headers: [.cookie: cookie]) { response in
                #expect(response.text.contains("<html lang=\"en\">"))
                #expect(response.text.contains("<h3>Partners</h3>"))
                #expect(response.text.contains("<tr class=\"partnership\"><td>partnership</td><td class=\"num\">100%</td>"))
                #expect(response.text.contains("<td>A. Groen</td><td class=\"num\">60%</td>"), "\(response.text)")
                #expect(response.text.contains("<p class=\"note\">Each partner"))
                #expect(response.text.contains("<h3>KIA curve 2021</h3><svg class=\"chart\""))
                #expect(response.text.contains("<h3>Book values</h3><svg class=\"chart\""))
                #expect(response.text.contains("<a class=\"tab active\" href=\"\(location)?year=2021\">2021</a>"))
                #expect(response.text.contains("/assets/new"))
            }
        }
    }

    @Test("the escaping: the five characters, by Unicode scalar; a text without them comes back as it is")
    func escaping() {
        let escape = EscapedHTML()
        #expect(escape.escapeText(#"<a href="x">Tom & Jerry's</a>"#) == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
        #expect(escape.escapeText("€ 1.250,00 – geen") == "€ 1.250,00 – geen")
        #expect(escape.escapeText("") == "")
        // A quote or a "<" with a combining mark is one Character, but still a quote or a "<" to a browser.
        #expect(escape.escapeText("\"\u{301} onfocus=alert(1) x=") == "&quot;\u{301} onfocus=alert(1) x=")
        #expect(escape.escapeText("<\u{301}script>") == "&lt;\u{301}script&gt;")
    }
}
