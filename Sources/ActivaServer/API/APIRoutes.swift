import Activa
import ActivaFormats
import ActivaStore
import Hummingbird

/// Every API route, in one table: the router registers exactly these, and the OpenAPI test checks each is documented.
struct APIRoute: Sendable {
    let method: HTTPRequest.Method
    /// OpenAPI style: `/api/v1/registers/{id}`.
    let path: String
    let writes: Bool

    /// The Hummingbird path: `{id}` becomes `:id`.
    var routerPath: String { path.replacingOccurrences(of: "{", with: ":").replacingOccurrences(of: "}", with: "") }

    static let all: [APIRoute] = [
        APIRoute(method: .post, path: "/api/v1/kia", writes: false),
        APIRoute(method: .post, path: "/api/v1/report", writes: false),
        APIRoute(method: .post, path: "/api/v1/import/activastaat", writes: false),
        APIRoute(method: .get, path: "/api/v1/registers", writes: false),
        APIRoute(method: .post, path: "/api/v1/registers", writes: true),
        APIRoute(method: .get, path: "/api/v1/registers/{id}", writes: false),
        APIRoute(method: .put, path: "/api/v1/registers/{id}", writes: true),
        APIRoute(method: .delete, path: "/api/v1/registers/{id}", writes: true),
        APIRoute(method: .get, path: "/api/v1/registers/{id}/report", writes: false),
        APIRoute(method: .get, path: "/api/v1/registers/{id}/explanation", writes: false),
        APIRoute(method: .get, path: "/api/v1/registers/{id}/advice", writes: false),
        APIRoute(method: .get, path: "/api/v1/registers/{id}/export", writes: false),
        APIRoute(method: .get, path: "/api/v1/registers/{id}/versions", writes: false),
        APIRoute(method: .get, path: "/api/v1/registers/{id}/versions/{version}", writes: false),
        APIRoute(method: .get, path: "/api/v1/registers/{id}/versions/{version}/report", writes: false),
        APIRoute(method: .post, path: "/api/v1/registers/{id}/versions/{version}/restore", writes: true),
        APIRoute(method: .get, path: "/api/v1/registers/{id}/diff", writes: false),
        APIRoute(method: .post, path: "/api/v1/registers/{id}/close", writes: true),
        APIRoute(method: .get, path: "/openapi.yaml", writes: false),
        APIRoute(method: .post, path: "/baseline", writes: false),
    ]
}

/// The API's shared state: the store, the engine and the limits.
struct API: Sendable {
    let store: any RegisterStore
    let configuration: ServerConfiguration
    let writeGuard: AccessGuard
    let engine = Engine()

    func register(on router: Router<ActivaRequestContext>) {
        for route in APIRoute.all {
            router.on(RouterPath(route.routerPath), method: route.method) { request, context in
                await HTTP.guarded(request) {
                    // Who may read and write what: `SecurityMiddleware` (logged in at all) and `GuardedStore` (per register).
                    return try await handle(route, request: request, context: context)
                }
            }
        }
    }

