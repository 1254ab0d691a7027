/// The input: who the taxpayer is, and their business assets.
public struct Register: Sendable {
    public var entity: Entity
    public var assets: [Asset]
    /// Purchases not yet committed, for `activa advise`: an amount and the window in which it could be made.
    public var planned: [PlannedPurchase]
    /// A register that takes over a running activastaat: the first boekjaar computed and the figures at its start.
    public var opening: Opening?
    /// The boekjaren whose aangifte is filed, in order: their figures as filed (issue 16).
    public var closedYears: [ClosedYear] = []

    public init(entity: Entity = Entity(), assets: [Asset], planned: [PlannedPurchase] = [], opening: Opening? = nil) {
        self.entity = entity
        self.assets = assets
        self.planned = planned
        self.opening = opening
    }
}

/// A purchase the entrepreneur is considering: it may be committed on any day from `earliest` to `latest`.
public struct PlannedPurchase: Sendable {
    public var id: String
    public var description: String?
    public var kind: AssetKind
    public var amount: Money
    public var earliest: Day
    public var latest: Day
    public var life: Int?
    public var residual: Money

    public init(id: String, description: String? = nil, kind: AssetKind = .other, amount: Money, earliest: Day, latest: Day,
                life: Int? = nil, residual: Money = 0) {
        self.id = id
        self.description = description
        self.kind = kind
        self.amount = amount
        self.earliest = earliest
        self.latest = latest
        self.life = life
        self.residual = residual
    }

    /// The purchase as a register entry committed (and taken into use) on `day`.
    public func asset(committedOn day: Day) -> Asset {
        Asset(id: id, description: description, kind: kind, committed: day, inUse: day, cost: amount, residual: residual, life: life)
    }
}

/// The onderneming whose assets the register holds.
public struct Entity: Sendable {
    public var name: String?
    public var taxpayer: Taxpayer
    /// Non-empty when the register is a samenwerkingsverband's (VOF, maatschap, CV).
    public var partners: [Partner]
    /// The calendar years in which the willekeurige afschrijving for starters applies: the years with
    /// startersaftrek, plus the aanloopjaar before them if it had no zelfstandigenaftrek (UWA art. 7). IB only.
    public var startersYears: Set<Int>
    /// The boekjaren: calendar years unless a gebroken boekjaar or a longer or shorter first or last year is set.
    public var calendar: FiscalCalendar
    /// The boekjaren in which the taxpayer does not claim the KIA (art. 3.40: a right, not a duty; e.g. to avoid a
    /// later desinvesteringsbijtelling). EIA and MIA are not affected.
    public var forgoKIA: Set<Int>

    public init(name: String? = nil, taxpayer: Taxpayer = .ib, partners: [Partner] = [], startersYears: Set<Int> = [],
                calendar: FiscalCalendar = .calendarYears, forgoKIA: Set<Int> = []) {
        self.name = name
        self.taxpayer = taxpayer
        self.partners = partners
        self.startersYears = startersYears
        self.calendar = calendar
        self.forgoKIA = forgoKIA
    }
}

/// Inkomstenbelasting (an ondernemer) or vennootschapsbelasting (a BV/NV).
public enum Taxpayer: String, Sendable, CaseIterable {
    case ib
    case vpb
}

/// A partner in a samenwerkingsverband.
public struct Partner: Sendable {
    public var name: String
    /// The partner's share in the partnership's investments (normally the profit share, BIA §4.1.4).
    public var share: Rate
    /// The partner's own investments outside the partnership, per calendar year (art. 3.41 lid 3, from 2021).
    public var outsideInvestments: [Int: Money]
    /// A limited partner (commanditaire vennoot): no EIA or MIA (art. 3.42, 3.42a: "voor eigen rekening").
    public var limited: Bool

    public init(name: String, share: Rate, outsideInvestments: [Int: Money] = [:], limited: Bool = false) {
        self.name = name
        self.share = share
        self.outsideInvestments = outsideInvestments
        self.limited = limited
    }
}

