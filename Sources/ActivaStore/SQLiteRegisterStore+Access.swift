import Foundation
import GRDB

/// Users, administrations and keys in the same SQLite file as the registers (migration v3).
extension SQLiteRegisterStore: AccessStore {
    static func newId() -> String { UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16).description }

    public func addAdministration(name: String) async throws -> Administration {
        let id = Self.newId(), at = Self.now()
        try await writing { try await database.write { db in
            guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM administrations WHERE name = ?", arguments: [name]) == 0 else {
                throw AccessError.nameTaken(name)
            }
            try db.execute(sql: "INSERT INTO administrations (id, name, createdAt) VALUES (?, ?, ?)", arguments: [id, name, at])
        } }
        return Administration(id: id, name: name)
    }

    public func administrations() async throws -> [Administration] {
        try await writing { try await database.read { db in
            try Row.fetchAll(db, sql: "SELECT id, name FROM administrations ORDER BY name").map { Administration(id: $0["id"], name: $0["name"]) }
        } }
    }

    public func assignUnassignedRegisters(to administration: String) async throws -> Int {
        try await writing { try await database.write { db in
            let id = try Self.administrationId(db, administration)
            try db.execute(sql: "UPDATE registers SET administrationId = ? WHERE administrationId IS NULL", arguments: [id])
            return db.changesCount
        } }
    }

    /// An administration by id or by name.
    static func administrationId(_ db: Database, _ reference: String) throws -> String {
        if let id = try String.fetchOne(db, sql: "SELECT id FROM administrations WHERE id = ? OR name = ?", arguments: [reference, reference]) {
            return id
        }
        throw AccessError.unknownAdministration(reference)
    }

    public func addUser(name: String, passwordHash: String) async throws -> User {
        let id = Self.newId(), at = Self.now()
        try await writing { try await database.write { db in
            guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM users WHERE name = ?", arguments: [name]) == 0 else { throw AccessError.nameTaken(name) }
            try db.execute(sql: "INSERT INTO users (id, name, passwordHash, createdAt) VALUES (?, ?, ?, ?)", arguments: [id, name, passwordHash, at])
        } }
        return User(id: id, name: name, roles: [:])
    }

    static func roles(_ db: Database, user id: String) throws -> [String: Role] {
        var roles: [String: Role] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT administrationId, role FROM memberships WHERE userId = ?", arguments: [id]) {
            if let role = Role(rawValue: row["role"]) { roles[row["administrationId"]] = role }
        }
        return roles
    }

    public func users() async throws -> [User] {
        try await writing { try await database.read { db in
            try Row.fetchAll(db, sql: "SELECT id, name FROM users ORDER BY name").map { row in
                User(id: row["id"], name: row["name"], roles: try Self.roles(db, user: row["id"]))
            }
        } }
    }

    public func user(id: String) async throws -> User? {
        try await writing { try await database.read { db in
            guard let name = try String.fetchOne(db, sql: "SELECT name FROM users WHERE id = ?", arguments: [id]) else { return nil }
            return User(id: id, name: name, roles: try Self.roles(db, user: id))
        } }
    }

    public func login(name: String) async throws -> (user: User, passwordHash: String)? {
        try await writing { try await database.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT id, passwordHash FROM users WHERE name = ?", arguments: [name]) else { return nil }
            let id: String = row["id"]
            return (User(id: id, name: name, roles: try Self.roles(db, user: id)), row["passwordHash"])
        } }
    }

    public func removeUser(name: String) async throws -> Bool {
        try await writing { try await database.write { db in
            try db.execute(sql: "DELETE FROM memberships WHERE userId IN (SELECT id FROM users WHERE name = ?)", arguments: [name])
            try db.execute(sql: "DELETE FROM users WHERE name = ?", arguments: [name])
            return db.changesCount > 0
        } }
    }

    public func grant(user: String, administration: String, role: Role?) async throws {
        try await writing { try await database.write { db in
            guard let userId = try String.fetchOne(db, sql: "SELECT id FROM users WHERE name = ? OR id = ?", arguments: [user, user]) else {
                throw AccessError.unknownUser(user)
            }
            let administrationId = try Self.administrationId(db, administration)
            try db.execute(sql: "DELETE FROM memberships WHERE userId = ? AND administrationId = ?", arguments: [userId, administrationId])
            if let role {
                try db.execute(sql: "INSERT INTO memberships (userId, administrationId, role) VALUES (?, ?, ?)",
                               arguments: [userId, administrationId, role.rawValue])
            }
        } }
    }

    public func addKey(administration: String, scope: KeyScope, secretHash: String) async throws -> APIKey {
        let id = Self.newId(), at = Self.now()
        let administrationId = try await writing { try await database.write { db in
            let administrationId = try Self.administrationId(db, administration)
            try db.execute(sql: "INSERT INTO apiKeys (id, administrationId, scope, secretHash, createdAt) VALUES (?, ?, ?, ?, ?)",
                           arguments: [id, administrationId, scope.rawValue, secretHash, at])
            return administrationId
        } }
        return APIKey(id: id, administrationId: administrationId, scope: scope, createdAt: at, revokedAt: nil)
    }

    static func key(_ row: Row) -> APIKey {
        APIKey(id: row["id"], administrationId: row["administrationId"], scope: KeyScope(rawValue: row["scope"]) ?? .read,
               createdAt: row["createdAt"], revokedAt: row["revokedAt"])
    }

    public func keys() async throws -> [APIKey] {
        try await writing { try await database.read { db in
            try Row.fetchAll(db, sql: "SELECT id, administrationId, scope, createdAt, revokedAt FROM apiKeys ORDER BY createdAt, id").map(Self.key)
        } }
    }

    public func key(id: String) async throws -> (key: APIKey, secretHash: String)? {
        try await writing { try await database.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT id, administrationId, scope, createdAt, revokedAt, secretHash FROM apiKeys WHERE id = ?",
                                             arguments: [id]) else { return nil }
            return (Self.key(row), row["secretHash"])
        } }
    }

    public func revokeKey(id: String) async throws -> Bool {
        let at = Self.now()
        return try await writing { try await database.write { db in
            try db.execute(sql: "UPDATE apiKeys SET revokedAt = ? WHERE id = ? AND revokedAt IS NULL", arguments: [at, id])
            return db.changesCount > 0
        } }
    }

    public func hasAccounts() async throws -> Bool {
        // Once true it stays true (an office stays closed); false is asked again after a second, so an account
        // made with the CLI while the server runs closes it at once.
        let cached = accessCache.withLock { $0 }
        if cached.accounts || Date().timeIntervalSince(cached.checked) < 1 { return cached.accounts }
        let found = try await countAccounts()
        accessCache.withLock { $0.accounts = found; $0.checked = Date() }
        return found
    }

    private func countAccounts() async throws -> Bool {
        try await writing { try await database.read { db in
            // Once an office has set up administrations, users or keys, it stays closed: removing the last user or
            // revoking the last key must not open the server to everyone.
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM users) OR EXISTS (SELECT 1 FROM apiKeys) OR EXISTS (SELECT 1 FROM administrations)") ?? false
        } }
    }

    public func sessionSecret() async throws -> [UInt8] {
        if let secret = accessCache.withLock({ $0.secret }) { return secret }
        let bytes = try await readSessionSecret()
        accessCache.withLock { $0.secret = bytes }
        return bytes
    }

    private func readSessionSecret() async throws -> [UInt8] {
        let hex = try await writing { try await database.write { db -> String in
            if let value = try String.fetchOne(db, sql: "SELECT value FROM settings WHERE name = 'sessionSecret'") { return value }
            var generator = SystemRandomNumberGenerator()
            let value = (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
            try db.execute(sql: "INSERT INTO settings (name, value) VALUES ('sessionSecret', ?)", arguments: [value])
            return value
        } }
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex, let next = hex.index(index, offsetBy: 2, limitedBy: hex.endIndex), let byte = UInt8(hex[index..<next], radix: 16) {
            bytes.append(byte)
            index = next
        }
        return bytes
    }

    public func administration(ofRegister id: String) async throws -> String?? {
        try await writing { try await database.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT administrationId FROM registers WHERE id = ?", arguments: [id]) else { return nil }
            return .some(row["administrationId"])
        } }
    }

    public func list(administrations: Set<String>) async throws -> [RegisterSummary] {
        guard !administrations.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: administrations.count).joined(separator: ", ")
        return try await writing { try await database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT r.id, r.version, r.name, r.taxpayer, r.updatedAt, (SELECT COUNT(*) FROM assets a WHERE a.registerId = r.id) AS assetCount
                FROM registers r WHERE r.administrationId IN (\(marks)) ORDER BY r.name, r.id
                """, arguments: StatementArguments(administrations.sorted())).map { row in
                RegisterSummary(id: row["id"], version: row["version"], name: row["name"], taxpayer: row["taxpayer"],
                                assetCount: row["assetCount"], updatedAt: row["updatedAt"])
            }
        } }
    }
}
