import Activa

/// The report as Markdown, for a file or a wiki page.
public enum MarkdownReportWriter {
    public static func write(_ report: Report, options: ReportOptions) -> String {
        let tables = ReportTables(options: options)
        var lines = ["# " + tables.title(report), "", tables.roundingLine]
        func table(_ headers: [String], _ rows: [[String]]) {
            lines.append("| " + headers.joined(separator: " | ") + " |")
            lines.append("|" + headers.enumerated().map { $0.offset == 0 ? "---|" : "---:|" }.joined())
            for row in rows { lines.append("| " + row.map { $0.replacingPipes }.joined(separator: " | ") + " |") }
        }
        for year in report.years {
            let isCalendarYear = year.start == Day.startOfYear(year.year) && year.end == Day.endOfYear(year.year)
            lines += ["", isCalendarYear ? "## \(year.year)" : "## \(year.year) (\(year.start) – \(year.end))", ""]
            table([tables.label("Post", "Item"), tables.label("Bedrag (€)", "Amount (€)")], tables.summary(year).map { [$0.0.trimmedLeading, $0.1] })
            if let computation = year.kiaComputation {
                lines += ["", computation.explanation.steps.map { $0.sentence(options.language) }.joined(separator: "; ")]
            }
            let activastaat = year.assets.compactMap(tables.activastaatRow)
            if !activastaat.isEmpty {
                lines += ["", "### " + tables.label("Activastaat", "Fixed-asset schedule"), ""]
                table(tables.activastaatHeaders, activastaat + [tables.activastaatTotal(options.rounding.activastaat(year))])
            }
            if !year.assets.isEmpty {
                lines += ["", "### " + tables.label("Investeringsaftrek", "Investment deduction"), ""]
                table(tables.assetHeaders, year.assets.map(tables.assetRow))
            }
            if !year.partners.isEmpty {
                lines.append("")
                table(tables.partnerHeaders, [tables.partnershipRow(year)] + year.partners.map(tables.partnerRow))
                lines += ["", tables.partnersNote(year)]
            }
            if options.explain {
                var explanation = year.explanation
                explanation.append(year.desinvestering.explanation)
                lines += [""] + tables.explanationLines(explanation)
                for asset in year.assets where !asset.explanation.steps.isEmpty || asset.depreciation != nil {
                    lines += ["", "**\(asset.id)**", ""] + tables.explanationLines(asset.explanation)
                    if let line = asset.depreciation { lines += tables.explanationLines(line.explanation) }
                }
            }
        }
        if !report.warnings.isEmpty {
            lines += ["", "## " + tables.label("Let op", "Attention"), ""]
            lines += report.warnings.map { "- " + ($0.assetId.map { "\($0): " } ?? "") + $0.text.text(options.language) }
        }
        lines += ["", "## " + tables.label("Keuzes waar de wet zwijgt", "Choices where the law is silent"), ""]
        lines += tables.policyLines(report)
        // The user's own text (names, ids, descriptions) reaches a viewer that renders HTML inside Markdown: every
        // `<` and `>` is written as an entity, so a description cannot carry a script or a tag (a bare `&` opens
        // none, and stays readable: "Hout & Co").
        return (lines.joined(separator: "\n") + "\n").escapingHTML
    }
}

extension String {
    var escapingHTML: String {
        guard contains(where: { $0 == "<" || $0 == ">" }) else { return self }
        return replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
    var replacingPipes: String { split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|") }
    var trimmedLeading: String { String(drop { $0 == " " }) }
}
