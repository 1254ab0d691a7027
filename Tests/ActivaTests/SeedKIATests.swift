import Testing
@testable import Activa

/// The first seed document (000): the €450 minimum and the €650 one-asset set, to the cent.
@Suite("Seed 000: KIA examples")
struct SeedKIATests {
    let engine = Engine()

    @Test("€445 counts for nothing; €455 adds 28% × €455 = €127,40 once the year is above the threshold (2020)")
    func machineJustAboveMinimum() throws {
        let base: Money = 3_000 // other investments in 2020, above the €2.400 lower bound
        let without = try engine.kia(year: 2020, amounts: [base, 445])
        let with = try engine.kia(year: 2020, amounts: [base, 455])
        #expect(without.items[1].qualifies == false)
        #expect(without.investments == 3_000)
        #expect(with.items[1].qualifies == true)
        #expect(with.kia - without.kia == "127.40")
    }

    @Test("a €450 computer and a €200 printer as one business asset: 28% × €650 = €182,00")
    func setFormsOneAsset() throws {
        let committed = try #require(Day(iso: "2020-03-01"))
        let register = Register(assets: [
            Asset(id: "other", committed: committed, cost: 3_000),
            Asset(id: "computer", committed: committed, cost: 450, part: "pc-set"),
            Asset(id: "printer", committed: committed, cost: 200, part: "pc-set"),
        ])
        let report = try engine.report(register)
        let year = try #require(report.years.first)
        #expect(year.investments == 3_650)
        let computer = try #require(year.assets.first { $0.id == "computer" })
        let printer = try #require(year.assets.first { $0.id == "printer" })
        #expect(computer.kiaAllocated! + printer.kiaAllocated! == "182.00")
        #expect(year.kia == "1022.00")
    }

    @Test("the printer bought on its own (€200) does not count; exactly €450 does")
    func separatePurchases() throws {
        let query = try engine.kia(year: 2020, amounts: [3_000, 450, 200])
        #expect(query.items.map(\.qualifies) == [true, true, false])
        #expect(query.investments == 3_450)
        #expect(query.kia == "966.00")
    }

    @Test("the issue's CLI example: 2024, 455 + 3000 = 3455.00 → 967.40")
    func issueExample() throws {
        let query = try engine.kia(year: 2024, amounts: [455, 3_000])
        #expect(query.investments.moneyText == "3455.00")
        #expect(query.kia.moneyText == "967.40")
    }
}
