import ActivaServer
import ActivaStore
import ArgumentParser
import Foundation

/// `activa key`: API keys, one administration each, read or write.
struct KeyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key",
        abstract: "API-sleutels per administratie: aanmaken (eenmaal getoond), tonen, intrekken.",
        discussion: "Gebruik: curl -H 'Authorization: Bearer ak_…' http://…/api/v1/registers",
        subcommands: [Add.self, List.self, Revoke.self]
    )

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Een sleutel aanmaken; hij wordt één keer getoond.")
        @Argument(help: "De administratie (naam of id).") var administration: String
        @Option(help: "read (alleen lezen) of write (lezen en wijzigen).") var scope: String = "read"
        @OptionGroup var database: DatabaseOption

        func run() async throws {
            guard let parsed = KeyScope(rawValue: scope) else {
                printError("fout: --scope is read of write")
                throw ExitCode(1)
            }
            let secret = Accounts.newKeySecret()
            let key: APIKey
            do {
                key = try await database.store().addKey(administration: administration, scope: parsed, secretHash: secret.hash)
            } catch AccessError.unknownAdministration(let name) {
                printError("fout: geen administratie '\(name)'")
                throw ExitCode(1)
            }
            print(Accounts.keyText(id: key.id, secret: secret.secret))
            printError("sleutel \(key.id) (\(parsed.rawValue)) voor '\(administration)'; bewaar hem nu: hij wordt niet nog eens getoond")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "De sleutels (zonder geheim).")
        @OptionGroup var database: DatabaseOption

        func run() async throws {
            let store = try database.store()
            let names = try await DatabaseOption.administrationNames(store)
            for key in try await store.keys() {
                print("\(key.id)\t\(names[key.administrationId] ?? key.administrationId)\t\(key.scope.rawValue)\t\(key.revokedAt.map { "ingetrokken \($0)" } ?? "actief")")
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Een sleutel intrekken.")
        @Argument(help: "Het id van de sleutel.") var id: String
        @OptionGroup var database: DatabaseOption

        func run() async throws {
            guard try await database.store().revokeKey(id: id) else {
                printError("fout: geen actieve sleutel '\(id)'")
                throw ExitCode(1)
            }
            printError("sleutel \(id) ingetrokken")
        }
    }
}
