import Activa

/// The report as JSON. Amounts are exact decimal strings. The key names are a contract: others build on them.
public enum JSONReportWriter {
    /// The report as UTF-8 JSON: compact, or indented two spaces a level.
    public static func closedYear(_ status: ClosedYearStatus) -> JSONValue {
        let closed = status.closed
        var pairs: [(String, JSONValue)] = [("year", .number(String(closed.year))), ("closedOn", .string(closed.closedOn.description))]
        if let version = closed.registerVersion { pairs.append(("registerVersion", .number(String(version)))) }
        pairs.append(("activaVersion", .string(closed.activaVersion)))
        pairs.append(("figures", .object(closed.figures.map { ($0.key, .string($0.amount.formatted(minimumFractionDigits: 2))) })))
        if let correction = closed.correction {
            var fields: [(String, JSONValue)] = [("acceptedOn", .string(correction.acceptedOn.description))]
            if let version = correction.registerVersion { fields.append(("registerVersion", .number(String(version)))) }
            pairs.append(("correction", .object(fields)))
        }
        pairs.append(("differences", .array(status.differences.map { difference in
            var fields: [(String, JSONValue)] = [("figure", .string(difference.key))]
            if let id = difference.assetId { fields.append(("assetId", .string(id))) }
            fields += [("filed", .string(difference.filed.formatted(minimumFractionDigits: 2))),
                       ("now", .string(difference.now.formatted(minimumFractionDigits: 2)))]
            return .object(fields)
        })))
        if let cause = status.cause { pairs.append(("cause", .string(cause.rawValue))) }
        return .object(pairs)
    }

    public static func write(_ report: Report, options: ReportOptions, pretty: Bool = false) -> [UInt8] {
        stream(report, options: options, pretty: pretty).bytes
    }

    /// The report as UTF-8 JSON, given to `body` where it was written (for a response buffer: no copy in between).
    public static func withJSON<Result>(_ report: Report, options: ReportOptions, pretty: Bool = false,
                                        _ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        let json = stream(report, options: options, pretty: pretty)
        return try json.withBytes(body)
    }

    /// The report as JSON text.
    public static func text(_ report: Report, options: ReportOptions, pretty: Bool = false) -> String {
        withJSON(report, options: options, pretty: pretty) { String(decoding: $0, as: UTF8.self) }
    }

    private static func stream(_ report: Report, options: ReportOptions, pretty: Bool) -> JSONStream {
        // About 400 bytes per asset line and 1 KB per year (compact; indented, about twice that).
        let lines = report.years.reduce(0) { $0 + $1.assets.count }
        var json = JSONStream(indent: pretty, capacity: (4_096 + report.years.count * 1_024 + lines * 400) * (pretty ? 2 : 1))
        json.object { json in
            json.key("entity")
            json.object { json in
                if let name = report.entity.name { json.string("name", name) }
                json.string("taxpayer", report.entity.taxpayer.rawValue)
            }
            json.string("rounding", options.rounding.rawValue)
            // The version of the explanation steps' codes and figure names (docs/explanation-trace.md).
            if options.explain { json.value("traceVersion", .number(String(ExplanationStep.traceVersion))) }
            json.key("years")
            json.array { json in
                for year in report.years {
                    json.element()
                    self.year(year, options, &json)
                }
            }
            // The closed years as filed, and what the register computes differently now (only when there are any).
            if !report.closedYears.isEmpty {
                json.key("closedYears")
                json.array { json in
                    for status in report.closedYears { json.elementValue(closedYear(status)) }
                }
            }
            json.key("policies")
            json.array { json in
                for policy in report.policies { json.elementValue(self.policy(policy, options)) }
                if let note = options.rounding.activastaatNote { json.elementValue(self.policy(note, options)) }
            }
            json.key("warnings")
            json.array { json in
                for warning in report.warnings {
                    json.element()
                    json.object { json in
                        if let id = warning.assetId { json.string("assetId", id) }
                        json.string("text", warning.text.text(options.language))
                    }
                }
            }
        }
        return json
    }

