import Testing
@testable import Activa

/// Taking over a running activastaat (docs/law/opening-balance.md). Art. 3.30 lid 1 Wet IB 2001: the depreciation is
/// "het gedeelte van de nog niet afgeschreven aanschaffings- of voortbrengingskosten dat aan het kalenderjaar kan
/// worden toegerekend" — it works from what is not yet depreciated, which is the filed book value; lid 2: at most 20%
/// a year of the (original) cost. Art. 3.47 lid 1: the desinvesteringsbijtelling is "een gelijk percentage" as the
/// aftrek of the investment year; lid 2: within five years after the beginning of that calendar year. Art. 3.44
/// lid 1: deferred aftrek follows the payments, all of it in the year of ingebruikname. Art. 3.54: a reserve is
/// written off a replacement within three years, not below the sold asset's book value. Figures derived by hand.
@Suite("Taking over a running activastaat")
struct OpeningBalanceTests {
    static let start2024 = Opening(year: 2024, source: "opgave vorige administratie")

    /// A van in use since 1 March 2021: (30.000 − 6.000) / 5 = 4.800 a year, 10 months in 2021 (4.000): 13.600
    /// depreciated by the end of 2023, book value 16.400 on 1 January 2024. KIA 2021: 28%.
    let bus = Asset(id: "bus", kind: .van, committed: day("2021-03-01"), inUse: day("2021-03-01"), cost: 30_000, residual: 6_000, life: 5,
                    disposal: Disposal(date: day("2025-06-30"), price: 20_000))

    func register(_ assets: [Asset], _ figures: [String: AssetOpening], reserves: [OpeningReserve] = [], year: Int = 2024) -> Register {
        var opening = Self.start2024
        opening.year = year
        opening.assets = figures
        opening.reserves = reserves
        return Register(assets: assets, opening: opening)
    }

    @Test("a history that is straight line continues unchanged: 4.800 in 2024, 2.000 for January–May 2025, boekwinst 20.000 − 9.600 = 10.400, as when computed from 2021")
    func consistentHistory() throws {
        let takenOver = try Engine().report(register([bus], ["bus": AssetOpening(bookValue: 16_400, kia: .percentage(ExactDecimal("0.28")))]))
        let full = try Engine().report(Register(assets: [bus]))
        #expect(takenOver.years.first?.year == 2024)
        for year in 2024...2025 {
            #expect(takenOver.asset("bus", in: year)?.depreciation?.normal == full.asset("bus", in: year)?.depreciation?.normal, "\(year)")
            #expect(takenOver.asset("bus", in: year)?.depreciation?.bookValue == full.asset("bus", in: year)?.depreciation?.bookValue, "\(year)")
        }
        #expect(takenOver.asset("bus", in: 2024)?.depreciation?.openingBookValue == 16_400)
        #expect(takenOver.asset("bus", in: 2024)?.depreciation?.normal == 4_800)        // 10.400 × 12 / 26 months
        #expect(takenOver.asset("bus", in: 2025)?.depreciation?.normal == 2_000)        // 10.400 × 5 / 26
        #expect(takenOver.asset("bus", in: 2025)?.depreciation?.gain == 10_400)
        // Art. 3.47: 28% of the transfer price, as the KIA of 2021 (8.400 on 30.000) the full computation finds.
        #expect(takenOver.year(2025).desinvestering.bijtelling == 5_600)
        #expect(full.year(2025).desinvestering.bijtelling == 5_600)
        // Nothing of the filed years is reported: no investment of 2021 in the opening year.
        #expect(takenOver.year(2024).investments == 0)
        #expect(takenOver.year(2024).kia == 0)
    }

    @Test("a KIA received that the law cannot have given is refused: more than the 28% of the 2021 table (art. 3.41 lid 1), or on land (art. 3.45 lid 1 sub b)")
    func impossibleKIA() throws {
        #expect(throws: EngineError.self) { try Engine().report(register([bus], ["bus": AssetOpening(bookValue: 16_400, kia: .percentage(ExactDecimal("0.50")))])) }
        #expect(throws: EngineError.self) { try Engine().report(register([bus], ["bus": AssetOpening(bookValue: 16_400, kia: .amount(8_401))])) }
        #expect(try Engine().report(register([bus], ["bus": AssetOpening(bookValue: 16_400, kia: .amount(8_400))])).year(2025).desinvestering.bijtelling == 5_600)
        let land = Asset(id: "grond", kind: .land, committed: day("2021-03-01"), cost: 50_000)
        do {
            _ = try Engine().report(register([land], ["grond": AssetOpening(bookValue: 50_000, kia: .amount(1_000))]))
            Issue.record("KIA on land was accepted")
        } catch {
            #expect(error.message(.nl).contains("opening.kia") || error.message(.nl).contains("grond"))
        }
    }

