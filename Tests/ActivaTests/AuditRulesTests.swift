import Testing
@testable import Activa

/// Points of the second law audit that are not a rule of their own: which disposals count toward the threshold, the
/// law version cited for the year computed, and an asset never taken into use.
@Suite("Audit, round 2")
struct AuditRulesTests {
    /// 2024: a machine of € 10.000 with KIA (28% = 2.800) and a passenger car of € 30.000 without; in 2025 the machine
    /// is sold for € 2.000 and the car for € 5.000. Threshold 2025: € 2.900 (art. 3.47 lid 1).
    let register = Register(assets: [
        Asset(id: "machine", committed: day("2024-02-01"), inUse: day("2024-02-01"), cost: 10_000, life: 5,
              disposal: Disposal(date: day("2025-05-01"), price: 2_000)),
        Asset(id: "auto", kind: .passengerCar, committed: day("2024-02-01"), inUse: day("2024-02-01"), cost: 30_000, life: 5,
              disposal: Disposal(date: day("2025-05-01"), price: 5_000)),
    ])

    @Test("threshold: only disposals that can give a bijtelling count (2.000 ≤ 2.900: none); every disposal by option (7.000: 560)")
    func thresholdDisposals() throws {
        let byDefault = try Engine().report(register).year(2025).desinvestering
        #expect(byDefault.transferPrices == 2_000)
        #expect(byDefault.bijtelling == 0)
        var options = EngineOptions()
        options.thresholdDisposals = .allDisposals
        let all = try Engine(options: options).report(register).year(2025).desinvestering
        #expect(all.transferPrices == 7_000)
        #expect(all.bijtelling == 560) // 2.000 × 2.800 / 10.000
    }

    @Test("--explain cites the law text of the year computed: a 2022 undoing cites the 2022 version, not the newest")
    func lawVersionOfTheYear() throws {
        let register = Register(assets: [Asset(id: "m", committed: day("2022-05-01"), cost: 10_000)])
        let report = try Engine().report(register)
        let explanation = try #require(report.asset("m", in: 2024)?.explanation)
        let undoing = try #require(explanation.sources.first { $0.article.contains("3.47 lid 6") })
        #expect(undoing.version == Law.netherlands.wetIBVersion(forYear: 2022))
        #expect(undoing.version != Law.netherlands.wetIBVersion(forYear: 2026))
    }

    @Test("an asset never taken into use: the three-year rule ends it; the report does not run on for decades")
    func neverInUse() throws {
        let register = Register(assets: [Asset(id: "m", committed: day("2020-05-01"), cost: 10_000, life: 5)])
        let report = try Engine().report(register)
        #expect(report.asset("m", in: 2022)?.disposal?.kind == .undone)
        #expect((report.years.last?.year ?? 0) <= 2023)
    }
}

/// Choices the taxpayer makes that the register now records.
@Suite("The taxpayer's choices")
struct TaxpayerChoiceTests {
    /// Art. 3.40 Wet IB 2001 grants the investeringsaftrek as a right; a taxpayer may leave it unclaimed, and what was
    /// not taken is not added back on a later sale (art. 3.47 lid 1: "gelijk percentage" of the aftrek taken: 0).
    @Test("forgoKIA 2024: no KIA in 2024, and no bijtelling when the asset is sold in 2025")
    func forgoKIA() throws {
        let assets = [Asset(id: "m", committed: day("2024-03-01"), inUse: day("2024-03-01"), cost: 10_000, life: 5,
                            disposal: Disposal(date: day("2025-06-01"), price: 8_000))]
        let claimed = try Engine().report(Register(assets: assets))
        #expect(claimed.year(2024).kia == 2_800)
        #expect(claimed.year(2025).desinvestering.bijtelling == 2_240) // 8.000 × 28%
        let forgone = try Engine().report(Register(entity: Entity(forgoKIA: [2024]), assets: assets))
        #expect(forgone.year(2024).kia == 0)
        let step = try #require(forgone.year(2024).kiaComputation?.explanation.steps.last)
        #expect(step.kind == "kia.forgone" && step.amount("computed") == 2_800 && step.amount("kia") == 0)
        #expect(forgone.year(2025).desinvestering.bijtelling == 0)
    }

