import Activa
@testable import ActivaServer
import ActivaStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Issue 17, "who may do what": an office's users see only the administrations granted to them, with their role;
/// an API key reads or writes one administration; nothing is served without either.
@Suite("Users, administrations and keys")
struct OfficeTests {
    let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
    static let register = #"{"entity": {"name": "Bakkerij Jansen"}, "assets": [{"id": "oven", "committed": "2024-03-01", "inUse": "2024-03-01", "cost": "12000", "life": 10}]}"#

    /// Two administrations; anna works in Jansen, bert may only read it, carla works in Smit; a write key for Jansen,
    /// a read key for Smit.
    func office() async throws -> (store: SQLiteRegisterStore, jansenWrite: String, smitRead: String, smitReadId: String) {
        let store = try SQLiteRegisterStore(path: ":memory:")
        _ = try await store.addAdministration(name: "Jansen")
        _ = try await store.addAdministration(name: "Smit")
        for (name, administration, role) in [("anna", "Jansen", Role.medewerker), ("bert", "Jansen", .alleenLezen), ("carla", "Smit", .beheerder)] {
            _ = try await store.addUser(name: name, passwordHash: Accounts.hashPassword("wachtwoord-\(name)", cost: 4))
            try await store.grant(user: name, administration: administration, role: role)
        }
        let write = Accounts.newKeySecret(), read = Accounts.newKeySecret()
        let jansenKey = try await store.addKey(administration: "Jansen", scope: .write, secretHash: write.hash)
        let smitKey = try await store.addKey(administration: "Smit", scope: .read, secretHash: read.hash)
        return (store, Accounts.keyText(id: jansenKey.id, secret: write.secret), Accounts.keyText(id: smitKey.id, secret: read.secret), smitKey.id)
    }

    func login(_ client: any TestClientProtocol, _ name: String) async throws -> HTTPFields {
        try await client.execute(uri: "/login", method: .post, headers: form, body: ByteBuffer(string: "name=\(name)&password=wachtwoord-\(name)")) { response in
            #expect(response.status == .seeOther, "\(name)")
            let cookie = response.headers[.setCookie] ?? ""
            #expect(cookie.hasPrefix("activa_user=") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
            return [.cookie: String(cookie.prefix { $0 != ";" })]
        }
    }

    @Test("each sees only the administrations granted; a read-only role or key cannot change; a revoked key is nobody; versions say who")
    func roles() async throws {
        let (store, jansenWrite, smitRead, smitReadId) = try await office()
        try await withApp(store: store) { client in
            // Nothing without logging in, once there are users.
            try await client.execute(uri: "/api/v1/registers", method: .get) { #expect($0.status == .unauthorized) }
            try await client.execute(uri: "/", method: .get) { #expect($0.headers[.location] == "/login") }
            try await client.execute(uri: "/login", method: .get) { response in
                #expect(response.text.contains("name=\"password\"") && !response.text.contains("id=\"single-user\""))
            }
            try await client.execute(uri: "/login", method: .post, headers: form, body: ByteBuffer(string: "name=anna&password=fout")) {
                #expect($0.status == .unauthorized)
            }
            let anna = try await login(client, "anna"), bert = try await login(client, "bert"), carla = try await login(client, "carla")
            // anna creates a register in Jansen, the one administration she writes in.
            let id = try await client.execute(uri: "/api/v1/registers", method: .post, headers: anna, body: ByteBuffer(string: Self.register)) { response in
                #expect(response.status == .created, "\(response.text)")
                return String(response.text.split(separator: "\"")[3])
            }
            try await client.execute(uri: "/api/v1/registers", method: .get, headers: bert) { #expect($0.text.contains(id)) }
            try await client.execute(uri: "/api/v1/registers", method: .get, headers: carla) { #expect(!$0.text.contains(id)) }
            // Another administration's register does not exist for carla nor for Smit's key.
            for headers in [carla, [.authorization: "Bearer \(smitRead)"] as HTTPFields] {
                try await client.execute(uri: "/api/v1/registers/\(id)", method: .get, headers: headers) { #expect($0.status == .notFound) }
                try await client.execute(uri: "/api/v1/registers/\(id)/report", method: .get, headers: headers) { #expect($0.status == .notFound) }
                try await client.execute(uri: "/registers/\(id)", method: .get, headers: headers) { #expect($0.status == .notFound) }
                try await client.execute(uri: "/api/v1/registers/\(id)", method: .delete, headers: headers) { #expect($0.status == .notFound) }
            }
            // bert may read Jansen, not change it; the page offers him no changes.
            try await client.execute(uri: "/api/v1/registers/\(id)", method: .get, headers: bert) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/v1/registers/\(id)", method: .put, headers: bert + [.ifMatch: "\"1\""], body: ByteBuffer(string: Self.register)) {
                #expect($0.status == .forbidden)
            }
            try await client.execute(uri: "/registers/\(id)", method: .get, headers: bert) { #expect(!$0.text.contains("/assets/new")) }
            try await client.execute(uri: "/registers/\(id)", method: .get, headers: anna) { response in
                #expect(response.text.contains("/assets/new"))
                #expect(response.text.contains("ingelogd als anna") && response.text.contains("id=\"logout\""))
            }
            try await client.execute(uri: "/api/v1/registers", method: .post, headers: bert, body: ByteBuffer(string: Self.register)) { #expect($0.status == .forbidden) }
            // Jansen's write key changes it; the version says who.
            let changed = Self.register.replacingOccurrences(of: "12000", with: "12500")
            try await client.execute(uri: "/api/v1/registers/\(id)", method: .put, headers: [.authorization: "Bearer \(jansenWrite)", .ifMatch: "\"1\""],
                                     body: ByteBuffer(string: changed)) { #expect($0.status == .ok) }
            let versions = try await store.versions(id: id) ?? []
            #expect(versions.map(\.actor) == ["anna", "sleutel \(String(jansenWrite.split(separator: "_")[1]))"])
            // A key with a wrong secret, and a revoked key, are nobody.
            let wrong = smitRead.dropLast() + (smitRead.hasSuffix("0") ? "1" : "0")   // the secret's last digit changed
            try await client.execute(uri: "/api/v1/registers", method: .get, headers: [.authorization: "Bearer \(wrong)"]) { #expect($0.status == .unauthorized) }
            #expect(try await store.revokeKey(id: smitReadId))
            try await client.execute(uri: "/api/v1/registers", method: .get, headers: [.authorization: "Bearer \(smitRead)"]) { #expect($0.status == .unauthorized) }
            // A removed user's session ends with them.
            #expect(try await store.removeUser(name: "carla"))
            try await client.execute(uri: "/api/v1/registers", method: .get, headers: carla) { #expect($0.status == .unauthorized) }
        }
    }

    @Test("a session is signed with the database's secret: altered or expired, it is nobody")
    func sessions() async throws {
        let secret = Array(repeating: UInt8(7), count: 32)
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let session = Accounts.session(user: "u1", secret: secret, now: now)
        #expect(Accounts.sessionUser(session, secret: secret, now: now) == "u1")
        #expect(Accounts.sessionUser(session, secret: secret, now: now.addingTimeInterval(AccessGuard.sessionLifetime + 1)) == nil)
        #expect(Accounts.sessionUser(session.replacingOccurrences(of: "u1.", with: "u2."), secret: secret, now: now) == nil)
        #expect(Accounts.sessionUser(session, secret: Array(repeating: 8, count: 32), now: now) == nil)
    }
}
