import Activa

/// Deterministic synthetic registers for benchmarks and load tests: a seed number gives the same clients every
/// run. The mix is realistic: several assets per client, payments before ingebruikname, disposals, willekeurige
/// afschrijving, EIA, small items, now and then a partnership or a BV with a gebroken boekjaar.
public struct SyntheticRegisters: Sendable {
    public let seed: UInt64
    public let assetsPerClient: Int
    /// The calendar years the investments are spread over.
    public let years: ClosedRange<Int>

    public init(seed: UInt64 = 42, assetsPerClient: Int = 20, years: ClosedRange<Int> = 2016...2025) {
        self.seed = seed
        self.assetsPerClient = assetsPerClient
        self.years = years
    }

    /// A small, fast, good-enough generator (SplitMix64): the same seed gives the same numbers on every machine.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
        }
        mutating func chance(_ percent: Int) -> Bool { int(1...100) <= percent }
    }

    /// Client number `index` (0-based).
    public func client(_ index: Int) -> Register {
        var random = Random(state: seed &* 1_000_003 &+ UInt64(index))
        let vpb = random.chance(25)
        var entity = Entity(name: "Klant \(index + 1)", taxpayer: vpb ? .vpb : .ib)
        if vpb, random.chance(30) { entity.calendar = FiscalCalendar(startMonth: 7, startDay: 1) }
        if !vpb, random.chance(15) {
            entity.partners = [Partner(name: "A", share: "0.6"),
                               Partner(name: "B", share: "0.4", outsideInvestments: [years.upperBound - 1: ExactDecimal(random.int(0...40_000))])]
        }
        if !vpb, entity.partners.isEmpty, random.chance(10) { entity.startersYears = [years.upperBound - 1, years.upperBound] }
        var assets: [Asset] = []
        for number in 0..<assetsPerClient {
            let year = random.int(years)
            guard let committed = Day(year: year, month: random.int(1...12), day: random.int(1...28)) else { continue }
            let small = random.chance(10)
            let cents = small ? random.int(10_000...44_999) : random.int(50_000...6_000_000)
            let cost = ExactDecimal(significand: Int128(cents), scale: 2)
            let residual = small ? ExactDecimal.zero : (cost * ExactDecimal(random.int(0...20))).divided(by: 100, scale: 2, rounding: .down)
            var asset = Asset(id: "a\(number)", committed: committed, inUse: committed.adding(months: random.chance(20) ? random.int(1...14) : 0),
                              cost: cost, residual: residual, life: random.int(3...10))
            if random.chance(20) {
                let first = (cost * ExactDecimal(random.int(25...60))).divided(by: 100, scale: 2, rounding: .down)
                asset.payments = [Payment(date: committed, amount: first), Payment(date: committed.adding(months: 2), amount: cost - first)]
            }
            if random.chance(15) {
                let disposed = committed.adding(months: random.int(6...70))
                if disposed.year <= 2026 {
                    asset.disposal = Disposal(date: disposed, price: (cost * ExactDecimal(random.int(10...90))).divided(by: 100, scale: 2, rounding: .down))
                }
            }
            if !small, year == 2023, random.chance(40) { asset.willekeurig = .maximum }
            if !small, !entity.startersYears.isEmpty, entity.startersYears.contains(year), random.chance(50) { asset.willekeurig = .maximum }
            if !small, cost >= 2_500, year >= 2014, random.chance(8) {
                asset.eia = true
                asset.notified = committed.adding(months: 1)
            }
            if random.chance(5) { asset.kind = .passengerCar }
            assets.append(asset)
        }
        return Register(entity: entity, assets: assets)
    }
}