    /// Art. 3.46 lid 1: no investeringsaftrek on an obligation with a related party; lid 2: unless the Minister grants
    /// an ontheffing (Besluit investeringsaftrek §5).
    @Test("a purchase from a relative: no KIA; with an ontheffing it counts (28% × 10.000 = 2.800)")
    func ontheffing() throws {
        var asset = Asset(id: "bus", kind: .van, committed: day("2024-03-01"), inUse: day("2024-03-01"), cost: 10_000, life: 5,
                          relatedParty: true)
        #expect(try Engine().report(Register(assets: [asset])).year(2024).kia == 0)
        asset.relatedPartyOntheffing = true
        #expect(try Engine().report(Register(assets: [asset])).year(2024).kia == 2_800)
    }

    /// Boekwinst = price − book value (art. 3.8 Wet IB 2001, goed koopmansgebruik), also when the asset was written down
    /// to nil years before: a € 10.000 machine of 2018 (5 years) sold in 2024 for € 6.000 gains € 6.000.
    @Test("a fully depreciated asset sold years later: its boekwinst is the whole price")
    func saleAfterFullDepreciation() throws {
        let register = Register(assets: [Asset(id: "oud", committed: day("2018-01-01"), inUse: day("2018-01-01"), cost: 10_000, life: 5,
                                               disposal: Disposal(date: day("2024-03-01"), price: 6_000))])
        for explanations in [true, false] {
            var options = EngineOptions()
            options.explanations = explanations
            let line = try #require(try Engine(options: options).report(register).asset("oud", in: 2024)?.depreciation)
            #expect(line.gain == 6_000)
            #expect(line.bookValue == 0)
        }
    }
}

/// Art. 3.47 lid 5 Wet IB 2001: "Indien ter zake van een investering een vermindering, teruggaaf of vergoeding wordt
/// verkregen, wordt dat aangemerkt als vervreemding"; the investeringsbedrag is what the taxpayer bears (art. 3.43).
@Suite("Subsidies, discounts and refunds")
struct ReductionTests {
    func register(_ reduction: Reduction) -> Register {
        Register(assets: [
            Asset(id: "machine", committed: day("2024-03-01"), inUse: day("2024-03-01"), cost: 20_000, life: 5),
            Asset(id: "pers", committed: day("2024-04-01"), inUse: day("2024-04-01"), cost: 10_000, life: 5,
                  reductions: [reduction]),
        ])
    }

    @Test("a subsidy in the investment year lowers the investeringsbedrag: KIA 2024 on 30.000 − 4.000 = 26.000 (28% = 7.280)")
    func inTheInvestmentYear() throws {
        let report = try Engine().report(register(Reduction(date: day("2024-09-01"), amount: 4_000, description: "subsidie")))
        #expect(report.year(2024).investments == 26_000)
        #expect(report.year(2024).kia == 7_280)
        #expect(report.asset("pers", in: 2024)?.investment == 6_000)
        #expect(report.warnings.contains { $0.assetId == "pers" })
    }

    @Test("a refund two years later counts as a disposal of € 4.000: over the € 2.900 threshold, bijtelling 28% × 4.000 = 1.120")
    func later() throws {
        let report = try Engine().report(register(Reduction(date: day("2026-02-01"), amount: 4_000, description: "teruggaaf")))
        #expect(report.year(2024).kia == 8_400) // 28% × 30.000
        #expect(report.year(2026).desinvestering.transferPrices == 4_000)
        #expect(report.year(2026).desinvestering.bijtelling == 1_120)
        // € 2.000 stays under the threshold of 2026 (€ 2.900): no bijtelling.
        let small = try Engine().report(register(Reduction(date: day("2026-02-01"), amount: 2_000)))
        #expect(small.year(2026).desinvestering.bijtelling == 0)
    }

