/// A term of the law counted in months: "binnen twaalf maanden na het aangaan van de verplichting", "binnen drie
/// maanden na …", "binnen drie jaar na het begin van het kalenderjaar …". One rule for every such term, so that the
/// 25%-rule, the in-use rule, the desinvestering window, the EIA/MIA notification and the advisor's deadlines agree.
///
/// How a term is counted depends on what it runs from (docs/law/terms.md):
/// - **after a day** (an act on a day: the obligation, a decision): the day itself does not count, the term starts
///   the next day and ends at the end of the same date N months later (as art. 6:8 Awb counts a term after a day).
///   Twelve months after 1 March 2024 run through 1 March 2025.
/// - **after the beginning of a period** (the start of a calendar year is a moment, not a day): the term starts at
///   that moment and ends on the day before the same date N months later. Five years after the beginning of 2020
///   run through 31 December 2024, as the Belastingdienst reads art. 3.47 lid 2.
/// A date N months later that does not exist (31 January + 1 month) is the last day of that month. A term ending on a
/// weekend is not moved: the Algemene termijnenwet does not reach these terms (docs/law/terms.md).
public struct LegalTerm: Sendable, Hashable {
    public enum Anchor: String, Sendable, Hashable {
        /// "N maanden na <een dag>": counted from the next day.
        case afterDay
        /// "N jaar na het begin van <een periode>": counted from the start of the given day.
        case afterBeginningOf
    }

    public let months: Int
    public let anchor: Anchor

    public init(months: Int, after anchor: Anchor) {
        self.months = months
        self.anchor = anchor
    }

    /// The last day inside the term that runs from `day` (the day of the act, or the first day of the period).
    public func lastDay(from day: Day) -> Day {
        let same = day.adding(months: months)
        switch anchor {
        case .afterDay: return same
        case .afterBeginningOf: return same.previousDay
        }
    }

    /// True when `date` falls within the term that runs from `day` (on or before its last day).
    public func contains(_ date: Day, from day: Day) -> Bool { date <= lastDay(from: day) }

    /// The term in Dutch or English words, e.g. "twaalf maanden", "drie jaar".
    public func words(_ language: Language) -> String {
        let nl = language == .nl
        if months % 12 == 0 {
            let years = months / 12
            return "\(Self.number(years, language)) \(nl ? "jaar" : (years == 1 ? "year" : "years"))"
        }
        return "\(Self.number(months, language)) \(nl ? (months == 1 ? "maand" : "maanden") : (months == 1 ? "month" : "months"))"
    }

    private static func number(_ value: Int, _ language: Language) -> String {
        let nl = ["nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"]
        let en = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
        guard value >= 0, value < nl.count else { return String(value) }
        return language == .nl ? nl[value] : en[value]
    }
}

extension Day {
    /// The day before.
    public var previousDay: Day {
        if day > 1 { return Day(year: year, month: month, day: day - 1) ?? self }
        if month > 1 {
            return Day(year: year, month: month - 1, day: Day.daysInMonth(year: year, month: month - 1)) ?? self
        }
        return Day.endOfYear(year - 1)
    }

    /// The day after.
    public var nextDay: Day {
        if day < Day.daysInMonth(year: year, month: month) { return Day(year: year, month: month, day: day + 1) ?? self }
        if month < 12 { return Day(year: year, month: month + 1, day: 1) ?? self }
        return Day.startOfYear(year + 1)
    }
}
