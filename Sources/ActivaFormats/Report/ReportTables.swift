import Activa

/// A report as tables of labelled cells, shared by the text, Markdown and CSV writers.
struct ReportTables {
    let options: ReportOptions
    var nl: Bool { options.language == .nl }

    func label(_ dutch: String, _ english: String) -> String { nl ? dutch : english }

    /// An amount in running text or a table: `12.500,00` (nl) or `12,500.00` (en).
    func amount(_ value: Money) -> String {
        nl ? value.formatted(minimumFractionDigits: 2, decimalMark: ",", groupingSeparator: ".")
           : value.formatted(minimumFractionDigits: 2, decimalMark: ".", groupingSeparator: ",")
    }

    func yesNo(_ flag: Bool) -> String { flag ? label("ja", "yes") : label("nee", "no") }

    /// The year's totals as (label, amount) rows.
    func summary(_ year: YearReport) -> [(String, String)] {
        var rows: [(String, String)] = [
            (label("Investeringen (KIA-grondslag)", "Investments (KIA base)"), amount(options.neutral(year.investments))),
            (label("KIA op de investeringen van \(year.year)", "KIA on the \(year.year) investments"),
             amount(options.deduction(year.kiaComputation?.kia ?? 0))),
        ]
        if !year.kiaDeferred.isZero {
            rows.append((label("  uitgesteld (betalingscriterium)", "  deferred (payment rule)"), amount(options.neutral(year.kiaDeferred))))
        }
        if !year.kiaFromEarlierYears.isZero {
            rows.append((label("  vrijgekomen uit eerdere jaren", "  released from earlier years"), amount(options.deduction(year.kiaFromEarlierYears))))
        }
        if !year.kiaLapsed.isZero {
            rows.append((label("  vervallen", "  lapsed"), amount(options.neutral(year.kiaLapsed))))
        }
        rows.append((label("KIA af te trekken in \(year.year)", "KIA deductible in \(year.year)"), amount(options.deduction(year.kia))))
        if !year.eiaInvestments.isZero || !year.eia.isZero {
            rows.append((label("Energie-investeringen", "Energy investments"), amount(options.neutral(year.eiaInvestments))))
            rows.append((label("EIA af te trekken", "EIA deductible"), amount(options.deduction(year.eia))))
        }
        if !year.miaInvestments.isZero || !year.mia.isZero {
            rows.append((label("Milieu-investeringen", "Environmental investments"), amount(options.neutral(year.miaInvestments))))
            rows.append((label("MIA af te trekken", "MIA deductible"), amount(options.deduction(year.mia))))
        }
        if !year.desinvestering.transferPrices.isZero {
            rows.append((label("Overdrachtsprijzen", "Transfer prices"), amount(year.desinvestering.transferPrices)))
        }
        rows.append((label("Desinvesteringsbijtelling", "Desinvesteringsbijtelling"), amount(options.addition(year.desinvestering.bijtelling))))
        if let correction = year.foutenherstel {
            rows.append((label("Foutenherstel (foutenleer, in de winst)", "Correction of an earlier error (foutenleer, into profit)"),
                         amount(options.neutral(correction.amount))))
        }
        return rows + depreciationSummary(year)
    }

    /// The activastaat: one row per asset with a depreciation line, and a total row.
    var activastaatHeaders: [String] {
        [label("Activum", "Asset"), label("Begin", "Opening"), label("Investering", "Investment"),
         label("Willekeurig", "Willekeurig"), label("Normaal", "Normal"), label("Terugname", "Terugname"),
         label("Desinvestering", "Disposal"), label("Boekwinst", "Gain"), label("Eind", "Closing")]
    }

    /// An asset's row, as the rounding policy writes it (aangifte: whole euros that add up, `RoundingPolicy.activastaat`).
    func activastaatRow(_ asset: AssetYear) -> [String]? {
        guard let line = asset.depreciation.map(options.rounding.activastaat) else { return nil }
        let normal = line.expensed ? amount(options.deduction(line.normal)) + label(" (kosten)", " (expensed)") : amount(options.deduction(line.normal))
        return [asset.id, amount(options.neutral(line.openingBookValue)), line.investment.isZero ? "" : amount(line.investment),
                line.willekeurig.isZero ? "" : amount(options.deduction(line.willekeurig)), normal,
                line.terugname.isZero ? "" : amount(options.addition(line.terugname)),
                line.disposalBookValue.map(amount) ?? "", line.gain.map { amount(options.addition($0)) } ?? "",
                amount(options.neutral(line.bookValue))]
    }

