import Activa
import ActivaStore

/// The store as the request's principal may see it (issue 17): a register of another administration does not exist
/// (404, not 403: its existence is not told), one it may only read cannot be changed (403), and a new register goes
/// into an administration it may write in. Every route uses this one, so no route can forget a check.
struct GuardedStore: RegisterStore {
    let base: any RegisterStore & AccessStore

    private func check(_ id: String, write: Bool) async throws -> Bool {
        guard case .some(let administration) = try await base.administration(ofRegister: id) else { return false }
        let principal = Principal.current
        guard principal.canRead(administration) else { return false }
        if write, !principal.canWrite(administration) { throw StoreError.forbidden }
        return true
    }

    func create(_ register: Register) async throws -> StoredRegister {
        let principal = Principal.current
        // The administration asked for (by id or name), resolved; one asked for that is not there, or not the
        // caller's, is the same "which administration?" (its existence is not told), never a register filed elsewhere.
        let wanted = StoreActor.administration.flatMap { $0.isEmpty ? nil : $0 }
        let asked = try await wanted.asyncMap { wanted in try await base.administrations().first { $0.id == wanted || $0.name == wanted }?.id }
        if wanted != nil, asked == nil { throw StoreError.administrationNeeded }
        if case .everything = principal {
            return try await StoreActor.$administration.withValue(asked) { try await base.create(register) }
        }
        if let asked, !principal.canRead(asked) { throw StoreError.administrationNeeded }
        let target = asked ?? (principal.writable.count == 1 ? principal.writable[0] : nil)
        guard let target, principal.canWrite(target) else {
            // Only readable: not allowed, rather than "which administration?".
            if principal.writable.isEmpty || asked != nil { throw StoreError.forbidden }
            throw StoreError.administrationNeeded
        }
        return try await StoreActor.$administration.withValue(target) { try await base.create(register) }
    }

    func read(id: String) async throws -> StoredRegister? {
        guard try await check(id, write: false) else { return nil }
        return try await base.read(id: id)
    }

    func list() async throws -> [RegisterSummary] {
        guard let readable = Principal.current.readable else { return try await base.list() }
        return try await base.list(administrations: readable)
    }

    func update(id: String, register: Register, expectedVersion: Int) async throws -> StoredRegister {
        guard try await check(id, write: true) else { throw StoreError.notFound }
        return try await base.update(id: id, register: register, expectedVersion: expectedVersion)
    }

    func delete(id: String, expectedVersion: Int?) async throws -> Bool {
        guard try await check(id, write: true) else { return false }
        return try await base.delete(id: id, expectedVersion: expectedVersion)
    }

    func versions(id: String) async throws -> [RegisterVersion]? {
        guard try await check(id, write: false) else { return nil }
        return try await base.versions(id: id)
    }

    func read(id: String, version: Int) async throws -> StoredRegister? {
        guard try await check(id, write: false) else { return nil }
        return try await base.read(id: id, version: version)
    }

    func restore(id: String, version: Int, expectedVersion: Int) async throws -> StoredRegister {
        guard try await check(id, write: true) else { throw StoreError.notFound }
        return try await base.restore(id: id, version: version, expectedVersion: expectedVersion)
    }
}

extension Optional {
    /// `map` with an asynchronous transform.
    func asyncMap<U>(_ transform: (Wrapped) async throws -> U?) async rethrows -> U? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
