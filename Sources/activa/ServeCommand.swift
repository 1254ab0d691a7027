import Activa
import ActivaFormats
import ActivaServer
import ActivaStore
import ArgumentParser
import Foundation

/// `activa serve`: the web page, the API and the SQLite store in one process.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Start de webpagina en de HTTP-API (registers in SQLite).",
        discussion: """
        Voorbeeld: activa serve --port 8080 --database activa.sqlite, open dan http://127.0.0.1:8080/
        Zonder meer is het de eenpersoonsmodus: geen wachtwoord, alleen op deze computer (127.0.0.1).
        Met de omgevingsvariabele ACTIVA_TOKEN is niets te lezen of te wijzigen zonder het token: de API met
        Authorization: Bearer <token>, de pagina na inloggen (een ondertekende sessie van 8 uur).
        ACTIVA_TODAY=JJJJ-MM-DD zet de datum van vandaag vast (het standaardjaar van de pagina, advies zonder asOf).
        """
    )

    @Option(help: "De poort.") var port: Int = 8080
    @Option(help: "Het adres om op te luisteren.") var host: String = "127.0.0.1"
    @Option(help: "Het SQLite-bestand.") var database: String = "activa.sqlite"
    @Option(name: .customLong("max-request-bytes"), help: "De grootste request body (413 daarboven).") var maxRequestBytes: Int = 2 * 1024 * 1024
    @Option(name: .customLong("max-asset-years"), help: "Het meeste werk per register: activa maal de jaren van hun levensduur (413 daarboven).")
    var maxAssetYears: Int = ServerConfiguration().maxAssetYears
    @Option(name: .customLong("allowed-host"), help: "Een naam waaronder de server bereikt wordt (herhaalbaar; achter een proxy: de publieke naam). Andere namen krijgen 421.")
    var allowedHosts: [String] = []

    func run() async throws {
        // A mistyped ACTIVA_TODAY is refused here, not silently replaced by the real day in every request.
        do {
            _ = try Day.fixedToday()
        } catch {
            FileHandle.standardError.write(Data(("fout: " + error.message(.nl) + "\n").utf8))
            throw ExitCode(1)
        }
        let token = ProcessInfo.processInfo.environment["ACTIVA_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        let configuration = ServerConfiguration(host: host, port: port, databasePath: database, token: token,
                                                maxRequestBytes: maxRequestBytes, maxAssetYears: maxAssetYears, allowedHosts: allowedHosts)
        let app = try buildApplication(configuration: configuration)
        // Unbuffered, so the address shows at once even when the output goes to a file.
        // The mode as the server will run it: accounts in the database close it as a token does.
        let accounts = (try? await SQLiteRegisterStore(path: database).hasAccounts()) ?? false
        let mode = accounts ? "gebruikers en sleutels: niets zonder inloggen" : token == nil ? "eenpersoonsmodus zonder wachtwoord: alleen voor deze computer" : "alles achter het token"
        FileHandle.standardOutput.write(Data("Activa: http://\(host):\(port)/ (database \(database); \(mode))\n".utf8))
        if token == nil, !accounts, !["127.0.0.1", "localhost", "::1"].contains(host) {
            FileHandle.standardError.write(Data("let op: zonder ACTIVA_TOKEN kan iedereen die \(host):\(port) bereikt alle registers lezen en wijzigen\n".utf8))
        }
        try await app.runService()
    }
}
