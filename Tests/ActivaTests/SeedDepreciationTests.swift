import Testing
@testable import Activa

/// The second seed document (002): the Belastingdienst's two examples of the 2013 scheme and its
/// betalingscriterium, every year to the cent.
@Suite("Seed 002: willekeurige afschrijving 2013")
struct SeedDepreciationTests {
    func schedule(_ asset: Asset) throws -> [Int: AssetDepreciation] {
        let report = try Engine().report(Register(assets: [asset]))
        var lines: [Int: AssetDepreciation] = [:]
        for year in report.years { if let line = year.assets.first?.depreciation { lines[year.year] = line } }
        return lines
    }

    @Test("voorbeeld 1: in use at once: 2013 € 55 (€ 50 willekeurig + € 5), 2014–2017 € 10, 2018 € 5")
    func example1() throws {
        let lines = try schedule(Asset(id: "v1", committed: day("2013-07-01"), inUse: day("2013-07-01"), cost: 110,
                                       residual: 10, life: 5, willekeurig: .maximum))
        #expect(lines[2013]?.willekeurig == 50)
        #expect(lines[2013]?.normal == 5)
        #expect(lines[2013]?.depreciation == 55)
        for year in 2014...2017 { #expect(lines[year]?.depreciation == 10, "year \(year)") }
        #expect(lines[2018]?.depreciation == 5)
        #expect(lines[2018]?.bookValue == 10)
        #expect((2019...2020).allSatisfy { (lines[$0]?.depreciation ?? 0).isZero })
    }

    @Test("voorbeeld 2: € 30 paid in 2013, € 80 in 2014, in use 1-1-2015: 2013 € 30, 2014 € 0, 2015–2019 € 14")
    func example2() throws {
        let lines = try schedule(Asset(id: "v2", committed: day("2013-07-01"), inUse: day("2015-01-01"), cost: 110, residual: 10,
                                       life: 5, payments: [Payment(date: day("2013-07-01"), amount: 30),
                                                           Payment(date: day("2014-03-01"), amount: 80)],
                                       willekeurig: .maximum))
        #expect(lines[2013]?.willekeurig == 30)
        #expect(lines[2013]?.normal == 0)
        #expect(lines[2014]?.depreciation == 0)
        #expect(lines[2014]?.willekeurigMaximum == 0) // 2014 is not the year of investment
        for year in 2015...2019 { #expect(lines[year]?.normal == 14, "year \(year)") }
        #expect(lines[2019]?.bookValue == 10)
    }

    @Test("nothing paid in 2013 and not in use: the right is lost, normal depreciation of € 100 / 5 from 2015")
    func nothingPaidLosesTheRight() throws {
        let lines = try schedule(Asset(id: "v3", committed: day("2013-07-01"), inUse: day("2015-01-01"), cost: 110, residual: 10,
                                       life: 5, payments: [Payment(date: day("2014-03-01"), amount: 110)], willekeurig: .maximum))
        #expect(lines[2013]?.willekeurig == 0)
        #expect(lines[2015]?.normal == 20)
    }

    @Test("a chosen amount above the maximum is refused with the reason")
    func tooMuch() throws {
        let asset = Asset(id: "v2", committed: day("2013-07-01"), inUse: day("2015-01-01"), cost: 110, residual: 10, life: 5,
                          payments: [Payment(date: day("2013-07-01"), amount: 30)], willekeurig: .amounts([2013: 40]))
        do {
            _ = try Engine().report(Register(assets: [asset]))
            Issue.record("expected an error")
        } catch {
            guard case .invalidRegister(let issues) = error, let issue = issues.first else { Issue.record("wrong error"); return }
            #expect(issue.field == "willekeurig.2013")
            #expect(issue.message(.nl).hasPrefix("willekeurige afschrijving 2013 van € 40,00 is hoger dan het maximum € 30,00"))
            #expect(issue.message(.nl).contains("niet in gebruik: ten hoogste het betaalde bedrag € 30,00"))
        }
    }
}
