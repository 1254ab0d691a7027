/// The boekjaren of an onderneming. Normally calendar years; with a gebroken boekjaar each runs from a fixed
/// month and day (`entity.fiscalYearStart`), and a first or last boekjaar may be longer or shorter than twelve
/// months. A boekjaar is named by the calendar year in which it ends (art. 3.66 lid 2 Wet IB 2001; for a BV,
/// art. 7 lid 4 Wet Vpb: "jaar" is the boekjaar).
public struct FiscalCalendar: Sendable, Hashable {
    /// The month and day every regular boekjaar starts on (1 January for calendar years).
    public let startMonth: Int
    public let startDay: Int
    /// A first boekjaar that differs from the regular pattern: its first and last day.
    public let firstYear: ClosedRange<Day>?
    /// The last day of a last boekjaar that ends early (staking).
    public let lastDay: Day?

    public static let calendarYears = FiscalCalendar(startMonth: 1, startDay: 1, firstYear: nil, lastDay: nil)

    public init(startMonth: Int, startDay: Int, firstYear: ClosedRange<Day>? = nil, lastDay: Day? = nil) {
        self.startMonth = startMonth
        self.startDay = startDay
        self.firstYear = firstYear
        self.lastDay = lastDay
    }

    /// True when every boekjaar is a calendar year.
    public var isCalendarYears: Bool { startMonth == 1 && startDay == 1 && firstYear == nil && lastDay == nil }

    /// The regular start in calendar year `year` (29 February becomes 28 February in other years).
    public func regularStart(_ year: Int) -> Day {
        Day(year: year, month: startMonth, day: Swift.min(startDay, Day.daysInMonth(year: year, month: startMonth)))
            ?? Day.startOfYear(year)
    }

    /// The regular boekjaar containing `day`: its first and last day.
    func regularPeriod(containing day: Day) -> (start: Day, end: Day) {
        let startYear = day >= regularStart(day.year) ? day.year : day.year - 1
        return (regularStart(startYear), regularStart(startYear + 1).previousDay)
    }

    /// The boekjaar (by its name) that contains `day`. Days before a first boekjaar belong to it.
    public func year(of day: Day) -> Int {
        if isCalendarYears { return day.year }
        if let firstYear, day <= firstYear.upperBound { return firstYear.upperBound.year }
        if let lastDay, day > lastDay { return year(of: lastDay) }
        return regularPeriod(containing: day).end.year
    }

    /// The first day of boekjaar `year`.
    public func start(_ year: Int) -> Day {
        if isCalendarYears { return Day.startOfYear(year) }
        if let firstYear, year <= firstYear.upperBound.year { return firstYear.lowerBound }
        let end = regularEnd(year)
        return regularPeriod(containing: end).start
    }

    /// The last day of boekjaar `year`.
    public func end(_ year: Int) -> Day {
        if isCalendarYears { return Day.endOfYear(year) }
        if let firstYear, year <= firstYear.upperBound.year { return firstYear.upperBound }
        let end = regularEnd(year)
        if let lastDay, lastDay < end, lastDay >= regularPeriod(containing: end).start { return lastDay }
        return end
    }

    /// The last day of the regular boekjaar that ends in calendar year `year`.
    private func regularEnd(_ year: Int) -> Day {
        // A boekjaar starting on 1 January ends on 31 December; otherwise the one starting in `year − 1` ends in `year`.
        startMonth == 1 && startDay == 1 ? Day.endOfYear(year) : regularStart(year).previousDay
    }

    /// The calendar years a boekjaar touches, each with its first and last day within the boekjaar.
    public func calendarParts(_ year: Int) -> [(calendarYear: Int, start: Day, end: Day)] {
        let first = start(year), last = end(year)
        return (first.year...last.year).map { calendarYear in
            (calendarYear, Swift.max(first, Day.startOfYear(calendarYear)), Swift.min(last, Day.endOfYear(calendarYear)))
        }
    }

    /// Whole months in boekjaar `year` (a first boekjaar may have more or fewer than twelve).
    public func months(_ year: Int) -> Int {
        let first = start(year), last = end(year)
        return (last.year * 12 + last.month) - (first.year * 12 + first.month) + 1
    }
}
