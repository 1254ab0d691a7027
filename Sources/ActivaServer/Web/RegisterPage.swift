import Activa
import ActivaFormats
import ActivaStore

/// A register's page (the `register` template): one year's activastaat with every amount explained on click, the
/// pictures, the assets.
enum RegisterPage {
    /// After a refused delete: the same delete again, as the correction of an error in a closed year (foutenleer).
    struct CorrectionOffer {
        var action: String
        var version: Int
        /// The first open year, which takes the difference.
        var year: Int
    }

    static func render(_ stored: StoredRegister, report: Report, year selected: Int?, language: Language, path: String,
                       canWrite: Bool, message: String? = nil, versions: [RegisterVersion] = [], correction: CorrectionOffer? = nil) -> String {
        let register = stored.register
        let name = register.entity.name ?? stored.id
        let years = report.years.map(\.year)
        let year = selected.flatMap { years.contains($0) ? $0 : nil } ?? years.last(where: { $0 <= Day.today().year }) ?? years.first
        let warnings = report.warnings.map { ($0.assetId.map { "\($0): " } ?? "") + $0.text.text(language) }
        let context: HTML.Context = [
            "name": name,
            "registerId": stored.id,
            "taxpayer": register.entity.taxpayer.rawValue.uppercased(),
            // A register that takes over an activastaat: from when, and from whom.
            "opening": register.opening.map { opening -> String in
                let source = opening.source.map { language == .nl ? " (\($0))" : " (\($0))" } ?? ""
                return language == .nl
                    ? "Overgenomen per 1-1-\(opening.year)\(source): Activa rekent vanaf \(opening.year) verder met de overgenomen boekwaarden; de jaren ervoor zijn aangegeven en worden niet opnieuw berekend."
                    : "Taken over as at \(opening.year)-01-01\(source): Activa computes from \(opening.year) on with the book values taken over; the years before are filed and not computed again."
            } ?? false,
            "version": stored.version,
            "canWrite": canWrite,
            "message": HTML.orFalse(message),
            "correction": HTML.orFalse(correction.map { ["action": $0.action, "version": $0.version, "year": $0.year] as HTML.Context }),
            "warnings": warnings.isEmpty ? false : ["items": warnings] as HTML.Context,
            "selected": HTML.orFalse(year.map { self.year($0, of: stored, report: report, years: years, language: language) }),
            "history": versions.count < 2 ? false
                : ["rows": History.rows(versions, current: stored.version, registerId: stored.id, language: language)] as HTML.Context,
        ]
        return HTML.page("register", title: name, language: language, path: path, context)
    }

