/// The engine's choices where the law is silent (UNCONFIRMED in docs/law). Each is named, has a default,
/// and is stated in every report.
public struct EngineOptions: Sendable {
    public var undoneInvestment: UndoneInvestmentPolicy
    public var futureYears: FutureYearsPolicy
    public var proration: ProrationPolicy
    public var buildingTransition: BuildingTransitionPolicy
    public var mia2010: MIA2010Policy
    /// Which disposals count toward the year's desinvestering threshold.
    public var thresholdDisposals: ThresholdDisposalsPolicy = .withAftrekInWindow
    /// The investeringsbedrag of an asset a herinvesteringsreserve is written off.
    public var hirInvestment: HIRInvestmentPolicy = .netOfReserve
    /// Write the explanations (steps, sources). Off for batches that print none: the amounts are the same.
    public var explanations: Bool = true
    /// Asked between years: false stops the work with `EngineError.stopped` (a server whose client has left). The
    /// engine does no IO; the caller says how to know.
    public var shouldContinue: (@Sendable () -> Bool)?
    /// Put together only these years' `YearReport`s (nil: every year). Every year is still computed, since each
    /// depends on the ones before; a caller that shows one year need not pay for assembling the others.
    public var reportedYears: ClosedRange<Int>?

    public init(undoneInvestment: UndoneInvestmentPolicy = .aftrekTaken, futureYears: FutureYearsPolicy = .provisional,
                proration: ProrationPolicy = .monthly, buildingTransition: BuildingTransitionPolicy = .threeBoekjaren,
                mia2010: MIA2010Policy = .lawText) {
        self.mia2010 = mia2010
        self.undoneInvestment = undoneInvestment
        self.futureYears = futureYears
        self.proration = proration
        self.buildingTransition = buildingTransition
    }
}

/// How a part year of use is counted for normal depreciation and the 20% cap (docs/law/depreciation.md, UNCONFIRMED).
public enum ProrationPolicy: String, Sendable, CaseIterable {
    /// Whole months: the month of ingebruikname counts in full, the month of disposal does not
    /// (in use 1 July = half a year, as in the Belastingdienst's 2013 example).
    case monthly
    /// Days in use ÷ days in the year.
    case daily
}

/// The transitional rules when the bodemwaarde percentage rose (2007 introduction, Vpb 2019, IB 2024):
/// a building in use before the change and depreciated for fewer than three whole boekjaren keeps the old rule
/// for the rest of them (docs/law/buildings.md).
public enum BuildingTransitionPolicy: String, Sendable, CaseIterable {
    /// Three whole boekjaren after the year of ingebruikname on the old footing.
    case threeBoekjaren
    /// The new percentage at once.
    case none
}

/// A year after the last one whose figures the law tables hold (KIA table, desinvestering threshold, EIA and MIA
/// percentages), e.g. a purchase or sale planned for 2027 (ProvisionalFigure).
public enum FutureYearsPolicy: String, Sendable, CaseIterable {
    /// The latest known year's figure, marked VOORLOPIG / PROVISIONAL with the year it was taken from.
    case provisional
    /// Refuse: "geen KIA-tabel voor 2027 bekend; bekend: 2002–2026".
    case error
}

/// How art. 3.47 lid 5/6 treats an investment deemed undone while part of its aftrek was still deferred
/// (docs/law/desinvestering.md).
public enum UndoneInvestmentPolicy: String, Sendable, CaseIterable {
    /// Art. 3.47 lid 2 ("voorzover daarover investeringsaftrek in aanmerking is genomen") as the Belastingdienst reads
    /// it ("nooit hoger dan het bedrag van de eerder gekregen aftrek"): each form's bijtelling at most the KIA, EIA or
    /// MIA actually taken on the asset. The default.
    case aftrekTaken
    /// The literal reading of lid 5 alone: the investment amount × the investment year's percentage, also for
    /// aftrek that was still deferred and lapsed.
    case literal
}

/// Which disposals of a year count toward the desinvestering threshold of art. 3.47 lid 1 (docs/law/desinvestering.md).
public enum ThresholdDisposalsPolicy: String, Sendable, CaseIterable {
    /// Only the disposals that can give a bijtelling: assets inside their five-year window on which aftrek was taken
    /// (the Belastingdienst's page on the desinvesteringsbijtelling reads the article so).
    case withAftrekInWindow
    /// Every sale and withdrawal of the year.
    case allDisposals
}

/// The investeringsbedrag of an asset on which a herinvesteringsreserve is written off (docs/law/hir-and-aftrek.md).
public enum HIRInvestmentPolicy: String, Sendable, CaseIterable {
    /// The cost less the reserve written off (HR 24 december 1975, nr. 17 795, BNB 1976/50): the law.
    case netOfReserve
    /// The gross cost: the Besluit investeringsaftrek's approval, which the taxpayer must ask for.
    case grossCost
}

/// The MIA percentages of 2010: the law text's temporary increase (60/50/35) or the base rates (40/30/15);
/// which applied to whom is UNCONFIRMED (docs/law/years.md, MIA 2010).
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
    /// A year that cannot be closed (not over yet, not the first open year, provisional figures), and why.
    case cannotClose(year: Int, reason: LocalizedText)
    /// `EngineOptions.shouldContinue` said to stop.
    case stopped

    /// One line per problem, each naming the file first, as the register reader's messages do:
    /// `bestand.yaml, activum 'oven', veld 'cost': …`.
    public func lines(file: String, _ language: Language) -> [String] {
        if case .invalidRegister(let issues) = self { return issues.map { $0.describe(file: file, language) } }
        return ["\(file): " + message(language)]
    }

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
        case .cannotClose(let year, let reason):
            return (language == .nl ? "\(year) kan niet worden afgesloten: " : "\(year) cannot be closed: ") + reason.text(language)
        case .stopped:
            return language == .nl ? "de berekening is gestopt: er wacht niemand meer op" : "the computation was stopped: no one is waiting for it"
        case .noDesinvesteringThreshold(let year):
            return language == .nl ? "geen drempel voor de desinvesteringsbijtelling van \(year) bekend"
                                   : "no desinvesteringsbijtelling threshold known for \(year)"
        }
    }
}
