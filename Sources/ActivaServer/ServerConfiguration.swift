import Activa

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
    /// The most asset-years (`Register.assetYears`) one register may ask for: the engine's work and the size of a
    /// report grow with it, so it is refused (413) before it is computed.
    public var maxAssetYears: Int
    /// The names (in the Host header) the server answers to besides `host` itself and, on loopback, `localhost`:
    /// a request for any other name is refused (DNS rebinding). Behind a proxy: the public name.
    public var allowedHosts: [String]

    public init(host: String = "127.0.0.1", port: Int = 8080, databasePath: String = "activa.sqlite", token: String? = nil,
                maxRequestBytes: Int = 2 * 1024 * 1024, maxAssets: Int = 10_000, maxAssetYears: Int = 200_000, allowedHosts: [String] = []) {
        self.allowedHosts = allowedHosts
        self.host = host
        self.port = port
        self.databasePath = databasePath
        self.token = token
        self.maxRequestBytes = maxRequestBytes
        self.maxAssets = maxAssets
        self.maxAssetYears = maxAssetYears
    }
}

extension ServerConfiguration {
    /// Why a register is too large to compute here (more assets, or more asset-years, than allowed), or nil.
    func sizeProblem(_ register: Register, _ language: Language) -> String? {
        if register.assets.count > maxAssets {
            return language == .nl ? "meer dan \(maxAssets) activa in één register" : "more than \(maxAssets) assets in one register"
        }
        let work = register.assetYears
        guard work > maxAssetYears else { return nil }
        return language == .nl
            ? "het register vraagt \(work) activajaren (activa maal de jaren van hun levensduur), meer dan de \(maxAssetYears) die deze server per register rekent; verdeel het register"
            : "the register asks for \(work) asset-years (assets times the years of their lives), more than the \(maxAssetYears) this server computes per register; split the register"
    }
}
