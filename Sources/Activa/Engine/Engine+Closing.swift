/// Closing a boekjaar (issue 16): its figures as filed are kept with the register, and every later report compares
/// the year as it computes now with them. A change to the register that would move a filed figure is the user's to
/// undo (the edges refuse it) or to accept as the correction of an error (`acceptCorrection`, the foutenleer); a newer
/// Activa that computes a closed year differently keeps the filed figures and says so (policy
/// `filedYears = keepAsFiled`, docs/law/opening-balance.md §4).
extension Engine {
    /// The version of Activa's rules, kept with every closed year to tell an engine change from an edit.
    public static let version = "0.2.0"

    /// Closes `year`: the register with the year's figures as filed appended to `closedYears`. Only a year that is
    /// over on `day`, the first one after the years already closed, with no provisional (VOORLOPIG) figures.
    /// `digest` is the fingerprint of the register's content (`RegisterDigest`), kept to tell a later edit from a
    /// change of Activa's rules.
    public func close(_ register: Register, year: Int, on day: Day, registerVersion: Int? = nil, digest: String? = nil) throws(EngineError) -> Register {
        let calendar = register.entity.calendar
        if let opening = register.opening, year < opening.year {
            throw .cannotClose(year: year, reason: .make { l in
                l == .nl ? "\(year) ligt vóór het beginjaar \(opening.year) van het register: die jaren zijn door de vorige administratie aangegeven"
                         : "\(year) is before the register's opening year \(opening.year): those years were filed by the previous administration"
            })
        }
        if let last = register.closedYears.last, year != last.year + 1 {
            throw .cannotClose(year: year, reason: year <= last.year
                ? .make { l in l == .nl ? "\(year) is al afgesloten (tot en met \(last.year))" : "\(year) is already closed (up to and including \(last.year))" }
                : .make { l in l == .nl ? "sluit eerst \(last.year + 1) af" : "close \(last.year + 1) first" })
        }
        guard calendar.end(year) < day else {
            throw .cannotClose(year: year, reason: .make { l in
                l == .nl ? "het boekjaar loopt tot en met \(calendar.end(year)); een aangifte volgt pas daarna"
                         : "the boekjaar runs up to and including \(calendar.end(year)); an aangifte follows only after it"
            })
        }
        var options = self.options
        options.explanations = false
        options.reportedYears = nil
        let report = try Engine(law: law, options: options).report(register, digest: digest)
        if let changed = report.closedYears.first(where: { $0.cause == .registerChanged }) {
            throw .cannotClose(year: year, reason: .make { l in
                l == .nl ? "het register geeft andere cijfers voor het al afgesloten \(changed.closed.year); maak de wijziging ongedaan of leg haar vast als foutenherstel"
                         : "the register gives other figures for \(changed.closed.year), already closed; undo the change or record it as a foutenherstel"
            })
        }
        guard let computed = report.years.first(where: { $0.year == year }) else {
            let known = report.years.map(\.year)
            throw .cannotClose(year: year, reason: .make { l in
                let range = known.isEmpty ? "-" : "\(known.first ?? 0)–\(known.last ?? 0)"
                return l == .nl ? "het register heeft geen cijfers voor \(year) (wel voor \(range))" : "the register has no figures for \(year) (it has \(range))"
            })
        }
        guard computed.provisional.isEmpty else {
            throw .cannotClose(year: year, reason: LocalizedText(
                nl: "de cijfers zijn voorlopig: de wet van dat jaar is nog niet bekend (VOORLOPIG)",
                en: "the figures are provisional: that year's law is not known yet (PROVISIONAL)"))
        }
        var closed = register
        closed.closedYears.append(ClosedYear(year: year, closedOn: day, registerVersion: registerVersion, activaVersion: Engine.version,
                                             registerDigest: digest, figures: computed.filedFigures, bookValues: computed.heldBookValues))
        return closed
    }

    /// Each closed year as filed against the year as computed now; the warnings that say what differs and why. The
    /// year after a closed one gets its foutenherstel first (it is part of that year's figures): the first open year,
    /// and a closed year that was filed with one.
    func closedYearStatuses(_ register: Register, digest: String?, years: inout [YearReport]) -> (statuses: [ClosedYearStatus], warnings: [ReportWarning]) {
        guard let last = register.closedYears.last else { return ([], []) }
        var statuses: [ClosedYearStatus] = []
        var warnings: [ReportWarning] = []
        var shownAsFiled: [(index: Int, figures: [FiledFigure])] = []
        for closed in register.closedYears {
            if let previous = statuses.last, previous.closed.year == closed.year - 1,
               closed.figures.contains(where: { $0.key == "foutenherstel" && !$0.amount.isZero }) {
                attachFoutenherstel(after: previous, to: &years)
            }
            // A closed year is always computed (`report` includes it); one the register no longer reaches (every asset
            // removed) has nothing in it now.
            let computed = years.first(where: { $0.year == closed.year })
            let status = closedYearStatus(closed, figures: computed?.filedFigures ?? [], bookValues: computed?.heldBookValues ?? [:], digest: digest)
            statuses.append(status)
            if status.cause != nil, let index = years.firstIndex(where: { $0.year == closed.year }) { shownAsFiled.append((index, closed.figures)) }
            if let warning = closedYearWarning(status) { warnings.append(warning) }
        }
        if let status = statuses.last, status.closed.year == last.year { attachFoutenherstel(after: status, to: &years) }
        // A closed year's figures stay as filed: the year shows them, whatever the register gives now (after the
        // foutenherstel, which compares the two).
        for (index, figures) in shownAsFiled { years[index].showFiled(figures) }
        return (statuses, warnings)
    }

