/// The engine's choices where the law is silent (UNCONFIRMED in ../shared/rules). Each is named, has a default,
/// and is stated in every report.
public struct EngineOptions: Sendable {
    public var undoneInvestment: UndoneInvestmentPolicy
    public var futureThreshold: FutureThresholdPolicy
    public var proration: ProrationPolicy
    public var buildingTransition: BuildingTransitionPolicy
    public var mia2010: MIA2010Policy
    /// Write the explanations (steps, sources). Off for batches that print none: the amounts are the same.
    public var explanations: Bool = true
    /// Put together only these years' `YearReport`s (nil: every year). Every year is still computed, since each
    /// depends on the ones before; a caller that shows one year need not pay for assembling the others.
    public var reportedYears: ClosedRange<Int>?

    public init(undoneInvestment: UndoneInvestmentPolicy = .lawText, futureThreshold: FutureThresholdPolicy = .latestKnown,
                proration: ProrationPolicy = .monthly, buildingTransition: BuildingTransitionPolicy = .threeBoekjaren,
                mia2010: MIA2010Policy = .lawText) {
        self.mia2010 = mia2010
        self.undoneInvestment = undoneInvestment
        self.futureThreshold = futureThreshold
        self.proration = proration
        self.buildingTransition = buildingTransition
    }
}

/// How a part year of use is counted for normal depreciation and the 20% cap (afschrijving.md §1.3, UNCONFIRMED).
public enum ProrationPolicy: String, Sendable, CaseIterable {
    /// Whole months: the month of ingebruikname counts in full, the month of disposal does not
    /// (in use 1 July = half a year, as in the Belastingdienst's 2013 example).
    case monthly
    /// Days in use ÷ days in the year.
    case daily
}

/// The transitional rules when the bodemwaarde percentage rose (2007 introduction, Vpb 2019, IB 2024):
/// a building in use before the change and depreciated for fewer than three whole boekjaren keeps the old rule
/// for the rest of them (afschrijving.md §1.7).
public enum BuildingTransitionPolicy: String, Sendable, CaseIterable {
    /// Three whole boekjaren after the year of ingebruikname on the old footing.
    case threeBoekjaren
    /// The new percentage at once.
    case none
}

/// A disposal (or undoing) in a year whose desinvestering threshold is not yet known, e.g. a planned sale in 2027.
public enum FutureThresholdPolicy: String, Sendable, CaseIterable {
    /// Compare with the latest known year's threshold, saying so in the explanation (UNCONFIRMED).
    case latestKnown
    /// Refuse: "geen drempel voor de desinvesteringsbijtelling van 2027 bekend".
    case error
}

/// How art. 3.47 lid 5/6 treats an investment deemed undone while part of its KIA was still deferred
/// (investeringsaftrek.md §4 variant, open item 12).
public enum UndoneInvestmentPolicy: String, Sendable, CaseIterable {
    /// The law's words: the investment amount is the transfer price; bijtelling = amount × the year's KIA percentage.
    case lawText
    /// The bijtelling never exceeds the KIA actually taken for the asset.
    case limitedToKIATaken
}

/// The MIA percentages of 2010: the law text's temporary increase (60/50/35) or the base rates (40/30/15);
/// which applied to whom is UNCONFIRMED (investeringsaftrek.md §7.2).
public enum MIA2010Policy: String, Sendable, CaseIterable {
    case lawText
    case base
}

/// Why the engine cannot compute.
public enum EngineError: Error, Sendable {
    case invalidRegister([RegisterIssue])
    /// No KIA table for a year with investments.
    case noKIATable(year: Int, known: ClosedRange<Int>?)
    /// No desinvesteringsbijtelling threshold for a year with disposals.
    case noDesinvesteringThreshold(year: Int)
    /// No EIA or MIA figures for a year with such an investment.
    case noDeductionTable(name: String, year: Int, known: ClosedRange<Int>?)

    public func message(_ language: Language) -> String {
        switch self {
        case .invalidRegister(let issues):
            return issues.map { $0.describe(file: nil, language) }.joined(separator: "\n")
        case .noKIATable(let year, let known):
            let range = known.map { "\($0.lowerBound)–\($0.upperBound)" } ?? "-"
            return language == .nl ? "geen KIA-tabel voor \(year) bekend; bekend: \(range)"
                                   : "no KIA table known for \(year); known: \(range)"
        case .noDeductionTable(let name, let year, let known):
            let range = known.map { "\($0.lowerBound)–\($0.upperBound)" } ?? "-"
            return language == .nl ? "geen \(name)-percentage voor \(year) bekend; bekend: \(range)"
                                   : "no \(name) percentage known for \(year); known: \(range)"
        case .noDesinvesteringThreshold(let year):
            return language == .nl ? "geen drempel voor de desinvesteringsbijtelling van \(year) bekend"
                                   : "no desinvesteringsbijtelling threshold known for \(year)"
        }
    }
}
