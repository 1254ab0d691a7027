import ActivaStore
import Hummingbird

/// The router with every API route and page, on a given store: what tests call without a socket.
public func buildRouter(store: any RegisterStore, configuration: ServerConfiguration) -> Router<ActivaRequestContext> {
    let router = Router(context: ActivaRequestContext.self)
    let access = AccessGuard(token: configuration.token)
    // With users and keys the routes see the store through the request's principal (`GuardedStore`).
    let accounts = store as? any RegisterStore & AccessStore
    let routed: any RegisterStore = accounts.map { GuardedStore(base: $0) } ?? store
    router.add(middleware: SecurityMiddleware(configuration: configuration, access: access, accounts: accounts))
    API(store: routed, configuration: configuration, writeGuard: access).register(on: router)
    Web(store: routed, configuration: configuration, writeGuard: access, loginLimiter: LoginLimiter(), accounts: accounts).register(on: router)
    return router
}

/// The whole application: the SQLite store at `configuration.databasePath` and the router (the Hummingbird
/// template's `buildApplication` seam; `activa serve` runs what this returns).
public func buildApplication(configuration: ServerConfiguration) throws -> some ApplicationProtocol {
    let store = try SQLiteRegisterStore(path: configuration.databasePath)
    return buildApplication(store: store, configuration: configuration)
}

public func buildApplication(store: any RegisterStore, configuration: ServerConfiguration) -> some ApplicationProtocol {
    Application(
        router: buildRouter(store: store, configuration: configuration),
        // A connection that sends nothing for 30 seconds is closed (a slow client holds no connection for long).
        server: .http1(configuration: .init(idleTimeout: .seconds(30))),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Activa")
    )
}
