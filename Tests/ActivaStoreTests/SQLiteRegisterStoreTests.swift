import Activa
import ActivaFormats
@testable import ActivaStore
import GRDB
import Foundation
import Testing

func exampleRegister(_ name: String) throws -> Register {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Examples/\(name).yaml")
    return try RegisterReader.read(String(contentsOf: url, encoding: .utf8), format: .yaml)
}

func temporaryDatabase() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("activa-store-\(UUID().uuidString).sqlite").path
}

@Suite("SQLite register store")
struct SQLiteRegisterStoreTests {
    @Test("create, read, list, update, delete; the register comes back exactly")
    func lifecycle() async throws {
        let store = try SQLiteRegisterStore(path: ":memory:")
        let register = try exampleRegister("zzp-fotograaf")
        let created = try await store.create(register)
        #expect(created.version == 1)
        let read = try #require(try await store.read(id: created.id))
        #expect(read.register == register)
        #expect(try await store.list().map(\.assetCount) == [register.assets.count])
        var changed = register
        changed.assets.removeLast()
        let updated = try await store.update(id: created.id, register: changed, expectedVersion: 1)
        #expect(updated.version == 2)
        #expect(try await store.read(id: created.id)?.register == changed)
        #expect(try await store.delete(id: created.id, expectedVersion: 2))
        #expect(try await store.read(id: created.id) == nil)
        #expect(try await store.delete(id: created.id, expectedVersion: nil) == false)
        #expect(try await store.events(id: created.id).map(\.action) == ["create", "update", "delete"])
    }

    @Test("a stale version is refused, never overwrites")
    func staleVersion() async throws {
        let store = try SQLiteRegisterStore(path: ":memory:")
        let created = try await store.create(try exampleRegister("seed-kia-minimum"))
        var first = created.register
        first.entity.name = "first"
        var second = created.register
        second.entity.name = "second"
        _ = try await store.update(id: created.id, register: first, expectedVersion: 1)
        await #expect(throws: StoreError.conflict(current: 2)) {
            try await store.update(id: created.id, register: second, expectedVersion: 1)
        }
        #expect(try await store.read(id: created.id)?.register.entity.name == "first")
    }

    @Test("two concurrent updates at one version: exactly one wins")
    func concurrentUpdates() async throws {
        let store = try SQLiteRegisterStore(path: temporaryDatabase())
        let created = try await store.create(try exampleRegister("seed-kia-minimum"))
        let results = await withTaskGroup(of: Bool.self) { group in
            for name in ["a", "b", "c", "d"] {
                group.addTask {
                    var register = created.register
                    register.entity.name = name
                    return (try? await store.update(id: created.id, register: register, expectedVersion: 1)) != nil
                }
            }
            var outcomes: [Bool] = []
            for await outcome in group { outcomes.append(outcome) }
            return outcomes
        }
        #expect(results.filter { $0 }.count == 1)
        #expect(try await store.read(id: created.id)?.version == 2)
    }

    @Test("a file database is in WAL mode and keeps every register across a restart")
    func restart() async throws {
        let path = temporaryDatabase()
        var ids: [String] = []
        do {
            let store = try SQLiteRegisterStore(path: path)
            #expect(try await store.journalMode() == "wal")
            for name in ["zzp-fotograaf", "bv-bedrijfspand", "vof-twee-vennoten"] {
                ids.append(try await store.create(try exampleRegister(name)).id)
            }
        }
        let reopened = try SQLiteRegisterStore(path: path)
        #expect(Set(try await reopened.list().map(\.id)) == Set(ids))
        #expect(try await reopened.read(id: ids[1])?.register == (try exampleRegister("bv-bedrijfspand")))
    }
}

@Suite("Every version of a stored register")
struct RegisterVersionTests {
    @Test("each create, update and restore is a version; any version reads back exactly; a restore loses nothing")
    func versions() async throws {
        let store = try SQLiteRegisterStore(path: temporaryDatabase())
        let original = try exampleRegister("zzp-fotograaf")
        let created = try await store.create(original)
        var changed = original
        changed.assets.removeLast()
        _ = try await store.update(id: created.id, register: changed, expectedVersion: 1)
        #expect(try await store.read(id: created.id, version: 1)?.register == original)
        #expect(try await store.read(id: created.id, version: 2)?.register == changed)
        #expect(try await store.read(id: created.id, version: 3) == nil)

        let restored = try await store.restore(id: created.id, version: 1, expectedVersion: 2)
        #expect(restored.version == 3 && restored.register == original)
        #expect(try await store.read(id: created.id)?.register == original)
        let versions = try #require(try await store.versions(id: created.id))
        #expect(versions.map(\.action) == ["create", "update", "restore"])
        #expect(versions.map(\.restoredFrom) == [nil, nil, 1])
        #expect(versions.map(\.assetCount) == [original.assets.count, changed.assets.count, original.assets.count])
        #expect(try await store.versions(id: "unknown") == nil)
    }

    @Test("a restore at a stale version or of a version that does not exist is refused and changes nothing")
    func refusedRestores() async throws {
        let store = try SQLiteRegisterStore(path: ":memory:")
        let created = try await store.create(try exampleRegister("seed-kia-minimum"))
        await #expect(throws: StoreError.conflict(current: 1)) { try await store.restore(id: created.id, version: 1, expectedVersion: 7) }
        await #expect(throws: StoreError.versionNotFound(9)) { try await store.restore(id: created.id, version: 9, expectedVersion: 1) }
        #expect(try await store.versions(id: created.id)?.count == 1)
    }

    @Test("the versions survive a restart of the store; a deleted register takes its versions with it")
    func persistence() async throws {
        let path = temporaryDatabase()
        let id: String
        do {
            let store = try SQLiteRegisterStore(path: path)
            let created = try await store.create(try exampleRegister("seed-kia-minimum"))
            var renamed = created.register
            renamed.entity.name = "Nieuwe naam"
            _ = try await store.update(id: created.id, register: renamed, expectedVersion: 1)
            id = created.id
        }
        let reopened = try SQLiteRegisterStore(path: path)
        #expect(try await reopened.versions(id: id)?.map(\.version) == [1, 2])
        #expect(try await reopened.delete(id: id, expectedVersion: nil))
        #expect(try await reopened.read(id: id, version: 1) == nil)
    }
}

@Suite("A database from before versions were kept")
struct VersionsMigrationTests {
    @Test("its registers' current documents become their first known version; nothing else is invented")
    func backfill() async throws {
        let path = temporaryDatabase()
        let register = try exampleRegister("seed-kia-minimum")
        do {
            let queue = try DatabaseQueue(path: path)
            try SQLiteRegisterStore.migrator.migrate(queue, upTo: "v1: registers, assets, events")
            try await queue.write { db in
                try db.execute(sql: """
                    INSERT INTO registers (id, version, name, taxpayer, document, createdAt, updatedAt) VALUES ('old', 3, 'Oud', 'ib', ?, '2025-01-01T10:00:00Z', '2025-06-01T10:00:00Z')
                    """, arguments: [RegisterWriter.json(register).serialized()])
            }
        }
        let store = try SQLiteRegisterStore(path: path)
        let versions = try #require(try await store.versions(id: "old"))
        #expect(versions.map(\.version) == [3] && versions.first?.at == "2025-06-01T10:00:00Z")
        #expect(try await store.read(id: "old", version: 3)?.register == register)
        #expect(try await store.read(id: "old", version: 2) == nil)
        _ = try await store.update(id: "old", register: register, expectedVersion: 3)
        #expect(try await store.versions(id: "old")?.map(\.version) == [3, 4])
    }
}