    @Test("reductions above the cost are refused naming the asset and field; one received before the order lowers the investment")
    func invalid() throws {
        let issues = register(Reduction(date: day("2023-01-01"), amount: 12_000)).validationIssues()
        #expect(issues.contains { $0.assetId == "pers" && $0.field == "reductions" })
        #expect(!issues.contains { $0.field == "reductions[0].date" })
        // A subsidy granted and paid before the order (2023-11-01) is borne by nobody else: investeringsbedrag 6.000.
        let early = try Engine().report(register(Reduction(date: day("2023-11-01"), amount: 4_000)))
        #expect(early.asset("pers", in: 2024)?.investment == 6_000)
    }

    /// Art. 3.47 lid 2: every transfer price only up to the investment on which aftrek was taken — together, not each
    /// on its own: a € 10.000 press (KIA 28% = 2.800 of the 8.400 year) refunded € 4.000 in 2026 and sold for € 9.000
    /// in 2027 adds 1.120 + 28% × (10.000 − 4.000) = 1.120 + 1.680 = 2.800, never more than the KIA it received.
    @Test("a refund and a later sale together never add back more than the aftrek taken")
    func refundThenSale() throws {
        var register = register(Reduction(date: day("2026-02-01"), amount: 4_000))
        register.assets[1].disposal = Disposal(date: day("2027-05-01"), price: 9_000)
        let report = try Engine().report(register)
        #expect(report.year(2026).desinvestering.bijtelling == 1_120)
        #expect(report.year(2027).desinvestering.bijtelling == 1_680)
    }
}

/// Art. 3.47 lid 3 Wet IB 2001: a change of use by which the asset becomes one made available mainly to third parties
/// (art. 3.45 lid 2 sub a), or to non-residents (art. 3.45 lid 4 sub a), counts as a disposal at its value in the
/// economic traffic; the Belastingdienst lists renting out as a trigger for the KIA only.
@Suite("Change of use")
struct ChangeOfUseTests {
    /// A heat pump of € 10.000 with KIA (28%) and EIA (40%), 2024; from 1-3-2026 rented out, then worth € 6.000.
    func register(_ to: ChangeOfUse.Use) -> Register {
        Register(assets: [Asset(id: "wp", committed: day("2024-02-01"), inUse: day("2024-02-01"), cost: 10_000, life: 10,
                                eia: true, notified: day("2024-03-01"),
                                changesOfUse: [ChangeOfUse(date: day("2026-03-01"), to: to, value: 6_000)])])
    }

    @Test("rented out from 2026: bijtelling of the KIA part only, 6.000 × 28% = 1.680; the asset stays and is depreciated")
    func rentedOut() throws {
        let report = try Engine().report(register(.rentedOut))
        #expect(report.year(2024).kia == 2_800)
        #expect(report.year(2024).eia == 4_000)
        let year = report.year(2026)
        #expect(year.desinvestering.transferPrices == 6_000)
        #expect(year.desinvestering.bijtelling == 1_680)
        #expect(year.desinvestering.bijtellingEIA == 0)
        #expect(report.asset("wp", in: 2027)?.depreciation?.normal == 1_000)
    }

    @Test("renting out again what is rented out already is no new disposal")
    func twice() throws {
        var register = register(.rentedOut)
        register.assets[0].changesOfUse.append(ChangeOfUse(date: day("2027-03-01"), to: .rentedOut, value: 5_000))
        let report = try Engine().report(register)
        #expect(report.year(2026).desinvestering.bijtelling == 1_680)
        #expect(report.year(2027).desinvestering.bijtelling == 0)
    }

    @Test("to a foreign enterprise: every form, 6.000 × 28% + 6.000 × 40% = 4.080")
    func abroad() throws {
        let year = try Engine().report(register(.abroad)).year(2026)
        #expect(year.desinvestering.bijtelling == 4_080)
        #expect(year.desinvestering.bijtellingEIA == 2_400)
    }
}

/// Art. 3.38 Wet IB 2001 with UWA art. 7–9: the starters' willekeurige afschrijving is taken back when, within five
/// years after the beginning of the investment year, the asset no longer meets its conditions — e.g. it is from then
/// on mainly made available to third parties (the KIA exclusion of art. 3.45 lid 2 sub a, which the scheme follows).
@Suite("Terugname on a change of use")
struct TerugnameOnChangeOfUseTests {
    /// A starter's € 10.000 machine (10 years, in use 1-1-2024) depreciated 100% willekeurig in 2024.
    func register(rentedOutOn date: String) -> Register {
        Register(entity: Entity(startersYears: [2024]),
                 assets: [Asset(id: "m", committed: day("2024-01-01"), inUse: day("2024-01-01"), cost: 10_000, life: 10,
                                willekeurig: .maximum,
                                changesOfUse: [ChangeOfUse(date: day(date), to: .rentedOut, value: 3_000)])])
    }