    static func year(_ year: YearReport, _ options: ReportOptions, _ json: inout JSONStream) {
        json.object { json in
            json.integer("year", year.year)
            json.day("start", year.start)
            json.day("end", year.end)
            // A closed year whose register now computes otherwise: the totals as filed, the asset lines recomputed.
            if year.linesRecomputed { json.bool("linesRecomputed", true) }
            if !year.provisional.isEmpty {
                json.key("provisional")
                json.array { json in
                    for figure in year.provisional {
                        json.element()
                        json.object { json in
                            json.string("figure", figure.figure.rawValue)
                            json.integer("year", figure.year)
                            json.integer("takenFrom", figure.takenFrom)
                            json.string("text", figure.text.text(options.language))
                        }
                    }
                }
            }
            json.money("investments", options.neutral(year.investments))
            json.money("kia", options.deduction(year.kia))
            json.money("kiaOnInvestments", options.deduction(year.kiaComputation?.kia ?? 0))
            json.money("kiaDeferred", options.neutral(year.kiaDeferred))
            json.money("kiaFromEarlierYears", options.deduction(year.kiaFromEarlierYears))
            json.money("kiaLapsed", options.neutral(year.kiaLapsed))
            json.money("eiaInvestments", options.neutral(year.eiaInvestments))
            json.money("eia", options.deduction(year.eia))
            json.money("miaInvestments", options.neutral(year.miaInvestments))
            json.money("mia", options.deduction(year.mia))
            json.money("desinvesteringsbijtelling", options.addition(year.desinvestering.bijtelling))
            json.money("desinvesteringsbijtellingEIA", options.addition(year.desinvestering.bijtellingEIA))
            json.money("desinvesteringsbijtellingMIA", options.addition(year.desinvestering.bijtellingMIA))
            json.money("transferPrices", options.neutral(year.desinvestering.transferPrices))
            if let threshold = year.desinvestering.threshold { json.money("desinvesteringThreshold", threshold) }
            if let computation = year.kiaComputation {
                json.key("kiaTable")
                json.object { json in
                    json.string("row", computation.row.name)
                    json.value("source", source(computation.source, options))
                }
            }
            json.key("activastaat")
            // Aangifte: whole euros that add up, the totals the sums of the rounded rows (`RoundingPolicy.activastaat`).
            activastaat(options.rounding == .aangifte ? options.rounding.activastaat(year) : year.depreciation, options, &json)
            if let correction = year.foutenherstel { foutenherstel(correction, options, &json) }
            if options.detail == .assets {
                json.key("assets")
                json.array { json in
                    for line in year.assets {
                        json.element()
                        asset(line, options, &json)
                    }
                }
            }
            if !year.partners.isEmpty {
                json.key("partners")
                json.array { json in
                    for partner in year.partners { json.elementValue(self.partner(partner, options)) }
                }
                json.string("partnersNote", PartnersNote.text(year, options.language))
            }
            if options.explain {
                var explanation = year.explanation
                explanation.append(year.desinvestering.explanation)
                json.value("explanation", self.explanation(explanation, options))
            }
        }
    }

    /// The foutenleer's correction in this year: the closed year's end figures as filed and as they are now.
    static func foutenherstel(_ correction: Foutenherstel, _ options: ReportOptions, _ json: inout JSONStream) {
        json.key("foutenherstel")
        json.object { json in
            json.integer("closedYear", correction.closedYear)
            json.string("cause", correction.cause.rawValue)
            json.money("bookValueFiled", options.neutral(correction.bookValueFiled))
            json.money("bookValueCorrect", options.neutral(correction.bookValueCorrect))
            json.money("hirFiled", options.neutral(correction.hirFiled))
            json.money("hirCorrect", options.neutral(correction.hirCorrect))
            json.money("amount", options.neutral(correction.amount))
            json.key("assets")
            json.array { json in
                for asset in correction.assets {
                    json.element()
                    json.object { json in
                        json.string("id", asset.id)
                        json.money("filed", options.neutral(asset.filed))
                        json.money("correct", options.neutral(asset.correct))
                        json.money("amount", options.neutral(asset.amount))
                    }
                }
            }
            if options.explain { json.value("explanation", explanation(correction.explanation, options)) }
        }
    }

