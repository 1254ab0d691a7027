/// One asset's line in the activastaat of one year.
public struct AssetDepreciation: Sendable {
    /// Fiscal book value at the start of the year.
    public var openingBookValue: Money
    /// The cost added this year (the year of investment), after any herinvesteringsreserve written off.
    public var investment: Money
    /// Herinvesteringsreserve written off the cost this year (art. 3.54).
    public var hirAfboeking: Money
    public var willekeurig: Money
    /// The most willekeurige afschrijving the scheme allowed this year.
    public var willekeurigMaximum: Money
    public var normal: Money
    /// willekeurig + normal (+ an item of less than €450 expensed at once).
    public var depreciation: Money
    /// Willekeurige afschrijving taken back (art. 3.38), added to profit.
    public var terugname: Money
    /// The book value at the moment of disposal, if disposed of this year.
    public var disposalBookValue: Money?
    /// Boekwinst (negative: loss) = transfer price − book value at disposal.
    public var gain: Money?
    /// Herinvesteringsreserve formed from the gain (at most the gain over the book value without willekeurig).
    public var hirFormed: Money
    /// Fiscal book value at the end of the year.
    public var bookValue: Money
    /// The book value the asset would have without willekeurige afschrijving (for terugname and the HIR).
    public var bookValueWithoutWillekeurig: Money
    /// Expensed at once as an item of less than €450.
    public var expensed: Bool
    public var explanation: Explanation
}

/// The figures of an activastaat line without its explanation: plain data, so the schedules that hold one per asset
/// per year are copied and freed without retaining anything. The fields are those of `AssetDepreciation`.
struct DepreciationFigures {
    var openingBookValue: Money
    var investment: Money
    var hirAfboeking: Money
    var willekeurig: Money
    var willekeurigMaximum: Money
    var normal: Money
    var depreciation: Money
    var terugname: Money
    var disposalBookValue: Money?
    var gain: Money?
    var hirFormed: Money
    var bookValue: Money
    var bookValueWithoutWillekeurig: Money
    var expensed: Bool

    /// The line of a year after the computed ones: the book value carried forward, nothing moving.
    static func carried(_ bookValue: Money) -> DepreciationFigures {
        DepreciationFigures(openingBookValue: bookValue, investment: 0, hirAfboeking: 0, willekeurig: 0, willekeurigMaximum: 0,
                            normal: 0, depreciation: 0, terugname: 0, disposalBookValue: nil, gain: nil, hirFormed: 0,
                            bookValue: bookValue, bookValueWithoutWillekeurig: bookValue, expensed: false)
    }
}

extension AssetDepreciation {
    /// A line from its figures and its explanation.
    @inline(__always)
    init(_ figures: DepreciationFigures, explanation: Explanation) {
        self.init(openingBookValue: figures.openingBookValue, investment: figures.investment, hirAfboeking: figures.hirAfboeking,
                  willekeurig: figures.willekeurig, willekeurigMaximum: figures.willekeurigMaximum, normal: figures.normal,
                  depreciation: figures.depreciation, terugname: figures.terugname, disposalBookValue: figures.disposalBookValue,
                  gain: figures.gain, hirFormed: figures.hirFormed, bookValue: figures.bookValue,
                  bookValueWithoutWillekeurig: figures.bookValueWithoutWillekeurig, expensed: figures.expensed,
                  explanation: explanation)
    }
}

/// The activastaat totals of a year, and the herinvesteringsreserve.
public struct DepreciationTotals: Sendable {
    public var openingBookValue: Money = 0
    public var investments: Money = 0
    public var willekeurig: Money = 0
    public var normal: Money = 0
    public var depreciation: Money = 0
    public var terugname: Money = 0
    public var disposalBookValues: Money = 0
    public var gain: Money = 0
    public var bookValue: Money = 0
    public var hirFormed: Money = 0
    public var hirUsed: Money = 0
    /// Unused reserve released into profit at the end of its term (art. 3.54 lid 5).
    public var hirReleased: Money = 0
    /// The reserve at the end of the year.
    public var hirBalance: Money = 0
    public var explanation = Explanation()

    public init() {}
}

extension DepreciationTotals {
    /// The assets' lines of a year added up, each total as an `ExactSum` (the year's totals are the sum of every
    /// asset's line; set into `DepreciationTotals` once, at the end).
    struct LineSums {
        var openingBookValue = ExactSum(), investments = ExactSum(), willekeurig = ExactSum(), normal = ExactSum()
        var depreciation = ExactSum(), terugname = ExactSum(), disposalBookValues = ExactSum(), gain = ExactSum()
        var bookValue = ExactSum(), hirFormed = ExactSum()

        /// Adds a line, reading its amounts one by one where it is stored (a line is a few hundred bytes).
        mutating func add(_ line: UnsafePointer<DepreciationFigures>) {
            openingBookValue += line.pointee.openingBookValue
            investments += line.pointee.investment
            willekeurig += line.pointee.willekeurig
            normal += line.pointee.normal
            depreciation += line.pointee.depreciation
            terugname += line.pointee.terugname
            disposalBookValues += line.pointee.disposalBookValue ?? 0
            gain += line.pointee.gain ?? 0
            bookValue += line.pointee.bookValue
            hirFormed += line.pointee.hirFormed
        }
    }

    /// Totals with the sums of the lines (and the herinvesteringsreserve and explanation still to come).
    init(_ sums: LineSums) {
        self.init()
        openingBookValue = sums.openingBookValue.total
        investments = sums.investments.total
        willekeurig = sums.willekeurig.total
        normal = sums.normal.total
        depreciation = sums.depreciation.total
        terugname = sums.terugname.total
        disposalBookValues = sums.disposalBookValues.total
        gain = sums.gain.total
        bookValue = sums.bookValue.total
        hirFormed = sums.hirFormed.total
    }
}
