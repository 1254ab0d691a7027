import ActivaServer
import ActivaStore
import ArgumentParser
import Foundation

/// `activa user`: the people who log in to the server (issue 17).
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Gebruikers van de server: toevoegen, tonen, rechten geven, verwijderen.",
        discussion: """
        Zodra er een gebruiker of sleutel is, toont de server niets meer zonder inloggen. Een gebruiker ziet alleen
        de administraties waarin hij een rol heeft: beheerder of medewerker (lezen en wijzigen), alleen-lezen.

        Voorbeeld:
          activa administration add "Bakkerij Jansen"
          activa user add anna --password-stdin < wachtwoord.txt
          activa user grant anna "Bakkerij Jansen" --role medewerker
        """,
        subcommands: [Add.self, List.self, Grant.self, Remove.self]
    )

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Een gebruiker toevoegen (het wachtwoord wordt gevraagd, of gelezen van standaardinvoer).")
        @Argument(help: "De gebruikersnaam.") var name: String
        @Flag(help: "Lees het wachtwoord van standaardinvoer (één regel).") var passwordStdin = false
        @OptionGroup var database: DatabaseOption

        func run() async throws {
            let password: String
            if passwordStdin {
                password = readLine(strippingNewline: true) ?? ""
            } else if isatty(STDIN_FILENO) == 1, let typed = getpass("Wachtwoord voor \(name): ") {
                password = String(cString: typed)
            } else {
                printError("fout: geef het wachtwoord met --password-stdin, of typ het in een terminal")
                throw ExitCode(1)
            }
            guard password.count >= 10 else {
                printError("fout: het wachtwoord is korter dan 10 tekens")
                throw ExitCode(1)
            }
            do {
                _ = try await database.store().addUser(name: name, passwordHash: Accounts.hashPassword(password))
            } catch AccessError.nameTaken {
                printError("fout: er is al een gebruiker '\(name)'")
                throw ExitCode(1)
            }
            printError("gebruiker '\(name)' toegevoegd; geef rechten met: activa user grant \(name) ADMINISTRATIE --role medewerker")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "De gebruikers en hun rollen.")
        @OptionGroup var database: DatabaseOption

        func run() async throws {
            let store = try database.store()
            let names = try await DatabaseOption.administrationNames(store)
            for user in try await store.users() {
                let roles = user.roles.map { "\(names[$0.key] ?? $0.key): \($0.value.rawValue)" }.sorted().joined(separator: ", ")
                print("\(user.name)\t\(roles.isEmpty ? "(geen rechten)" : roles)")
            }
        }
    }

    struct Grant: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Een gebruiker een rol geven in een administratie (of afnemen met --remove).")
        @Argument(help: "De gebruikersnaam.") var name: String
        @Argument(help: "De administratie (naam of id).") var administration: String
        @Option(help: "beheerder, medewerker of alleen-lezen.") var role: String?
        @Flag(help: "De rol afnemen.") var remove = false
        @OptionGroup var database: DatabaseOption

        func run() async throws {
            let chosen: Role?
            if remove {
                chosen = nil
            } else {
                guard let text = role, let parsed = Role(rawValue: text) else {
                    printError("fout: --role is beheerder, medewerker of alleen-lezen")
                    throw ExitCode(1)
                }
                chosen = parsed
            }
            do {
                try await database.store().grant(user: name, administration: administration, role: chosen)
            } catch AccessError.unknownUser(let user) {
                printError("fout: geen gebruiker '\(user)'")
                throw ExitCode(1)
            } catch AccessError.unknownAdministration(let name) {
                printError("fout: geen administratie '\(name)'")
                throw ExitCode(1)
            }
            printError(chosen.map { "'\(name)' is \($0.rawValue) in '\(administration)'" } ?? "'\(name)' heeft geen rol meer in '\(administration)'")
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Een gebruiker verwijderen (ingelogde sessies vervallen).")
        @Argument(help: "De gebruikersnaam.") var name: String
        @OptionGroup var database: DatabaseOption

        func run() async throws {
            guard try await database.store().removeUser(name: name) else {
                printError("fout: geen gebruiker '\(name)'")
                throw ExitCode(1)
            }
            printError("gebruiker '\(name)' verwijderd")
        }
    }
}
