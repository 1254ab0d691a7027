/// How amounts are rounded at the edge, when a report is written. The engine itself never rounds for display.
public enum RoundingPolicy: String, Sendable, CaseIterable {
    /// Full precision, e.g. 14182.0664.
    case exact
    /// Whole euros for the aangifte, in the taxpayer's favour: deductions up, additions down
    /// (docs/law/rounding.md; the official wording is UNCONFIRMED).
    case aangifte

    /// What an amount is to the taxpayer, which decides the direction of rounding.
    public enum Role: Sendable {
        /// A deduction from profit (KIA): rounded up.
        case deduction
        /// An addition to profit (bijtelling): rounded down.
        case addition
        /// A base or an informative amount (investments, payments): rounded to the nearest euro.
        case neutral
    }

    public func apply(_ amount: Money, as role: Role) -> Money {
        switch self {
        case .exact:
            return amount
        case .aangifte:
            switch role {
            case .deduction: return amount.rounded(scale: 0, .up)
            case .addition: return amount.rounded(scale: 0, .down)
            case .neutral: return amount.rounded(scale: 0, .halfUp)
            }
        }
    }
}

extension RoundingPolicy {
    /// How the activastaat is rounded, as a named choice shown with the report's policies; nil when exact.
    public var activastaatNote: PolicyNote? {
        guard self == .aangifte else { return nil }
        return PolicyNote(name: "activastaatRounding", value: "bookValues", status: .derived, text: LocalizedText(
            nl: "activastaat in hele euro's: de boekwaarde na elke mutatie afgerond (half naar boven), elke mutatie het verschil, zodat elke regel klopt en een schema precies de afgeronde kosten − restwaarde afschrijft; totalen zijn de som van de afgeronde regels",
            en: "activastaat in whole euros: the book value after each movement rounded (half up), each movement the difference, so every row adds up and a schedule depreciates exactly the rounded cost − residual; totals are the sum of the rounded rows"))
    }

    /// An asset's activastaat line as written. Exact: the line itself. Aangifte: whole euros that add up — the book
    /// value is rounded (to the nearest euro) after each movement of the year (investment, willekeurige and normal
    /// afschrijving, terugname, disposal), and each movement is the difference of two rounded book values. So
    /// begin + investering − afschrijving + terugname − desinvestering = eind in every row; the closing value is the
    /// next year's opening value; and over a schedule the depreciation adds up to the rounded cost minus the rounded
    /// residual value: exactly cost − residual when both are whole euros (each year rounded on its own could add up
    /// to more: 277,78 + 333,33 + 333,33 + 55,56 would be 278 + 334 + 334 + 56 = 1.002 for a cost of 1.000); with
    /// cents in them it can differ from cost − residual by less than a euro either way. The boekwinst is the rounded
    /// transfer price minus the rounded disposal book value (so it may be a euro above the boekwinst rounded down).
    public func activastaat(_ line: AssetDepreciation) -> AssetDepreciation {
        guard self == .aangifte else { return line }
        return RoundingPolicy.activastaat(line, scale: 0)
    }

    /// An activastaat line rounded to `scale` decimals the way `activastaat(_:)` rounds it to euros (0) — with 2,
    /// the cents a journal entry is booked in.
    public static func activastaat(_ line: AssetDepreciation, scale: Int) -> AssetDepreciation {
        func euros(_ amount: Money) -> Money { amount.rounded(scale: scale, .halfUp) }
        // The book value after each movement, exact and rounded.
        let opening = line.openingBookValue
        let afterInvestment = opening + line.investment
        let afterWillekeurig = afterInvestment - line.willekeurig
        let afterNormal = afterWillekeurig - line.normal
        let afterTerugname = afterNormal + line.terugname
        let closing = afterTerugname - (line.disposalBookValue ?? 0)
        let r0 = euros(opening), r1 = euros(afterInvestment), r2 = euros(afterWillekeurig), r3 = euros(afterNormal)
        let r4 = euros(afterTerugname), r5 = euros(closing)
        var rounded = line
        rounded.openingBookValue = r0
        rounded.investment = r1 - r0
        // The cost before the afboeking, rounded, less the investment booked.
        rounded.hirAfboeking = line.hirAfboeking.isZero ? 0 : euros(opening + line.investment + line.hirAfboeking) - r1
        rounded.willekeurig = r1 - r2
        rounded.normal = r2 - r3
        rounded.depreciation = r1 - r3
        rounded.terugname = r4 - r3
        rounded.disposalBookValue = line.disposalBookValue.map { _ in r4 - r5 }
        rounded.gain = line.gain.map { gain in euros(gain + (line.disposalBookValue ?? 0)) - (r4 - r5) }
        rounded.bookValue = r5
        rounded.willekeurigMaximum = euros(line.willekeurigMaximum)
        rounded.bookValueWithoutWillekeurig = euros(line.bookValueWithoutWillekeurig)
        rounded.hirFormed = euros(line.hirFormed)
        return rounded
    }

    /// A year's activastaat totals as written. Exact: the totals themselves. Aangifte: the sum of the rounded lines
    /// (`activastaat(_:)` of each asset), so a total adds up as every row does. The herinvesteringsreserve is
    /// rounded as a book value is: its balance after each movement (formed, written off replacements, released),
    /// each movement the difference, so its balance adds up too (its formation can then differ by a euro from the
    /// rounded rows' when a reserve with cents was already there).
    public func activastaat(_ year: YearReport) -> DepreciationTotals {
        guard self == .aangifte else { return year.depreciation }
        func euros(_ amount: Money) -> Money { amount.rounded(scale: 0, .halfUp) }
        let exact = year.depreciation
        var totals = DepreciationTotals()
        totals.explanation = exact.explanation
        for asset in year.assets {
            guard let line = asset.depreciation.map(activastaat) else { continue }
            totals.openingBookValue += line.openingBookValue
            totals.investments += line.investment
            totals.willekeurig += line.willekeurig
            totals.normal += line.normal
            totals.depreciation += line.depreciation
            totals.terugname += line.terugname
            totals.disposalBookValues += line.disposalBookValue ?? 0
            totals.gain += line.gain ?? 0
            totals.bookValue += line.bookValue
        }
        // The reserve as the book value: its balance rounded after each movement, the movements the differences.
        let opening = exact.hirBalance - exact.hirFormed + exact.hirUsed + exact.hirReleased
        let afterFormed = opening + exact.hirFormed, afterUsed = afterFormed - exact.hirUsed
        totals.hirFormed = euros(afterFormed) - euros(opening)
        totals.hirUsed = euros(afterFormed) - euros(afterUsed)
        totals.hirReleased = euros(afterUsed) - euros(exact.hirBalance)
        totals.hirBalance = euros(exact.hirBalance)
        return totals
    }
}