    func handle(_ route: APIRoute, request: Request, context: ActivaRequestContext) async throws -> Response {
        let language = HTTP.language(request)
        let id = context.parameters.get("id") ?? ""
        switch (route.method, route.path) {
        case (.post, "/api/v1/kia"): return try await kia(request, language)
        case (.post, "/api/v1/report"):
            let body = try await registerBody(request, language)
            return try report(body.register, request, language, explain: nil, readingWarnings: body.warnings)
        case (.post, "/api/v1/import/activastaat"): return try await importActivastaat(request, language)
        case (.get, "/api/v1/registers"): return try await list()
        case (.post, "/api/v1/registers"): return try await create(request, language)
        case (.get, "/api/v1/registers/{id}"): return try await read(id, language)
        case (.put, "/api/v1/registers/{id}"): return try await update(id, request, language)
        case (.delete, "/api/v1/registers/{id}"): return try await delete(id, request, language)
        case (.get, "/api/v1/registers/{id}/report"):
            return try report(try await stored(id, language).register, request, language, explain: nil)
        case (.get, "/api/v1/registers/{id}/explanation"):
            return try report(try await stored(id, language).register, request, language, explain: true)
        case (.get, "/api/v1/registers/{id}/advice"): return try await advice(id, request, language)
        case (.get, "/api/v1/registers/{id}/export"): return try await export(id, request, language)
        case (.get, "/api/v1/registers/{id}/versions"): return try await versions(id, language)
        case (.get, "/api/v1/registers/{id}/versions/{version}"):
            return try await read(id, language, version: try versionParameter(context, language))
        case (.get, "/api/v1/registers/{id}/versions/{version}/report"):
            let stored = try await stored(id, language, version: try versionParameter(context, language))
            return try report(stored.register, request, language, explain: nil)
        case (.post, "/api/v1/registers/{id}/versions/{version}/restore"):
            return try await restore(id, version: try versionParameter(context, language), request, language)
        case (.get, "/api/v1/registers/{id}/diff"): return try await diff(id, request, language)
        case (.post, "/api/v1/registers/{id}/close"): return try await close(id, request, language)
        case (.get, "/openapi.yaml"): return HTTP.text(OpenAPIDocument.yaml, contentType: "application/yaml; charset=utf-8")
        case (.post, "/baseline"):
            // The load test's baseline: the same body read, no Activa work, so the overhead is a ratio.
            _ = try await HTTP.body(request, limit: configuration.maxRequestBytes, language: language)
            return HTTP.json(.object([]))
        default: throw Problem.notFound(language)
        }
    }

    // MARK: - Stateless computation

    func kia(_ request: Request, _ language: Language) async throws -> Response {
        let text = try await HTTP.body(request, limit: configuration.maxRequestBytes, language: language)
        let document: DocumentValue
        do { document = try JSONReader.parse(text) } catch {
            throw Problem.badRequest((language == .nl ? "geen geldige JSON: " : "not valid JSON: ") + error.detail, language: language)
        }
        guard case .mapping(let pairs) = document else { throw Problem.badRequest("{\"year\": 2024, \"amounts\": [\"455\"]}", language: language) }
        let fields = Dictionary(pairs, uniquingKeysWith: { first, _ in first })
        guard case .scalar(let yearText, _)? = fields["year"], let year = Int(yearText) else {
            throw Problem.badRequest(language == .nl ? "year ontbreekt of is geen jaar" : "year is missing or not a year", language: language, field: "year")
        }
        guard case .sequence(let items)? = fields["amounts"] else {
            throw Problem.badRequest(language == .nl ? "amounts ontbreekt of is geen lijst" : "amounts is missing or not a list", language: language, field: "amounts")
        }
        var amounts: [Money] = []
        for (index, item) in items.enumerated() {
            guard let amount = HTTP.decimal(item), !amount.isNegative else {
                throw Problem.badRequest(language == .nl ? "geen geldig bedrag" : "not a valid amount", language: language, field: "amounts[\(index)]")
            }
            amounts.append(amount)
        }
        return HTTP.json(KIAQueryWriter.json(try engine.kia(year: year, amounts: amounts), language: language))
    }

    /// A register from a JSON (or, with a YAML content type, YAML) body, within the size limits, with the warnings
    /// of reading it (a report shows them).
    func registerBody(_ request: Request, _ language: Language) async throws -> RegisterWithWarnings {
        let text = try await HTTP.body(request, limit: configuration.maxRequestBytes, language: language)
        let yaml = request.headers[.contentType]?.contains("yaml") ?? false
        let read: RegisterWithWarnings
        do {
            read = try RegisterReader.readWithWarnings(text, format: yaml ? .yaml : .json)
        } catch {
            throw Problem.invalidRegister(error.issues, language: language)
        }
        if let problem = configuration.sizeProblem(read.register, language) { throw Problem.tooLarge(problem, language: language) }
        return read
    }

