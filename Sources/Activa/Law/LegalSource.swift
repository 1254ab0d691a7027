/// Where a figure or rule comes from, and how sure the project is of it (../shared/rules status labels).
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
        LegalSource(article: "\(article) Wet IB 2001", version: version,
                    url: "https://wetten.overheid.nl/BWBR0011353/\(version)", status: status, note: note)
    }
}

/// The status labels of ../shared/rules: how a figure was verified.
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
}