    @Test("rented out in 2026: book value back to the value without willekeurig, 10.000 − 3 × 1.000 = 7.000")
    func withinFiveYears() throws {
        let report = try Engine().report(register(rentedOutOn: "2026-03-01"))
        #expect(report.asset("m", in: 2024)?.depreciation?.willekeurig == 10_000)
        let line = try #require(report.asset("m", in: 2026)?.depreciation)
        #expect(line.terugname == 7_000)
        #expect(line.bookValue == 7_000)
        #expect(report.asset("m", in: 2027)?.depreciation?.normal == 1_000)
    }

    /// The value without willekeurig would still be 10.000 − 6 × 1.000 = 4.000 at the end of 2029.
    @Test("rented out after 31-12-2028, the end of the five years: no terugname")
    func afterFiveYears() throws {
        let report = try Engine().report(register(rentedOutOn: "2029-01-01"))
        #expect(report.asset("m", in: 2029)?.depreciation?.bookValue == 0)
        #expect(report.years.allSatisfy { year in year.assets.allSatisfy { ($0.depreciation?.terugname ?? 0).isZero } })
    }
}

/// Found by trying the features as a user would.
@Suite("Audit round 2, as a user tried it")
struct AuditUserTrialTests {
    /// Art. 3.45 lid 2 sub b reads the investeringsbedrag (art. 3.43), what the taxpayer bears: € 1.000 less a € 700
    /// subsidy in the same year is € 300, less than € 450.
    @Test("the € 450 test after a subsidy in the investment year: 1.000 − 700 = 300 does not count")
    func minimumAfterSubsidy() throws {
        let register = Register(assets: [
            Asset(id: "x", committed: day("2024-02-01"), inUse: day("2024-02-01"), cost: 10_000, life: 5),
            Asset(id: "klein", committed: day("2024-03-01"), inUse: day("2024-03-01"), cost: 1_000, life: 5,
                  reductions: [Reduction(date: day("2024-06-01"), amount: 700)]),
        ])
        let report = try Engine().report(register)
        #expect(report.asset("klein", in: 2024)?.qualifies == false)
        #expect(report.year(2024).investments == 10_000)
    }

    /// No investment is undone after the staking (art. 3.44 lid 2), so `activa advise` advises no deadline past it.
    @Test("advise on a register that stops: no in-use or payment deadline after the end, and no failure")
    func adviseWithStaking() throws {
        let register = Register(entity: Entity(calendar: FiscalCalendar(startMonth: 1, startDay: 1, lastDay: day("2025-12-31"))),
                                assets: [Asset(id: "weinig-betaald", committed: day("2025-03-01"), cost: 10_000, life: 5,
                                               payments: [Payment(date: day("2025-03-01"), amount: 1_000)],
                                               disposal: Disposal(date: day("2025-12-31"), price: 9_000))])
        let advice = try Advisor().advise(register, asOf: day("2025-11-01"))
        #expect(!advice.contains { $0.kind == .inUseDeadline || $0.kind == .paymentDeadline })
    }
}

@Suite("A year after the last movement")
struct LaterYearTests {
    /// A machine written down to its residual value of € 500 by 2028 is still on the balance in 2031.
    @Test("one year asked for after the last movement: the activastaat carries the book value")
    func carried() throws {
        let register = Register(assets: [Asset(id: "m", committed: day("2024-01-01"), inUse: day("2024-01-01"), cost: 5_500,
                                               residual: 500, life: 5)])
        var options = EngineOptions()
        options.reportedYears = 2031...2031
        let year = try Engine(options: options).report(register).year(2031)
        #expect(year.depreciation.bookValue == 500)
        #expect(year.assets.line(for: "m")?.depreciation?.bookValue == 500)
    }
}