    @Test("willekeurige afschrijving taken before the last year, without the book value without it: Activa's assumption is said (the HIR and the terugname depend on it)")
    func willekeurigDefaultWarned() throws {
        // Cost 10.000, life 5, in use 1-1-2022, 3.000 willekeurig in 2022: the filed book value on 1-1-2024 is
        // 4.200, the book value without willekeurig 6.000; the default 4.200 + 3.000 = 7.200 is only an assumption.
        let machine = Asset(id: "machine", committed: day("2022-01-01"), inUse: day("2022-01-01"), cost: 10_000, life: 5)
        let warned = try Engine().report(register([machine], ["machine": AssetOpening(bookValue: 4_200, willekeurigTaken: 3_000)]))
        #expect(warned.warnings.contains { $0.assetId == "machine" && $0.text.nl.contains("€ 7.200,00") && $0.text.nl.contains("alleen als die in 2023 is genomen") })
        let given = try Engine().report(register([machine], ["machine": AssetOpening(bookValue: 4_200, willekeurigTaken: 3_000, bookValueWithoutWillekeurig: 6_000)]))
        #expect(!given.warnings.contains { $0.assetId == "machine" && $0.text.nl.contains("zonder willekeurige afschrijving") })
    }

    @Test("the KIA received as an amount gives the same percentage: 20.000 × 8.400 / 30.000 = 5.600")
    func kiaAsAmount() throws {
        let report = try Engine().report(register([bus], ["bus": AssetOpening(bookValue: 16_400, kia: .amount(8_400))]))
        #expect(report.year(2025).desinvestering.bijtelling == 5_600)
        let steps = try #require(report.asset("bus", in: 2025)?.explanation.steps)
        let step = try #require(steps.first { $0.kind == "desinvestering.bijtellingTakenOver" })
        #expect(step.amount("bijtelling") == 5_600)
        #expect(step.number("investmentYear") == 2021)
    }

    @Test("after the five years no bijtelling: invested 2020, sold 2025 (window to 31-12-2024)")
    func windowEnded() throws {
        var old = bus
        old.committed = day("2020-03-01")
        old.inUse = day("2020-03-01")
        let report = try Engine().report(register([old], ["bus": AssetOpening(bookValue: 11_600, kia: .percentage(ExactDecimal("0.28")))]))
        #expect(report.year(2025).desinvestering.bijtelling == 0)
    }

    @Test("the law note's example: 2.000 a year plus 1.000 starters' willekeurig in 2023 leaves 3.000; over the remaining two years 1.500 and 1.500 (openingRemainder = remainingLife)")
    func remainingLife() throws {
        let machine = Asset(id: "machine", committed: day("2021-01-01"), inUse: day("2021-01-01"), cost: 10_000, life: 5)
        let report = try Engine().report(register([machine], ["machine": AssetOpening(bookValue: 3_000, willekeurigTaken: 1_000)]))
        #expect(report.asset("machine", in: 2024)?.depreciation?.normal == 1_500)
        #expect(report.asset("machine", in: 2025)?.depreciation?.normal == 1_500)
        #expect(report.asset("machine", in: 2025)?.depreciation?.bookValue == 0)
        #expect(report.policies.contains { $0.name == "openingRemainder" && $0.value == "remainingLife" && $0.status == .unconfirmed })
        let steps = try #require(report.asset("machine", in: 2024)?.depreciation?.explanation.steps)
        #expect(steps.contains { $0.kind == "opening.bookValue" && $0.amount("bookValue") == 3_000 && $0.string("source") == "opgave vorige administratie" })
        #expect(steps.contains { $0.kind == "opening.willekeurig" && $0.amount("bookValueWithoutWillekeurig") == 4_000 })
        #expect(steps.contains { $0.kind == "depreciation.remainingLife" && $0.number("remainingLife") == 24 })
    }

