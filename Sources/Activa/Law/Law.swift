/// Every figure and rule parameter the engine uses, in one value: the figures of each year (`LawYear`, one record
/// per year) and the rules that hold across years. `Law.netherlands` is the law as read for Activa (docs/law/);
/// tests and what-if computations may pass a different one, e.g. with a year added (`adding(_:)`).
public struct Law: Sendable {
    /// The tables of each year, derived from the year records: looked up by year in every computation.
    public private(set) var kiaTables: [Int: KIATable] = [:]
    public private(set) var desinvesteringThresholds: [Int: DesinvesteringThreshold] = [:]
    public private(set) var eia: [Int: SpecialDeductionYear] = [:]
    public private(set) var mia: [Int: SpecialDeductionYear] = [:]
    public var investeringsaftrek: InvesteringsaftrekRules
    public var depreciation: DepreciationRules
    public var bodemwaarde: [BodemwaardeRegime]
    /// The schemes of willekeurige afschrijving; the Vamil window follows the years that have Vamil.
    public private(set) var willekeurigSchemes: [WillekeurigScheme]
    /// EIA, MIA and Vamil must be notified to RVO within three months after the obligation (UR-EIA art. 3).
    public var notificationTerm: Parameter<LegalTerm>
    /// The year records the tables were made from, by year.
    public private(set) var years: [Int: LawYear] = [:]

    public init(years: [LawYear], investeringsaftrek: InvesteringsaftrekRules, depreciation: DepreciationRules,
                bodemwaarde: [BodemwaardeRegime], willekeurigSchemes: [WillekeurigScheme], notificationTerm: Parameter<LegalTerm>) {
        self.investeringsaftrek = investeringsaftrek
        self.depreciation = depreciation
        self.bodemwaarde = bodemwaarde
        self.willekeurigSchemes = willekeurigSchemes
        self.notificationTerm = notificationTerm
        for year in years { add(year) }
        // Without a year that has Vamil there is no Vamil.
        if !years.contains(where: \.vamil) { self.willekeurigSchemes.removeAll { $0.id == .vamil } }
    }

    public static let netherlands = Law(years: LawYear.netherlands, investeringsaftrek: .netherlands, depreciation: .netherlands,
                                        bodemwaarde: BodemwaardeRegime.all, willekeurigSchemes: WillekeurigScheme.all,
                                        notificationTerm: Parameter(value: LegalTerm(months: 3, after: .afterDay), source: LegalSource(
                                            article: "art. 3 Uitvoeringsregeling energie-investeringsaftrek 2001; Meldingsregeling MIA",
                                            url: "https://wetten.overheid.nl/BWBR0012054", status: .law)))

    /// The law with one more year (or a year replaced): its record is all a new year needs.
    public func adding(_ year: LawYear) -> Law {
        var law = self
        law.add(year)
        return law
    }

    private mutating func add(_ record: LawYear) {
        let year = record.year
        years[year] = record
        kiaTables[year] = record.kiaTable
        desinvesteringThresholds[year] = record.threshold
        eia[year] = record.eiaYear
        mia[year] = record.miaYear
        // Vamil for the investments of the run of years that have it, up to the last of them.
        let vamilYears = years.values.filter(\.vamil).map(\.year)
        if let first = vamilYears.min(), let last = vamilYears.max(),
           let index = willekeurigSchemes.firstIndex(where: { $0.id == .vamil }) {
            willekeurigSchemes[index].window = Day.startOfYear(first)...Day.endOfYear(last)
        }
    }

    /// The first year after the known ones: the "unknown year" of messages and of the `futureYears` policy.
    public var firstUnknownYear: Int { (kiaYears?.upperBound ?? 0) + 1 }

    /// The consolidated Wet IB 2001 version that governs an investment year (art. 3.51: the investment year's rules),
    /// as read for that year's KIA table; the newest read version for later years.
    public func wetIBVersion(forYear year: Int) -> String {
        if let version = kiaTables[year]?.source.version { return version }
        let known = kiaTables.keys.sorted()
        let nearest = year < (known.first ?? year) ? known.first : known.last
        return nearest.flatMap { kiaTables[$0]?.source.version } ?? "\(year)-01-01"
    }

    /// A rule's source cited for a computation of `year`: a Wet IB 2001 article in the text in force in that year (the
    /// fixed rules are read in the newest text; a 2024 figure cites the 2024 text). Other sources are returned as they are.
    public func source(_ source: LegalSource, forYear year: Int) -> LegalSource {
        guard let url = source.url, url.hasPrefix(LegalSource.wetIBAddress) else { return source }
        let version = wetIBVersion(forYear: year)
        guard version != source.version else { return source }
        return LegalSource(article: source.article, version: version, url: LegalSource.wetIBAddress + version,
                           status: source.status, note: source.note)
    }

    /// The years with a KIA table, for messages such as "bekend: 2002–2026".
    public var kiaYears: ClosedRange<Int>? {
        guard let first = kiaTables.keys.min(), let last = kiaTables.keys.max() else { return nil }
        return first...last
    }
}

/// A single figure with its source.
public struct Parameter<Value: Sendable>: Sendable {
    public let value: Value
    public let source: LegalSource
}

/// The fixed rules of the investeringsaftrek that are not yearly tables (art. 3.40–3.51 Wet IB 2001).
public struct InvesteringsaftrekRules: Sendable {
    /// Art. 3.45 lid 2 sub b (lid 1 sub a until 2013): an asset of less than €450 gets no KIA. Exactly €450 counts.
    public let minimumPerAsset: Parameter<Money>
    /// Art. 3.47 lid 2: a disposal "binnen vijf jaar na het begin van het kalenderjaar" of the investment is caught.
    public let desinvesteringWindow: Parameter<LegalTerm>
    /// Art. 3.47 lid 6 sub a: less than 25% paid "binnen twaalf maanden na het aangaan van de verplichting" (and not
    /// in use then) undoes the investment.
    public let minimumPaidShare: Parameter<Rate>
    public let minimumPaidWithin: Parameter<LegalTerm>
    /// Art. 3.47 lid 6 sub b: not in use "binnen drie jaar na het begin van het kalenderjaar" of the investment undoes it.
    public let inUseWithin: Parameter<LegalTerm>
    /// Art. 3.41 lid 3: from this year a partner's outside investments join the partnership's total (2021 law);
    /// before it, the table applies to the partnership total and the result is split (HR 2020, 19/02419).
    public let partnerOutsideInvestmentsFrom: Parameter<Int>

    public static let netherlands = InvesteringsaftrekRules(
        minimumPerAsset: Parameter(value: 450, source: .wetIB("art. 3.45 lid 2 sub b", version: "2026-01-01",
                                                               note: "art. 3.45 lid 1 sub a until 2013; not indexed 2002–2026")),
        desinvesteringWindow: Parameter(value: LegalTerm(months: 60, after: .afterBeginningOf), source: .wetIB("art. 3.47 lid 2", version: "2026-01-01")),
        minimumPaidShare: Parameter(value: .percent(25), source: .wetIB("art. 3.47 lid 6 sub a", version: "2026-01-01")),
        minimumPaidWithin: Parameter(value: LegalTerm(months: 12, after: .afterDay), source: .wetIB("art. 3.47 lid 6 sub a", version: "2026-01-01")),
        inUseWithin: Parameter(value: LegalTerm(months: 36, after: .afterBeginningOf), source: .wetIB("art. 3.47 lid 6 sub b", version: "2026-01-01")),
        partnerOutsideInvestmentsFrom: Parameter(value: 2021, source: .wetIB("art. 3.41 lid 1 en 3", version: "2021-01-01"))
    )
}
