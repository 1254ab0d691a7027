/// How `activa serve` runs.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// The SQLite file; ":memory:" for a private in-memory database (tests).
    public var databasePath: String
    /// When set, every write needs `Authorization: Bearer <token>` (or the web page's login cookie).
    public var token: String?
    /// The largest request body accepted; beyond it 413.
    public var maxRequestBytes: Int
    /// The most assets one register may hold; beyond it 413.
    public var maxAssets: Int

    public init(host: String = "127.0.0.1", port: Int = 8080, databasePath: String = "activa.sqlite", token: String? = nil,
                maxRequestBytes: Int = 2 * 1024 * 1024, maxAssets: Int = 10_000) {
        self.host = host
        self.port = port
        self.databasePath = databasePath
        self.token = token
        self.maxRequestBytes = maxRequestBytes
        self.maxAssets = maxAssets
    }
}
