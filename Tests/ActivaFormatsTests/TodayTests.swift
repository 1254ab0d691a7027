import Activa
import ActivaFormats
import Foundation
import Testing

@Suite("Today at the edge: ACTIVA_TODAY and the day in the Netherlands")
struct TodayTests {
    @Test("ACTIVA_TODAY names the day; unset or empty is the clock's; a malformed one is an error, never ignored")
    func fixedToday() throws {
        #expect(try Day.fixedToday(environment: ["ACTIVA_TODAY": "2025-11-22"]) == Day(year: 2025, month: 11, day: 22))
        #expect(try Day.fixedToday(environment: [:]) == nil)
        #expect(try Day.fixedToday(environment: ["ACTIVA_TODAY": ""]) == nil)
        #expect(throws: InvalidToday(text: "22-11-2025")) { try Day.fixedToday(environment: ["ACTIVA_TODAY": "22-11-2025"]) }
        #expect(throws: InvalidToday(text: "2025-02-29")) { try Day.fixedToday(environment: ["ACTIVA_TODAY": "2025-02-29"]) }
        #expect(Day.today(environment: ["ACTIVA_TODAY": "2024-02-29"]) == Day(year: 2024, month: 2, day: 29))
        #expect(InvalidToday(text: "x").message(.en) == "ACTIVA_TODAY='x' is not a valid date (YYYY-MM-DD)")
    }

    @Test("the calendar day in Europe/Amsterdam, in winter (UTC+1) and in summer (UTC+2)")
    func inNetherlands() {
        // 2025-01-31 23:30 UTC is 1 February 00:30 in Amsterdam; 2025-07-31 22:00 UTC is midnight, 1 August.
        #expect(Day.inNetherlands(at: Date(timeIntervalSince1970: 1_738_366_200)) == Day(year: 2025, month: 2, day: 1))
        #expect(Day.inNetherlands(at: Date(timeIntervalSince1970: 1_753_999_200)) == Day(year: 2025, month: 8, day: 1))
        // 2025-07-31 21:30 UTC is still 31 July (23:30) there.
        #expect(Day.inNetherlands(at: Date(timeIntervalSince1970: 1_753_997_400)) == Day(year: 2025, month: 7, day: 31))
    }
}