    func reportOptions(_ request: Request, _ language: Language, explain: Bool?) throws -> (ReportOptions, Int?) {
        let query = request.uri.queryParameters
        var options = ReportOptions(format: .json, rounding: .exact, explain: explain ?? false, language: language)
        if let rounding = query.get("rounding") {
            guard let value = RoundingPolicy(rawValue: rounding) else { throw Problem.badRequest("rounding: exact | aangifte", language: language, field: "rounding") }
            options.rounding = value
        }
        if let format = query.get("format") {
            guard let value = ReportOptions.Format(rawValue: format) else { throw Problem.badRequest("format: json | csv | markdown | text", language: language, field: "format") }
            options.format = value
        }
        if explain == nil, let flag = query.get("explain") { options.explain = flag == "true" || flag == "1" }
        if let detail = query.get("detail") {
            guard let value = ReportOptions.Detail(rawValue: detail) else { throw Problem.badRequest("detail: assets | totals", language: language, field: "detail") }
            guard value == .assets || options.format == .json else {
                throw Problem.badRequest(language == .nl ? "detail=totals alleen met format=json" : "detail=totals only with format=json",
                                         language: language, field: "detail")
            }
            options.detail = value
        }
        var year: Int?
        if let yearText = query.get("year") {
            guard let value = Int(yearText) else { throw Problem.badRequest("year", language: language, field: "year") }
            year = value
        }
        return (options, year)
    }

    func report(_ register: Register, _ request: Request, _ language: Language, explain: Bool?,
                readingWarnings: [ReportWarning] = []) throws -> Response {
        let (options, year) = try reportOptions(request, language, explain: explain)
        // Without explanations in the answer none are written (the amounts are the same; JSON needs none).
        var engineOptions = engine.options
        engineOptions.explanations = options.explain || options.format != .json
        engineOptions.reportedYears = year.map { $0...$0 }
        // A client that has left gets no more work: the engine stops between years, and nothing is written.
        engineOptions.shouldContinue = HTTP.clientWaits
        var report = try Engine(law: engine.law, options: engineOptions).report(register, digest: RegisterDigest.of(register))
        guard HTTP.clientWaits() else { throw EngineError.stopped }
        report.insertReadingWarnings(readingWarnings)
        if let year { report.years = [report.year(year)] }
        let contentType: String
        switch options.format {
        case .json:
            // Written straight into the response's buffer (the report is the bulk of the work after the engine).
            return JSONReportWriter.withJSON(report, options: options) { HTTP.json(bytes: $0) }
        case .csv: contentType = "text/csv; charset=utf-8"
        case .markdown: contentType = "text/markdown; charset=utf-8"
        case .text: contentType = "text/plain; charset=utf-8"
        }
        return HTTP.text(ReportWriter.write(report, options: options), contentType: contentType)
    }

    // MARK: - Stored registers

    func stored(_ id: String, _ language: Language) async throws -> StoredRegister {
        guard let stored = try await store.read(id: id) else { throw Problem.notFound(language) }
        return stored
    }

    /// The register as it was at `version` (nil: as it is now).
    func stored(_ id: String, _ language: Language, version: Int?) async throws -> StoredRegister {
        guard let version else { return try await stored(id, language) }
        guard let stored = try await store.read(id: id, version: version) else { throw Problem.notFound(language) }
        return stored
    }

    func versionParameter(_ context: ActivaRequestContext, _ language: Language) throws -> Int {
        guard let text = context.parameters.get("version"), let version = Int(text), version > 0 else {
            throw Problem.badRequest(language == .nl ? "versie: een geheel getal vanaf 1" : "version: a whole number from 1",
                                     language: language, field: "version")
        }
        return version
    }

    static func etag(_ version: Int) -> String { "\"\(version)\"" }

