/// Closing a boekjaar (issue 16): its figures as filed are kept with the register, and every later report compares
/// the year as it computes now with them. A change to the register that would move a filed figure is the user's to
/// undo (the edges refuse it); a newer Activa that computes a closed year differently keeps the filed figures and
/// says so (policy `filedYears = keepAsFiled`, docs/law/opening-balance.md §4).
extension Engine {
    /// The version of Activa's rules, kept with every closed year to tell an engine change from an edit.
    public static let version = "0.2.0"

    /// Closes `year`: the register with the year's figures as filed appended to `closedYears`. Only a year that is
    /// over on `day`, the first one after the years already closed, with no provisional (VOORLOPIG) figures.
    public func close(_ register: Register, year: Int, on day: Day, registerVersion: Int? = nil) throws(EngineError) -> Register {
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
        let report = try Engine(law: law, options: options).report(register)
        if let changed = report.closedYears.first(where: { $0.cause == .registerChanged }) {
            throw .cannotClose(year: year, reason: .make { l in
                l == .nl ? "het register geeft andere cijfers voor het al afgesloten \(changed.closed.year); herstel dat eerst"
                         : "the register gives other figures for \(changed.closed.year), already closed; put that right first"
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
                                             figures: computed.filedFigures))
        return closed
    }

    /// Each closed year as filed against the year as computed now; the warnings that say what differs and why.
    func closedYearStatuses(_ register: Register, years: [YearReport]) -> (statuses: [ClosedYearStatus], warnings: [ReportWarning]) {
        guard !register.closedYears.isEmpty else { return ([], []) }
        var statuses: [ClosedYearStatus] = []
        var warnings: [ReportWarning] = []
        for closed in register.closedYears {
            // A closed year is always computed (`report` includes it); one the register no longer reaches (every asset
            // removed) has nothing in it now.
            let computed = years.first(where: { $0.year == closed.year })?.filedFigures ?? []
            let now = Dictionary(computed.map { ($0.key, $0.amount) }, uniquingKeysWith: { first, _ in first })
            let differences = closed.figures.compactMap { figure -> ClosedYearDifference? in
                let computed = now[figure.key] ?? 0
                return computed == figure.amount ? nil : ClosedYearDifference(year: closed.year, key: figure.key, filed: figure.amount, now: computed)
            }
            let cause: ClosedYearStatus.Cause? = differences.isEmpty ? nil : closed.activaVersion == Engine.version ? .registerChanged : .engineChanged
            statuses.append(ClosedYearStatus(closed: closed, differences: differences, cause: cause))
            guard let cause else { continue }
            let list = { (l: Language) in
                differences.map { "\(FiledFigure.label($0.key).text(l)) \(TextFormat.euro($0.filed, l)) → \(TextFormat.euro($0.now, l))" }.joined(separator: "; ")
            }
            warnings.append(ReportWarning(assetId: nil, text: .make { l in
                switch cause {
                case .registerChanged:
                    return l == .nl ? "\(closed.year) is afgesloten op \(closed.closedOn), maar het register is daarna gewijzigd en geeft nu andere cijfers (aangegeven → nu): \(list(l)). De aangegeven cijfers blijven staan; maak de wijziging ongedaan."
                                    : "\(closed.year) was closed on \(closed.closedOn), but the register was changed since and now gives other figures (filed → now): \(list(l)). The filed figures stay; undo the change."
                case .engineChanged:
                    return l == .nl ? "\(closed.year) is afgesloten op \(closed.closedOn) met Activa \(closed.activaVersion); Activa \(Engine.version) rekent dat jaar anders (aangegeven → nu): \(list(l)). De aangegeven cijfers blijven staan (een regel is sindsdien verbeterd; ter informatie, geen correctie)."
                                    : "\(closed.year) was closed on \(closed.closedOn) with Activa \(closed.activaVersion); Activa \(Engine.version) computes that year differently (filed → now): \(list(l)). The filed figures stay (a rule was improved since; for information, not a correction)."
                }
            }))
        }
        return (statuses, warnings)
    }
}