    @Test("in use mid-month: the month of ingebruikname counts in full, so a life from 10 January 2022 ends with December 2026: 5.000 over 36 months")
    func midMonth() throws {
        let machine = Asset(id: "spuit", committed: day("2022-01-10"), inUse: day("2022-01-10"), cost: 10_000, life: 5)
        let report = try Engine().report(register([machine], ["spuit": AssetOpening(bookValue: 5_000)]))
        #expect(report.asset("spuit", in: 2024)?.depreciation?.normal == ExactDecimal("1666.67"))
        #expect(report.asset("spuit", in: 2025)?.depreciation?.normal == ExactDecimal("1666.67"))
        #expect(report.asset("spuit", in: 2026)?.depreciation?.normal == ExactDecimal("1666.66"))
        #expect(report.asset("spuit", in: 2026)?.depreciation?.bookValue == 0)
    }

    @Test("a high book value over a short remaining life is held to 20% of the original cost and stretched past the life: 2.000 a year to 2028, 1.000 in 2029")
    func capOnOriginalCost() throws {
        let machine = Asset(id: "machine", committed: day("2022-01-01"), inUse: day("2022-01-01"), cost: 10_000, life: 5)
        let report = try Engine().report(register([machine], ["machine": AssetOpening(bookValue: 9_000)], year: 2025))
        for year in 2025...2028 { #expect(report.asset("machine", in: year)?.depreciation?.normal == 2_000, "\(year)") }
        #expect(report.asset("machine", in: 2029)?.depreciation?.normal == 1_000)
        let steps = try #require(report.asset("machine", in: 2027)?.depreciation?.explanation.steps)
        #expect(steps.contains { $0.kind == "depreciation.cap" && $0.amount("cost") == 10_000 })
    }

    @Test("taken over after its life ended, with a book value above the residual value: a warning, and the rest within 20% a year (2.000, then 1.000)")
    func lifeEndedBeforeOpening() throws {
        let machine = Asset(id: "machine", committed: day("2018-01-01"), inUse: day("2018-01-01"), cost: 10_000, life: 5)
        let report = try Engine().report(register([machine], ["machine": AssetOpening(bookValue: 3_000)]))
        #expect(report.asset("machine", in: 2024)?.depreciation?.normal == 2_000)
        #expect(report.asset("machine", in: 2025)?.depreciation?.normal == 1_000)
        #expect(report.asset("machine", in: 2024)?.depreciation?.explanation.steps.contains { $0.kind == "depreciation.afterLifeEnd" } == true)
        #expect(report.warnings.contains { $0.assetId == "machine" && $0.text.nl.contains("levensduur eindigde op 2022-12-31") })
    }

    @Test("deferred KIA is released in the year of ingebruikname: 2.240 on 8.000 in 2023, 2.000 paid, 240 deferred and deducted in 2024")
    func deferredKIA() throws {
        let trailer = Asset(id: "aanhanger", committed: day("2023-11-15"), inUse: day("2024-02-01"), cost: 8_000, life: 8,
                            payments: [Payment(date: day("2023-11-15"), amount: 2_000), Payment(date: day("2024-02-01"), amount: 6_000)])
        let report = try Engine().report(register([trailer], ["aanhanger": AssetOpening(bookValue: 8_000, kia: .amount(2_240), kiaDeferred: 240)]))
        #expect(report.year(2024).kiaFromEarlierYears == 240)
        #expect(report.year(2024).kia == 240)
        #expect(report.year(2024).kiaDeferred == 0)
        #expect(report.asset("aanhanger", in: 2024)?.depreciation?.normal == ExactDecimal("916.67"))   // 8.000 × 11 / 96
    }

    @Test("deferred KIA of an asset still not in use follows the payments (art. 3.44 lid 1): 4.000 of 8.000 paid by the end of 2024 covers the whole 2.240, so the 240 comes free")
    func deferredStillNotInUse() throws {
        let trailer = Asset(id: "aanhanger", committed: day("2023-11-15"), cost: 8_000, life: 8,
                            payments: [Payment(date: day("2023-11-15"), amount: 2_000), Payment(date: day("2024-05-01"), amount: 2_000)])
        // 2023: 2.000 paid of 8.000, so at most 2.000 of the KIA 2.240: 2.000 taken, 240 deferred.
        let report = try Engine().report(register([trailer], ["aanhanger": AssetOpening(bookValue: 8_000, kia: .amount(2_240), kiaDeferred: 240)]))
        // 2024: 4.000 paid, so at most 2.240 (the whole KIA, as 4.000 ≥ 2.240): the 240 comes free.
        #expect(report.year(2024).kiaFromEarlierYears == 240)
        #expect(report.asset("aanhanger", in: 2024)?.depreciation?.normal == 0)
    }

    @Test("a reserve taken over is written off a replacement: 35.000 − 3.000 = 32.000, KIA 28% × 32.000 = 8.960; unused, it is released at the end of its third year")
    func reserveTakenOver() throws {
        let reserve = OpeningReserve(id: "hir-oude-bus", formedYear: 2022, amount: 3_000, soldBookValue: 4_000)
        let replacement = Asset(id: "bestelbus", kind: .van, committed: day("2024-04-01"), inUse: day("2024-04-01"), cost: 35_000,
                                residual: 5_000, life: 5, hir: HIRAfboeking(from: "hir-oude-bus"))
        let used = try Engine().report(register([replacement], [:], reserves: [reserve]))
        #expect(used.year(2024).investments == 32_000)
        #expect(used.year(2024).kia == 8_960)
        #expect(used.year(2024).depreciation.hirUsed == 3_000)
        #expect(used.year(2024).depreciation.hirBalance == 0)
        #expect(used.asset("bestelbus", in: 2024)?.depreciation?.normal == 4_050)   // (32.000 − 5.000) / 5 × 9/12
        #expect(used.year(2024).depreciation.explanation.steps.contains { $0.kind == "hir.takenOver" && $0.amount("balance") == 3_000 })

        let machine = Asset(id: "machine", committed: day("2024-01-01"), inUse: day("2024-01-01"), cost: 5_000, life: 5)
        let unused = try Engine().report(register([machine], [:], reserves: [reserve]))
        #expect(unused.year(2024).depreciation.hirBalance == 3_000)
        #expect(unused.year(2025).depreciation.hirReleased == 3_000)   // art. 3.54 lid 5: formed 2022, released 2025
        #expect(unused.year(2025).depreciation.hirBalance == 0)
    }

    @Test("an asset taken over within its five years without the KIA it received gets a warning: a sale would then give no bijtelling")
    func kiaUnknown() throws {
        let report = try Engine().report(register([bus], ["bus": AssetOpening(bookValue: 16_400)]))
        #expect(report.warnings.contains { $0.assetId == "bus" && $0.text.nl.hasPrefix("geen KIA van 2021 opgegeven") })
        let given = try Engine().report(register([bus], ["bus": AssetOpening(bookValue: 16_400, kia: .percentage(ExactDecimal("0.28")))]))
        #expect(!given.warnings.contains { $0.text.nl.hasPrefix("geen KIA") })
        // A year before the opening year was filed by the previous administration: it cannot be closed here.
        do {
            _ = try Engine().close(register([bus], ["bus": AssetOpening(bookValue: 16_400)]), year: 2023, on: day("2025-01-01"))
            Issue.record("a year before the opening was closed")
        } catch {
            #expect(error.message(.nl).contains("vóór het beginjaar 2024"))
        }
    }

    @Test("land keeps its cost; an asset without a life keeps its filed book value")
    func notDepreciated() throws {
        let land = Asset(id: "grond", kind: .land, committed: day("2015-05-01"), cost: 80_000)
        let report = try Engine().report(register([land], ["grond": AssetOpening(bookValue: 80_000)]))
        #expect(report.asset("grond", in: 2024)?.depreciation?.openingBookValue == 80_000)
        #expect(report.asset("grond", in: 2024)?.depreciation?.investment == 0)
        #expect(report.asset("grond", in: 2024)?.depreciation?.bookValue == 80_000)
    }

    @Test("an asset from before 2007 keeps the maximum of art. 10a.3 on its 2007 book value: in use 1-1-2006, V = 12, 12 / (60 − 12) × 19.000 = 4.750 a year")
    func before2007() throws {
        let machine = Asset(id: "pers", committed: day("2006-01-01"), inUse: day("2006-01-01"), cost: 20_000, life: 20)
        // Without the book value at the start of 2007 the maximum cannot be computed: an error naming the field.
        #expect(throws: EngineError.self) { try Engine().report(register([machine], ["pers": AssetOpening(bookValue: 15_000)])) }
        let report = try Engine().report(register([machine], ["pers": AssetOpening(bookValue: 15_000, bookValue2007: 19_000)]))
        // 15.000 over the 24 months left (2024–2025) would be 7.500 a year; art. 10a.3 holds it to 4.750.
        #expect(report.asset("pers", in: 2024)?.depreciation?.normal == 4_750)
        #expect(report.asset("pers", in: 2025)?.depreciation?.normal == 4_750)
        #expect(report.asset("pers", in: 2024)?.depreciation?.explanation.steps.contains { $0.kind == "depreciation.transitionCap" && $0.amount("bookValue") == 19_000 } == true)
    }

    // MARK: Opening figures that cannot be true

    func issue(_ register: Register, asset: String?, field: String) -> RegisterIssue? {
        register.validationIssues().first { $0.assetId == asset && $0.field == field }
    }

    @Test("a book value above the cost, or below the residual value, is refused naming the asset and the field")
    func bookValueOutOfRange() {
        #expect(issue(register([bus], ["bus": AssetOpening(bookValue: 31_000)]), asset: "bus", field: "opening.bookValue") != nil)
        let low = issue(register([bus], ["bus": AssetOpening(bookValue: 5_000)]), asset: "bus", field: "opening.bookValue")
        #expect(low?.message(.nl).contains("restwaarde") == true)
    }

    @Test("an asset not in use at the opening has had no normal depreciation: its book value is the cost less willekeurig (art. 3.30 lid 1)")
    func notInUseBookValue() {
        let trailer = Asset(id: "aanhanger", committed: day("2023-11-15"), cost: 8_000, life: 8)
        #expect(issue(register([trailer], ["aanhanger": AssetOpening(bookValue: 7_000)]), asset: "aanhanger", field: "opening.bookValue") != nil)
        #expect(issue(register([trailer], ["aanhanger": AssetOpening(bookValue: 7_000, willekeurigTaken: 1_000)]), asset: "aanhanger", field: "opening.bookValue") == nil)
    }

    @Test("deferred KIA on an asset already in use, and aftrek after the five-year window, are refused")
    func deferredAndWindow() {
        #expect(issue(register([bus], ["bus": AssetOpening(bookValue: 16_400, kia: .amount(8_400), kiaDeferred: 100)]), asset: "bus", field: "opening.kiaDeferred") != nil)
        var old = bus
        old.committed = day("2019-03-01")
        old.inUse = day("2019-03-01")
        let ended = issue(register([old], ["bus": AssetOpening(bookValue: 6_400, kia: .amount(8_400))]), asset: "bus", field: "opening.kia")
        #expect(ended?.message(.nl).contains("31-12-2023") == true)
    }

    @Test("an asset invested before the opening year needs its book value; one invested in or after it must not have one")
    func whichAssetsHaveFigures() {
        #expect(issue(register([bus], [:]), asset: "bus", field: "opening.bookValue")?.message(.nl).contains("2024") == true)
        let new = Asset(id: "nieuw", committed: day("2024-02-01"), cost: 1_000, life: 5)
        #expect(issue(register([new], ["nieuw": AssetOpening(bookValue: 1_000)]), asset: "nieuw", field: "opening") != nil)
        var sold = bus
        sold.disposal = Disposal(date: day("2023-05-01"), price: 1_000)
        #expect(issue(register([sold], ["bus": AssetOpening(bookValue: 16_400)]), asset: "bus", field: "disposal.date") != nil)
    }

    @Test("a reserve taken over must be from before the opening year and still within its term (art. 3.54 lid 5)")
    func reserveTerm() {
        let late = OpeningReserve(id: "hir", formedYear: 2020, amount: 1_000)
        #expect(issue(register([], [:], reserves: [late]), asset: nil, field: "opening.reserves[0].formed") != nil)
        let same = OpeningReserve(id: "hir", formedYear: 2024, amount: 1_000)
        #expect(issue(register([], [:], reserves: [same]), asset: nil, field: "opening.reserves[0].formed") != nil)
    }
}