    func list() async throws -> Response {
        let registers = try await store.list()
        return HTTP.json(.object([("registers", .array(registers.map { summary in
            var pairs: [(String, JSONValue)] = [("id", .string(summary.id)), ("version", .number(String(summary.version)))]
            if let name = summary.name { pairs.append(("name", .string(name))) }
            pairs += [("taxpayer", .string(summary.taxpayer)), ("assetCount", .number(String(summary.assetCount))),
                      ("updatedAt", .string(summary.updatedAt))]
            return .object(pairs)
        }))]))
    }

    func create(_ request: Request, _ language: Language) async throws -> Response {
        let body = try await registerBody(request, language)
        let register = body.register
        _ = try engineCheck(register, language)
        let stored = try await store.create(register)
        // The file's warnings (an amount such as 1.250, read as € 1,25): the register is stored as read, so they are
        // said now.
        var pairs: [(String, JSONValue)] = [("id", .string(stored.id)), ("version", .number("1"))]
        if !body.warnings.isEmpty {
            pairs.append(("warnings", .array(body.warnings.map { warning in
                .object((warning.assetId.map { [("assetId", JSONValue.string($0))] } ?? []) + [("text", .string(warning.text.text(language)))])
            })))
        }
        return HTTP.json(.object(pairs), status: .created,
                         headers: [.location: "/api/v1/registers/\(stored.id)", .eTag: API.etag(1)])
    }

    /// A register the engine cannot compute (a year without a table, a willekeurig choice too high) is refused
    /// before it is stored.
    func engineCheck(_ register: Register, _ language: Language) throws -> Report {
        try engine.report(register, digest: RegisterDigest.of(register))
    }

    func read(_ id: String, _ language: Language, version: Int? = nil) async throws -> Response {
        let stored = try await stored(id, language, version: version)
        return HTTP.json(.object([("id", .string(stored.id)), ("version", .number(String(stored.version))),
                                  ("createdAt", .string(stored.createdAt)), ("updatedAt", .string(stored.updatedAt)),
                                  ("register", RegisterWriter.json(stored.register))]),
                         headers: [.eTag: API.etag(stored.version)])
    }

    func update(_ id: String, _ request: Request, _ language: Language) async throws -> Response {
        let text = try await HTTP.body(request, limit: configuration.maxRequestBytes, language: language)
        var expected: Int?
        if let ifMatch = request.headers[.ifMatch] { expected = Int(ifMatch.trimmingCharacters(in: CharacterSet(charactersIn: "\" W/"))) }
        var registerText = text
        // The body is either {"version": n, "register": {...}} or the register itself with If-Match.
        if case .mapping(let pairs)? = try? JSONReader.parse(text), pairs.contains(where: { $0.0 == "register" }) {
            for (key, value) in pairs {
                if key == "version", case .scalar(let versionText, _) = value { expected = Int(versionText) }
            }
            if let registerValue = pairs.first(where: { $0.0 == "register" })?.1 { registerText = DocumentJSON.serialize(registerValue) }
        }
        guard let expectedVersion = expected else {
            throw Problem(status: .preconditionRequired, title: language == .nl ? "Versie ontbreekt" : "Version required",
                          detail: language == .nl ? "geef de versie waarop u het register las: \"version\" in de body of If-Match"
                                                  : "give the version you read: \"version\" in the body or If-Match",
                          issues: [RegisterIssue(field: "version", problem: .missing)], language: language)
        }
        var register: Register
        do { register = try RegisterReader.read(registerText, format: .json) } catch { throw Problem.invalidRegister(error.issues, language: language) }
        if let problem = configuration.sizeProblem(register, language) { throw Problem.tooLarge(problem, language: language) }
        let before = try await store.read(id: id)?.register
        register = try checkedChange(register, keeping: before, correction: try API.correctionRequested(request, language),
                                     nextVersion: expectedVersion &+ 1, language)
        // A change accepted as a correction says so in the history.
        let action = before.map { register.closedYears != $0.closedYears } == true ? "correction" : nil
        do {
            let stored = try await StoreActor.$action.withValue(action) { try await store.update(id: id, register: register, expectedVersion: expectedVersion) }
            return HTTP.json(.object([("id", .string(stored.id)), ("version", .number(String(stored.version)))]),
                             headers: [.eTag: API.etag(stored.version)])
        } catch StoreError.notFound {
            throw Problem.notFound(language)
        } catch StoreError.conflict(let current) {
            throw Problem.conflict(current: current, language: language)
        }
    }

