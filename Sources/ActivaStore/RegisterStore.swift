import Activa

/// Where registers are kept. The server talks to this protocol only, so a PostgreSQL store for many replicas can
/// follow the SQLite one without touching the routes.
public protocol RegisterStore: Sendable {
    /// Stores a new register; version 1.
    func create(_ register: Register) async throws -> StoredRegister
    func read(id: String) async throws -> StoredRegister?
    func list() async throws -> [RegisterSummary]
    /// Replaces a register if it is still at `expectedVersion`; otherwise `StoreError.conflict`. All or nothing.
    func update(id: String, register: Register, expectedVersion: Int) async throws -> StoredRegister
    /// Deletes a register (at `expectedVersion` when given), with its versions. False when there was none.
    func delete(id: String, expectedVersion: Int?) async throws -> Bool
    /// Every version of a register, oldest first; nil when there is no such register.
    func versions(id: String) async throws -> [RegisterVersion]?
    /// The register as it was at `version`; nil when the register or that version does not exist.
    func read(id: String, version: Int) async throws -> StoredRegister?
    /// Makes the document of `version` the next version (if the register is still at `expectedVersion`): nothing of
    /// the history is lost, the restore is itself a version.
    func restore(id: String, version: Int, expectedVersion: Int) async throws -> StoredRegister
}

/// One version of a stored register: when it was made, and how (`create`, `update`, `restore`).
public struct RegisterVersion: Sendable, Equatable {
    public let version: Int
    public let at: String
    public let action: String
    /// For a restore: the version whose document it brought back.
    public let restoredFrom: Int?
    public let assetCount: Int
    /// Who made it (a user's name, an API key's id); nil when the server ran without users.
    public let actor: String?

    public init(version: Int, at: String, action: String, restoredFrom: Int?, assetCount: Int, actor: String? = nil) {
        self.version = version
        self.at = at
        self.action = action
        self.restoredFrom = restoredFrom
        self.assetCount = assetCount
        self.actor = actor
    }
}

/// A register as stored: its id, its version (raised by every update) and the register itself.
public struct StoredRegister: Sendable, Equatable {
    public let id: String
    public let version: Int
    public let register: Register
    public let createdAt: String
    public let updatedAt: String

    public init(id: String, version: Int, register: Register, createdAt: String, updatedAt: String) {
        self.id = id
        self.version = version
        self.register = register
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

/// One line of the list of registers.
public struct RegisterSummary: Sendable, Equatable {
    public let id: String
    public let version: Int
    public let name: String?
    public let taxpayer: String
    public let assetCount: Int
    public let updatedAt: String
}

public enum StoreError: Error, Sendable, Equatable {
    case notFound
    /// The register was changed since it was read: the stored version is `current`.
    case conflict(current: Int)
    /// A stored document that no longer reads (should not happen; reported, never crashes).
    case corrupt(String)
    /// The register has no such version.
    case versionNotFound(Int)
    /// The database stayed locked by another writer longer than a write waits: try again shortly.
    case busy
    /// The request may read this register but not change it (a read-only role or key).
    case forbidden
    /// A new register needs an administration and the request names none (or one it may not write in).
    case administrationNeeded
}
