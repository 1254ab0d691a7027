/// Figures for a year after the last one the law tables know (a KIA table, a desinvestering threshold, the EIA and
/// MIA percentages): in December a purchase planned for January is the very thing people plan, and the next
/// year's figures are often published late. With `futureYears = provisional` the latest known year's figure is
/// used, and every such figure is marked VOORLOPIG / PROVISIONAL with the year it was taken from.
public struct ProvisionalFigure: Sendable, Hashable {
    public enum Figure: String, Sendable, Hashable {
        case kiaTable, desinvesteringThreshold, eia, mia
    }
    public let figure: Figure
    /// The calendar year the figure is needed for.
    public let year: Int
    /// The latest known year, whose figure was used.
    public let takenFrom: Int

    public var text: LocalizedText {
        let (nl, en): (String, String)
        switch figure {
        case .kiaTable: (nl, en) = ("de KIA-tabel", "the KIA table")
        case .desinvesteringThreshold: (nl, en) = ("de drempel van de desinvesteringsbijtelling", "the desinvesteringsbijtelling threshold")
        case .eia: (nl, en) = ("het EIA-percentage", "the EIA percentage")
        case .mia: (nl, en) = ("de MIA-percentages", "the MIA percentages")
        }
        return LocalizedText(nl: "VOORLOPIG: \(nl) van \(year) is nog niet bekend; die van \(takenFrom) is gebruikt",
                             en: "PROVISIONAL: \(en) of \(year) is not known yet; that of \(takenFrom) was used")
    }
}

extension Engine {
    /// The latest known year to take a figure of `year` from, when the policy allows it and `year` lies after
    /// every known one; nil otherwise (then the caller reports the missing figure).
    func provisionalYear(for year: Int, known: Dictionary<Int, some Any>.Keys) -> Int? {
        guard options.futureYears == .provisional, let latest = known.max(), latest < year else { return nil }
        return latest
    }

    /// Which figures of each boekjaar were taken from an earlier year (per boekjaar, in the order found).
    func provisionalFigures(assets: [Asset], qualifies: [Bool], investmentYears: [Int], disposalYears: some Sequence<Int>,
                            calendar: FiscalCalendar) -> [Int: [ProvisionalFigure]] {
        var result: [Int: [ProvisionalFigure]] = [:]
        func mark(_ figure: ProvisionalFigure.Figure, _ year: Int, boekjaar: Int, known: Dictionary<Int, some Any>.Keys) {
            guard let latest = provisionalYear(for: year, known: known) else { return }
            let entry = ProvisionalFigure(figure: figure, year: year, takenFrom: latest)
            if !(result[boekjaar]?.contains(entry) ?? false) { result[boekjaar, default: []].append(entry) }
        }
        let lastKnown = [law.kiaTables.keys.max(), law.eia.keys.max(), law.mia.keys.max()].compactMap { $0 }.min() ?? Int.max
        // Only assets committed after a table's last year can need a provisional figure: tested in place.
        for index in assets.indices where assets[index].committed.year > lastKnown {
            let year = assets[index].committed.year, boekjaar = investmentYears[index]
            if qualifies[index] { mark(.kiaTable, year, boekjaar: boekjaar, known: law.kiaTables.keys) }
            if assets[index].eia { mark(.eia, year, boekjaar: boekjaar, known: law.eia.keys) }
            if assets[index].mia != nil { mark(.mia, year, boekjaar: boekjaar, known: law.mia.keys) }
        }
        for year in disposalYears {
            mark(.desinvesteringThreshold, year, boekjaar: year, known: law.desinvesteringThresholds.keys)
        }
        return result
    }
}

extension LegalSource {
    /// This source, used for `year` although it is the law of `takenFrom`: marked PROVISIONAL.
    func provisional(for year: Int, takenFrom: Int) -> LegalSource {
        LegalSource(article: article, version: version, url: url, status: .provisional,
                    note: "\(year): nog niet bekend, die van \(takenFrom) gebruikt / not known yet, that of \(takenFrom) used")
    }
}
