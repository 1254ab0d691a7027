import Foundation

/// Who does what, as the store needs to know it: set by the server for each request (task-local), so the store's
/// methods keep their shape.
public enum StoreActor {
    /// Written with every version the request makes (the register's history says who).
    @TaskLocal public static var name: String?
    /// The administration a register created by the request belongs to.
    @TaskLocal public static var administration: String?
    /// What an update is, when it is more than a change: `close` (a year closed), `correction` (a change accepted
    /// as the correction of an error). The history says it.
    @TaskLocal public static var action: String?
}

/// What a user may do in an administration (issue 17).
public enum Role: String, Sendable, CaseIterable {
    case beheerder
    case medewerker
    case alleenLezen = "alleen-lezen"

    public var canWrite: Bool { self != .alleenLezen }
}

/// What an API key may do in its administration.
public enum KeyScope: String, Sendable, CaseIterable {
    case read, write
}

/// An office's client, or a group of them: the registers it holds are seen only by the users granted it.
public struct Administration: Sendable, Equatable {
    public let id: String
    public let name: String
}

public struct User: Sendable, Equatable {
    public let id: String
    public let name: String
    /// Administration id → role.
    public let roles: [String: Role]
}

public struct APIKey: Sendable, Equatable {
    public let id: String
    public let administrationId: String
    public let scope: KeyScope
    public let createdAt: String
    public let revokedAt: String?
}

/// Users, administrations, memberships and API keys, beside the registers (SQLite: `SQLiteRegisterStore`). Secrets
/// arrive hashed: the store never sees a password or a key.
public protocol AccessStore: Sendable {
    func addAdministration(name: String) async throws -> Administration
    func administrations() async throws -> [Administration]
    /// Puts every register that has no administration into `administration` (taking over a server that ran without
    /// users); the number moved.
    func assignUnassignedRegisters(to administration: String) async throws -> Int
    func addUser(name: String, passwordHash: String) async throws -> User
    func users() async throws -> [User]
    func user(id: String) async throws -> User?
    /// The user and the password hash to check a login against.
    func login(name: String) async throws -> (user: User, passwordHash: String)?
    func removeUser(name: String) async throws -> Bool
    func grant(user: String, administration: String, role: Role?) async throws
    func addKey(administration: String, scope: KeyScope, secretHash: String) async throws -> APIKey
    func keys() async throws -> [APIKey]
    func key(id: String) async throws -> (key: APIKey, secretHash: String)?
    func revokeKey(id: String) async throws -> Bool
    /// Whether an administration, a user or a key was ever made: then nothing is served without logging in.
    func hasAccounts() async throws -> Bool
    /// 32 random bytes made once per database: the key that signs the page's sessions.
    func sessionSecret() async throws -> [UInt8]
    /// The administration a stored register belongs to: `.some(nil)` for none, nil when there is no such register.
    func administration(ofRegister id: String) async throws -> String??
    func list(administrations: Set<String>) async throws -> [RegisterSummary]
}

/// A name that is not there, or taken.
public enum AccessError: Error, Equatable, Sendable {
    case unknownUser(String)
    case unknownAdministration(String)
    case nameTaken(String)
}
