import Testing
@testable import Activa

@Suite("Year maps")
struct YearMapTests {
    @Test("behaves as a dictionary by year: sets, clears, earlier and later years, gaps, iteration in order")
    func sameAsDictionary() {
        var seed: UInt64 = 3
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        for _ in 0..<200 {
            var map = YearMap<Int>()
            var model: [Int: Int] = [:]
            for _ in 0..<next(12) {
                let year = 2015 + next(12)
                let value: Int? = next(5) == 0 ? nil : next(1_000)
                map[year] = value
                model[year] = value
                for probe in 2013...2028 { #expect(map[probe] == model[probe]) }
                #expect(map.map(\.key) == model.keys.sorted())
                #expect(map.map(\.value) == model.keys.sorted().compactMap { model[$0] })
                #expect(map.isEmpty == model.isEmpty)
            }
        }
    }
}