    /// The total row of `RoundingPolicy.activastaat(year)`: under aangifte the sum of the rounded rows.
    func activastaatTotal(_ totals: DepreciationTotals) -> [String] {
        [label("Totaal", "Total"), amount(options.neutral(totals.openingBookValue)), amount(totals.investments),
         amount(options.deduction(totals.willekeurig)), amount(options.deduction(totals.normal)),
         amount(options.addition(totals.terugname)), amount(totals.disposalBookValues), amount(options.addition(totals.gain)),
         amount(options.neutral(totals.bookValue))]
    }

    /// Depreciation totals for the summary, when there are any.
    func depreciationSummary(_ year: YearReport) -> [(String, String)] {
        let t = options.rounding.activastaat(year)
        var rows: [(String, String)] = []
        guard year.assets.contains(where: { $0.depreciation != nil }) else { return rows }
        rows.append((label("Afschrijving (willekeurig + normaal)", "Depreciation (willekeurig + normal)"), amount(options.deduction(t.depreciation))))
        if !t.terugname.isZero { rows.append((label("Terugname willekeurige afschrijving", "Terugname of willekeurige afschrijving"), amount(options.addition(t.terugname)))) }
        if !t.gain.isZero { rows.append((label("Boekwinst", "Boekwinst (gain)"), amount(options.addition(t.gain)))) }
        if !t.hirFormed.isZero { rows.append((label("Herinvesteringsreserve gevormd", "Herinvesteringsreserve formed"), amount(options.deduction(t.hirFormed)))) }
        if !t.hirUsed.isZero { rows.append((label("Herinvesteringsreserve afgeboekt", "Herinvesteringsreserve used"), amount(t.hirUsed))) }
        if !t.hirReleased.isZero { rows.append((label("Herinvesteringsreserve vrijgevallen", "Herinvesteringsreserve released"), amount(options.addition(t.hirReleased)))) }
        if !t.hirBalance.isZero { rows.append((label("Herinvesteringsreserve eind", "Herinvesteringsreserve closing"), amount(t.hirBalance))) }
        rows.append((label("Boekwaarde eind", "Book value at year end"), amount(options.neutral(t.bookValue))))
        return rows
    }

    var assetHeaders: [String] {
        [label("Activum", "Asset"), label("Investering", "Investment"), label("Telt mee", "Counts"),
         label("KIA-aandeel", "KIA share"), label("KIA dit jaar", "KIA this year"), label("Uitgesteld", "Deferred"),
         label("Betaald", "Paid"), label("In gebruik", "In use"), label("Vervreemding", "Disposal"), label("Bijtelling", "Bijtelling")]
    }

    func assetRow(_ asset: AssetYear) -> [String] {
        let disposal = asset.disposal.map { d -> String in
            let kind: String
            switch d.kind {
            case .sale: kind = label("verkoop", "sale")
            case .withdrawal: kind = label("onttrekking", "withdrawal")
            case .undone: kind = label("ongedaan", "undone")
            }
            return "\(kind) \(d.date) \(amount(d.transferPrice))"
        } ?? ""
        return [asset.id, asset.investment.map { amount(options.neutral($0)) } ?? "", asset.qualifies.map(yesNo) ?? "",
                asset.kiaAllocated.map { amount(options.deduction($0)) } ?? "", amount(options.deduction(asset.kia)),
                amount(asset.kiaOutstanding), amount(asset.paid), yesNo(asset.inUse), disposal,
                asset.disposal.map { amount(options.addition($0.bijtelling)) } ?? ""]
    }

    var partnerHeaders: [String] {
        [label("Vennoot", "Partner"), label("Aandeel", "Share"), label("Grondslag", "Base"), "KIA",
         label("KIA buiten verband", "KIA outside"), "EIA/MIA", label("Bijtelling", "Bijtelling")]
    }

