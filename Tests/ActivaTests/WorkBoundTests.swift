import Testing
@testable import Activa

/// Issue 17: the work a register asks for is known before it is done. The engine carries every asset still held
/// through the register's whole span of years, so the bound is assets × span.
@Suite("The work a register asks for")
struct WorkBoundTests {
    func asset(_ id: String, life: Int?, inUse: String = "2024-01-01") -> Asset {
        Asset(id: id, committed: day("2024-01-01"), inUse: day(inUse), cost: 1_000, life: life)
    }

    @Test("assets × the years from the first investment to the last year any asset reaches, its life included")
    func span() {
        #expect(Register(assets: []).assetYears == 0)
        // 2024 + 5 + 1 = 2030: seven years for each of the two.
        #expect(Register(assets: [asset("a", life: 5), asset("b", life: 5)]).assetYears == 14)
        // One asset far in the future stretches the span for all: 10.001 × (2024…2225) = 2.020.202.
        let many = (0..<10_000).map { asset("a\($0)", life: 1) } + [asset("late", life: 100, inUse: "2124-01-01")]
        #expect(Register(assets: many).assetYears == 10_001 * 202)
        // A disposal or a payment far ahead counts too.
        var paid = asset("p", life: 1)
        paid.payments = [Payment(date: day("2090-01-01"), amount: 1_000)]
        #expect(Register(assets: [paid]).assetYears == 67)
    }
}

@Suite("Stopping a computation")
struct StoppingTests {
    @Test("a caller that no longer waits stops the report between years (a server whose client has left)")
    func stops() throws {
        let register = Register(assets: [Asset(id: "a", committed: day("2024-01-01"), inUse: day("2024-01-01"), cost: 1_000, life: 5)])
        var options = EngineOptions()
        options.shouldContinue = { false }
        do {
            _ = try Engine(options: options).report(register)
            Issue.record("the report went on")
        } catch {
            #expect(error.message(.nl).contains("gestopt"))
        }
        options.shouldContinue = { true }
        #expect(try Engine(options: options).report(register).years.map(\.year) == Array(2024...2028))   // five years of 200
    }
}
