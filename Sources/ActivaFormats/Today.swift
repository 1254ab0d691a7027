import Activa
import Foundation

/// "Today" for the edges (the CLI, the server, an app): the engine itself never asks for the time, every date it
/// uses is passed in (`Advisor.advise(_:asOf:)`).
extension Day {
    /// The environment variable that fixes today for `activa advise` and `activa serve`: `ACTIVA_TODAY=2025-11-22`
    /// (reproducible output: the snapshot tests, a rerun of an earlier day's advice).
    public static let todayEnvironmentKey = "ACTIVA_TODAY"

    /// Today: the day `ACTIVA_TODAY` names when it is set and valid, otherwise the calendar day in the Netherlands
    /// (Europe/Amsterdam). An edge that reads the environment checks it first with `fixedToday(environment:)`, so a
    /// mistyped date is an error and never silently the real day.
    public static func today(environment: [String: String] = ProcessInfo.processInfo.environment) -> Day {
        ((try? fixedToday(environment: environment)) ?? nil) ?? inNetherlands(at: Date())
    }

    /// The day `ACTIVA_TODAY` names; nil when it is unset or empty.
    public static func fixedToday(environment: [String: String] = ProcessInfo.processInfo.environment) throws(InvalidToday) -> Day? {
        guard let text = environment[todayEnvironmentKey], !text.isEmpty else { return nil }
        guard let day = Day(iso: text) else { throw InvalidToday(text: text) }
        return day
    }

    /// The calendar day in the Netherlands at an instant.
    public static func inNetherlands(at instant: Date) -> Day {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam") ?? TimeZone(secondsFromGMT: 3600) ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        // The calendar always gives the three parts; the fallback only keeps this function total.
        return parts.year.flatMap { year in parts.month.flatMap { month in parts.day.flatMap { Day(year: year, month: month, day: $0) } } }
            ?? Day.startOfYear(parts.year ?? 1970)
    }
}

/// `ACTIVA_TODAY` is set but is not a date `YYYY-MM-DD`.
public struct InvalidToday: Error, Sendable, Equatable {
    public let text: String

    public init(text: String) {
        self.text = text
    }

    public func message(_ language: Language) -> String {
        language == .nl ? "\(Day.todayEnvironmentKey)='\(text)' is geen geldige datum (JJJJ-MM-DD)"
                        : "\(Day.todayEnvironmentKey)='\(text)' is not a valid date (YYYY-MM-DD)"
    }
}
