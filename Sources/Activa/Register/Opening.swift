/// Taking over a running activastaat: the register begins in boekjaar `year`, and each asset invested before it
/// carries its figures as filed by the previous administration. Activa computes from `year` on and never recomputes
/// the years before it (balance continuity, art. 3.25 Wet IB 2001; docs/law/opening-balance.md).
public struct Opening: Sendable, Equatable {
    /// The first boekjaar Activa computes; the figures are those at its start.
    public var year: Int
    /// Where the figures come from, shown with each of them ("opgave vorige administratie").
    public var source: String?
    /// Per asset id: its figures at the start of `year`. Every asset invested before `year` has them.
    public var assets: [String: AssetOpening]
    /// Herinvesteringsreserves still held at the start of `year` (art. 3.54), each from a disposal before it.
    public var reserves: [OpeningReserve]

    public init(year: Int, source: String? = nil, assets: [String: AssetOpening] = [:], reserves: [OpeningReserve] = []) {
        self.year = year
        self.source = source
        self.assets = assets
        self.reserves = reserves
    }
}

/// One asset's figures at the start of the opening year, as filed. The asset itself keeps its original investment
/// date (`committed`, for the five-year window of art. 3.47 lid 2) and cost (for the 20% cap of art. 3.30 lid 2).
public struct AssetOpening: Sendable, Equatable {
    /// The fiscal book value at the start of the opening year.
    public var bookValue: Money
    /// Willekeurige afschrijving already taken on the asset (its scheme's room left, art. 3.34–3.35).
    public var willekeurigTaken: Money
    /// The book value without willekeurige afschrijving (art. 3.38 terugname, art. 3.54 lid 8); nil: `bookValue`
    /// plus `willekeurigTaken`, at most the cost.
    public var bookValueWithoutWillekeurig: Money?
    /// The investeringsaftrek received in the investment year, for the desinvesteringsbijtelling at "een gelijk
    /// percentage" (art. 3.47 lid 1); nil when none was received or the five-year window has ended.
    public var kia: ReceivedAftrek?
    /// KIA still deferred under the betalingscriterium at the start of the opening year (art. 3.44 lid 1): only for
    /// an asset not in use by then.
    public var kiaDeferred: Money
    /// EIA and MIA received on the asset (art. 3.42, 3.42a), for their part of the bijtelling.
    public var eia: Money
    public var mia: Money
    /// For an asset committed before 2007: its book value at the start of the first boekjaar from 2007, on which the
    /// transitional maximum of art. 10a.3 is computed.
    public var bookValue2007: Money?

    public init(bookValue: Money, willekeurigTaken: Money = 0, bookValueWithoutWillekeurig: Money? = nil,
                kia: ReceivedAftrek? = nil, kiaDeferred: Money = 0, eia: Money = 0, mia: Money = 0, bookValue2007: Money? = nil) {
        self.bookValue = bookValue
        self.willekeurigTaken = willekeurigTaken
        self.bookValueWithoutWillekeurig = bookValueWithoutWillekeurig
        self.kia = kia
        self.kiaDeferred = kiaDeferred
        self.eia = eia
        self.mia = mia
        self.bookValue2007 = bookValue2007
    }

    /// The book value without willekeurige afschrijving: as given, or the book value plus what was taken (at most `cost`).
    public func shadowBookValue(cost: Money) -> Money {
        bookValueWithoutWillekeurig ?? Money.min(cost, bookValue + willekeurigTaken)
    }
}

/// The KIA an asset received in its investment year: the amount, or the percentage of its investment (the year's KIA
/// divided by the year's investeringsbedrag, art. 3.47 lid 1).
public enum ReceivedAftrek: Sendable, Equatable {
    case amount(Money)
    case percentage(Rate)

    /// The amount on an investment of `investment`, to cents (half up).
    public func amount(of investment: Money) -> Money {
        switch self {
        case .amount(let amount): amount
        case .percentage(let rate): (rate * investment).rounded(scale: 2, .halfUp)
        }
    }
}

/// A herinvesteringsreserve taken over: formed in `formedYear` on the disposal of an asset no longer in the register.
/// A replacement names it by `id` (`hir.from`).
public struct OpeningReserve: Sendable, Equatable {
    public var id: String
    public var formedYear: Int
    /// The balance at the start of the opening year.
    public var amount: Money
    /// The book value of the sold asset just before the sale: the boekwaarde-eis (art. 3.54 lid 2).
    public var soldBookValue: Money
    /// The sold asset was not depreciated or over more than ten years: the reserve goes only onto an asset with the
    /// same economic function (art. 3.54 lid 4).
    public var soldLongTerm: Bool

    public init(id: String, formedYear: Int, amount: Money, soldBookValue: Money = 0, soldLongTerm: Bool = false) {
        self.id = id
        self.formedYear = formedYear
        self.amount = amount
        self.soldBookValue = soldBookValue
        self.soldLongTerm = soldLongTerm
    }
}
