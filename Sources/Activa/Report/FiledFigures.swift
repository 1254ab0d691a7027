/// The figures of a year that go into the aangifte, each under its key in the JSON report's year
/// (`activastaat.…` for the activastaat's totals): what a closed year keeps as filed, and what a comparison of two
/// versions of a register reports.
public struct FiledFigure: Sendable, Hashable {
    public var key: String
    public var amount: Money

    public init(key: String, amount: Money) {
        self.key = key
        self.amount = amount
    }
}

extension YearReport {
    public var filedFigures: [FiledFigure] {
        YearReport.filedFigureTable.map { FiledFigure(key: $0.key, amount: self[keyPath: $0.figure]) }
            + [FiledFigure(key: "foutenherstel", amount: foutenherstel?.amount ?? 0)]
    }

    /// The keys of `filedFigures`, in order.
    public static let filedFigureKeys = filedFigureTable.map(\.key) + ["foutenherstel"]

    /// Each figure an aangifte takes from a year: its key, where it is in the year, and its name (one table, so
    /// the keys, the figures and the labels cannot drift apart). The foutenherstel follows them (it is computed).
    nonisolated(unsafe) static let filedFigureTable: [(key: String, figure: WritableKeyPath<YearReport, Money>, nl: String, en: String)] = [
        ("investments", \YearReport.investments, "Investeringen", "Investments"),
        ("kia", \YearReport.kia, "KIA", "KIA"),
        ("kiaDeferred", \YearReport.kiaDeferred, "KIA uitgesteld (betalingscriterium)", "KIA deferred (payment rule)"),
        ("kiaFromEarlierYears", \YearReport.kiaFromEarlierYears, "KIA uit eerdere jaren", "KIA from earlier years"),
        ("kiaLapsed", \YearReport.kiaLapsed, "KIA vervallen", "KIA lapsed"),
        ("eia", \YearReport.eia, "EIA", "EIA"),
        ("mia", \YearReport.mia, "MIA", "MIA"),
        ("desinvesteringsbijtelling", \YearReport.desinvestering.bijtelling, "Desinvesteringsbijtelling (KIA)", "Desinvesteringsbijtelling (KIA)"),
        ("desinvesteringsbijtellingEIA", \YearReport.desinvestering.bijtellingEIA, "Desinvesteringsbijtelling (EIA)", "Desinvesteringsbijtelling (EIA)"),
        ("desinvesteringsbijtellingMIA", \YearReport.desinvestering.bijtellingMIA, "Desinvesteringsbijtelling (MIA)", "Desinvesteringsbijtelling (MIA)"),
        ("activastaat.willekeurig", \YearReport.depreciation.willekeurig, "Willekeurige afschrijving", "Accelerated depreciation"),
        ("activastaat.normal", \YearReport.depreciation.normal, "Normale afschrijving", "Normal depreciation"),
        ("activastaat.depreciation", \YearReport.depreciation.depreciation, "Afschrijving", "Depreciation"),
        ("activastaat.terugname", \YearReport.depreciation.terugname, "Terugname willekeurige afschrijving", "Accelerated depreciation taken back"),
        ("activastaat.gain", \YearReport.depreciation.gain, "Boekwinst", "Gain on disposal"),
        ("activastaat.hirFormed", \YearReport.depreciation.hirFormed, "Herinvesteringsreserve gevormd", "Reinvestment reserve formed"),
        ("activastaat.hirReleased", \YearReport.depreciation.hirReleased, "Herinvesteringsreserve vrijgevallen", "Reinvestment reserve released"),
        ("activastaat.hirBalance", \YearReport.depreciation.hirBalance, "Herinvesteringsreserve aan het eind van het jaar", "Reinvestment reserve at the end of the year"),
        ("activastaat.bookValue", \YearReport.depreciation.bookValue, "Boekwaarde aan het eind van het jaar", "Book value at the end of the year"),
    ]

    /// The year's aangifte figures set to those filed: a closed year that the register now computes otherwise shows
    /// what was filed (its asset lines are the recomputed ones; `linesRecomputed` says so).
    mutating func showFiled(_ figures: [FiledFigure]) {
        recomputedFigures = filedFigures
        for row in YearReport.filedFigureTable {
            if let filed = figures.first(where: { $0.key == row.key }) { self[keyPath: row.figure] = filed.amount }
        }
        linesRecomputed = true
    }

    /// Per asset held at the end of the year (not sold or withdrawn), its fiscal book value then: what a closed year
    /// keeps so that the next year opens with it.
    public var heldBookValues: [String: Money] {
        var values: [String: Money] = [:]
        for line in assets {
            guard let depreciation = line.depreciation else { continue }
            if let disposal = line.disposal, disposal.kind != .undone { continue }
            values[line.id] = depreciation.bookValue
        }
        return values
    }
}

extension FiledFigure {
    /// The figure's name as the aangifte and the page say it.
    public static func label(_ key: String) -> LocalizedText {
        if key == "foutenherstel" { return LocalizedText(nl: "Foutenherstel (foutenleer)", en: "Correction of an earlier error (foutenleer)") }
        guard let row = YearReport.filedFigureTable.first(where: { $0.key == key }) else { return LocalizedText(nl: key, en: key) }
        return LocalizedText(nl: row.nl, en: row.en)
    }
}

extension ClosedYearDifference {
    /// "2024 is afgesloten; KIA: aangegeven € 3.360,00, nu € 4.200,00".
    public func sentence(_ language: Language) -> String {
        language == .nl
            ? "\(year) is afgesloten; \(label.nl): aangegeven \(TextFormat.euro(filed, language)), nu \(TextFormat.euro(now, language))"
            : "\(year) is closed; \(label.en): filed \(TextFormat.euro(filed, language)), now \(TextFormat.euro(now, language))"
    }

    /// The figure's name, with the asset for an asset's book value: "Boekwaarde aan het eind van het jaar (laptop)".
    public var label: LocalizedText {
        let figure = FiledFigure.label(key)
        guard let assetId else { return figure }
        return LocalizedText(nl: "\(figure.nl) van ‘\(assetId)’", en: "\(figure.en) of ‘\(assetId)’")
    }
}
