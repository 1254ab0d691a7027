import ActivaServer
import ActivaStore
import ArgumentParser
import Foundation

/// `activa administration`: an office's clients, each with its own registers.
struct AdministrationCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "administration",
        abstract: "Administraties (de klanten van een kantoor): toevoegen en tonen.",
        subcommands: [Add.self, List.self]
    )

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Een administratie toevoegen.")
        @Argument(help: "De naam.") var name: String
        @Flag(help: "Zet de registers die nog geen administratie hebben (van voor de gebruikers) in deze.") var takeUnassigned = false
        @OptionGroup var database: DatabaseOption

        func run() async throws {
            let store = try database.store()
            do {
                _ = try await store.addAdministration(name: name)
            } catch AccessError.nameTaken {
                printError("fout: er is al een administratie '\(name)'")
                throw ExitCode(1)
            }
            let moved = takeUnassigned ? try await store.assignUnassignedRegisters(to: name) : 0
            printError("administratie '\(name)' toegevoegd" + (takeUnassigned ? "; \(moved) registers erin gezet" : ""))
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "De administraties.")
        @OptionGroup var database: DatabaseOption

        func run() async throws {
            for administration in try await database.store().administrations() { print("\(administration.id)\t\(administration.name)") }
        }
    }
}