    func delete(_ id: String, _ request: Request, _ language: Language) async throws -> Response {
        let expected = request.headers[.ifMatch].flatMap { Int($0.trimmingCharacters(in: CharacterSet(charactersIn: "\" W/"))) }
        do {
            guard try await store.delete(id: id, expectedVersion: expected) else { throw Problem.notFound(language) }
        } catch StoreError.conflict(let current) {
            throw Problem.conflict(current: current, language: language)
        }
        return Response(status: .noContent)
    }

    func versions(_ id: String, _ language: Language) async throws -> Response {
        guard let versions = try await store.versions(id: id) else { throw Problem.notFound(language) }
        return HTTP.json(.object([("id", .string(id)), ("versions", .array(versions.map { version in
            var pairs: [(String, JSONValue)] = [("version", .number(String(version.version))), ("at", .string(version.at)),
                                                ("action", .string(version.action))]
            if let from = version.restoredFrom { pairs.append(("restoredFrom", .number(String(from)))) }
            pairs.append(("assetCount", .number(String(version.assetCount))))
            if let actor = version.actor { pairs.append(("by", .string(actor))) }
            return .object(pairs)
        }))]))
    }

    /// Brings back the document of an earlier version as the next version (If-Match: the version now).
    func restore(_ id: String, version: Int, _ request: Request, _ language: Language) async throws -> Response {
        guard let expected = request.headers[.ifMatch].flatMap({ Int($0.trimmingCharacters(in: CharacterSet(charactersIn: "\" W/"))) }) else {
            throw Problem(status: .preconditionRequired, title: language == .nl ? "Versie ontbreekt" : "Version required",
                          detail: language == .nl ? "geef in If-Match de versie die u nu ziet" : "give the version you see now in If-Match",
                          issues: [RegisterIssue(field: "If-Match", problem: .missing)], language: language)
        }
        // A version this Activa cannot compute (a rule changed since) is not brought back; nor one that would move a
        // closed year (the closed years stay: closing is not undone by a restore).
        let current = try await stored(id, language)
        let old = try await stored(id, language, version: version).register
        var restored = old
        restored.closedYears = current.register.closedYears
        restored = try checkedChange(restored, keeping: current.register, correction: try API.correctionRequested(request, language),
                                     nextVersion: expected &+ 1, language)
        if restored.closedYears != old.closedYears {
            do {
                let stored = try await store.update(id: id, register: restored, expectedVersion: expected)
                return HTTP.json(.object([("id", .string(stored.id)), ("version", .number(String(stored.version))),
                                          ("restoredFrom", .number(String(version)))]),
                                 headers: [.eTag: API.etag(stored.version)])
            } catch StoreError.conflict(let current) {
                throw Problem.conflict(current: current, language: language)
            }
        }
        do {
            let stored = try await store.restore(id: id, version: version, expectedVersion: expected)
            return HTTP.json(.object([("id", .string(stored.id)), ("version", .number(String(stored.version))),
                                      ("restoredFrom", .number(String(version)))]),
                             headers: [.eTag: API.etag(stored.version)])
        } catch StoreError.notFound {
            throw Problem.notFound(language)
        } catch StoreError.versionNotFound {
            throw Problem.notFound(language)
        } catch StoreError.conflict(let current) {
            throw Problem.conflict(current: current, language: language)
        }
    }

