import Activa

/// The report as CSV (RFC 4180): one row per asset per year, and a total row per year (`id` = `*`).
/// Amounts are plain decimals with a point, for spreadsheets and import tools.
public enum CSVReportWriter {
    static let columns = ["year", "id", "description", "investment", "qualifies", "kiaAllocated", "kia", "kiaOutstanding",
                          "kiaLapsed", "paid", "inUse", "disposalKind", "disposalDate", "transferPrice", "desinvesteringsbijtelling",
                          "openingBookValue", "willekeurig", "normal", "depreciation", "terugname", "gain", "bookValue"]

    public static func write(_ report: Report, options: ReportOptions) -> String {
        var rows = [columns]
        for year in report.years {
            // Aangifte: the activastaat in whole euros that add up, the totals the sums of the rounded rows.
            let totals = options.rounding.activastaat(year)
            for asset in year.assets {
                rows.append([String(year.year), text(asset.id), text(asset.description ?? ""), asset.investment.map { options.neutral($0).moneyText } ?? "",
                             asset.qualifies.map { $0 ? "true" : "false" } ?? "",
                             asset.kiaAllocated.map { options.deduction($0).moneyText } ?? "",
                             options.deduction(asset.kia).moneyText, asset.kiaOutstanding.moneyText, asset.kiaLapsed.moneyText,
                             asset.paid.moneyText, asset.inUse ? "true" : "false",
                             asset.disposal?.kind.rawValue ?? "", asset.disposal?.date.description ?? "",
                             asset.disposal?.transferPrice.moneyText ?? "",
                             asset.disposal.map { options.addition($0.bijtelling).moneyText } ?? ""]
                            + depreciationCells(options.rounding == .aangifte ? asset.depreciation.map(options.rounding.activastaat) : asset.depreciation, options))
            }
            rows.append([String(year.year), "*", "", options.neutral(year.investments).moneyText, "",
                         options.deduction(year.kiaComputation?.kia ?? 0).moneyText, options.deduction(year.kia).moneyText,
                         year.kiaDeferred.moneyText, year.kiaLapsed.moneyText, "", "", "", "",
                         year.desinvestering.transferPrices.moneyText, options.addition(year.desinvestering.bijtelling).moneyText,
                         options.neutral(totals.openingBookValue).moneyText, options.deduction(totals.willekeurig).moneyText,
                         options.deduction(totals.normal).moneyText, options.deduction(totals.depreciation).moneyText,
                         options.addition(totals.terugname).moneyText, options.addition(totals.gain).moneyText,
                         options.neutral(totals.bookValue).moneyText])
        }
        return rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func depreciationCells(_ line: AssetDepreciation?, _ options: ReportOptions) -> [String] {
        guard let line else { return ["", "", "", "", "", "", ""] }
        return [options.neutral(line.openingBookValue).moneyText, options.deduction(line.willekeurig).moneyText,
                options.deduction(line.normal).moneyText, options.deduction(line.depreciation).moneyText,
                options.addition(line.terugname).moneyText, line.gain.map { options.addition($0).moneyText } ?? "",
                options.neutral(line.bookValue).moneyText]
    }

    /// A cell of the user's own text (an id, a description): one that begins as a formula (= + - @, a tab or a
    /// carriage return) is made plain text with a leading apostrophe, so a spreadsheet shows it and does not run it
    /// (OWASP, CSV injection). Amounts are not passed through here: "-100" stays a number.
    static func text(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return cell }
        return "'" + cell
    }

    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
