import ActivaServer
import ActivaStore
import ArgumentParser
import Foundation

/// The database the server uses, for the account commands.
struct DatabaseOption: ParsableArguments {
    @Option(help: "Het SQLite-bestand van de server.") var database: String = "activa.sqlite"

    /// Administration id → name, to show them by name.
    static func administrationNames(_ store: SQLiteRegisterStore) async throws -> [String: String] {
        Dictionary(try await store.administrations().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    func store() throws -> SQLiteRegisterStore {
        do { return try SQLiteRegisterStore(path: database) } catch {
            printError("fout: \(database): de database is niet te openen (\(error))")
            throw ExitCode(1)
        }
    }
}
