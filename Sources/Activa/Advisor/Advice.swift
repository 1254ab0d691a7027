/// One piece of concrete, quantified advice: the register as it is beside the register as advised, both
/// computed by the engine, and the difference in euros.
public struct Advice: Sendable {
    public enum Kind: String, Sendable {
        case justBelowMinimum, partsFormOneAsset, belowLowerBound, moveAcrossYearEnd
        case saleInsideWindow, saleAcrossThreshold, paymentDeadline, inUseDeadline, willekeurigChoice
    }

    public var kind: Kind
    public var assetId: String?
    public var title: LocalizedText
    public var asIs: Scenario
    public var advised: Scenario
    /// What the advice gains, in the measure both scenarios show (positive: better for the taxpayer).
    public var difference: Money
    /// What the measure is, e.g. "investeringsaftrek − bijtelling 2025–2026".
    public var measure: LocalizedText
    public var sources: [LegalSource]
}

/// One side of an advice: a description and the figures the engine computed for it.
public struct Scenario: Sendable {
    public var description: LocalizedText
    public var figures: [Figure]
    public var total: Money
}

public struct Figure: Sendable {
    public var name: LocalizedText
    public var amount: Money
}