    /// The part of the page for one year: the tabs, the summary, the tables, the charts, the assets, the policies.
    static func year(_ year: Int, of stored: StoredRegister, report: Report, years: [Int], language: Language) -> HTML.Context {
        let y = report.year(year)
        let isCalendarYear = y.start == Day.startOfYear(y.year) && y.end == Day.endOfYear(y.year)
        let kiaCurve = y.kiaComputation.flatMap { computation in
            Law.netherlands.kiaTables[y.year].map { Charts.kiaCurve($0, total: computation.total, language: language) }
        }
        return [
            "number": year,
            "tabs": years.map { tab -> HTML.Context in
                ["year": tab, "active": tab == year, "closed": stored.register.closedYears.contains { $0.year == tab }]
            },
            // A closed year says so; the first year that can be closed next offers the button.
            "closed": HTML.orFalse(stored.register.closedYears.first { $0.year == year }.map { closed in
                let recomputed = y.linesRecomputed ? (language == .nl ? " De totalen zijn zoals aangegeven; de regels per activum zijn herberekend met het register zoals het nu is."
                                                                      : " The totals are as filed; the lines per asset are recomputed from the register as it is now.") : ""
                return (language == .nl ? "Afgesloten op \(closed.closedOn): deze cijfers zijn aangegeven en veranderen niet meer (Activa \(closed.activaVersion)\(closed.registerVersion.map { ", registerversie \($0)" } ?? ""))."
                                        : "Closed on \(closed.closedOn): these figures are filed and do not change any more (Activa \(closed.activaVersion)\(closed.registerVersion.map { ", register version \($0)" } ?? "")).") + recomputed
            }),
            "closable": (stored.register.closedYears.last.map { $0.year + 1 == year } ?? true) && y.end < Day.today() && y.provisional.isEmpty
                && !stored.register.closedYears.contains { $0.year == year } ? ["year": year, "version": stored.version] as HTML.Context : false,
            // The foutenleer: the correction of a closed year's end figures, in this year's profit.
            "foutenherstel": HTML.orFalse(y.foutenherstel.map { correction -> HTML.Context in
                let steps = correction.steps
                let assets = steps.dropLast().map { $0.sentence(language) }
                return ["total": steps.last?.sentence(language) ?? "", "assets": assets.isEmpty ? false : ["items": assets] as HTML.Context]
            }),
            "period": isCalendarYear ? false : ["start": y.start.description, "end": y.end.description] as HTML.Context,
            "provisional": y.provisional.isEmpty ? false : ["lines": y.provisional.map { $0.text.text(language) }] as HTML.Context,
            "summary": summary(y, language: language),
            "activastaat": HTML.orFalse(activastaat(y, language: language)),
            "aftrek": HTML.orFalse(investeringsaftrek(y, language: language)),
            "partners": HTML.orFalse(y.partners.isEmpty ? nil : partners(y, language: language)),
            "bookValues": HTML.orFalse(Charts.bookValues(report, language: language)),
            "kiaCurve": HTML.orFalse(kiaCurve),
            "assets": assets(stored, language: language),
            "policies": report.policies.map { policy -> HTML.Context in
                ["name": policy.name, "value": policy.value, "status": policy.status.rawValue, "text": policy.text.text(language)]
            },
        ]
    }

    static func summary(_ y: YearReport, language: Language) -> [HTML.Context] {
        let nl = language == .nl
        var kiaExplanation = y.explanation
        kiaExplanation.append(Explanation())
        var rows: [(String, HTML.Context)] = [
            (nl ? "Investeringen (KIA-grondslag)" : "Investments (KIA base)", HTML.amount(y.investments, language)),
            (nl ? "KIA af te trekken" : "KIA deductible", HTML.explained(y.kia, kiaExplanation, language)),
        ]
        if !y.eia.isZero || !y.eiaInvestments.isZero { rows.append(("EIA", HTML.amount(y.eia, language))) }
        if !y.mia.isZero || !y.miaInvestments.isZero { rows.append(("MIA", HTML.amount(y.mia, language))) }
        rows.append(("Desinvesteringsbijtelling", HTML.explained(y.desinvestering.bijtelling, y.desinvestering.explanation, language)))
        rows.append((nl ? "Afschrijving" : "Depreciation", HTML.amount(y.depreciation.depreciation, language)))
        if !y.depreciation.gain.isZero { rows.append((nl ? "Boekwinst" : "Gain", HTML.amount(y.depreciation.gain, language))) }
        if let correction = y.foutenherstel {
            rows.append((nl ? "Foutenherstel (in de winst)" : "Correction of an earlier error (into profit)",
                         HTML.explained(correction.amount, correction.explanation, language)))
        }
        if !y.depreciation.hirBalance.isZero {
            rows.append(("Herinvesteringsreserve", HTML.explained(y.depreciation.hirBalance, y.depreciation.explanation, language)))
        }
        rows.append((nl ? "Boekwaarde eind" : "Book value at year end", HTML.amount(y.depreciation.bookValue, language)))
        return rows.map { ["label": $0.0, "amount": $0.1] }
    }

