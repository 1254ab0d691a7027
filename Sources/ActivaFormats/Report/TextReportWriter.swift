import Activa

/// The report as plain text, the way a Dutch bookkeeper reads an overview per year.
public enum TextReportWriter {
    public static func write(_ report: Report, options: ReportOptions) -> String {
        let tables = ReportTables(options: options)
        var lines = [tables.title(report), tables.roundingLine]
        for year in report.years {
            lines.append("")
            let isCalendarYear = year.start == Day.startOfYear(year.year) && year.end == Day.endOfYear(year.year)
            var mark = year.provisional.isEmpty ? "" : " " + tables.label("VOORLOPIG", "PROVISIONAL")
            // A closed year: its aangifte is filed, and these figures are the ones kept.
            if let closed = report.closedYears.first(where: { $0.closed.year == year.year })?.closed {
                mark += " " + tables.label("AFGESLOTEN op \(closed.closedOn)", "CLOSED on \(closed.closedOn)")
            }
            lines.append(isCalendarYear ? "== \(year.year)\(mark) ==" : "== \(year.year) (" + tables.label("boekjaar", "financial year") + " \(year.start) – \(year.end))\(mark) ==")
            lines += year.provisional.map { "  " + $0.text.text(options.language) }
            if year.linesRecomputed {
                lines.append("  " + tables.label("De totalen zijn zoals aangegeven; de regels per activum zijn herberekend met het register zoals het nu is.",
                                                 "The totals are as filed; the lines per asset are recomputed from the register as it is now."))
            }
            let summary = tables.summary(year)
            let width = summary.map(\.0.count).max() ?? 0
            for (label, amount) in summary {
                lines.append("  " + label + String(repeating: " ", count: width - label.count) + "  € " + amount)
            }
            if !options.explain, let computation = year.kiaComputation {
                lines.append("  " + computation.explanation.steps.map { $0.sentence(options.language) }.joined(separator: "; "))
            }
            if options.explain {
                var explanation = year.explanation
                explanation.append(year.desinvestering.explanation)
                lines += tables.explanationLines(explanation).map { "  " + $0 }
            }
            let activastaat = year.assets.compactMap(tables.activastaatRow)
            if !activastaat.isEmpty {
                lines.append("")
                lines.append("  " + tables.label("Activastaat", "Fixed-asset schedule (activastaat)"))
                lines += alignedTable(headers: tables.activastaatHeaders, rows: activastaat + [tables.activastaatTotal(options.rounding.activastaat(year))])
                if options.explain {
                    lines += tables.explanationLines(year.depreciation.explanation).map { "  " + $0 }
                    lines += named(year.assets.compactMap { asset in asset.depreciation.map { (asset.id, $0.explanation) } }, tables)
                }
            }
            if let correction = year.foutenherstel {
                // The foutenleer: the closed year stays as filed; the difference is this year's, in one amount.
                lines.append("")
                lines.append("  " + tables.label("Foutenherstel (foutenleer); de beginwaarden in de activastaat zijn die na herstel",
                                                 "Correction of an earlier error (foutenleer); the opening values in the activastaat are those after the correction"))
                lines += correction.steps.reversed().map { "  - " + $0.sentence(options.language) }
            }
            if !year.assets.isEmpty {
                lines.append("")
                lines.append("  " + tables.label("Investeringsaftrek", "Investment deduction"))
                lines += alignedTable(headers: tables.assetHeaders, rows: year.assets.map(tables.assetRow))
                if options.explain { lines += named(year.assets.map { ($0.id, $0.explanation) }, tables) }
            }
            if !year.partners.isEmpty {
                lines.append("")
                lines += alignedTable(headers: tables.partnerHeaders, rows: [tables.partnershipRow(year)] + year.partners.map(tables.partnerRow))
                lines.append("  " + tables.partnersNote(year))
                if options.explain { lines += named(year.partners.map { ($0.name, $0.explanation) }, tables) }
            }
        }
        if !report.warnings.isEmpty {
            lines.append("")
            lines.append(tables.label("Let op:", "Attention:"))
            lines += report.warnings.map { "- " + ($0.assetId.map { "\($0): " } ?? "") + $0.text.text(options.language) }
        }
        lines.append("")
        lines.append(tables.label("Keuzes waar de wet zwijgt:", "Choices where the law is silent:"))
        lines += tables.policyLines(report)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Each named explanation under its name, indented: "  oven:" then its steps and sources.
    static func named(_ explanations: [(String, Explanation)], _ tables: ReportTables) -> [String] {
        explanations.filter { !$0.1.steps.isEmpty }.flatMap { name, explanation in
            ["  \(name):"] + tables.explanationLines(explanation).map { "    " + $0 }
        }
    }
}
