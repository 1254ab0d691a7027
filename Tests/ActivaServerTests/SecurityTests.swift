import Activa
import ActivaStore
@testable import ActivaServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Issue 17, tried as an attacker would: every route without credentials, writes from another site, a Host the
/// server does not answer to, guessing the token, and the headers every answer carries.
@Suite("Security, end to end")
struct SecurityTests {
    let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
    static let register = #"{"entity": {"name": "Bakkerij Jansen"}, "assets": [{"id": "oven", "committed": "2024-03-01", "inUse": "2024-03-01", "cost": "12000", "life": 10}]}"#

    /// Every API route and page of the server, with an existing register's id and version 1.
    static func routes(id: String) -> [(HTTPRequest.Method, String)] {
        let api: [(HTTPRequest.Method, String)] = [
            (.post, "/api/v1/kia"), (.post, "/api/v1/report"), (.post, "/api/v1/import/activastaat?year=2024"), (.get, "/api/v1/registers"),
            (.post, "/api/v1/registers"), (.get, "/api/v1/registers/\(id)"), (.put, "/api/v1/registers/\(id)"), (.delete, "/api/v1/registers/\(id)"),
            (.get, "/api/v1/registers/\(id)/report"), (.get, "/api/v1/registers/\(id)/explanation"), (.get, "/api/v1/registers/\(id)/advice"),
            (.get, "/api/v1/registers/\(id)/export"), (.get, "/api/v1/registers/\(id)/export?format=yaml"), (.get, "/api/v1/registers/\(id)/versions"),
            (.get, "/api/v1/registers/\(id)/versions/1"), (.get, "/api/v1/registers/\(id)/versions/1/report"),
            (.post, "/api/v1/registers/\(id)/versions/1/restore"), (.get, "/api/v1/registers/\(id)/diff?from=1&to=1"),
            (.post, "/api/v1/registers/\(id)/close?year=2024"), (.post, "/baseline"),
        ]
        let pages: [(HTTPRequest.Method, String)] = [
            (.get, "/"), (.get, "/?year=2024&amounts=1000"), (.post, "/registers"), (.post, "/registers/import"), (.post, "/registers/import-activastaat"),
            (.get, "/registers/\(id)"), (.post, "/registers/\(id)/close"), (.post, "/registers/\(id)/delete"), (.get, "/registers/\(id)/assets/new"),
            (.get, "/registers/\(id)/assets/oven/edit"), (.post, "/registers/\(id)/assets"), (.get, "/registers/\(id)/versions/1"),
            (.post, "/registers/\(id)/versions/1/restore"), (.post, "/registers/\(id)/assets/oven/delete"),
        ]
        return api + pages
    }

