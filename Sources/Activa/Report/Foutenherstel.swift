/// The foutenleer (docs/law/opening-balance.md §4): when the register now gives a closed year other end figures than
/// were filed, the closed year stays as filed and the first year after it opens with the filed figures; the
/// difference (correct − filed) is one amount in that year's profit, on its own line. Depreciation goes on from the
/// correct book value. Case law (HR 22 oktober 1952, B. 9293; HR 25 juli 2000, BNB 2001/3), read through summaries.
public struct Foutenherstel: Sendable {
    /// One asset whose book value at the end of the closed year is now other than filed.
    public struct AssetDifference: Sendable, Hashable {
        public var id: String
        /// Filed at the end of the closed year; 0 for an asset not on the filed balance.
        public var filed: Money
        /// As the register computes it now; 0 for an asset no longer in the register.
        public var correct: Money
        public var amount: Money { correct - filed }
    }

    /// The closed year whose end figures are corrected; the correction is in the year after it.
    public var closedYear: Int
    /// Why the figures differ: an accepted correction, or a newer Activa.
    public var cause: ClosedYearStatus.Cause
    /// The fiscal book value of all assets at the end of `closedYear`: as filed and as it is now.
    public var bookValueFiled: Money
    public var bookValueCorrect: Money
    /// The herinvesteringsreserve at the end of `closedYear`: as filed and as it is now.
    public var hirFiled: Money
    public var hirCorrect: Money
    /// The assets that differ; empty when the year was closed without its per-asset book values.
    public var assets: [AssetDifference]
    public var explanation = Explanation()

    /// Into the year's profit: a higher book value or a lower reserve adds to it.
    public var amount: Money { (bookValueCorrect - bookValueFiled) + (hirFiled - hirCorrect) }

    /// The steps that explain it, one per asset and the total (docs/explanation-trace.md): the same with or without
    /// recorded explanations, so a text report says it always.
    public var steps: [ExplanationStep] {
        let source = Foutenherstel.source
        return assets.map { asset in
            ExplanationStep(kind: "foutenherstel.asset", figures: [.text("id", asset.id), .number("closedYear", closedYear), .amount("filed", asset.filed),
                                                                   .amount("correct", asset.correct), .amount("amount", asset.amount)], source: source)
        } + [ExplanationStep(kind: "foutenherstel.total", figures: [
            .number("closedYear", closedYear), .number("year", closedYear + 1), .text("cause", cause.rawValue),
            .amount("bookValueFiled", bookValueFiled), .amount("bookValueCorrect", bookValueCorrect),
            .amount("hirFiled", hirFiled), .amount("hirCorrect", hirCorrect), .amount("amount", amount),
        ], source: source)]
    }

    /// Case law, read through summaries (SECONDARY).
    public static let source = LegalSource(article: "foutenleer (HR 22 oktober 1952, B. 9293; HR 25 juli 2000, BNB 2001/3)",
                                           status: .secondary, note: "docs/law/opening-balance.md §4")
}