    /// The closed year against its figures now: the differences, and whether an accepted correction, a newer Activa or
    /// an edit explains them. With fingerprints (`digest` now, and the one kept at closing or at the correction), an
    /// unchanged register means the rules changed; without them the Activa version decides.
    func closedYearStatus(_ closed: ClosedYear, figures: [FiledFigure], bookValues: [String: Money], digest: String?) -> ClosedYearStatus {
        let now = Dictionary(figures.map { ($0.key, $0.amount) }, uniquingKeysWith: { first, _ in first })
        var differences = closed.figures.compactMap { figure -> ClosedYearDifference? in
            let computed = now[figure.key] ?? 0
            return computed == figure.amount ? nil : ClosedYearDifference(year: closed.year, key: figure.key, filed: figure.amount, now: computed)
        }
        if !closed.bookValues.isEmpty {
            for id in Set(closed.bookValues.keys).union(bookValues.keys).sorted() {
                let filed = closed.bookValues[id] ?? 0, computed = bookValues[id] ?? 0
                if filed != computed {
                    differences.append(ClosedYearDifference(year: closed.year, key: "activastaat.bookValue", assetId: id, filed: filed, now: computed))
                }
            }
        }
        guard !differences.isEmpty else { return ClosedYearStatus(closed: closed) }
        let cause: ClosedYearStatus.Cause
        let reference = closed.correction.map(\.registerDigest) ?? closed.registerDigest
        if let accepted = closed.correction, accepted.figures.allSatisfy({ now[$0.key] ?? 0 == $0.amount }),
           closed.bookValues.isEmpty || accepted.bookValues == bookValues {
            cause = .corrected
        } else if let digest, let reference {
            cause = digest == reference ? .engineChanged : .registerChanged
        } else {
            cause = closed.activaVersion == Engine.version ? .registerChanged : .engineChanged
        }
        return ClosedYearStatus(closed: closed, differences: differences, cause: cause)
    }

    private func closedYearWarning(_ status: ClosedYearStatus) -> ReportWarning? {
        guard let cause = status.cause else { return nil }
        let closed = status.closed
        let list = { (l: Language) in
            status.differences.map { "\($0.label.text(l)) \(TextFormat.euro($0.filed, l)) → \(TextFormat.euro($0.now, l))" }.joined(separator: "; ")
        }
        let next = closed.year + 1
        return ReportWarning(assetId: nil, text: .make { l in
            switch cause {
            case .registerChanged:
                return l == .nl ? "\(closed.year) is afgesloten op \(closed.closedOn), maar het register is daarna gewijzigd en geeft nu andere cijfers (aangegeven → nu): \(list(l)). De aangegeven cijfers blijven staan; maak de wijziging ongedaan, of leg haar vast als herstel van een fout in \(next) (foutenleer)."
                                : "\(closed.year) was closed on \(closed.closedOn), but the register was changed since and now gives other figures (filed → now): \(list(l)). The filed figures stay; undo the change, or record it as the correction of an error in \(next) (foutenleer)."
            case .corrected:
                return l == .nl ? "\(closed.year) is afgesloten op \(closed.closedOn); de wijziging van \(closed.correction.map { "\($0.acceptedOn)" } ?? "") herstelt een fout (aangegeven → juist): \(list(l)). De aangegeven cijfers blijven staan; het verschil in de boekwaarden gaat als foutenherstel in de winst van het eerste open jaar. Een verschil in KIA, EIA of MIA van \(closed.year) zelf loopt niet via de foutenleer: vraag daarvoor ambtshalve vermindering of maak bezwaar."
                                : "\(closed.year) was closed on \(closed.closedOn); the change of \(closed.correction.map { "\($0.acceptedOn)" } ?? "") corrects an error (filed → correct): \(list(l)). The filed figures stay; the difference in the book values goes into the profit of the first open year as a foutenherstel. A difference in the KIA, EIA or MIA of \(closed.year) itself is not corrected by the foutenleer: ask for ambtshalve vermindering or object."
            case .engineChanged:
                return l == .nl ? "\(closed.year) is afgesloten op \(closed.closedOn) met Activa \(closed.activaVersion); Activa \(Engine.version) rekent dat jaar anders (aangegeven → nu): \(list(l)). De aangegeven cijfers blijven staan; het verschil in de boekwaarden staat als foutenherstel in het eerste open jaar. Was het aangegeven cijfer een toegestane keuze en geen fout, dan hoort er geen herstel bij: neem dan de aangegeven boekwaarden over als beginbalans (opening)."
                                : "\(closed.year) was closed on \(closed.closedOn) with Activa \(closed.activaVersion); Activa \(Engine.version) computes that year differently (filed → now): \(list(l)). The filed figures stay; the difference in the book values is a foutenherstel in the first open year. If the filed figure was a permitted choice and not an error, no correction belongs to it: take the filed book values over as the opening balance (opening)."
            }
        })
    }
}