    /// What changed from one version to another (`from`, `to`; by default the last change): fields and figures.
    func diff(_ id: String, _ request: Request, _ language: Language) async throws -> Response {
        func number(_ name: String) throws -> Int? {
            guard let text = request.uri.queryParameters.get(name) else { return nil }
            guard let value = Int(text), value > 0 else {
                throw Problem.badRequest(language == .nl ? "\(name): een versie, een geheel getal vanaf 1" : "\(name): a version, a whole number from 1",
                                         language: language, field: name)
            }
            return value
        }
        guard let versions = try await store.versions(id: id)?.map(\.version), let latest = versions.last else { throw Problem.notFound(language) }
        let to = try number("to") ?? latest
        // By default the change that made `to`: from the version kept before it.
        guard let from = try number("from") ?? versions.last(where: { $0 < to }) else {
            throw Problem.badRequest(language == .nl ? "er is geen versie van vóór versie \(to) bewaard" : "no version before version \(to) is kept",
                                     language: language, field: "from")
        }
        guard from < to else {
            throw Problem.badRequest(language == .nl ? "from (\(from)) moet een eerdere versie zijn dan to (\(to))" : "from (\(from)) must be an earlier version than to (\(to))",
                                     language: language, field: "from")
        }
        let old = try await stored(id, language, version: from), new = try await stored(id, language, version: to)
        let diff = RegisterDiff.between(old.register, new.register, engine: engine)
        var pairs: [(String, JSONValue)] = [("id", .string(id)), ("from", .number(String(from))), ("to", .number(String(to))),
            ("entity", .array(diff.entityFields.map { .string($0) })),
            ("assets", .array(diff.assets.map { change in
                .object([("id", .string(change.id)), ("change", .string(change.change.rawValue)),
                         ("fields", .array(change.fields.map { .string($0) })),
                         ("values", .array(change.values.map { value in
                             .object([("field", .string(value.field))] + (value.from.map { [("from", JSONValue.string($0))] } ?? [])
                                     + (value.to.map { [("to", JSONValue.string($0))] } ?? []))
                         }))])
            })),
            ("figures", .array(diff.figures.map { change in
                .object([("year", .number(String(change.year))), ("figure", .string(change.figure)),
                         ("from", .money(change.from)), ("to", .money(change.to))])
            }))]
        if !diff.notComputed.isEmpty { pairs.append(("notComputed", .array(diff.notComputed.map { .string($0.text(language)) }))) }
        return HTTP.json(.object(pairs))
    }

    func advice(_ id: String, _ request: Request, _ language: Language) async throws -> Response {
        let stored = try await stored(id, language)
        let asOf: Day
        if let text = request.uri.queryParameters.get("asOf") {
            guard let day = Day(iso: text) else { throw Problem.badRequest("asOf: YYYY-MM-DD", language: language, field: "asOf") }
            asOf = day
        } else {
            asOf = Day.today()
        }
        let advice = try Advisor(engine: engine).advise(stored.register, asOf: asOf)
        return HTTP.json(AdviceWriter.json(advice, asOf: asOf, language: language))
    }

    func export(_ id: String, _ request: Request, _ language: Language) async throws -> Response {
        let stored = try await stored(id, language)
        let name = (stored.register.entity.name ?? "register").filter { $0.isLetter || $0.isNumber || $0 == "-" }
        if request.uri.queryParameters.get("format") == "yaml" {
            return HTTP.text(RegisterWriter.yaml(stored.register), contentType: "application/yaml; charset=utf-8",
                             headers: [.contentDisposition: "attachment; filename=\"\(name).yaml\""])
        }
        return HTTP.json(RegisterWriter.json(stored.register), headers: [.contentDisposition: "attachment; filename=\"\(name).json\""])
    }
}

/// Serialises a parsed document back to JSON (for a register nested in an update body).
enum DocumentJSON {
    static func serialize(_ value: DocumentValue) -> String {
        convert(value).serialized()
    }

    static func convert(_ value: DocumentValue) -> JSONValue {
        switch value {
        case .scalar(let text, let quoted):
            if quoted { return .string(text) }
            if text == "true" || text == "false" { return .bool(text == "true") }
            return .number(text)
        case .sequence(let items): return .array(items.map(convert))
        case .mapping(let pairs): return .object(pairs.map { ($0.0, convert($0.1)) })
        case .null: return .null
        }
    }
}

import Foundation
