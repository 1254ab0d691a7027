/// One boekjaar's figures as they go into the aangifte — the IB aangifte's winst uit onderneming or the
/// Vpb-aangifte — in whole euros that add up and agree with the activastaat in aangifte rounding. Each figure names
/// the register lines it came from.
public struct Aangifte: Sendable {
    public var year: Int
    public var start: Day
    public var end: Day
    public var taxpayer: Taxpayer
    /// Whether the year is closed (its aangifte filed): its totals are then the figures filed.
    public var closed: Bool
    /// The figures of the winst: investeringsaftrek, bijtelling, afschrijvingen, boekwinst, the reserve.
    public var figures: [AangifteFigure]
    /// The fiscal balance at the start and end of the boekjaar, per rubriek that has anything in it.
    public var balance: [BalancePosition]
    /// A samenwerkingsverband: each partner's own investeringsaftrek and bijtelling, for his own aangifte.
    public var partners: [PartnerAangifte]
    /// A closed year whose asset lines are computed anew: the lines then need not add up to the filed totals.
    public var linesRecomputed: Bool

    /// One figure, if the year has it.
    public func figure(_ item: AangifteFigure.Item) -> AangifteFigure? { figures.first { $0.item == item } }
}

/// One amount of the aangifte.
public struct AangifteFigure: Sendable {
    public enum Item: String, Sendable, CaseIterable {
        /// Kleinschaligheidsinvesteringsaftrek (art. 3.41), as deducted this year (betalingscriterium, art. 3.44).
        case kia
        /// Energie-investeringsaftrek (art. 3.42).
        case eia
        /// Milieu-investeringsaftrek (art. 3.42a).
        case mia
        /// KIA + EIA + MIA: the investeringsaftrek that lowers the winst (art. 3.40).
        case investeringsaftrek
        /// Desinvesteringsbijtelling (art. 3.47), added to the winst.
        case desinvesteringsbijtelling
        /// Normal and willekeurige afschrijving together (art. 3.30, 3.34–3.36), a cost.
        case afschrijvingen
        /// Of the afschrijvingen: the willekeurige (art. 3.34–3.36), informative.
        case willekeurigeAfschrijving
        /// Willekeurige afschrijving taken back (art. 3.38), added to the winst.
        case terugname
        /// Boekwinst (negative: boekverlies) on disposals, in the winst unless a reserve takes it.
        case boekwinst
        /// Herinvesteringsreserve formed this year from a boekwinst (art. 3.54 lid 1).
        case herinvesteringsreserveGevormd
        /// Reserve written off the cost of a replacement this year (art. 3.54 lid 1).
        case herinvesteringsreserveAfgeboekt
        /// Reserve released into the winst at the end of its term or at staking (art. 3.54 lid 5).
        case herinvesteringsreserveVrijgevallen
        /// The reserve at the end of the year: a liability on the fiscal balance.
        case herinvesteringsreserveEind
        /// The correction of an earlier year's error, into this year's winst (foutenleer).
        case foutenherstel
    }

    /// How the figure weighs in the winst.
    public enum Effect: String, Sendable {
        /// Lowers the winst (or the taxable amount).
        case deduction
        /// Raises the winst.
        case addition
        /// A balance amount or a part of another figure: no effect of its own.
        case informative
    }

    public var item: Item
    /// Whole euros, rounded in the taxpayer's favour (deductions up, additions down) or the sum of the rounded
    /// activastaat rows for the activastaat's figures.
    public var amount: Money
    /// The exact amount before rounding.
    public var exact: Money
    public var effect: Effect
    /// The register lines the figure came from, with their part (exact for the investeringsaftrek and the
    /// bijtelling; the rounded rows for the activastaat's figures, which add up to `amount`).
    public var lines: [AangifteLine]
    public var source: LegalSource
}

/// A register line's part in a figure.
public struct AangifteLine: Sendable, Hashable {
    public var assetId: String
    public var amount: Money

    public init(assetId: String, amount: Money) {
        self.assetId = assetId
        self.amount = amount
    }
}

/// A rubriek of the fiscal balance sheet: its book value at the start and end and the movements in between, each
/// the sum of the rounded activastaat rows of its assets.
public struct BalancePosition: Sendable {
    public var category: BalanceCategory
    public var opening: Money
    public var investments: Money
    public var depreciation: Money
    public var terugname: Money
    public var disposals: Money
    public var closing: Money
    /// Each asset's opening and closing book value in whole euros.
    public var lines: [BalanceLine]
}

public struct BalanceLine: Sendable, Hashable {
    public var assetId: String
    public var opening: Money
    public var closing: Money
}

/// A partner's figures for his own aangifte.
public struct PartnerAangifte: Sendable {
    public var name: String
    public var share: Rate
    public var kia: Money
    public var eia: Money
    public var mia: Money
    public var desinvesteringsbijtelling: Money
}
