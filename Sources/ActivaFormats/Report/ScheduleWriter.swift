import Activa

/// One asset's depreciation schedule, year by year (`activa schedule`).
public enum ScheduleWriter {
    public static func write(_ report: Report, assetId: String, options: ReportOptions) -> String {
        // Aangifte: whole euros that add up, the total exactly the rounded cost − residual (`RoundingPolicy.activastaat`).
        let lines = report.years.compactMap { year in
            year.assets.first { $0.id == assetId }?.depreciation.map { (year.year, options.rounding.activastaat($0)) }
        }
        if options.format == .json {
            return JSONValue.object([
                ("rounding", .string(options.rounding.rawValue)),
                ("years", .array(lines.map { year, line in
                    var pairs: [(String, JSONValue)] = [
                        ("year", .number(String(year))),
                        ("openingBookValue", .string(options.neutral(line.openingBookValue).moneyText)),
                        ("willekeurig", .string(options.deduction(line.willekeurig).moneyText)),
                        ("willekeurigMaximum", .string(line.willekeurigMaximum.moneyText)),
                        ("normal", .string(options.deduction(line.normal).moneyText)),
                        ("depreciation", .string(options.deduction(line.depreciation).moneyText)),
                        ("terugname", .string(options.addition(line.terugname).moneyText)),
                        ("bookValue", .string(options.neutral(line.bookValue).moneyText)),
                    ]
                    if let gain = line.gain { pairs.append(("gain", .string(options.addition(gain).moneyText))) }
                    if options.explain { pairs.append(("explanation", JSONReportWriter.explanation(line.explanation, options))) }
                    return .object(pairs)
                })),
                ("policies", .array((report.policies + (options.rounding.activastaatNote.map { [$0] } ?? [])).map { JSONReportWriter.policy($0, options) })),
            ]).serialized() + "\n"
        }
        let tables = ReportTables(options: options)
        let headers = [tables.label("Jaar", "Year"), tables.label("Begin", "Opening"), tables.label("Willekeurig", "Willekeurig"),
                       tables.label("Normaal", "Normal"), tables.label("Afschrijving", "Depreciation"),
                       tables.label("Terugname", "Terugname"), tables.label("Boekwinst", "Gain"), tables.label("Eind", "Closing")]
        var rows: [[String]] = lines.map { year, line in
            [String(year), tables.amount(options.neutral(line.openingBookValue)), tables.amount(options.deduction(line.willekeurig)),
             tables.amount(options.deduction(line.normal)), tables.amount(options.deduction(line.depreciation)),
             line.terugname.isZero ? "" : tables.amount(options.addition(line.terugname)),
             line.gain.map { tables.amount(options.addition($0)) } ?? "", tables.amount(options.neutral(line.bookValue))]
        }
        let total = lines.reduce(Money.zero) { $0 + $1.1.depreciation }
        rows.append([tables.label("Totaal", "Total"), "", "", "", tables.amount(options.deduction(total)), "", "", ""])
        var output = [tables.label("Afschrijvingsschema", "Depreciation schedule"), tables.roundingLine, ""]
        output += alignedTable(headers: headers, rows: rows, indent: "")
        if options.explain {
            for (year, line) in lines {
                output.append("")
                output.append("\(year):")
                output += tables.explanationLines(line.explanation).map { "  " + $0 }
            }
        }
        return output.joined(separator: "\n") + "\n"
    }
}
