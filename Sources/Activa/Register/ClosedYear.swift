/// A boekjaar whose aangifte is filed: its figures as they were when it was closed, kept so that they never change
/// afterwards (issue 16). Balance continuity (art. 3.25 Wet IB 2001): the next year opens with this year's end.
public struct ClosedYear: Sendable, Equatable {
    public var year: Int
    public var closedOn: Day
    /// The stored register's version the figures came from; nil for a register file.
    public var registerVersion: Int?
    /// The Activa version that computed them (`Engine.version`).
    public var activaVersion: String
    /// A fingerprint of the register's content when it was closed (`RegisterDigest` in ActivaFormats): the same
    /// fingerprint later with other figures is a change of Activa's rules, another one an edit. Nil for a year
    /// closed before Activa kept it (then `activaVersion` tells them apart).
    public var registerDigest: String?
    /// The year's figures as filed (`YearReport.filedFigures`).
    public var figures: [FiledFigure]
    /// Per asset held at the end of the year: its fiscal book value then, as filed. The next year opens with it; a
    /// later difference is a foutenherstel in the first open year (`Foutenherstel`). Empty for a year closed before
    /// Activa kept it: the correction is then known in total only.
    public var bookValues: [String: Money]
    /// A change of the register that moves the year's figures, accepted as an error to be corrected in the first
    /// open year (the foutenleer) instead of refused.
    public var correction: AcceptedCorrection?

    public init(year: Int, closedOn: Day, registerVersion: Int? = nil, activaVersion: String, registerDigest: String? = nil,
                figures: [FiledFigure], bookValues: [String: Money] = [:], correction: AcceptedCorrection? = nil) {
        self.year = year
        self.closedOn = closedOn
        self.registerVersion = registerVersion
        self.activaVersion = activaVersion
        self.registerDigest = registerDigest
        self.figures = figures
        self.bookValues = bookValues
        self.correction = correction
    }
}

/// The user's choice that a change moving a closed year corrects an error: the year stays as filed, and the
/// difference is taken into the profit of the first open year (foutenleer, docs/law/opening-balance.md §4). Kept with
/// the figures the register gave then, so that a further change is refused again.
public struct AcceptedCorrection: Sendable, Equatable {
    public var acceptedOn: Day
    /// The stored register's version that was accepted; nil for a register file.
    public var registerVersion: Int?
    /// The fingerprint of the corrected register (see `ClosedYear.registerDigest`).
    public var registerDigest: String?
    /// The closed year's figures and per-asset end book values as the corrected register computes them.
    public var figures: [FiledFigure]
    public var bookValues: [String: Money]

    public init(acceptedOn: Day, registerVersion: Int? = nil, registerDigest: String? = nil, figures: [FiledFigure],
                bookValues: [String: Money] = [:]) {
        self.acceptedOn = acceptedOn
        self.registerVersion = registerVersion
        self.registerDigest = registerDigest
        self.figures = figures
        self.bookValues = bookValues
    }
}

/// A closed year's figure that the register as it is now computes differently: `filed` is what was closed, `now`
/// what the engine gives today. With `assetId`, one asset's book value at the end of the year (key
/// `activastaat.bookValue`).
public struct ClosedYearDifference: Sendable, Hashable {
    public var year: Int
    public var key: String
    public var assetId: String?
    public var filed: Money
    public var now: Money

    public init(year: Int, key: String, assetId: String? = nil, filed: Money, now: Money) {
        self.year = year
        self.key = key
        self.assetId = assetId
        self.filed = filed
        self.now = now
    }
}

/// How a closed year stands in a report: as filed, and what differs now, and why.
public struct ClosedYearStatus: Sendable {
    public enum Cause: String, Sendable {
        /// The register was changed after the year was closed (the same Activa computes it otherwise now).
        case registerChanged
        /// A newer Activa computes the year differently (a rule fixed since): the filed figures stay.
        case engineChanged
        /// The change was accepted as the correction of an error (`ClosedYear.correction`): the filed figures stay,
        /// the first open year carries the foutenherstel.
        case corrected
    }
    public var closed: ClosedYear
    public var differences: [ClosedYearDifference]
    /// Why the figures differ; nil when they do not.
    public var cause: Cause?

    public init(closed: ClosedYear, differences: [ClosedYearDifference] = [], cause: Cause? = nil) {
        self.closed = closed
        self.differences = differences
        self.cause = cause
    }
}