    @Test("with a token, no route reads or writes anything without it: the API answers 401, a page sends to the login; the register is untouched")
    func nothingWithoutCredentials() async throws {
        try await withApp(token: "geheim") { client in
            let id = try await create(client, Self.register, headers: [.authorization: "Bearer geheim"])
            for (method, path) in Self.routes(id: id) {
                for headers: HTTPFields in [[:], [.authorization: "Bearer fout"], [.authorization: "Basic Z2VoZWlt"], [.cookie: "activa_session=9999999999.00"],
                                            [.cookie: "activa_token=geheim"]] {
                    try await client.execute(uri: path, method: method, headers: headers, body: ByteBuffer(string: Self.register)) { response in
                        if path.hasPrefix("/api/") || path == "/baseline" {
                            #expect(response.status == .unauthorized, "\(method) \(path) \(headers)")
                            #expect(!response.text.contains("Bakkerij"), "\(method) \(path)")
                        } else {
                            #expect(response.status == .seeOther && response.headers[.location] == "/login", "\(method) \(path) \(headers)")
                        }
                    }
                }
            }
            try await client.execute(uri: "/api/v1/registers/\(id)", method: .get, headers: [.authorization: "Bearer geheim"]) { response in
                #expect(response.text.contains(#""version":1"#) && response.text.contains("Bakkerij Jansen"))
            }
            // What anyone may fetch: the login page, the health check, the page's files, the contract.
            for path in ["/login", "/health", "/activa.css", "/activa.js", "/openapi.yaml"] {
                try await client.execute(uri: path, method: .get) { #expect($0.status == .ok, "\(path)") }
            }
        }
    }

    @Test("a write from another site is refused, in the single-user mode too: a cross-site form cannot delete, a text/plain POST cannot create")
    func crossSite() async throws {
        try await withApp { client in
            let id = try await create(client, Self.register)
            try await client.execute(uri: "/registers/\(id)/delete", method: .post, headers: form + [HTTPField.Name("Sec-Fetch-Site")!: "cross-site"],
                                     body: ByteBuffer(string: "version=1")) { #expect($0.status == .forbidden) }
            try await client.execute(uri: "/registers/\(id)/delete", method: .post, headers: form + [.origin: "http://evil.example"],
                                     body: ByteBuffer(string: "version=1")) { #expect($0.status == .forbidden) }
            try await client.execute(uri: "/api/v1/registers", method: .post,
                                     headers: [.contentType: "text/plain", .origin: "null"],
                                     body: ByteBuffer(string: Self.register)) { #expect($0.status == .forbidden) }
            try await client.execute(uri: "/api/v1/registers", method: .get) { response in
                #expect(response.text.components(separatedBy: #""id":"#).count == 2)   // still the one register
            }
            // The page's own forms (same origin) and programs (no Origin) go on working.
            // (The test client's requests are for "localhost".)
            try await client.execute(uri: "/registers", method: .post, headers: form + [.origin: "http://localhost"],
                                     body: ByteBuffer(string: "name=Eigen&taxpayer=ib")) { #expect($0.status == .seeOther) }
            try await client.execute(uri: "/registers", method: .post, headers: form + [HTTPField.Name("Sec-Fetch-Site")!: "same-origin"],
                                     body: ByteBuffer(string: "name=Eigen&taxpayer=ib")) { #expect($0.status == .seeOther) }
        }
    }

    @Test("a Host the server does not answer to is refused (DNS rebinding); its own names, and those it is told, work")
    func hosts() async throws {
        let loopback = ServerConfiguration()
        #expect(!loopback.allowsHost("rebind.evil.example"))
        #expect(!loopback.allowsHost("rebind.evil.example:8080"))
        for host in ["127.0.0.1:8080", "localhost:8080", "LOCALHOST", "[::1]:8080", "localhost"] { #expect(loopback.allowsHost(host), "\(host)") }
        let office = ServerConfiguration(host: "0.0.0.0", allowedHosts: ["activa.kantoor.nl"])
        #expect(office.allowsHost("activa.kantoor.nl") && office.allowsHost("Activa.Kantoor.nl:443"))
        #expect(!office.allowsHost("localhost:8080") && !office.allowsHost("10.0.0.5:8080"))
        // Through the router: its test requests are for "localhost", which an office server does not answer to.
        let app = buildApplication(store: try SQLiteRegisterStore(path: ":memory:"), configuration: office)
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/v1/registers", method: .get) { #expect($0.status == .misdirectedRequest) }
        }
    }

    @Test("every answer carries the headers that stop framing, sniffing and inline script; the single-user mode says so on the page")
    func headers() async throws {
        try await withApp { client in
            for path in ["/", "/api/v1/registers", "/nergens", "/registers/nergens"] {
                try await client.execute(uri: path, method: .get) { response in
                    #expect(response.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true, "\(path)")
                    #expect(response.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true)
                    #expect(response.headers[.xContentTypeOptions] == "nosniff")
                    #expect(response.headers[HTTPField.Name("X-Frame-Options")!] == "DENY")
                }
            }
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.text.contains("id=\"single-user\""))
                #expect(response.text.contains("Eenpersoonsmodus"))
            }
        }
        try await withApp(token: "geheim") { client in
            try await client.execute(uri: "/login", method: .get) { #expect(!$0.text.contains("id=\"single-user\"")) }
        }
    }

    @Test("guessing the token: after ten failures every login is refused for a while (429 with Retry-After), the right token too")
    func loginLimit() async throws {
        try await withApp(token: "geheim") { client in
            for attempt in 1...10 {
                try await client.execute(uri: "/login", method: .post, headers: form, body: ByteBuffer(string: "token=gok\(attempt)")) {
                    #expect($0.status == .unauthorized)
                }
            }
            try await client.execute(uri: "/login", method: .post, headers: form, body: ByteBuffer(string: "token=geheim")) { response in
                #expect(response.status == .tooManyRequests)
                #expect(Int(response.headers[.retryAfter] ?? "") ?? 0 >= 1)
                #expect(response.headers[.setCookie] == nil)
            }
        }
    }

    @Test("an alias bomb in a YAML body is refused without unfolding it")
    func aliasBomb() async throws {
        var lines = [#"a0: &a0 ["x","x","x","x","x","x","x","x","x"]"#]
        for level in 1...8 { lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ",") + "]") }
        lines.append("assets: *a8")
        let bomb = lines.joined(separator: "\n") + "\n"
        try await withApp { client in
            try await client.execute(uri: "/api/v1/report", method: .post, headers: [.contentType: "application/yaml"], body: ByteBuffer(string: bomb)) { response in
                #expect(response.status == .unprocessableContent || response.status == .badRequest)
                #expect(response.text.contains("aliases"))
            }
        }
    }
}

/// Faults answer in the user's terms (issue 17): a locked database is a 503 to retry, an unexpected error a 500 with
/// a reference and no internal text.
@Suite("Faults, end to end")
struct FaultTests {
    @Test("a database held by another writer: the write waits, then 503 with Retry-After, not SQLite's text")
    func busy() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("activa-busy-\(UUID().uuidString).sqlite").path
        let store = try SQLiteRegisterStore(path: path, busyTimeout: 0.2)
        try await withApp(store: store) { client in
            // Another process holds the write lock (GRDB will not leave a transaction open; Python's sqlite3 does).
            let holder = Process()
            holder.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            holder.arguments = ["python3", "-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1], isolation_level=None); "
                                + "c.execute('BEGIN IMMEDIATE'); print('locked', flush=True); sys.stdin.readline()", path]
            let out = Pipe(), input = Pipe()
            holder.standardOutput = out
            holder.standardInput = input
            try holder.run()
            // Held until its input closes.
            #expect(String(decoding: out.fileHandleForReading.availableData, as: UTF8.self).hasPrefix("locked"))
            try await client.execute(uri: "/api/v1/registers", method: .post, body: ByteBuffer(string: SecurityTests.register)) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(response.headers[.retryAfter] == "5")
                #expect(!response.text.contains("database is locked") && !response.text.contains("SQLITE"))
            }
            try input.fileHandleForWriting.close()
            holder.waitUntilExit()
            try await client.execute(uri: "/api/v1/registers", method: .post, body: ByteBuffer(string: SecurityTests.register)) { response in
                #expect(response.status == .created)
            }
        }
    }

    /// A store whose list fails with an error the server does not know.
    struct BrokenStore: RegisterStore {
        struct Failure: Error, CustomStringConvertible { var description: String { "disk sector 7 unreadable at /srv/secret/path" } }
        func create(_ register: Register) async throws -> StoredRegister { throw Failure() }
        func read(id: String) async throws -> StoredRegister? { throw Failure() }
        func list() async throws -> [RegisterSummary] { throw Failure() }
        func update(id: String, register: Register, expectedVersion: Int) async throws -> StoredRegister { throw Failure() }
        func delete(id: String, expectedVersion: Int?) async throws -> Bool { throw Failure() }
        func versions(id: String) async throws -> [RegisterVersion]? { throw Failure() }
        func read(id: String, version: Int) async throws -> StoredRegister? { throw Failure() }
        func restore(id: String, version: Int, expectedVersion: Int) async throws -> StoredRegister { throw Failure() }
    }

    @Test("an unexpected error: 500 with a reference the log has, and none of the internal text")
    func internalError() async throws {
        try await withApp(store: BrokenStore()) { client in
            try await client.execute(uri: "/api/v1/registers", method: .get) { response in
                #expect(response.status == .internalServerError)
                #expect(response.text.contains(#""reference":""#))
                #expect(response.text.contains("noem kenmerk"))
                #expect(!response.text.contains("secret") && !response.text.contains("sector"))
            }
        }
    }
}

/// The review of issue 17, tried again: hostile headers and cookies cost nothing and crash nothing; revoking the
/// last key does not open the server.
@Suite("Security, hostile details")
struct HostileDetailTests {
    @Test("a broken Accept-Language, a session with an absurd expiry, a version of Int.max: answered, no crash")
    func noCrash() async throws {
        let store = try SQLiteRegisterStore(path: ":memory:")
        _ = try await store.addAdministration(name: "Jansen")
        try await withApp(store: store) { client in
            try await client.execute(uri: "/health", method: .get, headers: [.acceptLanguage: ";"]) { #expect($0.status == .ok) }
            try await client.execute(uri: "/", method: .get, headers: [.cookie: "activa_user=a.9223372036854775807.a"]) { #expect($0.status == .seeOther) }
            try await client.execute(uri: "/", method: .get, headers: [.cookie: "activa_user=a.9223372036854775807.\(String(repeating: "0", count: 64))"]) {
                #expect($0.status == .seeOther)
            }
        }
        try await withApp { client in
            try await client.execute(uri: "/api/v1/registers/x", method: .put, headers: [.ifMatch: "9223372036854775807"],
                                     body: ByteBuffer(string: SecurityTests.register)) { #expect($0.status == .notFound) }
        }
    }

    @Test("once an office has accounts it stays closed: revoking the last key opens nothing")
    func staysClosed() async throws {
        let store = try SQLiteRegisterStore(path: ":memory:")
        _ = try await store.addAdministration(name: "Jansen")
        let secret = Accounts.newKeySecret()
        let key = try await store.addKey(administration: "Jansen", scope: .write, secretHash: secret.hash)
        #expect(try await store.revokeKey(id: key.id))
        try await withApp(store: store) { client in
            try await client.execute(uri: "/api/v1/registers", method: .get) { #expect($0.status == .unauthorized) }
            try await client.execute(uri: "/api/v1/registers", method: .get, headers: [.authorization: "Bearer \(Accounts.keyText(id: key.id, secret: secret.secret))"]) {
                #expect($0.status == .unauthorized)
            }
        }
    }

    @Test("Origin against Host: brackets for IPv6, the scheme's own port left out; another site never matches")
    func origins() {
        #expect(SecurityMiddleware.isSameOrigin(origin: "http://[::1]:8080", host: "[::1]:8080"))
        #expect(SecurityMiddleware.isSameOrigin(origin: "https://activa.kantoor.nl", host: "activa.kantoor.nl:443"))
        #expect(SecurityMiddleware.isSameOrigin(origin: "http://localhost", host: "localhost:80"))
        #expect(!SecurityMiddleware.isSameOrigin(origin: "http://evil.example", host: "localhost:8080"))
        #expect(!SecurityMiddleware.isSameOrigin(origin: "http://localhost:8081", host: "localhost:8080"))
        #expect(!SecurityMiddleware.isSameOrigin(origin: "null", host: "localhost:8080"))
    }

    @Test("logging out ends both sessions")
    func logout() async throws {
        try await withApp(token: "geheim") { client in
            try await client.execute(uri: "/logout", method: .post) { response in
                #expect(response.status == .seeOther)
                let cookies = response.headers[values: .setCookie]
                #expect(cookies.contains { $0.hasPrefix("activa_user=;") && $0.contains("Max-Age=0") })
                #expect(cookies.contains { $0.hasPrefix("activa_session=;") && $0.contains("Max-Age=0") })
            }
        }
    }
}

@Suite("Login limits")
struct LoginLimiterTests {
    @Test("failures are counted before the work, per name, per client and for the server; a success takes its count back")
    func limits() async {
        let limiter = LoginLimiter(perName: 3, perClient: 5, total: 8, concurrent: 2, window: 60)
        let now = Date(timeIntervalSince1970: 1_000_000)
        // One name from one client: three failures, then wait.
        for _ in 1...3 {
            #expect(await limiter.begin("anna", client: "10.0.0.1", now: now) == nil)
            await limiter.end("anna", client: "10.0.0.1", succeeded: false)
        }
        #expect(await limiter.begin("anna", client: "10.0.0.9", now: now) == 60)
        // Other names from the same client: two more, then the client waits; another client does not.
        for name in ["bert", "carla"] {
            #expect(await limiter.begin(name, client: "10.0.0.1", now: now) == nil)
            await limiter.end(name, client: "10.0.0.1", succeeded: false)
        }
        #expect(await limiter.begin("dirk", client: "10.0.0.1", now: now) != nil)
        #expect(await limiter.begin("dirk", client: "10.0.0.2", now: now) == nil)
        await limiter.end("dirk", client: "10.0.0.2", succeeded: true)   // taken back
        // Two at a time: a third attempt while two run waits.
        #expect(await limiter.begin("e1", client: "10.0.0.3", now: now) == nil)
        #expect(await limiter.begin("e2", client: "10.0.0.4", now: now) == nil)
        #expect(await limiter.begin("e3", client: "10.0.0.5", now: now) == 1)
        await limiter.end("e1", client: "10.0.0.3", succeeded: false)
        await limiter.end("e2", client: "10.0.0.4", succeeded: false)
        // The server's total (8): 5 + 2 failures counted so far, one more, then everyone waits.
        #expect(await limiter.begin("f", client: "10.0.0.6", now: now) == nil)
        await limiter.end("f", client: "10.0.0.6", succeeded: false)
        #expect(await limiter.begin("g", client: "10.0.0.7", now: now) != nil)
        // A minute later all is forgotten.
        #expect(await limiter.begin("anna", client: "10.0.0.1", now: now.addingTimeInterval(61)) == nil)
    }
}
