import Activa

/// The report as CSV: one row per asset per year, and a total row per year (`id` = `*`, Dutch: "Totaal").
/// Dutch output gets the Dutch dialect (`CSVDialect.dutch`: semicolons, decimal comma, Dutch headers, BOM);
/// `--lang en` the technical one (RFC 4180, decimal points, the camelCase headers below), for import tools.
public enum CSVReportWriter {
    /// (Dutch header, technical header) per column.
    static let columns: [(String, String)] = [
        ("Boekjaar", "year"), ("Activum", "id"), ("Omschrijving", "description"), ("Investering", "investment"),
        ("Telt mee voor KIA", "qualifies"), ("KIA toegerekend", "kiaAllocated"), ("KIA dit jaar", "kia"),
        ("KIA uitgesteld", "kiaOutstanding"), ("KIA vervallen", "kiaLapsed"), ("Betaald", "paid"), ("In gebruik", "inUse"),
        ("Soort desinvestering", "disposalKind"), ("Datum desinvestering", "disposalDate"), ("Overdrachtsprijs", "transferPrice"),
        ("Desinvesteringsbijtelling", "desinvesteringsbijtelling"), ("Boekwaarde begin", "openingBookValue"),
        ("Willekeurige afschrijving", "willekeurig"), ("Normale afschrijving", "normal"), ("Afschrijving totaal", "depreciation"),
        ("Terugname", "terugname"), ("Boekwinst", "gain"), ("Boekwaarde eind", "bookValue"),
    ]

    public static func write(_ report: Report, options: ReportOptions) -> String {
        let csv = CSVDialect.for(options.language)
        var rows = [columns.map { csv.header($0.0, $0.1) }]
        for year in report.years {
            // Aangifte: the activastaat in whole euros that add up, the totals the sums of the rounded rows.
            let totals = options.rounding.activastaat(year)
            for asset in year.assets {
                rows.append([String(year.year), CSVDialect.text(asset.id), CSVDialect.text(asset.description ?? ""),
                             csv.optionalAmount(asset.investment.map(options.neutral)),
                             asset.qualifies.map(csv.flag) ?? "",
                             csv.optionalAmount(asset.kiaAllocated.map(options.deduction)),
                             csv.amount(options.deduction(asset.kia)), csv.amount(asset.kiaOutstanding), csv.amount(asset.kiaLapsed),
                             csv.amount(asset.paid), csv.flag(asset.inUse),
                             asset.disposal.map { disposalKind($0.kind, csv) } ?? "", asset.disposal.map { csv.day($0.date) } ?? "",
                             csv.optionalAmount(asset.disposal?.transferPrice),
                             csv.optionalAmount(asset.disposal.map { options.addition($0.bijtelling) })]
                            + depreciationCells(options.rounding == .aangifte ? asset.depreciation.map(options.rounding.activastaat) : asset.depreciation, options, csv))
            }
            rows.append([String(year.year), csv.header("Totaal", "*"), "", csv.amount(options.neutral(year.investments)), "",
                         csv.amount(options.deduction(year.kiaComputation?.kia ?? 0)), csv.amount(options.deduction(year.kia)),
                         csv.amount(year.kiaDeferred), csv.amount(year.kiaLapsed), "", "", "", "",
                         csv.amount(year.desinvestering.transferPrices), csv.amount(options.addition(year.desinvestering.bijtelling)),
                         csv.amount(options.neutral(totals.openingBookValue)), csv.amount(options.deduction(totals.willekeurig)),
                         csv.amount(options.deduction(totals.normal)), csv.amount(options.deduction(totals.depreciation)),
                         csv.amount(options.addition(totals.terugname)), csv.amount(options.addition(totals.gain)),
                         csv.amount(options.neutral(totals.bookValue))])
        }
        return csv.document(rows)
    }

    static func disposalKind(_ kind: AssetDisposal.Kind, _ csv: CSVDialect) -> String {
        guard csv.isDutch else { return kind.rawValue }
        switch kind {
        case .sale: return "verkoop"
        case .withdrawal: return "onttrekking"
        case .undone: return "ongedaan gemaakt"
        }
    }

    static func depreciationCells(_ line: AssetDepreciation?, _ options: ReportOptions, _ csv: CSVDialect) -> [String] {
        guard let line else { return ["", "", "", "", "", "", ""] }
        return [csv.amount(options.neutral(line.openingBookValue)), csv.amount(options.deduction(line.willekeurig)),
                csv.amount(options.deduction(line.normal)), csv.amount(options.deduction(line.depreciation)),
                csv.amount(options.addition(line.terugname)), csv.optionalAmount(line.gain.map(options.addition)),
                csv.amount(options.neutral(line.bookValue))]
    }
}
