import Activa
import ActivaFormats
import ActivaStore
import Hummingbird
import HTTPTypes

/// The web page: server-rendered HTML in Dutch (English on request), forms that work without JavaScript.
struct Web: Sendable {
    let store: any RegisterStore
    let configuration: ServerConfiguration
    let writeGuard: AccessGuard
    let loginLimiter: LoginLimiter
    let accounts: (any AccessStore)?
    let engine = Engine()

    static let html = "text/html; charset=utf-8"

    func register(on router: Router<ActivaRequestContext>) {
        // The templates are parsed here, once, when the router is built (a broken one stops the server at start).
        _ = HTML.libraries
        router.get("/") { request, _ in await HTTP.guarded(request) { try await home(request) } }
        router.get("/activa.css") { _, _ in HTTP.text(Assets.css, contentType: "text/css; charset=utf-8", headers: [.cacheControl: "max-age=3600"]) }
        router.get("/activa.js") { _, _ in HTTP.text(Assets.javascript, contentType: "text/javascript; charset=utf-8", headers: [.cacheControl: "max-age=3600"]) }
        router.get("/health") { _, _ in HTTP.text("ok\n", contentType: "text/plain") }
        router.get("/login") { request, _ in HTTP.text(login(HTTP.language(request), error: nil, path: request.uri.description), contentType: Web.html) }
        router.post("/login") { request, context in await HTTP.guarded(request) { try await doLogin(request, client: context.clientAddress) } }
        router.post("/logout") { request, _ in logout(request) }
        router.post("/registers") { request, _ in await write(request) { try await create(request) } }
        router.post("/registers/import") { request, _ in await write(request) { try await importRegister(request) } }
        router.post("/registers/import-activastaat") { request, _ in await write(request) { try await importActivastaat(request) } }
        router.post("/registers/:id/close") { request, context in await write(request) { try await closeYear(request, id: context.parameters.get("id") ?? "") } }
        router.get("/registers/:id") { request, context in await HTTP.guarded(request) { try await page(request, id: context.parameters.get("id") ?? "") } }
        router.post("/registers/:id/delete") { request, context in await write(request) { try await deleteRegister(request, id: context.parameters.get("id") ?? "") } }
        router.get("/registers/:id/assets/new") { request, context in
            await HTTP.guarded(request) { try await form(request, id: context.parameters.get("id") ?? "", assetId: nil) }
        }
        router.get("/registers/:id/assets/:asset/edit") { request, context in
            await HTTP.guarded(request) { try await form(request, id: context.parameters.get("id") ?? "", assetId: Web.assetId(context)) }
        }
        router.post("/registers/:id/assets") { request, context in await write(request) { try await saveAsset(request, id: context.parameters.get("id") ?? "") } }
        router.get("/registers/:id/versions/:version") { request, context in
            await HTTP.guarded(request) { try await changes(request, id: context.parameters.get("id") ?? "", version: context.parameters.get("version")) }
        }
        router.post("/registers/:id/versions/:version/restore") { request, context in
            await write(request) { try await restore(request, id: context.parameters.get("id") ?? "", version: context.parameters.get("version")) }
        }
        router.post("/registers/:id/assets/:asset/delete") { request, context in
            await write(request) { try await deleteAsset(request, id: context.parameters.get("id") ?? "", assetId: Web.assetId(context) ?? "") }
        }
    }

    /// The asset id in a page's path, percent-decoded: the links encode it (`urlPathEncoded`), so an id with a
    /// space, an é or a slash comes back as it is.
    static func assetId(_ context: ActivaRequestContext) -> String? {
        context.parameters.get("asset").map { $0.removingPercentEncoding ?? $0 }
    }

    /// A write from the page. Who may write what is the middleware's and the store's (`GuardedStore`) to say.
    func write(_ request: Request, _ handler: () async throws -> Response) async -> Response {
        await HTTP.guarded(request, handler)
    }

    /// The administrations the request's user may create a register in, by name.
    func writableAdministrations() async -> [(id: String, name: String)] {
        let writable = Set(Principal.current.writable)
        guard !writable.isEmpty, let all = try? await accounts?.administrations() else { return [] }
        return all.filter { writable.contains($0.id) }.map { ($0.id, $0.name) }
    }

