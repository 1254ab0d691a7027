import Activa

/// The report as JSON. Amounts are exact decimal strings. The key names are a contract: others build on them.
public enum JSONReportWriter {
    public static func write(_ report: Report, options: ReportOptions) -> JSONValue {
        var entity: [(String, JSONValue)] = []
        if let name = report.entity.name { entity.append(("name", .string(name))) }
        entity.append(("taxpayer", .string(report.entity.taxpayer.rawValue)))
        return .object([
            ("entity", .object(entity)),
            ("rounding", .string(options.rounding.rawValue)),
            ("years", .array(report.years.map { year($0, options) })),
            ("policies", .array(report.policies.map { policy($0, options) })),
            ("warnings", .array(report.warnings.map { warning in
                var pairs: [(String, JSONValue)] = []
                if let id = warning.assetId { pairs.append(("assetId", .string(id))) }
                pairs.append(("text", .string(warning.text.text(options.language))))
                return .object(pairs)
            })),
        ])
    }

    static func money(_ amount: Money) -> JSONValue { .money(amount) }

    static func year(_ year: YearReport, _ options: ReportOptions) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("year", .number(String(year.year))),
            ("start", .string(year.start.description)),
            ("end", .string(year.end.description)),
            ("investments", money(options.neutral(year.investments))),
            ("kia", money(options.deduction(year.kia))),
            ("kiaOnInvestments", money(options.deduction(year.kiaComputation?.kia ?? 0))),
            ("kiaDeferred", money(options.neutral(year.kiaDeferred))),
            ("kiaFromEarlierYears", money(options.deduction(year.kiaFromEarlierYears))),
            ("kiaLapsed", money(options.neutral(year.kiaLapsed))),
            ("eiaInvestments", money(options.neutral(year.eiaInvestments))),
            ("eia", money(options.deduction(year.eia))),
            ("miaInvestments", money(options.neutral(year.miaInvestments))),
            ("mia", money(options.deduction(year.mia))),
            ("desinvesteringsbijtelling", money(options.addition(year.desinvestering.bijtelling))),
            ("desinvesteringsbijtellingEIA", money(options.addition(year.desinvestering.bijtellingEIA))),
            ("desinvesteringsbijtellingMIA", money(options.addition(year.desinvestering.bijtellingMIA))),
            ("transferPrices", money(options.neutral(year.desinvestering.transferPrices))),
        ]
        if let threshold = year.desinvestering.threshold { pairs.append(("desinvesteringThreshold", money(threshold))) }
        if let computation = year.kiaComputation {
            pairs.append(("kiaTable", .object([
                ("row", .string(computation.row.name)),
                ("source", source(computation.source, options)),
            ])))
        }
        pairs.append(("activastaat", activastaat(year.depreciation, options)))
        pairs.append(("assets", .array(year.assets.map { asset($0, options) })))
        if !year.partners.isEmpty { pairs.append(("partners", .array(year.partners.map { partner($0, options) }))) }
        if options.explain {
            var explanation = year.explanation
            explanation.append(year.desinvestering.explanation)
            pairs.append(("explanation", self.explanation(explanation, options)))
        }
        return .object(pairs)
    }

    static func asset(_ asset: AssetYear, _ options: ReportOptions) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("id", .string(asset.id))]
        if let description = asset.description { pairs.append(("description", .string(description))) }
        if let investment = asset.investment { pairs.append(("investment", money(investment))) }
        if let qualifies = asset.qualifies { pairs.append(("qualifies", .bool(qualifies))) }
        if let allocated = asset.kiaAllocated { pairs.append(("kiaAllocated", money(options.deduction(allocated)))) }
        pairs += [
            ("kia", money(options.deduction(asset.kia))),
            ("kiaOutstanding", money(options.neutral(asset.kiaOutstanding))),
            ("kiaLapsed", money(options.neutral(asset.kiaLapsed))),
            ("paid", money(asset.paid)),
            ("inUse", .bool(asset.inUse)),
        ]
        if let allocated = asset.eiaAllocated { pairs.append(("eiaAllocated", money(options.deduction(allocated)))) }
        if asset.eiaAllocated != nil || !asset.eia.isZero { pairs.append(("eia", money(options.deduction(asset.eia)))) }
        if let allocated = asset.miaAllocated { pairs.append(("miaAllocated", money(options.deduction(allocated)))) }
        if asset.miaAllocated != nil || !asset.mia.isZero { pairs.append(("mia", money(options.deduction(asset.mia)))) }
        if let disposal = asset.disposal {
            pairs.append(("disposal", .object([
                ("kind", .string(disposal.kind.rawValue)),
                ("date", .string(disposal.date.description)),
                ("transferPrice", money(disposal.transferPrice)),
                ("withinWindow", .bool(disposal.withinWindow)),
                ("desinvesteringsbijtelling", money(options.addition(disposal.bijtelling))),
                ("desinvesteringsbijtellingEIA", money(options.addition(disposal.bijtellingEIA))),
                ("desinvesteringsbijtellingMIA", money(options.addition(disposal.bijtellingMIA))),
            ])))
        }
        if let line = asset.depreciation {
            pairs += [
                ("openingBookValue", money(options.neutral(line.openingBookValue))),
                ("depreciation", money(options.deduction(line.depreciation))),
                ("willekeurig", money(options.deduction(line.willekeurig))),
                ("willekeurigMaximum", money(options.neutral(line.willekeurigMaximum))),
                ("normal", money(options.deduction(line.normal))),
                ("terugname", money(options.addition(line.terugname))),
                ("bookValue", money(options.neutral(line.bookValue))),
                ("bookValueWithoutWillekeurig", money(options.neutral(line.bookValueWithoutWillekeurig))),
            ]
            if !line.investment.isZero { pairs.append(("investmentBooked", money(line.investment))) }
            if !line.hirAfboeking.isZero { pairs.append(("hirAfboeking", money(line.hirAfboeking))) }
            if line.expensed { pairs.append(("expensed", .bool(true))) }
            if let disposalBookValue = line.disposalBookValue { pairs.append(("disposalBookValue", money(disposalBookValue))) }
            if let gain = line.gain { pairs.append(("gain", money(options.addition(gain)))) }
            if !line.hirFormed.isZero { pairs.append(("hirFormed", money(options.deduction(line.hirFormed)))) }
            if options.explain { pairs.append(("depreciationExplanation", explanation(line.explanation, options))) }
        }
        if options.explain { pairs.append(("explanation", explanation(asset.explanation, options))) }
        return .object(pairs)
    }

    static func activastaat(_ totals: DepreciationTotals, _ options: ReportOptions) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("openingBookValue", money(options.neutral(totals.openingBookValue))),
            ("investments", money(options.neutral(totals.investments))),
            ("willekeurig", money(options.deduction(totals.willekeurig))),
            ("normal", money(options.deduction(totals.normal))),
            ("depreciation", money(options.deduction(totals.depreciation))),
            ("terugname", money(options.addition(totals.terugname))),
            ("disposalBookValues", money(options.neutral(totals.disposalBookValues))),
            ("gain", money(options.addition(totals.gain))),
            ("bookValue", money(options.neutral(totals.bookValue))),
            ("hirFormed", money(options.deduction(totals.hirFormed))),
            ("hirUsed", money(options.neutral(totals.hirUsed))),
            ("hirReleased", money(options.addition(totals.hirReleased))),
            ("hirBalance", money(options.neutral(totals.hirBalance))),
        ]
        if options.explain { pairs.append(("explanation", explanation(totals.explanation, options))) }
        return .object(pairs)
    }

    static func partner(_ partner: PartnerYear, _ options: ReportOptions) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("name", .string(partner.name)),
            ("share", .string(partner.share.description)),
            ("base", money(partner.base)),
            ("kia", money(options.deduction(partner.kia))),
            ("kiaOutside", money(options.deduction(partner.kiaOutside))),
            ("eia", money(options.deduction(partner.eia))),
            ("mia", money(options.deduction(partner.mia))),
            ("desinvesteringsbijtelling", money(options.addition(partner.desinvesteringsbijtelling))),
        ]
        if options.explain { pairs.append(("explanation", explanation(partner.explanation, options))) }
        return .object(pairs)
    }

    static func explanation(_ explanation: Explanation, _ options: ReportOptions) -> JSONValue {
        .object([
            ("steps", .array(explanation.steps.map { .string($0.text(options.language)) })),
            ("sources", .array(explanation.sources.map { source($0, options) })),
        ])
    }

    static func source(_ source: LegalSource?, _ options: ReportOptions) -> JSONValue {
        guard let source else { return .null }
        var pairs: [(String, JSONValue)] = [("article", .string(source.article))]
        if let version = source.version { pairs.append(("version", .string(version))) }
        if let url = source.url { pairs.append(("url", .string(url))) }
        pairs.append(("status", .string(source.status.rawValue)))
        if let note = source.note { pairs.append(("note", .string(note))) }
        return .object(pairs)
    }

    static func policy(_ policy: PolicyNote, _ options: ReportOptions) -> JSONValue {
        .object([
            ("name", .string(policy.name)),
            ("value", .string(policy.value)),
            ("status", .string(policy.status.rawValue)),
            ("text", .string(policy.text.text(options.language))),
        ])
    }
}

extension KIAComputation.Row {
    /// A stable name for the row, for JSON.
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
