/// The rubriek of the fiscal balance sheet an asset is shown under, as in the aangifte's balance (IB: "Balans" of
/// the winst uit onderneming; Vpb: "Fiscale balans"). The default follows the asset's kind; the register can set
/// another (`balanceCategory:`), e.g. `machinesEnInstallaties` for a machine entered as `other`.
public enum BalanceCategory: String, Sendable, CaseIterable, Comparable {
    case immaterieleVasteActiva
    case bedrijfsgebouwenEnTerreinen
    case machinesEnInstallaties
    case overigeMaterieleVasteActiva
    case financieleVasteActiva

    /// The category of an asset of this kind when the register names none. `other` (machines, computers, furniture,
    /// tools) goes to the overige materiële vaste activa: most small businesses keep their machines there; a
    /// production business sets `machinesEnInstallaties`.
    public init(defaultFor kind: AssetKind) {
        switch kind {
        case .goodwill, .permit, .intangible: self = .immaterieleVasteActiva
        case .building, .land, .dwelling, .publicInfrastructure: self = .bedrijfsgebouwenEnTerreinen
        case .securities: self = .financieleVasteActiva
        case .other, .van, .passengerCar, .efficientPassengerCar, .taxi, .pleasureCraft, .animal, .ship, .aircraft,
             .motorcycle: self = .overigeMaterieleVasteActiva
        }
    }

    /// The aangifte's own name of the rubriek.
    public var name: LocalizedText {
        switch self {
        case .immaterieleVasteActiva: LocalizedText(nl: "Immateriële vaste activa", en: "Intangible fixed assets")
        case .bedrijfsgebouwenEnTerreinen: LocalizedText(nl: "Bedrijfsgebouwen en -terreinen", en: "Business buildings and land")
        case .machinesEnInstallaties: LocalizedText(nl: "Machines en installaties", en: "Machinery and installations")
        case .overigeMaterieleVasteActiva: LocalizedText(nl: "Overige materiële vaste activa", en: "Other tangible fixed assets")
        case .financieleVasteActiva: LocalizedText(nl: "Financiële vaste activa", en: "Financial fixed assets")
        }
    }

    public static func < (lhs: BalanceCategory, rhs: BalanceCategory) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

extension Asset {
    /// The balance rubriek: the register's choice, else the default of the kind.
    public var category: BalanceCategory { balanceCategory ?? BalanceCategory(defaultFor: kind) }
}