    /// Whether the page offers changes: to the register `id` (its administration's role), or to anything at all.
    func canWrite(_ id: String? = nil) async -> Bool {
        let principal = Principal.current
        if case .everything = principal { return true }
        guard let id else { return !principal.writable.isEmpty }
        guard let accounts, case .some(let administration)? = try? await accounts.administration(ofRegister: id) else { return false }
        return principal.canWrite(administration)
    }

    func home(_ request: Request) async throws -> Response {
        let language = HTTP.language(request)
        let query = request.uri.queryParameters
        let year = query.get("year").flatMap(Int.init) ?? Swift.min(Day.today().year, Law.netherlands.kiaYears?.upperBound ?? 2026)
        let amountsText = query.get("amounts")?.formDecoded ?? ""
        var result: KIAQuery?
        var error: String?
        if !amountsText.isEmpty {
            switch HomePage.parseAmounts(amountsText) {
            case .success(let amounts):
                do { result = try engine.kia(year: year, amounts: amounts) } catch let failure { error = failure.message(language) }
            case .failure(let failure):
                error = failure.message.text(language)
            }
        }
        let registers = try await store.list()
        let page = HomePage.render(language: language, year: year, amountsText: amountsText, query: result, error: error, registers: registers,
                                   path: request.uri.path, canWrite: await canWrite(), tokenRequired: configuration.token != nil,
                                   administrations: await writableAdministrations())
        return HTTP.text(page, contentType: Web.html, headers: languageCookie(request))
    }

    /// Remembers `?lang=` in a cookie so the next pages keep the language.
    func languageCookie(_ request: Request) -> HTTPFields {
        guard let lang = request.uri.queryParameters.get("lang") else { return [:] }
        return [.setCookie: "activa_lang=\(lang == "en" ? "en" : "nl"); Path=/; SameSite=Lax"]
    }

    func page(_ request: Request, id: String) async throws -> Response {
        let language = HTTP.language(request)
        guard let stored = try await store.read(id: id) else {
            return HTTP.text(HTML.page("not-found", title: "404", language: language, path: "/"), contentType: Web.html, status: .notFound)
        }
        let report = try engine.report(stored.register, digest: RegisterDigest.of(stored.register))
        let year = request.uri.queryParameters.get("year").flatMap(Int.init)
        // The last versions: the history is a list a person reads, not the whole log of a busy register.
        let versions = try await store.versions(id: id)?.suffix(History.shown) ?? []
        let html = RegisterPage.render(stored, report: report, year: year, language: language, path: request.uri.description,
                                       canWrite: await canWrite(id), versions: Array(versions))
        return HTTP.text(html, contentType: Web.html, headers: languageCookie(request))
    }

    /// What one version changed from the one before it: the fields in words, and the figures that moved.
    func changes(_ request: Request, id: String, version text: String?) async throws -> Response {
        let language = HTTP.language(request)
        // The version before it that is kept (a database from before versions were kept starts later).
        guard let version = text.flatMap(Int.init), let previous = try await store.versions(id: id)?.last(where: { $0.version < version })?.version,
              let current = try await store.read(id: id), let new = try await store.read(id: id, version: version),
              let old = try await store.read(id: id, version: previous) else {
            return HTTP.text(HTML.page("not-found", title: "404", language: language, path: "/"), contentType: Web.html, status: .notFound)
        }
        var context = History.changes(RegisterDiff.between(old.register, new.register, engine: engine), old: old.register, new: new.register, from: previous, to: version, language: language)
        context["name"] = current.register.entity.name ?? id
        context["registerId"] = id
        let title = (current.register.entity.name ?? id) + (language == .nl ? " – versie \(version)" : " – version \(version)")
        return HTTP.text(HTML.page("changes", title: title, language: language, path: request.uri.description, context), contentType: Web.html)
    }