/// One entry of the register: a business asset, or a part of one (`part`).
public struct Asset: Sendable {
    public var id: String
    public var description: String?
    public var kind: AssetKind
    /// The day the obligation was entered: the investment date (art. 3.43 lid 1).
    public var committed: Day
    /// Ingebruikname; nil while not (yet) in use.
    public var inUse: Day?
    /// The investment amount: acquisition cost borne by the taxpayer, excluding deductible VAT.
    public var cost: Money
    public var residual: Money
    /// Useful life in years.
    public var life: Int?
    /// nil means paid in full on `committed`.
    public var payments: [Payment]?
    /// Entries with the same `part` form one business asset for the €450 test (BIA §2.2).
    public var part: String?
    /// Bought from a related party of art. 3.46: no investeringsaftrek.
    public var relatedParty: Bool
    /// Art. 3.46 lid 2: the Minister's ontheffing (granted under the Besluit investeringsaftrek §5, e.g. between close
    /// relatives) lifts the related-party exclusion for this asset.
    public var relatedPartyOntheffing: Bool = false
    /// Mainly made available to third parties (art. 3.45 lid 2 sub a): no KIA.
    public var rentedOut: Bool
    public var disposal: Disposal?
    /// Subsidies, discounts and refunds received on the investment (art. 3.47 lid 5: "vermindering, teruggaaf of
    /// vergoeding"): in the boekjaar of investment they lower the investeringsbedrag; later each counts as a disposal
    /// of its amount for the desinvesteringsbijtelling.
    public var reductions: [Reduction] = []
    /// Changes of use from a date (art. 3.47 lid 3): each counts as a disposal at its value in the economic traffic.
    public var changesOfUse: [ChangeOfUse] = []
    /// A verbetering: the id of the asset this entry improves. Its own investment for the investeringsaftrek (art. 3.43
    /// lid 1: "de verbetering van een bedrijfsmiddel"), depreciated with that asset over what is left of its life, and
    /// disposed of with it (see `Register.resolvingImprovements`).
    public var improves: String? = nil
    /// Voortbrengingskosten of an asset the business makes itself: the investment is made as the costs are made (art.
    /// 3.43 lid 1), so each boekjaar's costs are that year's investment. Empty for a bought asset.
    public var productionCosts: [ProductionCost] = []
    /// The depreciation method; straight line unless chosen otherwise. A chosen method stays for the asset.
    public var method: DepreciationMethod
    /// What the taxpayer chooses to depreciate willekeurig.
    public var willekeurig: WillekeurigChoice
    /// Forces one scheme when several could apply (e.g. `starters` rather than `scheme2023`).
    public var willekeurigScheme: WillekeurigScheme.Identifier?
    /// On the Milieulijst with a Vamil code (A, B, C, F) and notified in time (art. 3.31).
    public var vamil: Bool
    /// Used before (second-hand): not for the temporary schemes or Vamil, which require a new asset.
    public var used: Bool
    /// For a passenger car: CO2 emission in g/km and whether it is a diesel, for the zeer-zuinig exceptions.
    public var co2: Int?
    public var diesel: Bool
    /// For a building: own use or ter belegging, and the WOZ value per calendar year (art. 3.30a).
    public var buildingUse: BuildingUse
    public var woz: [Int: Money]
    /// A herinvesteringsreserve written off this asset's cost (art. 3.54): from the disposal of `from`.
    public var hir: HIRAfboeking?
    /// For land (`kind: land`): the id of the building (`kind: building`) it is the ondergrond or aanhorigheid of.
    /// Building and land are one for the bodemwaarde (art. 3.30a lid 2): the WOZ value covers both.
    public var building: String?
    /// On the Energielijst: energie-investeringsaftrek (art. 3.42).
    public var eia: Bool
    /// On the Milieulijst with this category: milieu-investeringsaftrek (art. 3.42a).
    public var mia: MIACategory?
    /// The day the investment was notified to RVO (EIA, MIA, Vamil: within three months).
    public var notified: Day?
    /// Expense at once as an item of less than €450 (Besluit afschrijvingen §6)? nil = yes for such an item unless
    /// willekeurige afschrijving is chosen for it.
    public var expensed: Bool?
    /// The balance rubriek when it is not the kind's default (`category` gives the one that applies).
    public var balanceCategory: BalanceCategory? = nil

    public init(id: String, description: String? = nil, kind: AssetKind = .other, committed: Day, inUse: Day? = nil,
                cost: Money, residual: Money = 0, life: Int? = nil, payments: [Payment]? = nil, part: String? = nil,
                relatedParty: Bool = false, rentedOut: Bool = false, disposal: Disposal? = nil,
                method: DepreciationMethod = .straightLine, willekeurig: WillekeurigChoice = .none,
                willekeurigScheme: WillekeurigScheme.Identifier? = nil, vamil: Bool = false, used: Bool = false,
                co2: Int? = nil, diesel: Bool = false, buildingUse: BuildingUse = .ownUse, woz: [Int: Money] = [:],
                hir: HIRAfboeking? = nil, expensed: Bool? = nil, eia: Bool = false, mia: MIACategory? = nil,
                notified: Day? = nil, building: String? = nil, reductions: [Reduction] = [],
                changesOfUse: [ChangeOfUse] = [], relatedPartyOntheffing: Bool = false, improves: String? = nil,
                productionCosts: [ProductionCost] = [], balanceCategory: BalanceCategory? = nil) {
        self.balanceCategory = balanceCategory
        self.improves = improves
        self.productionCosts = productionCosts
        self.relatedPartyOntheffing = relatedPartyOntheffing
        self.building = building
        self.reductions = reductions
        self.changesOfUse = changesOfUse
        self.expensed = expensed
        self.eia = eia
        self.mia = mia
        self.notified = notified
        self.method = method
        self.willekeurig = willekeurig
        self.willekeurigScheme = willekeurigScheme
        self.vamil = vamil
        self.used = used
        self.co2 = co2
        self.diesel = diesel
        self.buildingUse = buildingUse
        self.woz = woz
        self.hir = hir
        self.id = id
        self.description = description
        self.kind = kind
        self.committed = committed
        self.inUse = inUse
        self.cost = cost
        self.residual = residual
        self.life = life
        self.payments = payments
        self.part = part
        self.relatedParty = relatedParty
        self.rentedOut = rentedOut
        self.disposal = disposal
    }

