import Activa
import ActivaStore
import Foundation
import Hummingbird
import HTTPTypes

/// Every request passes here first (issue 17): a Host the server does not answer to is refused (DNS rebinding); a
/// write from another site is refused (cross-site request forgery: a browser says where a request comes from in
/// `Sec-Fetch-Site` or `Origin`); with a token configured nothing but the login page is served without it; and
/// every answer carries the headers that keep a browser from framing, sniffing or running what it should not.
struct SecurityMiddleware: RouterMiddleware {
    typealias Context = ActivaRequestContext
    let configuration: ServerConfiguration
    let access: AccessGuard
    /// Users and keys, when the store keeps them; with any of them, nothing is served without logging in.
    let accounts: (any AccessStore)?

    /// What anyone may fetch: the login, the health check, the page's own files and the API's contract.
    static let publicPaths: Set<String> = ["/login", "/logout", "/health", "/activa.css", "/activa.js", "/openapi.yaml"]

    /// Only the page's own files; no inline script or style anywhere, no framing, forms only to this server.
    static let contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let language = HTTP.language(request)
        var response: Response
        if !configuration.allowsHost(request.head.authority) {
            response = Problem(status: .misdirectedRequest, title: language == .nl ? "Onbekende host" : "Unknown host",
                               detail: language == .nl ? "deze server antwoordt niet op deze naam; start hem met --allowed-host als dat de bedoeling is"
                                                       : "this server does not answer to this name; start it with --allowed-host if that is meant",
                               language: language).response()
        } else if request.method != .get, request.method != .head, !SecurityMiddleware.isSameOrigin(request) {
            response = Problem(status: .forbidden, title: language == .nl ? "Van een andere site" : "From another site",
                               detail: language == .nl ? "een wijziging kan alleen vanaf de pagina's van Activa zelf of met een API-client"
                                                       : "a change can only come from Activa's own pages or an API client",
                               language: language).response()
        } else {
            let office = try await accounts?.hasAccounts() ?? false
            let principal = try await self.principal(request, office: office)
            if principal == nil, !SecurityMiddleware.publicPaths.contains(request.uri.path) {
                response = SecurityMiddleware.loginNeeded(request, language)
            } else {
                let resolved = principal ?? .nobody
                do {
                    let mode = HTML.Mode(singleUser: !access.required && !office, office: office,
                                         loggedIn: principal != nil && (access.required || office), user: resolved.userName)
                    // `?administration=` (id or name): where a register the request creates goes.
                    let administration = request.uri.queryParameters.get("administration").map { String($0) }
                    // Left = open when the request came and closed now (a test's channel is never open: it never leaves).
                    let openAtStart = context.clientIsConnected
                    let waits: @Sendable () -> Bool = { !openAtStart || context.clientIsConnected }
                    response = try await HTTP.$clientWaits.withValue(waits) { try await HTML.$mode.withValue(mode) {
                        try await Principal.$current.withValue(resolved) {
                            try await StoreActor.$name.withValue(resolved.actor) {
                                try await StoreActor.$administration.withValue(administration) { try await next(request, context) }
                            }
                        }
                    } }
                } catch let error as any HTTPResponseError {
                    response = try error.response(from: request, context: context)
                }
            }
        }
        response.headers[.contentSecurityPolicy] = SecurityMiddleware.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.xFrameOptions] = "DENY"
        response.headers[.referrerPolicy] = "same-origin"
        return response
    }

    /// Who the request acts for: the operator (no token and no accounts: the single-user mode; or the token), a user
    /// by their session, a key by its bearer text; nil when it shows none of these and one is needed.
    func principal(_ request: Request, office: Bool) async throws -> Principal? {
        if let header = request.headers[.authorization] {
            guard header.hasPrefix("Bearer ") else { return nil }
            let bearer = String(header.dropFirst(7))
            if access.isToken(bearer) { return .everything }
            if let accounts, let key = try await Accounts.key(bearer: bearer, in: accounts) { return .key(key) }
            return nil
        }
        if access.required, let session = AccessGuard.cookie(AccessGuard.cookieName, in: request), access.validSession(session) {
            return .everything
        }
        // A user's session (or the operator's, signed with the database's secret); its shape first, then the secret.
        if let accounts, let session = AccessGuard.cookie(Accounts.userCookie, in: request), session.split(separator: ".").count == 3,
           let id = Accounts.sessionUser(session, secret: try await accounts.sessionSecret()) {
            if id == Accounts.operatorId { return access.required ? .everything : nil }
            if let user = try await accounts.user(id: id) { return .user(user) }
        }
        return access.required || office ? nil : .everything
    }

    /// A browser's own word on where a write comes from: `Sec-Fetch-Site` (same-origin, or none for what the user
    /// typed), else `Origin` against `Host`. A request with neither is from a program, not a page: allowed.
    static func isSameOrigin(_ request: Request) -> Bool {
        if let site = request.headers[.secFetchSite] {
            return site == "same-origin" || site == "none"
        }
        guard let origin = request.headers[.origin] else { return true }
        guard let host = request.head.authority else { return false }
        return isSameOrigin(origin: origin, host: host)
    }

    /// Whether `Origin` names the server `Host` names: an IPv6 address in brackets as Host writes it, the scheme's
    /// own port left out on both sides.
    static func isSameOrigin(origin: String, host: String) -> Bool {
        guard origin != "null", let url = URL(string: origin), var originHost = url.host else { return false }
        if originHost.contains(":"), !originHost.hasPrefix("[") { originHost = "[" + originHost + "]" }
        let defaultPort = url.scheme == "https" ? 443 : 80
        let originAuthority = url.port.map { $0 == defaultPort ? originHost : "\(originHost):\($0)" } ?? originHost
        var hostAuthority = host.lowercased()
        if hostAuthority.hasSuffix(":\(defaultPort)") { hostAuthority.removeLast(":\(defaultPort)".count) }
        return originAuthority.lowercased() == hostAuthority
    }

    /// 401 for the API (problem+json), the login page for a page.
    static func loginNeeded(_ request: Request, _ language: Language) -> Response {
        if request.uri.path.hasPrefix("/api/") || request.uri.path == "/baseline" {
            return Problem.unauthorized(language).response()
        }
        return HTTP.redirect("/login")
    }
}

extension ServerConfiguration {
    /// Whether a request's Host header names this server: a name of `allowedHosts`, or of the loopback names when
    /// it listens on the loopback address. A request without Host (HTTP/1.0, a test) is no browser's: allowed.
    func allowsHost(_ header: String?) -> Bool {
        guard let header, !header.isEmpty else { return true }
        var name = header.lowercased()
        if name.hasPrefix("[") {
            name = String(name.prefix { $0 != "]" }) + "]"
        } else if let colon = name.lastIndex(of: ":") {
            name = String(name[..<colon])
        }
        return hostNames.contains(name)
    }

    /// The names the server answers to.
    var hostNames: Set<String> {
        var names = Set(allowedHosts.map { $0.lowercased() })
        names.insert(host.lowercased())
        if ["127.0.0.1", "localhost", "::1", "[::1]"].contains(host.lowercased()) {
            names.formUnion(["localhost", "127.0.0.1", "[::1]"])
        }
        return names
    }
}

extension HTTPField.Name {
    // Valid header names, so the initialiser cannot fail.
    static let secFetchSite = HTTPField.Name("Sec-Fetch-Site")!
    static let xFrameOptions = HTTPField.Name("X-Frame-Options")!
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    static let xForwardedProto = HTTPField.Name("X-Forwarded-Proto")!
}