    /// Brings back an earlier version as the next one (the form sends the version the page showed).
    func restore(_ request: Request, id: String, version text: String?) async throws -> Response {
        let language = HTTP.language(request)
        let fields = AssetForm.fields(try await HTTP.body(request, limit: 4096, language: language))
        guard let version = text.flatMap(Int.init), let stored = try await store.read(id: id) else { throw Problem.notFound(language) }
        // The version the page showed: without it a restore could undo a change the user never saw.
        guard let expected = fields["version"].flatMap(Int.init) else {
            return errorPage([language == .nl ? "Open het register opnieuw en kies de versie dan nog eens." : "Open the register again and choose the version again."],
                             language: language, status: .preconditionRequired)
        }
        guard let old = try await store.read(id: id, version: version) else { throw Problem.notFound(language) }
        // Closing is not undone by a restore: the version comes back with the years closed now, and not if it moves one.
        var restored = old.register
        restored.closedYears = stored.register.closedYears
        do {
            if let message = Web.closedYearMessage(try engine.report(restored, digest: RegisterDigest.of(restored)), language: language) {
                return errorPage([(language == .nl ? "Versie \(version) is niet teruggezet: " : "Version \(version) was not restored: ") + message],
                                 language: language, status: .conflict)
            }
        } catch {
            return errorPage([(language == .nl ? "Versie \(version) is niet teruggezet: " : "Version \(version) was not restored: ") + error.message(language)],
                             language: language, status: .unprocessableContent)
        }
        do {
            if restored.closedYears != old.register.closedYears {
                _ = try await store.update(id: id, register: restored, expectedVersion: expected)
                return HTTP.redirect("/registers/\(id)#geschiedenis")
            }
            _ = try await store.restore(id: id, version: version, expectedVersion: expected)
        } catch StoreError.conflict(let current) {
            let html = RegisterPage.render(stored, report: try engine.report(stored.register, digest: RegisterDigest.of(stored.register)), year: nil, language: language, path: "/registers/\(id)",
                                           canWrite: true, message: language == .nl ? "Het register is intussen gewijzigd (versie \(current)); er is niets teruggezet."
                                                                                     : "The register was changed meanwhile (version \(current)); nothing was restored.",
                                           versions: Array(try await store.versions(id: id)?.suffix(History.shown) ?? []))
            return HTTP.text(html, contentType: Web.html, status: .conflict)
        } catch StoreError.versionNotFound {
            throw Problem.notFound(language)
        }
        return HTTP.redirect("/registers/\(id)#geschiedenis")
    }