    /// What had been paid by the end of `day`, inclusive. Without payments, everything is paid on `committed`.
    public func paid(by day: Day) -> Money {
        Asset.paid(by: day, payments: payments, committed: committed, cost: cost)
    }

    /// What was paid by `day`: the payments up to it, or without payments the whole cost from the commitment date.
    static func paid(by day: Day, payments: [Payment]?, committed: Day, cost: Money) -> Money {
        guard let payments else { return committed <= day ? cost : 0 }
        var total: Money = 0
        for payment in payments where payment.date <= day { total += payment.amount }
        return total
    }
}

public struct Payment: Sendable {
    public var date: Day
    public var amount: Money
    public init(date: Day, amount: Money) {
        self.date = date
        self.amount = amount
    }
}

/// Voortbrengingskosten made on a day for an asset the business makes itself (art. 3.43 lid 1): materials, work
/// by others, the business's own wages. Costs made count as paid (art. 3.44 compares the aftrek with what was borne).
public typealias ProductionCost = DatedAmount

/// A subsidy, discount or refund received on an investment (art. 3.47 lid 5).
public typealias Reduction = DatedAmount

/// An amount on a day, with what it was: a subsidy or refund (`Reduction`), or voortbrengingskosten (`ProductionCost`).
public struct DatedAmount: Sendable, Hashable {
    public var date: Day
    public var amount: Money
    public var description: String?
    public init(date: Day, amount: Money, description: String? = nil) {
        self.date = date
        self.amount = amount
        self.description = description
    }
}

/// A change of use of an asset that stays in the enterprise (art. 3.47 lid 3). Taking it into private use is a
/// withdrawal (`Disposal.withdrawal`): it leaves the enterprise.
public struct ChangeOfUse: Sendable, Hashable {
    public enum Use: String, Sendable, Hashable, CaseIterable {
        /// From now mainly made available to third parties (art. 3.45 lid 2 sub a): the KIA part.
        case rentedOut
        /// From now made available to non-residents, or used in a foreign enterprise (art. 3.45 lid 4 sub a, 3.47 lid 3 sub b): every form.
        case abroad
    }
    public var date: Day
    public var to: Use
    /// The value in the economic traffic at the change: the transfer price.
    public var value: Money
    public init(date: Day, to: Use, value: Money) {
        self.date = date
        self.to = to
        self.value = value
    }
}

/// A sale, or a withdrawal to private use (onttrekking) at the value in the economic traffic (art. 3.47 lid 3).
public struct Disposal: Sendable {
    public var date: Day
    /// The transfer price (overdrachtsprijs); for a withdrawal, the waarde in het economische verkeer.
    public var price: Money
    public var withdrawal: Bool
    /// Form a herinvesteringsreserve from the boekwinst (art. 3.54): the intention to reinvest exists.
    public var hir: Bool
    public init(date: Day, price: Money, withdrawal: Bool = false, hir: Bool = false) {
        self.date = date
        self.price = price
        self.withdrawal = withdrawal
        self.hir = hir
    }
}

/// How normal depreciation spreads the depreciable amount (art. 3.30; goed koopmansgebruik).
public enum DepreciationMethod: Sendable, Hashable {
    /// (cost − residual − willekeurig) ÷ life a year, time-proportional.
    case straightLine
    /// A fixed rate of the book value a year, within the 20% cap; the last year of the life takes the rest.
    case decliningBalance(rate: Rate)
}

/// The taxpayer's choice of willekeurige afschrijving for one asset.
public enum WillekeurigChoice: Sendable, Hashable {
    case none
    /// As much as the scheme allows, every year it allows it.
    case maximum
    /// Chosen amounts per calendar year, each checked against the maximum.
    case amounts([Int: Money])

    /// Whether willekeurige afschrijving is chosen at all (tested without comparing the amounts).
    public var isChosen: Bool {
        if case .none = self { return false }
        return true
    }
}

/// The part of a herinvesteringsreserve written off a replacement asset.
public struct HIRAfboeking: Sendable, Hashable {
    /// The id of the disposed asset whose reserve is used.
    public var from: String
    /// The amount; nil = as much as the reserve and the boekwaarde-eis allow.
    public var amount: Money?
    /// The register's statement that this asset serves the same economic function in the business as `from`:
    /// required when either of them is not depreciated or is depreciated over more than ten years (art. 3.54 lid 4).
    public var sameFunction: Bool
    public init(from: String, amount: Money? = nil, sameFunction: Bool = false) {
        self.from = from
        self.amount = amount
        self.sameFunction = sameFunction
    }
}

extension Register: Equatable {}
extension Entity: Equatable {}
extension Partner: Equatable {}
extension Asset: Equatable {}
extension Payment: Equatable {}
extension Disposal: Equatable {}
extension PlannedPurchase: Equatable {}
