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
    /// Deletes a register (at `expectedVersion` when given). False when there was none.
    func delete(id: String, expectedVersion: Int?) async throws -> Bool
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
}
