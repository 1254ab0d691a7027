/// The input: who the taxpayer is, and their business assets.
public struct Register: Sendable {
    public var entity: Entity
    public var assets: [Asset]

    public init(entity: Entity = Entity(), assets: [Asset]) {
        self.entity = entity
        self.assets = assets
    }
}

/// The onderneming whose assets the register holds.
public struct Entity: Sendable {
    public var name: String?
    public var taxpayer: Taxpayer
    /// Non-empty when the register is a samenwerkingsverband's (VOF, maatschap, CV).
    public var partners: [Partner]

    public init(name: String? = nil, taxpayer: Taxpayer = .ib, partners: [Partner] = []) {
        self.name = name
        self.taxpayer = taxpayer
        self.partners = partners
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

    public init(name: String, share: Rate, outsideInvestments: [Int: Money] = [:]) {
        self.name = name
        self.share = share
        self.outsideInvestments = outsideInvestments
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
    /// Mainly made available to third parties (art. 3.45 lid 2 sub a): no KIA.
    public var rentedOut: Bool
    public var disposal: Disposal?

    public init(id: String, description: String? = nil, kind: AssetKind = .other, committed: Day, inUse: Day? = nil,
                cost: Money, residual: Money = 0, life: Int? = nil, payments: [Payment]? = nil, part: String? = nil,
                relatedParty: Bool = false, rentedOut: Bool = false, disposal: Disposal? = nil) {
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

/// A sale, or a withdrawal to private use (onttrekking) at the value in the economic traffic (art. 3.47 lid 3).
public struct Disposal: Sendable {
    public var date: Day
    /// The transfer price (overdrachtsprijs); for a withdrawal, the waarde in het economische verkeer.
    public var price: Money
    public var withdrawal: Bool
    public init(date: Day, price: Money, withdrawal: Bool = false) {
        self.date = date
        self.price = price
        self.withdrawal = withdrawal
    }
}