    /// The activastaat's rows and totals, or nil when no asset is depreciated this year.
    static func activastaat(_ y: YearReport, language: Language) -> HTML.Context? {
        let lines = y.assets.compactMap { asset in asset.depreciation.map { (asset, $0) } }
        guard !lines.isEmpty else { return nil }
        let rows = lines.map { asset, line -> HTML.Context in
            [
                "id": asset.id,
                "opening": HTML.euro(line.openingBookValue, language),
                "investment": line.investment.isZero ? "" : HTML.euro(line.investment, language),
                "willekeurig": line.willekeurig.isZero ? false : HTML.explained(line.willekeurig, line.explanation, language),
                "normal": HTML.explained(line.normal, line.explanation, language),
                "disposal": line.disposalBookValue.map { HTML.euro($0, language) } ?? "",
                "gain": HTML.orFalse(line.gain.map { HTML.explained($0, line.explanation, language) }),
                "closing": HTML.euro(line.bookValue, language),
            ]
        }
        let t = y.depreciation
        let total: HTML.Context = [
            "opening": HTML.euro(t.openingBookValue, language), "investments": HTML.euro(t.investments, language),
            "willekeurig": HTML.euro(t.willekeurig, language), "normal": HTML.euro(t.normal, language),
            "disposals": HTML.euro(t.disposalBookValues, language), "gain": HTML.euro(t.gain, language),
            "closing": HTML.euro(t.bookValue, language),
        ]
        return ["rows": rows, "total": total]
    }

    /// The investeringsaftrek per asset, or nil when no asset has any this year.
    static func investeringsaftrek(_ y: YearReport, language: Language) -> HTML.Context? {
        let nl = language == .nl
        let rows = y.assets.filter { $0.investment != nil || !$0.kia.isZero || !$0.eia.isZero || !$0.mia.isZero || $0.disposal != nil }.map { asset -> HTML.Context in
            [
                "id": asset.id,
                "investment": asset.investment.map { HTML.euro($0, language) } ?? "",
                "counts": asset.qualifies.map { $0 ? (nl ? "ja" : "yes") : (nl ? "nee" : "no") } ?? "",
                "kia": HTML.explained(asset.kia, asset.explanation, language),
                "eiaMia": (asset.eia.isZero ? "" : HTML.euro(asset.eia, language)) + (asset.mia.isZero ? "" : HTML.euro(asset.mia, language)),
                "bijtelling": HTML.orFalse(asset.disposal.map { HTML.explained($0.bijtelling, asset.explanation, language) }),
            ]
        }
        guard !rows.isEmpty else { return nil }
        return ["rows": rows]
    }

    static func partners(_ y: YearReport, language: Language) -> HTML.Context {
        let rows = y.partners.map { partner -> HTML.Context in
            [
                "name": partner.name,
                "share": TextFormat.percent(partner.share, language),
                "kia": HTML.explained(partner.kia, partner.explanation, language),
                "eiaMia": HTML.euro(partner.eia + partner.mia, language),
                "bijtelling": HTML.euro(partner.desinvesteringsbijtelling, language),
            ]
        }
        let partnership: HTML.Context = [
            "kia": HTML.euro(y.kia, language), "eiaMia": HTML.euro(y.eia + y.mia, language),
            "bijtelling": HTML.euro(y.desinvestering.bijtelling, language),
        ]
        return ["partnership": partnership, "rows": rows, "note": PartnersNote.text(y, language)]
    }

    static func assets(_ stored: StoredRegister, language: Language) -> [HTML.Context] {
        stored.register.assets.map { asset -> HTML.Context in
            [
                "id": asset.id,
                "pathId": asset.id.urlPathEncoded,
                "description": asset.description ?? "",
                "committed": asset.committed.description,
                "inUse": asset.inUse?.description ?? "–",
                "cost": HTML.euro(asset.cost, language),
            ]
        }
    }
}

extension String {
    /// Percent-encoded for a URL path segment.
    var urlPathEncoded: String {
        addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))) ?? self
    }
}

import Foundation
