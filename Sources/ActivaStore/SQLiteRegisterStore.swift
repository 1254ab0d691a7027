import Activa
import ActivaFormats
import Foundation
import GRDB
import Synchronization

/// Registers in SQLite (GRDB): a `registers` table with the register as its file-format JSON document (lossless),
/// its `assets` denormalised for queries, every version's document in `versions`, and an `events` log of every
/// change. WAL mode; versioned migrations; every write is one transaction.
public final class SQLiteRegisterStore: RegisterStore {
    let database: any DatabaseWriter
    /// The session secret once read, and whether accounts exist (true stays true): asked on every request.
    let accessCache = Mutex<(secret: [UInt8]?, accounts: Bool, checked: Date)>((nil, false, .distantPast))

    /// Opens (or creates) the database file. `path == ":memory:"` gives a private in-memory database. A write waits
    /// `busyTimeout` seconds for another writer.
    public init(path: String, busyTimeout: TimeInterval = 5) throws {
        // A write waits up to five seconds for another one (another process on the same file, a backup); then it
        // fails as `StoreError.busy` (503 with Retry-After), never with SQLite's text.
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        if path == ":memory:" {
            database = try DatabaseQueue(configuration: configuration)
        } else {
            database = try DatabasePool(path: path, configuration: configuration)
        }
        try Self.migrator.migrate(database)
    }