    func create(_ request: Request) async throws -> Response {
        let language = HTTP.language(request)
        let fields = AssetForm.fields(try await HTTP.body(request, limit: configuration.maxRequestBytes, language: language))
        let name = fields["name"]?.trimmingCharacters(in: .whitespaces)
        let taxpayer = Taxpayer(rawValue: fields["taxpayer"] ?? "ib") ?? .ib
        // A business that comes with a running activastaat: the year from which Activa takes it over.
        var opening: Opening?
        if let text = fields["openingYear"]?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            guard let year = Int(text), (2001...2200).contains(year) else {
                return errorPage([language == .nl ? "Overgenomen per: '\(text)' is geen jaar, bijvoorbeeld 2024" : "Taken over as at: '\(text)' is not a year, for example 2024"],
                                 language: language, status: .unprocessableContent)
            }
            opening = Opening(year: year, source: language == .nl ? "opgave vorige administratie" : "previous administration")
        }
        let stored = try await StoreActor.$administration.withValue(fields["administration"] ?? StoreActor.administration) {
            try await store.create(Register(entity: Entity(name: name?.isEmpty == false ? name : nil, taxpayer: taxpayer), assets: [], opening: opening))
        }
        return HTTP.redirect("/registers/\(stored.id)")
    }

    /// Closes the year the form names (issue 16): its figures as filed stay; the page then marks it closed.
    func closeYear(_ request: Request, id: String) async throws -> Response {
        let language = HTTP.language(request)
        let fields = AssetForm.fields(try await HTTP.body(request, limit: 4096, language: language))
        guard let stored = try await store.read(id: id) else { throw Problem.notFound(language) }
        guard let year = fields["year"].flatMap(Int.init), let expected = fields["version"].flatMap(Int.init) else {
            return errorPage([language == .nl ? "Open het register opnieuw en kies het jaar dan nog eens." : "Open the register again and choose the year again."],
                             language: language, status: .badRequest)
        }
        do {
            let closed = try engine.close(stored.register, year: year, on: Day.today(), registerVersion: stored.version,
                                          digest: RegisterDigest.fingerprint(stored.register))
            _ = try await StoreActor.$action.withValue("close") { try await store.update(id: id, register: closed, expectedVersion: expected) }
        } catch let error as EngineError {
            return errorPage([error.message(language)], language: language, status: .unprocessableContent)
        } catch StoreError.conflict(let current) {
            return errorPage([language == .nl ? "Het register is intussen gewijzigd (versie \(current)); er is niets afgesloten." : "The register was changed meanwhile (version \(current)); nothing was closed."],
                             language: language, status: .conflict)
        }
        return HTTP.redirect("/registers/\(id)?year=\(year)")
    }

    /// A spreadsheet activastaat taken over (issue 16): stored as a register that continues from the opening year, its
    /// page showing what the import decided; or every row that cannot be read, with its number, column and reason.
    func importActivastaat(_ request: Request) async throws -> Response {
        let language = HTTP.language(request)
        let fields = AssetForm.fields(try await HTTP.body(request, limit: configuration.maxRequestBytes, language: language))
        let options: ActivastaatImport.Options
        do {
            options = try API.importOptions(year: fields["year"], name: fields["name"], taxpayer: fields["taxpayer"], source: nil,
                                            columns: (fields["columns"] ?? "").split(whereSeparator: \.isNewline).map(String.init)
                                                .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }, language)
        } catch let problem as Problem {
            return errorPage([problem.detail ?? problem.title], language: language, status: .badRequest)
        }
        let text = (fields["csv"] ?? "").replacingOccurrences(of: "\r\n", with: "\n")
        let result = ActivastaatImport.read(text, options: options)
        guard let register = result.register else {
            return errorPage(result.problems.map { $0.describe(file: nil, language) }, language: language, status: .unprocessableContent)
        }
        if let problem = configuration.sizeProblem(register, language) { return errorPage([problem], language: language, status: .contentTooLarge) }
        var report: Report
        do {
            report = try engine.report(register)
        } catch {
            return errorPage([error.message(language)], language: language, status: .unprocessableContent)
        }
        let stored = try await store.create(register)
        report.insertReadingWarnings(result.notes.map { ReportWarning(assetId: nil, text: $0) })
        return HTTP.text(RegisterPage.render(stored, report: report, year: nil, language: language, path: "/registers/\(stored.id)",
                                             canWrite: await canWrite(stored.id)), contentType: Web.html)
    }

    func importRegister(_ request: Request) async throws -> Response {
        let language = HTTP.language(request)
        let fields = AssetForm.fields(try await HTTP.body(request, limit: configuration.maxRequestBytes, language: language))
        let register: Register
        var report: Report
        let readingWarnings: [ReportWarning]
        do {
            let read = try RegisterReader.readWithWarnings(fields["document"] ?? "", format: .yaml)
            register = read.register
            readingWarnings = read.warnings
            report = try engine.report(register, digest: RegisterDigest.of(register))
        } catch let error as RegisterValidationError {
            return errorPage(error.issues.map { $0.describe(file: nil, language) }, language: language, status: .unprocessableContent)
        } catch let error as EngineError {
            return errorPage([error.message(language)], language: language, status: .unprocessableContent)
        }
        if let problem = configuration.sizeProblem(register, language) { return errorPage([problem], language: language, status: .contentTooLarge) }
        let stored = try await store.create(register)
        // The file's warnings (an amount such as 1.250, read as € 1,25) are about the file, which is not stored as
        // written: show them now, on the register's page, rather than redirect to it.
        guard readingWarnings.isEmpty else {
            report.insertReadingWarnings(readingWarnings)
            return HTTP.text(RegisterPage.render(stored, report: report, year: nil, language: language, path: "/registers/\(stored.id)",
                                                 canWrite: await canWrite(stored.id)), contentType: Web.html)
        }
        return HTTP.redirect("/registers/\(stored.id)")
    }

    func errorPage(_ messages: [String], language: Language, status: HTTPResponse.Status) -> Response {
        let html = HTML.page("error", title: language == .nl ? "Fout" : "Error", language: language, path: "/", ["messages": messages])
        return HTTP.text(html, contentType: Web.html, status: status)
    }

    func deleteRegister(_ request: Request, id: String) async throws -> Response {
        _ = try await store.delete(id: id, expectedVersion: nil)
        return HTTP.redirect("/")
    }

    func form(_ request: Request, id: String, assetId: String?) async throws -> Response {
        let language = HTTP.language(request)
        guard let stored = try await store.read(id: id) else { throw Problem.notFound(language) }
        let asset = assetId.flatMap { wanted in stored.register.assets.first { $0.id == wanted } }
        if assetId != nil, asset == nil { throw Problem.notFound(language) }
        return HTTP.text(AssetForm.render(registerId: id, version: stored.version, asset: asset, opening: stored.register.opening,
                                          language: language, path: request.uri.description),
                         contentType: Web.html)
    }

    func saveAsset(_ request: Request, id: String) async throws -> Response {
        let language = HTTP.language(request)
        let fields = AssetForm.fields(try await HTTP.body(request, limit: configuration.maxRequestBytes, language: language))
        guard let stored = try await store.read(id: id) else { throw Problem.notFound(language) }
        let originalId = fields["original"].flatMap { $0.isEmpty ? nil : $0 }
        let original = originalId.flatMap { wanted in stored.register.assets.first { $0.id == wanted } }
        let version = fields["version"].flatMap(Int.init) ?? stored.version
        func again(_ errors: [String], status: HTTPResponse.Status, offerCorrection: Bool = false) -> Response {
            HTTP.text(AssetForm.render(registerId: id, version: version, asset: original, values: fields, errors: errors,
                                       opening: stored.register.opening, language: language, path: request.uri.description,
                                       correctionYear: offerCorrection ? stored.register.closedYears.last.map { $0.year + 1 } : nil),
                      contentType: Web.html, status: status)
        }
        let asset: Asset
        switch AssetForm.asset(from: fields, keeping: original, language: language) {
        case .success(let value): asset = value
        case .failure(let errors): return again(errors.messages, status: .unprocessableContent)
        }
        var register = stored.register
        if let originalId, let index = register.assets.firstIndex(where: { $0.id == originalId }) {
            register.assets[index] = asset
        } else {
            register.assets.append(asset)
        }
        // The figures taken over, under the asset's (possibly new) id.
        if register.opening != nil {
            switch AssetForm.opening(from: fields, language: language) {
            case .success(let figures):
                if let originalId { register.opening?.assets.removeValue(forKey: originalId) }
                if let figures { register.opening?.assets[asset.id] = figures }
            case .failure(let errors): return again(errors.messages, status: .unprocessableContent)
            }
        }
        let issues = register.validationIssues()
        guard issues.isEmpty else { return again(issues.map { $0.describe(file: nil, language) }, status: .unprocessableContent) }
        if let problem = configuration.sizeProblem(register, language) { return again([problem], status: .contentTooLarge) }
        do {
            // A change that moves a closed year: refused, unless the user ticked that it corrects an error (foutenleer).
            if let message = Web.closedYearMessage(try engine.report(register, digest: RegisterDigest.of(register)), language: language) {
                guard fields["correction"] == "foutenleer" else { return again([message], status: .conflict, offerCorrection: true) }
                register = try engine.acceptCorrection(register, on: Day.today(), registerVersion: version &+ 1, digest: RegisterDigest.fingerprint(register))
            }
        } catch {
            return again([error.message(language)], status: .unprocessableContent)
        }
        do {
            let action = register.closedYears != stored.register.closedYears ? "correction" : nil
            _ = try await StoreActor.$action.withValue(action) { try await store.update(id: id, register: register, expectedVersion: version) }
        } catch StoreError.conflict(let current) {
            return again([language == .nl ? "Het register is intussen door iemand anders gewijzigd (versie \(current)). Open het opnieuw en breng uw wijziging opnieuw aan."
                                         : "Someone else changed the register meanwhile (version \(current)). Open it again and redo your change."],
                         status: .conflict)
        }
        return HTTP.redirect("/registers/\(id)")
    }

    func deleteAsset(_ request: Request, id: String, assetId: String) async throws -> Response {
        let language = HTTP.language(request)
        let fields = AssetForm.fields(try await HTTP.body(request, limit: configuration.maxRequestBytes, language: language))
        guard let stored = try await store.read(id: id) else { throw Problem.notFound(language) }
        var register = stored.register
        // An id not in the register deletes nothing and makes no new version.
        guard register.assets.contains(where: { $0.id == assetId }) else { throw Problem.notFound(language) }
        register.assets.removeAll { $0.id == assetId }
        register.opening?.assets.removeValue(forKey: assetId)
        let version = fields["version"].flatMap(Int.init) ?? stored.version
        do {
            if let message = Web.closedYearMessage(try engine.report(register, digest: RegisterDigest.of(register)), language: language) {
                if fields["correction"] == "foutenleer" {
                    register = try engine.acceptCorrection(register, on: Day.today(), registerVersion: version &+ 1, digest: RegisterDigest.fingerprint(register))
                } else {
                    let offer = RegisterPage.CorrectionOffer(action: "/registers/\(id)/assets/\(assetId.urlPathEncoded)/delete", version: version,
                                                             year: (stored.register.closedYears.last?.year ?? 0) + 1)
                    let html = RegisterPage.render(stored, report: try engine.report(stored.register, digest: RegisterDigest.of(stored.register)), year: nil, language: language, path: "/registers/\(id)",
                                                   canWrite: true, message: message, correction: offer)
                    return HTTP.text(html, contentType: Web.html, status: .conflict)
                }
            }
            let action = register.closedYears != stored.register.closedYears ? "correction" : nil
            _ = try await StoreActor.$action.withValue(action) { try await store.update(id: id, register: register, expectedVersion: version) }
        } catch StoreError.conflict(let current) {
            let html = RegisterPage.render(stored, report: try engine.report(stored.register, digest: RegisterDigest.of(stored.register)), year: nil, language: language, path: "/registers/\(id)",
                                           canWrite: true, message: language == .nl ? "Het register is intussen gewijzigd (versie \(current)); er is niets verwijderd."
                                                                                     : "The register was changed meanwhile (version \(current)); nothing was deleted.")
            return HTTP.text(html, contentType: Web.html, status: .conflict)
        } catch let error as EngineError {
            return errorPage([error.message(language)], language: language, status: .unprocessableContent)
        }
        return HTTP.redirect("/registers/\(id)")
    }

    func login(_ language: Language, error: String?, path: String) -> String {
        HTML.page("login", title: language == .nl ? "Inloggen" : "Log in", language: language, path: path,
                  ["error": HTML.orFalse(error), "users": HTML.mode.office])
    }

    func doLogin(_ request: Request, client: String) async throws -> Response {
        let language = HTTP.language(request)
        let fields = AssetForm.fields(try await HTTP.body(request, limit: 4096, language: language))
        let name = fields["name"].flatMap { $0.isEmpty ? nil : $0 }
        // Counted before the password is hashed, per name and for the whole server (bcrypt's CPU).
        let limited = name ?? "~token"
        if let wait = await loginLimiter.begin(limited, client: client) {
            return HTTP.text(login(language, error: language == .nl ? "Te veel pogingen; probeer het over \(wait) seconden opnieuw"
                                                                    : "Too many attempts; try again in \(wait) seconds", path: "/login"),
                             contentType: Web.html, status: .tooManyRequests, headers: [.retryAfter: String(wait)])
        }
        let secure = AccessGuard.isSecure(request)
        // A user with a password (bcrypt): a session signed with the database's secret.
        if let name, let accounts {
            let found = try await accounts.login(name: name)
            // An unknown name costs the same bcrypt as a known one: the time does not tell which names exist.
            let valid = Accounts.verifyPassword(fields["password"] ?? "", hash: found?.passwordHash ?? Accounts.unknownUserHash) && found != nil
            await loginLimiter.end(limited, client: client, succeeded: valid)
            if valid, let found {
                let session = Accounts.session(user: found.user.id, secret: try await accounts.sessionSecret())
                return HTTP.redirect("/", headers: [.setCookie: Accounts.userCookieHeader(session, secure: secure)])
            }
            return HTTP.text(login(language, error: language == .nl ? "Onjuiste naam of onjuist wachtwoord" : "Wrong name or password", path: "/login"),
                             contentType: Web.html, status: .unauthorized)
        }
        let valid = writeGuard.isToken(fields["token"] ?? "")
        await loginLimiter.end(limited, client: client, succeeded: valid)
        guard valid else {
            return HTTP.text(login(language, error: language == .nl ? "Onjuist token" : "Wrong token", path: "/login"), contentType: Web.html, status: .unauthorized)
        }
        // A signed session that expires, never the token itself: signed with the database's secret when there is one
        // (a captured cookie then says nothing about the token), else with a key derived from the token.
        if let accounts {
            let session = Accounts.session(user: Accounts.operatorId, secret: try await accounts.sessionSecret())
            return HTTP.redirect("/", headers: [.setCookie: Accounts.userCookieHeader(session, secure: secure)])
        }
        guard let session = writeGuard.newSession() else { return HTTP.redirect("/login") }
        return HTTP.redirect("/", headers: [.setCookie: AccessGuard.sessionCookie(session, secure: secure)])
    }

    /// Ends the session: both cookies expire.
    func logout(_ request: Request) -> Response {
        let secure = AccessGuard.isSecure(request)
        var headers: HTTPFields = [.location: "/login"]
        headers.append(HTTPField(name: .setCookie, value: AccessGuard.expiredCookie(secure: secure)))
        headers.append(HTTPField(name: .setCookie, value: Accounts.expiredUserCookie(secure: secure)))
        return Response(status: .seeOther, headers: headers)
    }
}
