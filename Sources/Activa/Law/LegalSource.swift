/// Where a figure or rule comes from, and how sure the project is of it (the status labels of docs/law/README.md).
public struct LegalSource: Sendable, Hashable {
    /// The article, e.g. `art. 3.41 lid 1 Wet IB 2001`.
    public let article: String
    /// The consolidated law version or document the figure was read in, e.g. `2024-01-01`.
    public let version: String?
    public let url: String?
    public let status: SourceStatus
    /// Why the figure has this status, when that is not obvious.
    public let note: String?

    public init(article: String, version: String? = nil, url: String? = nil, status: SourceStatus, note: String? = nil) {
        self.article = article
        self.version = version
        self.url = url
        self.status = status
        self.note = note
    }

    /// A figure read in the Wet IB 2001 text valid from `version` (BWBR0011353).
    public static func wetIB(_ article: String, version: String, status: SourceStatus = .law, note: String? = nil) -> LegalSource {
        LegalSource(article: "\(article) Wet IB 2001", version: version, url: wetIBAddress + version, status: status, note: note)
    }

    /// The Wet IB 2001 on wetten.overheid.nl; a version date follows.
    static let wetIBAddress = "https://wetten.overheid.nl/BWBR0011353/"
}

/// The status labels of the law notes (docs/law/README.md): how a figure was verified.
public enum SourceStatus: String, Sendable, Hashable {
    /// Read in the consolidated law or regulation.
    case law = "LAW"
    /// Belastingdienst, Besluit, Hoge Raad.
    case official = "OFFICIAL"
    case secondary = "SECONDARY"
    /// Computed from a LAW table or formula.
    case derived = "DERIVED"
    /// Not verified: the project's choice, made a named policy and shown in the output.
    case unconfirmed = "UNCONFIRMED"
    /// A later year's figure that is not known yet, taken from the latest known year (`futureYears = provisional`).
    case provisional = "PROVISIONAL"

    /// The label shown with a citation: the status code, in Dutch words for a provisional figure.
    public func label(_ language: Language) -> String {
        self == .provisional && language == .nl ? "VOORLOPIG" : rawValue
    }
}