    /// Runs a database call, turning a database that stays locked into `StoreError.busy`.
    func writing<T>(_ work: () async throws -> T) async throws -> T {
        do {
            return try await work()
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
            throw StoreError.busy
        }
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: registers, assets, events") { db in
            try db.create(table: "registers") { t in
                t.primaryKey("id", .text)
                t.column("version", .integer).notNull()
                t.column("name", .text)
                t.column("taxpayer", .text).notNull()
                t.column("document", .text).notNull()
                t.column("createdAt", .text).notNull()
                t.column("updatedAt", .text).notNull()
            }
            try db.create(table: "assets") { t in
                t.column("registerId", .text).notNull().references("registers", onDelete: .cascade)
                t.column("position", .integer).notNull()
                t.column("assetId", .text).notNull()
                t.column("description", .text)
                t.column("kind", .text).notNull()
                t.column("committed", .text).notNull()
                t.column("inUse", .text)
                t.column("cost", .text).notNull()
                t.column("disposalDate", .text)
                t.primaryKey(["registerId", "assetId"])
            }
            try db.create(table: "events") { t in
                t.autoIncrementedPrimaryKey("sequence")
                t.column("registerId", .text).notNull()
                t.column("version", .integer).notNull()
                t.column("action", .text).notNull()
                t.column("at", .text).notNull()
            }
            try db.create(index: "events_by_register", on: "events", columns: ["registerId", "version"])
        }
        migrator.registerMigration("v2: every version's document") { db in
            try db.create(table: "versions") { t in
                t.column("registerId", .text).notNull().references("registers", onDelete: .cascade)
                t.column("version", .integer).notNull()
                t.column("document", .text).notNull()
                t.column("at", .text).notNull()
                t.column("action", .text).notNull()
                t.column("restoredFrom", .integer)
                t.column("assetCount", .integer).notNull()
                t.primaryKey(["registerId", "version"])
            }
            // A database from before keeps its registers' current documents as their first known version.
            try db.execute(sql: """
                INSERT INTO versions (registerId, version, document, at, action, assetCount)
                SELECT r.id, r.version, r.document, r.updatedAt, CASE r.version WHEN 1 THEN 'create' ELSE 'update' END,
                       (SELECT COUNT(*) FROM assets a WHERE a.registerId = r.id) FROM registers r
                """)
        }
        migrator.registerMigration("v3: users, administrations, memberships, API keys, who made a version") { db in
            try db.create(table: "administrations") { t in
                t.primaryKey("id", .text)
                t.column("name", .text).notNull().unique()
                t.column("createdAt", .text).notNull()
            }
            try db.create(table: "users") { t in
                t.primaryKey("id", .text)
                t.column("name", .text).notNull().unique()
                t.column("passwordHash", .text).notNull()
                t.column("createdAt", .text).notNull()
            }
            try db.create(table: "memberships") { t in
                t.column("userId", .text).notNull().references("users", onDelete: .cascade)
                t.column("administrationId", .text).notNull().references("administrations", onDelete: .cascade)
                t.column("role", .text).notNull()
                t.primaryKey(["userId", "administrationId"])
            }
            try db.create(table: "apiKeys") { t in
                t.primaryKey("id", .text)
                t.column("administrationId", .text).notNull().references("administrations", onDelete: .cascade)
                t.column("scope", .text).notNull()
                t.column("secretHash", .text).notNull()
                t.column("createdAt", .text).notNull()
                t.column("revokedAt", .text)
            }
            // The key that signs the page's sessions: one per database, so servers that share it share the sessions.
            try db.create(table: "settings") { t in
                t.primaryKey("name", .text)
                t.column("value", .text).notNull()
            }
            try db.alter(table: "registers") { t in t.add(column: "administrationId", .text) }
            try db.alter(table: "versions") { t in t.add(column: "actor", .text) }
        }
        return migrator
    }

    static func now() -> String {
        ISO8601DateFormatter().string(from: Date())
    }

    public func create(_ register: Register) async throws -> StoredRegister {
        let id = UUID().uuidString.lowercased()
        let at = Self.now()
        let document = RegisterWriter.json(register).serialized()
        try await writing { try await database.write { db in
            try db.execute(sql: """
                INSERT INTO registers (id, version, name, taxpayer, document, createdAt, updatedAt, administrationId) VALUES (?, 1, ?, ?, ?, ?, ?, ?)
                """, arguments: [id, register.entity.name, register.entity.taxpayer.rawValue, document, at, at, StoreActor.administration])
            try Self.writeAssets(db, id: id, register: register)
            try Self.writeVersion(db, id: id, version: 1, document: document, at: at, action: "create", restoredFrom: nil, assetCount: register.assets.count)
            try db.execute(sql: "INSERT INTO events (registerId, version, action, at) VALUES (?, 1, 'create', ?)", arguments: [id, at])
        } }
        return StoredRegister(id: id, version: 1, register: register, createdAt: at, updatedAt: at)
    }

    static func writeVersion(_ db: Database, id: String, version: Int, document: String, at: String, action: String,
                             restoredFrom: Int?, assetCount: Int) throws {
        try db.execute(sql: """
            INSERT INTO versions (registerId, version, document, at, action, restoredFrom, assetCount, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [id, version, document, at, action, restoredFrom, assetCount, StoreActor.name])
    }

    static func writeAssets(_ db: Database, id: String, register: Register) throws {
        try db.execute(sql: "DELETE FROM assets WHERE registerId = ?", arguments: [id])
        for (position, asset) in register.assets.enumerated() {
            try db.execute(sql: """
                INSERT INTO assets (registerId, position, assetId, description, kind, committed, inUse, cost, disposalDate)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [id, position, asset.id, asset.description, asset.kind.rawValue, asset.committed.description,
                                 asset.inUse?.description, asset.cost.description, asset.disposal?.date.description])
        }
    }

    public func read(id: String) async throws -> StoredRegister? {
        let row = try await writing { try await database.read { db in
            try Row.fetchOne(db, sql: "SELECT id, version, document, createdAt, updatedAt FROM registers WHERE id = ?", arguments: [id])
        } }
        guard let row else { return nil }
        let document: String = row["document"]
        do {
            let register = try RegisterReader.read(document, format: .json)
            return StoredRegister(id: row["id"], version: row["version"], register: register, createdAt: row["createdAt"],
                                  updatedAt: row["updatedAt"])
        } catch {
            throw StoreError.corrupt(error.issues.map { $0.describe(file: id, .en) }.joined(separator: "; "))
        }
    }

    public func list() async throws -> [RegisterSummary] {
        try await writing { try await database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT r.id, r.version, r.name, r.taxpayer, r.updatedAt, (SELECT COUNT(*) FROM assets a WHERE a.registerId = r.id) AS assetCount
                FROM registers r ORDER BY r.name, r.id
                """).map { row in
                RegisterSummary(id: row["id"], version: row["version"], name: row["name"], taxpayer: row["taxpayer"],
                                assetCount: row["assetCount"], updatedAt: row["updatedAt"])
            }
        } }
    }

    public func update(id: String, register: Register, expectedVersion: Int) async throws -> StoredRegister {
        try await write(id: id, expectedVersion: expectedVersion) { _ in (register, nil) }
    }

    public func restore(id: String, version: Int, expectedVersion: Int) async throws -> StoredRegister {
        try await write(id: id, expectedVersion: expectedVersion) { db in
            guard let document = try String.fetchOne(db, sql: "SELECT document FROM versions WHERE registerId = ? AND version = ?",
                                                     arguments: [id, version]) else { throw StoreError.versionNotFound(version) }
            return (try Self.register(from: document, id: id), version)
        }
    }

    /// The next version of a register, in one transaction: `make` gives the register (and, for a restore, the
    /// version it brings back) once the expected version is checked.
    private func write(id: String, expectedVersion: Int,
                       make: @escaping @Sendable (Database) throws -> (Register, restoredFrom: Int?)) async throws -> StoredRegister {
        let at = Self.now()
        return try await writing { try await database.write { db -> StoredRegister in
            guard let row = try Row.fetchOne(db, sql: "SELECT version, createdAt FROM registers WHERE id = ?", arguments: [id]) else {
                throw StoreError.notFound
            }
            let current: Int = row["version"]
            guard current == expectedVersion else { throw StoreError.conflict(current: current) }
            let (register, restoredFrom) = try make(db)
            let document = RegisterWriter.json(register).serialized()
            let next = current + 1, action = restoredFrom == nil ? (StoreActor.action ?? "update") : "restore"
            try db.execute(sql: """
                UPDATE registers SET version = ?, name = ?, taxpayer = ?, document = ?, updatedAt = ? WHERE id = ? AND version = ?
                """, arguments: [next, register.entity.name, register.entity.taxpayer.rawValue, document, at, id, current])
            try Self.writeAssets(db, id: id, register: register)
            try Self.writeVersion(db, id: id, version: next, document: document, at: at, action: action, restoredFrom: restoredFrom,
                                  assetCount: register.assets.count)
            try db.execute(sql: "INSERT INTO events (registerId, version, action, at) VALUES (?, ?, ?, ?)", arguments: [id, next, action, at])
            return StoredRegister(id: id, version: next, register: register, createdAt: row["createdAt"], updatedAt: at)
        } }
    }

    public func versions(id: String) async throws -> [RegisterVersion]? {
        try await writing { try await database.read { db in
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM registers WHERE id = ?)", arguments: [id]) == true else { return nil }
            return try Row.fetchAll(db, sql: """
                SELECT version, at, action, restoredFrom, assetCount, actor FROM versions WHERE registerId = ? ORDER BY version
                """, arguments: [id]).map { row in
                RegisterVersion(version: row["version"], at: row["at"], action: row["action"], restoredFrom: row["restoredFrom"],
                                assetCount: row["assetCount"], actor: row["actor"])
            }
        } }
    }

    public func read(id: String, version: Int) async throws -> StoredRegister? {
        let row = try await writing { try await database.read { db in
            try Row.fetchOne(db, sql: """
                SELECT v.document, v.at, r.createdAt FROM versions v JOIN registers r ON r.id = v.registerId
                WHERE v.registerId = ? AND v.version = ?
                """, arguments: [id, version])
        } }
        guard let row else { return nil }
        return StoredRegister(id: id, version: version, register: try Self.register(from: row["document"], id: id),
                              createdAt: row["createdAt"], updatedAt: row["at"])
    }

    /// A stored document read back; one that no longer reads is reported, never a crash.
    static func register(from document: String, id: String) throws -> Register {
        do {
            return try RegisterReader.read(document, format: .json)
        } catch {
            throw StoreError.corrupt(error.issues.map { $0.describe(file: id, .en) }.joined(separator: "; "))
        }
    }

    public func delete(id: String, expectedVersion: Int?) async throws -> Bool {
        let at = Self.now()
        return try await writing { try await database.write { db in
            guard let current = try Int.fetchOne(db, sql: "SELECT version FROM registers WHERE id = ?", arguments: [id]) else { return false }
            if let expectedVersion, expectedVersion != current { throw StoreError.conflict(current: current) }
            try db.execute(sql: "DELETE FROM assets WHERE registerId = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM versions WHERE registerId = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM registers WHERE id = ?", arguments: [id])
            try db.execute(sql: "INSERT INTO events (registerId, version, action, at) VALUES (?, ?, 'delete', ?)", arguments: [id, current, at])
            return true
        } }
    }

    /// The change log of a register: (version, action, at).
    public func events(id: String) async throws -> [(version: Int, action: String, at: String)] {
        try await writing { try await database.read { db in
            try Row.fetchAll(db, sql: "SELECT version, action, at FROM events WHERE registerId = ? ORDER BY sequence", arguments: [id])
                .map { ($0["version"], $0["action"], $0["at"]) }
        } }
    }

    /// The journal mode, for tests ("wal" for a file database).
    public func journalMode() async throws -> String {
        try await writing { try await database.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" } }
    }
}
