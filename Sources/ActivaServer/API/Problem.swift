import Activa
import ActivaFormats
import Hummingbird

/// An error answered as `application/problem+json` (RFC 9457), naming the field where there is one.
struct Problem: Error {
    var status: HTTPResponse.Status
    var title: String
    var detail: String?
    /// Field-level problems: asset id, field, message.
    var issues: [RegisterIssue] = []
    var language: Language = .nl
    var extra: [(String, JSONValue)] = []
    /// Headers the answer carries besides its type (Retry-After on a 503).
    var headers: HTTPFields = [:]

    func response() -> Response {
        var pairs: [(String, JSONValue)] = [
            ("type", .string("about:blank")),
            ("title", .string(title)),
            ("status", .number(String(status.code))),
        ]
        if let detail { pairs.append(("detail", .string(detail))) }
        if !issues.isEmpty {
            pairs.append(("errors", .array(issues.map { issue in
                var fields: [(String, JSONValue)] = []
                if let id = issue.assetId { fields.append(("assetId", .string(id))) }
                fields.append(("field", .string(issue.field)))
                fields.append(("message", .string(issue.message(language))))
                return .object(fields)
            })))
        }
        pairs += extra
        var fields = headers
        fields[.contentType] = "application/problem+json; charset=utf-8"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(string: JSONValue.object(pairs).serialized())))
    }

    static func badRequest(_ detail: String, language: Language, field: String? = nil) -> Problem {
        Problem(status: .badRequest, title: language == .nl ? "Ongeldige invoer" : "Invalid input", detail: detail,
                issues: field.map { [RegisterIssue(field: $0, problem: .rule(LocalizedText(nl: detail, en: detail)))] } ?? [],
                language: language)
    }

    static func invalidRegister(_ issues: [RegisterIssue], language: Language) -> Problem {
        Problem(status: .unprocessableContent, title: language == .nl ? "Het register klopt niet" : "The register is not valid",
                detail: issues.map { $0.describe(file: nil, language) }.joined(separator: "; "), issues: issues, language: language)
    }

    static func notFound(_ language: Language) -> Problem {
        Problem(status: .notFound, title: language == .nl ? "Niet gevonden" : "Not found", language: language)
    }

    static func tooLarge(_ detail: String, language: Language) -> Problem {
        Problem(status: .contentTooLarge, title: language == .nl ? "Te groot" : "Too large", detail: detail, language: language)
    }

    static func conflict(current: Int, language: Language) -> Problem {
        Problem(status: .conflict, title: language == .nl ? "Versieconflict" : "Version conflict",
                detail: language == .nl ? "het register is intussen gewijzigd; huidige versie \(current)"
                                        : "the register was changed meanwhile; current version \(current)",
                language: language, extra: [("currentVersion", .number(String(current)))])
    }

    static func unauthorized(_ language: Language) -> Problem {
        Problem(status: .unauthorized, title: language == .nl ? "Inloggen nodig" : "Login needed",
                detail: language == .nl ? "deze server vraagt bij elk verzoek om Authorization: Bearer <token of API-sleutel> (een sleutel maakt u met activa key add)"
                                        : "this server needs Authorization: Bearer <token or API key> on every request (make a key with activa key add)",
                language: language, headers: [.wwwAuthenticate: "Bearer"])
    }

    static func engine(_ error: EngineError, language: Language) -> Problem {
        if case .invalidRegister(let issues) = error { return invalidRegister(issues, language: language) }
        return Problem(status: .unprocessableContent, title: language == .nl ? "Niet te berekenen" : "Cannot compute",
                       detail: error.message(language), language: language)
    }
}
