/// The KIA of one year's total of qualifying investments, with the table row that produced it.
public struct KIAComputation: Sendable {
    public let year: Int
    /// The year's total investeringsbedrag of qualifying assets.
    public let total: Money
    public let kia: Money
    public let row: Row
    public let explanation: Explanation
    /// The table's article and law version.
    public let source: LegalSource

    /// Which row of the table applied.
    public enum Row: Sendable, Equatable {
        /// Total at or below the minimum: no KIA.
        case atOrBelowMinimum(minimum: Money)
        /// 2002–2009: one percentage on the whole total.
        case percentageOfTotal(above: Money, upTo: Money, rate: Rate)
        /// 2002–2009: above the last bracket.
        case aboveLastBracket(lastBound: Money)
        /// Since 2010: 28% of the total.
        case percentage(above: Money, upTo: Money, rate: Rate)
        case fixedAmount(above: Money, upTo: Money, amount: Money)
        case phaseOut(above: Money, upTo: Money, amount: Money, rate: Rate, reduction: Money)
        case aboveMaximum(maximum: Money)
    }

    /// KIA ÷ total: the percentage the desinvesteringsbijtelling uses (art. 3.47 lid 1, "gelijk percentage").
    /// Exact as a fraction; callers multiply first and divide last.
    public var isZero: Bool { kia.isZero }
}

extension KIAComputation {
    /// The same computation when the taxpayer does not claim the KIA of the year: the table's figure is shown, the
    /// KIA is zero.
    func forgone() -> KIAComputation {
        var explanation = self.explanation
        let computed = kia
        explanation.add("kia.forgone", [.number("year", year), .amount("computed", computed), .amount("kia", 0)],
                        source: .wetIB("art. 3.40", version: source.version ?? "\(year)-01-01"))
        return KIAComputation(year: year, total: total, kia: 0, row: row, explanation: explanation, source: source)
    }
}

extension KIATable {
    /// Applies the table to a year total. Lower bounds exclusive, upper bounds inclusive, as in the law.
    public func compute(total: Money) -> KIAComputation {
        let row: KIAComputation.Row
        let kia: Money
        switch schedule {
        case .percentageOfTotal(let minimum, let brackets):
            if total <= minimum {
                row = .atOrBelowMinimum(minimum: minimum)
                kia = 0
            } else if let index = brackets.firstIndex(where: { total <= $0.upTo }) {
                let above = index == 0 ? minimum : brackets[index - 1].upTo
                row = .percentageOfTotal(above: above, upTo: brackets[index].upTo, rate: brackets[index].rate)
                kia = total * brackets[index].rate
            } else {
                row = .aboveLastBracket(lastBound: brackets.last?.upTo ?? minimum)
                kia = 0
            }
        case .fixedAmountWithPhaseOut(let t):
            if total <= t.lowerBound {
                row = .atOrBelowMinimum(minimum: t.lowerBound)
                kia = 0
            } else if total <= t.percentageUpTo {
                row = .percentage(above: t.lowerBound, upTo: t.percentageUpTo, rate: t.rate)
                kia = total * t.rate
            } else if total <= t.fixedUpTo {
                row = .fixedAmount(above: t.percentageUpTo, upTo: t.fixedUpTo, amount: t.fixedAmount)
                kia = t.fixedAmount
            } else if total <= t.upperBound {
                let reduction = (total - t.fixedUpTo) * t.phaseOutRate
                row = .phaseOut(above: t.fixedUpTo, upTo: t.upperBound, amount: t.fixedAmount, rate: t.phaseOutRate,
                                reduction: reduction)
                kia = t.fixedAmount - reduction
            } else {
                row = .aboveMaximum(maximum: t.upperBound)
                kia = 0
            }
        }
        return KIAComputation(year: year, total: total, kia: kia, row: row,
                              explanation: explain(total: total, kia: kia, row: row), source: source)
    }

    private func explain(total: Money, kia: Money, row: KIAComputation.Row) -> Explanation {
        var explanation = Explanation()
        explanation.add(StepKind(rawValue: "kia." + row.name), Self.figures(year: year, total: total, kia: kia, row: row), source: source)
        return explanation
    }
}

extension KIATable {
    /// The figures of the row that applied: the year, the total, the KIA, and the row's bounds and rates.
    static func figures(year: Int, total: Money, kia: Money, row: KIAComputation.Row) -> [StepFigure] {
        var figures: [StepFigure] = [.number("year", year), .amount("total", total)]
        switch row {
        case .atOrBelowMinimum(let minimum): figures.append(.amount("minimum", minimum))
        case .percentageOfTotal(let above, let upTo, let rate), .percentage(let above, let upTo, let rate):
            figures += [.amount("above", above), .amount("upTo", upTo), .rate("rate", rate)]
        case .aboveLastBracket(let bound): figures.append(.amount("lastBound", bound))
        case .fixedAmount(let above, let upTo, let amount):
            figures += [.amount("above", above), .amount("upTo", upTo), .amount("fixedAmount", amount)]
        case .phaseOut(let above, let upTo, let amount, let rate, let reduction):
            figures += [.amount("above", above), .amount("upTo", upTo), .amount("fixedAmount", amount), .rate("phaseOutRate", rate),
                        .amount("reduction", reduction)]
        case .aboveMaximum(let maximum): figures.append(.amount("maximum", maximum))
        }
        figures.append(.amount("kia", kia))
        return figures
    }
}

extension KIAComputation.Row {
    /// A stable name for the row: in JSON, and the step code `kia.<name>`.
    public var name: String {
        switch self {
        case .atOrBelowMinimum: return "atOrBelowMinimum"
        case .percentageOfTotal: return "percentageOfTotal"
        case .aboveLastBracket: return "aboveLastBracket"
        case .percentage: return "percentage"
        case .fixedAmount: return "fixedAmount"
        case .phaseOut: return "phaseOut"
        case .aboveMaximum: return "aboveMaximum"
        }
    }
}