    func partnerRow(_ partner: PartnerYear) -> [String] {
        [partner.name, TextFormat.percent(partner.share, options.language), amount(partner.base),
         amount(options.deduction(partner.kia)), amount(options.deduction(partner.kiaOutside)),
         amount(options.deduction(partner.eia + partner.mia)), amount(options.addition(partner.desinvesteringsbijtelling))]
    }

    /// The samenwerkingsverband's own figures, beside its partners'.
    func partnershipRow(_ year: YearReport) -> [String] {
        [label("samenwerkingsverband", "partnership"), "100%", amount(year.investments), amount(options.deduction(year.kia)), "",
         amount(options.deduction(year.eia + year.mia)), amount(options.addition(year.desinvestering.bijtelling))]
    }

    /// Whose aangifte each figure goes into (art. 3.41 lid 3).
    func partnersNote(_ year: YearReport) -> String { PartnersNote.text(year, options.language) }

    func title(_ report: Report) -> String {
        let name = report.entity.name.map { " – \($0)" } ?? ""
        return label("Activa-rapport", "Activa report") + name + " (\(report.entity.taxpayer.rawValue.uppercased()))"
    }

    var roundingLine: String {
        switch options.rounding {
        case .exact: return label("Afronding: exact (volledige precisie)", "Rounding: exact (full precision)")
        case .aangifte: return label("Afronding: aangifte (hele euro's in uw voordeel: aftrek naar boven, bijtelling naar beneden; activastaat: boekwaarden op hele euro's, afschrijving en de andere mutaties als verschil, totalen als som van de afgeronde regels)",
                                     "Rounding: aangifte (whole euros in the taxpayer's favour: deductions up, additions down; activastaat: book values in whole euros, depreciation and the other movements as differences, totals as the sum of the rounded rows)")
        }
    }

    func explanationLines(_ explanation: Explanation) -> [String] {
        explanation.steps.map { "- " + $0.sentence(options.language) }
            + explanation.sources.map { label("  bron: ", "  source: ") + $0.citation(options.language) }
    }

    func policyLines(_ report: Report) -> [String] {
        (report.policies + (options.rounding.activastaatNote.map { [$0] } ?? []))
            .map { "- \($0.name) = \($0.value) [\($0.status.rawValue)]: \($0.text.text(options.language))" }
    }
}

/// Columns padded to their widest cell; amounts right-aligned.
func alignedTable(headers: [String], rows: [[String]], indent: String = "  ") -> [String] {
    var widths = headers.map(\.count)
    for row in rows { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) } }
    func line(_ cells: [String]) -> String {
        let padded = cells.enumerated().map { index, cell in
            let gap = String(repeating: " ", count: widths[index] - cell.count)
            return index == 0 ? cell + gap : gap + cell
        }
        var text = indent + padded.joined(separator: "  ")
        while text.last == " " { text.removeLast() }
        return text
    }
    return [line(headers), indent + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")] + rows.map(line)
}

/// Whose aangifte a samenwerkingsverband's figures go into (art. 3.41 lid 3), for every writer and the web page.
public enum PartnersNote {
    public static func text(_ year: YearReport, _ language: Language) -> String {
        let nl = language == .nl
        if year.year >= 2021 {
            return nl ? "Elke vennoot neemt zijn eigen KIA, EIA, MIA en bijtelling op in zijn eigen aangifte; vanaf 2021 is zijn KIA berekend op het totaal van het samenwerkingsverband plus zijn investeringen daarbuiten (art. 3.41 lid 3 Wet IB 2001). De regel van het samenwerkingsverband is ter vergelijking en gaat in niemands aangifte."
                      : "Each partner puts his own KIA, EIA, MIA and bijtelling in his own tax return; from 2021 his KIA is computed on the partnership's total plus his investments outside it (art. 3.41(3) Wet IB 2001). The partnership's line is for comparison and goes into nobody's return."
        }
        return nl ? "Elke vennoot neemt zijn aandeel op in zijn eigen aangifte: de tabel op het totaal van het samenwerkingsverband, verdeeld naar aandeel (HR 2020, 19/02419). De regel van het samenwerkingsverband is de som daarvan."
                  : "Each partner puts his share in his own tax return: the table on the partnership's total, split by share (HR 2020, 19/02419). The partnership's line is their sum."
    }
}
