/// A boekjaar whose aangifte is filed: its figures as they were when it was closed, kept so that they never change
/// afterwards (issue 16). Balance continuity (art. 3.25 Wet IB 2001): the next year opens with this year's end.
public struct ClosedYear: Sendable, Equatable {
    public var year: Int
    public var closedOn: Day
    /// The stored register's version the figures came from; nil for a register file.
    public var registerVersion: Int?
    /// The Activa version that computed them (`Engine.version`).
    public var activaVersion: String
    /// The year's figures as filed (`YearReport.filedFigures`).
    public var figures: [FiledFigure]

    public init(year: Int, closedOn: Day, registerVersion: Int? = nil, activaVersion: String, figures: [FiledFigure]) {
        self.year = year
        self.closedOn = closedOn
        self.registerVersion = registerVersion
        self.activaVersion = activaVersion
        self.figures = figures
    }
}

/// A closed year's figure that the register as it is now computes differently: `filed` is what was closed, `now`
/// what the engine gives today.
public struct ClosedYearDifference: Sendable, Hashable {
    public var year: Int
    public var key: String
    public var filed: Money
    public var now: Money

    public init(year: Int, key: String, filed: Money, now: Money) {
        self.year = year
        self.key = key
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
