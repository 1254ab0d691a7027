/// The amount the year's total of transfer prices must exceed before any desinvesteringsbijtelling is due
/// (art. 3.47 lid 1 Wet IB 2001). Tested on the year of disposal; all or nothing.
public struct DesinvesteringThreshold: Sendable {
    public let year: Int
    public let amount: Money
    public let source: LegalSource
}
