import Testing
@testable import Activa

/// One rule for every term of months or years (LegalTerm; docs/law/terms.md): a term "na" a day starts the next day
/// and ends with the same date N months later (art. 6:8 Awb; the Algemene termijnenwet counts the same way); a term
/// "na het begin van" a calendar year starts at that moment and ends the day before.
@Suite("Terms of the law")
struct LegalTermTests {
    let rules = InvesteringsaftrekRules.netherlands
    let engine = Engine()

    @Test("art. 3.47 lid 6 sub a: twelve months after a commitment on 1 March 2024 run through 1 March 2025")
    func twelveMonthsAfterADay() {
        #expect(rules.minimumPaidWithin.value.lastDay(from: day("2024-03-01")) == day("2025-03-01"))
        #expect(rules.minimumPaidWithin.value.contains(day("2025-03-01"), from: day("2024-03-01")))
        #expect(!rules.minimumPaidWithin.value.contains(day("2025-03-02"), from: day("2024-03-01")))
        // A date that does not exist twelve months later: the last day of that month.
        #expect(rules.minimumPaidWithin.value.lastDay(from: day("2024-02-29")) == day("2025-02-28"))
        #expect(LegalTerm(months: 1, after: .afterDay).lastDay(from: day("2025-01-31")) == day("2025-02-28"))
    }

    @Test("art. 3.47 lid 2: five years after the beginning of 2020 run through 31-12-2024 (a 1999 investment sold in 2004 is free)")
    func fiveYearsAfterTheBeginningOfAYear() {
        // The Belastingdienst's reading and practice: "Voor bedrijfsmiddelen uit 1999 kan het dan ook verstandig zijn
        // deze pas in 2004 te verkopen" (vanoeverenaccountants.nl, "Vermijd de desinvesteringsbijtelling").
        let window = rules.desinvesteringWindow.value
        #expect(window.lastDay(from: Day.startOfYear(2020)) == day("2024-12-31"))
        #expect(!window.contains(day("2004-01-01"), from: Day.startOfYear(1999)))
        #expect(window.contains(day("2003-12-31"), from: Day.startOfYear(1999)))
        // Art. 3.47 lid 6 sub b: in use within three years after the beginning of 2022: through 31-12-2024.
        #expect(rules.inUseWithin.value.lastDay(from: Day.startOfYear(2022)) == day("2024-12-31"))
    }

    @Test("the 25% rule: committed 1-3-2024, 20% paid, the rest of 25% paid on 1-3-2025 — in time, not undone")
    func twentyFivePercentOnTheLastDay() throws {
        func register(_ secondPayment: String) -> Register {
            Register(assets: [Asset(id: "m", committed: day("2024-03-01"), inUse: day("2025-06-01"), cost: 20_000, life: 5,
                                    payments: [Payment(date: day("2024-03-01"), amount: 4_000),
                                               Payment(date: day(secondPayment), amount: 1_000)])])
        }
        let inTime = try engine.report(register("2025-03-01"))
        #expect(inTime.years.allSatisfy { $0.assets.allSatisfy { $0.disposal == nil } })
        #expect(inTime.years.map(\.kia).reduce(0, +) == 5_600) // 28% × 20.000, all of it by ingebruikname
        let late = try engine.report(register("2025-03-02"))
        #expect(late.asset("m", in: 2025)?.disposal?.kind == .undone)
        #expect(late.asset("m", in: 2025)?.disposal?.date == day("2025-03-01"))
    }

    @Test("EIA notification (UR-EIA art. 3): three months after 1-3-2024 run through 1-6-2024")
    func notification() throws {
        func register(_ notified: String) -> Register {
            Register(assets: [Asset(id: "w", committed: day("2024-03-01"), inUse: day("2024-03-01"), cost: 10_000, life: 10,
                                    eia: true, notified: day(notified))])
        }
        #expect(try engine.report(register("2024-06-01")).year(2024).eia == 4_000) // 40% × 10.000
        #expect(try engine.report(register("2024-06-02")).year(2024).eia == 0)
    }

    @Test("activa advise gives the same last day: pay by 1-3-2026 for a commitment on 1-3-2025")
    func advisorDeadline() throws {
        let register = Register(assets: [Asset(id: "zaag", committed: day("2025-03-01"), inUse: day("2026-09-01"), cost: 6_500, life: 8,
                                               payments: [Payment(date: day("2025-03-01"), amount: 500)])])
        let advice = try Advisor().advise(register, asOf: day("2025-11-22"))
        #expect(advice.contains { $0.kind == .paymentDeadline && $0.title.nl.contains("uiterlijk 2026-03-01") })
    }
}