    static func asset(_ asset: AssetYear, _ options: ReportOptions, _ json: inout JSONStream) {
        json.object { json in
            json.string("id", asset.id)
            if let description = asset.description { json.string("description", description) }
            if let investment = asset.investment { json.money("investment", options.neutral(investment)) }
            if let qualifies = asset.qualifies { json.bool("qualifies", qualifies) }
            if let allocated = asset.kiaAllocated { json.money("kiaAllocated", options.deduction(allocated)) }
            json.money("kia", options.deduction(asset.kia))
            json.money("kiaOutstanding", options.neutral(asset.kiaOutstanding))
            json.money("kiaLapsed", options.neutral(asset.kiaLapsed))
            json.money("paid", asset.paid)
            json.bool("inUse", asset.inUse)
            if let allocated = asset.eiaAllocated { json.money("eiaAllocated", options.deduction(allocated)) }
            if asset.eiaAllocated != nil || !asset.eia.isZero { json.money("eia", options.deduction(asset.eia)) }
            if let allocated = asset.miaAllocated { json.money("miaAllocated", options.deduction(allocated)) }
            if asset.miaAllocated != nil || !asset.mia.isZero { json.money("mia", options.deduction(asset.mia)) }
            if let disposal = asset.disposal {
                json.key("disposal")
                json.object { json in
                    json.string("kind", disposal.kind.rawValue)
                    json.day("date", disposal.date)
                    json.money("transferPrice", disposal.transferPrice)
                    json.bool("withinWindow", disposal.withinWindow)
                    json.money("desinvesteringsbijtelling", options.addition(disposal.bijtelling))
                    json.money("desinvesteringsbijtellingEIA", options.addition(disposal.bijtellingEIA))
                    json.money("desinvesteringsbijtellingMIA", options.addition(disposal.bijtellingMIA))
                }
            }
            // Rounded only under aangifte; the exact road reads the line where it is (`map` or a `var` binding
            // copies every line).
            if let line = asset.depreciation {
                if options.rounding == .aangifte {
                    depreciationLine(options.rounding.activastaat(line), options, &json)
                } else {
                    depreciationLine(line, options, &json)
                }
            }
            if options.explain { json.value("explanation", explanation(asset.explanation, options)) }
        }
    }

    /// An asset's activastaat line, its fields into the asset's object.
    static func depreciationLine(_ line: AssetDepreciation, _ options: ReportOptions, _ json: inout JSONStream) {
        json.money("openingBookValue", options.neutral(line.openingBookValue))
        json.money("depreciation", options.deduction(line.depreciation))
        json.money("willekeurig", options.deduction(line.willekeurig))
        json.money("willekeurigMaximum", options.neutral(line.willekeurigMaximum))
        json.money("normal", options.deduction(line.normal))
        json.money("terugname", options.addition(line.terugname))
        json.money("bookValue", options.neutral(line.bookValue))
        json.money("bookValueWithoutWillekeurig", options.neutral(line.bookValueWithoutWillekeurig))
        if !line.investment.isZero { json.money("investmentBooked", line.investment) }
        if !line.hirAfboeking.isZero { json.money("hirAfboeking", line.hirAfboeking) }
        if line.expensed { json.bool("expensed", true) }
        if let disposalBookValue = line.disposalBookValue { json.money("disposalBookValue", disposalBookValue) }
        if let gain = line.gain { json.money("gain", options.addition(gain)) }
        if !line.hirFormed.isZero { json.money("hirFormed", options.deduction(line.hirFormed)) }
        if options.explain { json.value("depreciationExplanation", explanation(line.explanation, options)) }
    }

    static func activastaat(_ totals: DepreciationTotals, _ options: ReportOptions, _ json: inout JSONStream) {
        json.object { json in
            json.money("openingBookValue", options.neutral(totals.openingBookValue))
            json.money("investments", options.neutral(totals.investments))
            json.money("willekeurig", options.deduction(totals.willekeurig))
            json.money("normal", options.deduction(totals.normal))
            json.money("depreciation", options.deduction(totals.depreciation))
            json.money("terugname", options.addition(totals.terugname))
            json.money("disposalBookValues", options.neutral(totals.disposalBookValues))
            json.money("gain", options.addition(totals.gain))
            json.money("bookValue", options.neutral(totals.bookValue))
            json.money("hirFormed", options.deduction(totals.hirFormed))
            json.money("hirUsed", options.neutral(totals.hirUsed))
            json.money("hirReleased", options.addition(totals.hirReleased))
            json.money("hirBalance", options.neutral(totals.hirBalance))
            if options.explain { json.value("explanation", explanation(totals.explanation, options)) }
        }
    }

    static func money(_ amount: Money) -> JSONValue { .money(amount) }

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
            ("steps", .array(explanation.steps.map { .string($0.sentence(options.language)) })),
            ("sources", .array(explanation.sources.map { source($0, options) })),
            ("trace", .array(explanation.steps.map(trace))),
        ])
    }

    /// One step as data: its kind, its figures (exact, whatever the rounding of the report) and its article.
    static func trace(_ step: ExplanationStep) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("kind", .string(step.kind.rawValue))]
        if !step.figures.isEmpty {
            pairs.append(("figures", .object(step.figures.map { figure in
                switch figure.value {
                case .amount(let amount): (figure.name, .money(amount))
                case .rate(let rate): (figure.name, .money(rate))
                case .number(let number): (figure.name, .number(String(number)))
                case .day(let day): (figure.name, .string(day.description))
                case .text(let text): (figure.name, .string(text))
                }
            })))
        }
        if let source = step.source { pairs.append(("source", .string(source.article))) }
        return .object(pairs)
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

