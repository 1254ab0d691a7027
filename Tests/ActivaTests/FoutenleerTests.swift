import Testing
@testable import Activa

/// The foutenleer (docs/law/opening-balance.md §4; HR 22 oktober 1952, B. 9293; depreciation errors HR 25 juli 2000,
/// BNB 2001/3, both read through summaries): a closed year stays as filed; the oldest open year opens with the filed
/// book values and takes the difference (correct − filed) into its profit in one amount; depreciation goes on from the
/// correct book value. The figures below are derived by hand from art. 3.30 (straight line, months in use).
@Suite("Foutenleer")
struct FoutenleerTests {
    /// 12.000 in use 1 March 2024, ten years: 1.000 in 2024 (10/12 × 1.200), book value 11.000 at the end of 2024.
    let machine = Asset(id: "machine", committed: day("2024-03-01"), inUse: day("2024-03-01"), cost: 12_000, life: 10)
    var closed2024: Register {
        get throws { try Engine().close(Register(assets: [machine]), year: 2024, on: day("2025-04-30")) }
    }

    @Test("closing keeps each asset's book value at the end of the year, as the next year opens with it: machine 11.000")
    func snapshot() throws {
        #expect(try closed2024.closedYears[0].bookValues == ["machine": 11_000])
    }

    @Test("an invoice of 15.000, not 12.000, found after 2024 is closed: 2024 stays as filed (book value 11.000); 2025 takes 13.750 − 11.000 = 2.750 into its profit and depreciates 1.500 from 13.750")
    func acceptedCorrection() throws {
        var register = try closed2024
        register.assets[0].cost = 15_000
        // Not yet accepted: the change is one to refuse (the edges do), and the report already shows what it would do.
        #expect(try Engine().report(register).changedClosedYears.count == 1)
        let corrected = try Engine().acceptCorrection(register, on: day("2025-06-01"))
        #expect(corrected.closedYears[0].correction?.acceptedOn == day("2025-06-01"))
        let report = try Engine().report(corrected)
        #expect(report.changedClosedYears.isEmpty)
        let status = try #require(report.closedYears.first)
        #expect(status.cause == .corrected)
        #expect(status.differences.contains(ClosedYearDifference(year: 2024, key: "activastaat.bookValue", filed: 11_000, now: 13_750)))
        #expect(status.differences.contains(ClosedYearDifference(year: 2024, key: "activastaat.bookValue", assetId: "machine", filed: 11_000, now: 13_750)))

        // 2024 itself shows what was filed (found by a bookkeeper who printed 2024 after the correction): its totals
        // stay 1.000 and 11.000; its asset line is the recomputed one, and the year says so.
        let y2024 = try #require(report.years.first { $0.year == 2024 })
        #expect(y2024.depreciation.depreciation == 1_000 && y2024.depreciation.bookValue == 11_000 && y2024.kia == 3_360)
        #expect(y2024.linesRecomputed)
        #expect(report.asset("machine", in: 2024)?.depreciation?.bookValue == 13_750)
        let y2025 = try #require(report.years.first { $0.year == 2025 })
        #expect(!y2025.linesRecomputed)
        let correction = try #require(y2025.foutenherstel)
        #expect(correction.closedYear == 2024 && correction.cause == .corrected)
        #expect(correction.bookValueFiled == 11_000 && correction.bookValueCorrect == 13_750)
        #expect(correction.amount == 2_750)
        #expect(correction.assets == [Foutenherstel.AssetDifference(id: "machine", filed: 11_000, correct: 13_750)])
        #expect(correction.explanation.steps.last?.kind == "foutenherstel.total")
        #expect(y2025.depreciation.depreciation == 1_500)
        #expect(y2025.depreciation.bookValue == 12_250)
        #expect(y2025.filedFigures.contains(FiledFigure(key: "foutenherstel", amount: 2_750)))
        // The KIA of 2024 itself (28% × 15.000 = 4.200 instead of 3.360) is not moved by the foutenleer: the warning says so.
        #expect(report.warnings.contains { $0.text.nl.contains("herstelt een fout") && $0.text.nl.contains("ambtshalve vermindering") })
        // 2026 opens from 2025, which is open: no second correction.
        #expect(report.years.first { $0.year == 2026 }?.foutenherstel == nil)
    }

    @Test("a further change after the correction was accepted moves 2024 again: refused again")
    func furtherChange() throws {
        var register = try closed2024
        register.assets[0].cost = 15_000
        var corrected = try Engine().acceptCorrection(register, on: day("2025-06-01"))
        corrected.assets[0].cost = 16_000
        #expect(try Engine().report(corrected).changedClosedYears.first?.cause == .registerChanged)
    }

    @Test("once 2025 is closed with the foutenherstel in it, it stays: 2025 matches as filed, 2026 has no correction")
    func closingTheCorrectionYear() throws {
        var register = try closed2024
        register.assets[0].cost = 15_000
        let corrected = try Engine().acceptCorrection(register, on: day("2025-06-01"))
        let closed = try Engine().close(corrected, year: 2025, on: day("2026-04-30"))
        #expect(closed.closedYears[1].figures.contains(FiledFigure(key: "foutenherstel", amount: 2_750)))
        let report = try Engine().report(closed)
        #expect(report.closedYears[1].differences.isEmpty)
        #expect(report.years.first { $0.year == 2025 }?.foutenherstel?.amount == 2_750)
        #expect(report.years.first { $0.year == 2026 }?.foutenherstel == nil)
    }

