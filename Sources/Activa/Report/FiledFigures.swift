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
        YearReport.filedFigureTable.map { FiledFigure(key: $0.key, amount: $0.amount(self)) }
    }

    /// The keys of `filedFigures`, in order.
    public static let filedFigureKeys = filedFigureTable.map(\.key)

    /// Each figure an aangifte takes from a year: its key, where it is in the year, and its name (one table, so
    /// the keys, the figures and the labels cannot drift apart).
    static let filedFigureTable: [(key: String, amount: @Sendable (YearReport) -> Money, nl: String, en: String)] = [
        ("investments", { $0.investments }, "Investeringen", "Investments"),
        ("kia", { $0.kia }, "KIA", "KIA"),
        ("kiaDeferred", { $0.kiaDeferred }, "KIA uitgesteld (betalingscriterium)", "KIA deferred (payment rule)"),
        ("kiaFromEarlierYears", { $0.kiaFromEarlierYears }, "KIA uit eerdere jaren", "KIA from earlier years"),
        ("kiaLapsed", { $0.kiaLapsed }, "KIA vervallen", "KIA lapsed"),
        ("eia", { $0.eia }, "EIA", "EIA"),
        ("mia", { $0.mia }, "MIA", "MIA"),
        ("desinvesteringsbijtelling", { $0.desinvestering.bijtelling }, "Desinvesteringsbijtelling (KIA)", "Desinvesteringsbijtelling (KIA)"),
        ("desinvesteringsbijtellingEIA", { $0.desinvestering.bijtellingEIA }, "Desinvesteringsbijtelling (EIA)", "Desinvesteringsbijtelling (EIA)"),
        ("desinvesteringsbijtellingMIA", { $0.desinvestering.bijtellingMIA }, "Desinvesteringsbijtelling (MIA)", "Desinvesteringsbijtelling (MIA)"),
        ("activastaat.willekeurig", { $0.depreciation.willekeurig }, "Willekeurige afschrijving", "Accelerated depreciation"),
        ("activastaat.normal", { $0.depreciation.normal }, "Normale afschrijving", "Normal depreciation"),
        ("activastaat.depreciation", { $0.depreciation.depreciation }, "Afschrijving", "Depreciation"),
        ("activastaat.terugname", { $0.depreciation.terugname }, "Terugname willekeurige afschrijving", "Accelerated depreciation taken back"),
        ("activastaat.gain", { $0.depreciation.gain }, "Boekwinst", "Gain on disposal"),
        ("activastaat.hirFormed", { $0.depreciation.hirFormed }, "Herinvesteringsreserve gevormd", "Reinvestment reserve formed"),
        ("activastaat.hirReleased", { $0.depreciation.hirReleased }, "Herinvesteringsreserve vrijgevallen", "Reinvestment reserve released"),
        ("activastaat.hirBalance", { $0.depreciation.hirBalance }, "Herinvesteringsreserve aan het eind van het jaar", "Reinvestment reserve at the end of the year"),
        ("activastaat.bookValue", { $0.depreciation.bookValue }, "Boekwaarde aan het eind van het jaar", "Book value at the end of the year"),
        ("foutenherstel", { $0.foutenherstel?.amount ?? 0 }, "Foutenherstel (foutenleer)", "Correction of an earlier error (foutenleer)"),
    ]

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
