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
        let a = depreciation
        let pairs: [(String, Money)] = [
            ("investments", investments), ("kia", kia), ("kiaDeferred", kiaDeferred), ("kiaFromEarlierYears", kiaFromEarlierYears),
            ("kiaLapsed", kiaLapsed), ("eia", eia), ("mia", mia), ("desinvesteringsbijtelling", desinvestering.bijtelling),
            ("desinvesteringsbijtellingEIA", desinvestering.bijtellingEIA), ("desinvesteringsbijtellingMIA", desinvestering.bijtellingMIA),
            ("activastaat.willekeurig", a.willekeurig), ("activastaat.normal", a.normal), ("activastaat.depreciation", a.depreciation),
            ("activastaat.terugname", a.terugname), ("activastaat.gain", a.gain), ("activastaat.hirFormed", a.hirFormed),
            ("activastaat.hirReleased", a.hirReleased), ("activastaat.hirBalance", a.hirBalance), ("activastaat.bookValue", a.bookValue),
            ("foutenherstel", foutenherstel?.amount ?? 0),
        ]
        return pairs.map { FiledFigure(key: $0.0, amount: $0.1) }
    }

    /// The keys of `filedFigures`, in order.
    public static let filedFigureKeys = ["investments", "kia", "kiaDeferred", "kiaFromEarlierYears", "kiaLapsed", "eia", "mia",
                                         "desinvesteringsbijtelling", "desinvesteringsbijtellingEIA", "desinvesteringsbijtellingMIA",
                                         "activastaat.willekeurig", "activastaat.normal", "activastaat.depreciation", "activastaat.terugname",
                                         "activastaat.gain", "activastaat.hirFormed", "activastaat.hirReleased", "activastaat.hirBalance",
                                         "activastaat.bookValue", "foutenherstel"]

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
        let labels: [String: (nl: String, en: String)] = [
            "investments": ("Investeringen", "Investments"), "kia": ("KIA", "KIA"), "kiaDeferred": ("KIA uitgesteld (betalingscriterium)", "KIA deferred (payment rule)"),
            "kiaFromEarlierYears": ("KIA uit eerdere jaren", "KIA from earlier years"), "kiaLapsed": ("KIA vervallen", "KIA lapsed"),
            "eia": ("EIA", "EIA"), "mia": ("MIA", "MIA"), "desinvesteringsbijtelling": ("Desinvesteringsbijtelling (KIA)", "Desinvesteringsbijtelling (KIA)"),
            "desinvesteringsbijtellingEIA": ("Desinvesteringsbijtelling (EIA)", "Desinvesteringsbijtelling (EIA)"),
            "desinvesteringsbijtellingMIA": ("Desinvesteringsbijtelling (MIA)", "Desinvesteringsbijtelling (MIA)"),
            "activastaat.willekeurig": ("Willekeurige afschrijving", "Accelerated depreciation"), "activastaat.normal": ("Normale afschrijving", "Normal depreciation"),
            "activastaat.depreciation": ("Afschrijving", "Depreciation"), "activastaat.terugname": ("Terugname willekeurige afschrijving", "Accelerated depreciation taken back"),
            "activastaat.gain": ("Boekwinst", "Gain on disposal"), "activastaat.hirFormed": ("Herinvesteringsreserve gevormd", "Reinvestment reserve formed"),
            "activastaat.hirReleased": ("Herinvesteringsreserve vrijgevallen", "Reinvestment reserve released"),
            "activastaat.hirBalance": ("Herinvesteringsreserve aan het eind van het jaar", "Reinvestment reserve at the end of the year"),
            "activastaat.bookValue": ("Boekwaarde aan het eind van het jaar", "Book value at the end of the year"),
            "foutenherstel": ("Foutenherstel (foutenleer)", "Correction of an earlier error (foutenleer)"),
        ]
        let label = labels[key] ?? (key, key)
        return LocalizedText(nl: label.nl, en: label.en)
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