    @Test("with 2024 and 2025 closed, an error of 2024 is corrected in 2026, the oldest open year: end of 2025 correct 15.000 − 1.250 − 1.500 = 12.250, filed 12.000 − 1.000 − 1.200 = 9.800, so 2.450")
    func oldestOpenYear() throws {
        var register = try Engine().close(try closed2024, year: 2025, on: day("2026-04-30"))
        register.assets[0].cost = 15_000
        let corrected = try Engine().acceptCorrection(register, on: day("2026-06-01"))
        #expect(corrected.closedYears.allSatisfy { $0.correction != nil })
        let report = try Engine().report(corrected)
        #expect(report.changedClosedYears.isEmpty)
        #expect(report.years.first { $0.year == 2025 }?.foutenherstel == nil)   // filed without one: 2025 stays as filed
        let correction = try #require(report.years.first { $0.year == 2026 }?.foutenherstel)
        #expect(correction.closedYear == 2025)
        #expect(correction.bookValueFiled == 9_800 && correction.bookValueCorrect == 12_250 && correction.amount == 2_450)
    }

    @Test("an asset that was never the business's (removed after closing) leaves the balance by the correction: 0 − 11.000")
    func removedAsset() throws {
        var register = try closed2024
        register.assets.append(Asset(id: "laptop", committed: day("2025-02-01"), inUse: day("2025-02-01"), cost: 1_500, life: 5))
        register.assets.removeAll { $0.id == "machine" }
        let report = try Engine().report(try Engine().acceptCorrection(register, on: day("2025-06-01")))
        let correction = try #require(report.years.first { $0.year == 2025 }?.foutenherstel)
        #expect(correction.assets == [Foutenherstel.AssetDifference(id: "machine", filed: 11_000, correct: 0)])
        #expect(correction.amount == -11_000)
    }

    @Test("a newer Activa that gives the closed year another book value: the filed 10.800 stays, and 2025 carries the difference 11.000 − 10.800 = 200 as foutenherstel, said in a warning")
    func engineChange() throws {
        var register = try closed2024
        register.closedYears[0].activaVersion = "0.1.0"
        register.closedYears[0].bookValues = ["machine": 10_800]
        register.closedYears[0].figures = register.closedYears[0].figures.map {
            $0.key == "activastaat.bookValue" ? FiledFigure(key: $0.key, amount: 10_800) : $0
        }
        let report = try Engine().report(register)
        #expect(report.closedYears[0].cause == .engineChanged)
        #expect(report.changedClosedYears.isEmpty)
        let correction = try #require(report.years.first { $0.year == 2025 }?.foutenherstel)
        #expect(correction.cause == .engineChanged && correction.amount == 200)
        #expect(report.warnings.contains { $0.text.nl.contains("met Activa 0.1.0") && $0.text.nl.contains("foutenherstel") })
    }

    @Test("the register's fingerprint, not the Activa version, tells an edit from a rule change: an edit under a newer Activa is refused; other figures for the same register are a rule change, also under the same version")
    func fingerprints() throws {
        var register = try Engine().close(Register(assets: [machine]), year: 2024, on: day("2025-04-30"), digest: "fnv1a64:closed")
        #expect(register.closedYears[0].registerDigest == "fnv1a64:closed")
        // An edit, with the year closed by an older Activa: still an edit.
        register.closedYears[0].activaVersion = "0.1.0"
        var edited = register
        edited.assets[0].cost = 15_000
        #expect(try Engine().report(edited, digest: "fnv1a64:edited").closedYears[0].cause == .registerChanged)
        // The same register (same fingerprint) with other filed figures, closed by this very version: a rule change.
        var same = register
        same.closedYears[0].activaVersion = Engine.version
        same.closedYears[0].figures = same.closedYears[0].figures.map { $0.key == "kia" ? FiledFigure(key: "kia", amount: 3_000) : $0 }
        #expect(try Engine().report(same, digest: "fnv1a64:closed").closedYears[0].cause == .engineChanged)
        // Accepted as a correction: the corrected register's fingerprint is the reference from then on.
        let corrected = try Engine().acceptCorrection(edited, on: day("2025-06-01"), digest: "fnv1a64:edited")
        #expect(corrected.closedYears[0].correction?.registerDigest == "fnv1a64:edited")
        #expect(try Engine().report(corrected, digest: "fnv1a64:edited").closedYears[0].cause == .corrected)
    }

    @Test("nothing changed: no correction anywhere")
    func unchanged() throws {
        #expect(try Engine().report(try closed2024).years.allSatisfy { $0.foutenherstel == nil })
        let register = try closed2024
        #expect(try Engine().acceptCorrection(register, on: day("2025-06-01")) == register)
    }
}
