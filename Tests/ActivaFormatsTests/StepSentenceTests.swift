import Activa
@testable import ActivaFormats
import Testing

/// The formats layer says each step in words from its kind and figures (docs/explanation-trace.md); the engine records
/// only the figures. These sentences are also in the snapshots of every output; here the variants the example
/// registers do not reach.
@Suite("Explanation steps in words")
struct StepSentenceTests {
    @Test("straight line by month and by day, in Dutch and English (art. 3.30 lid 1)")
    func straightLine() {
        let monthly = ExplanationStep(kind: "depreciation.straightLine", figures: [
            .amount("base", 10_000), .number("life", 5), .number("used", 10), .number("of", 12), .amount("amount", ExactDecimal("1666.67")),
        ])
        #expect(monthly.sentence(.nl) == "normale afschrijving: € 10.000,00 / 5 jaar × 10/12 = € 1.666,67")
        #expect(monthly.sentence(.en) == "normal depreciation: €10,000.00 / 5 years × 10/12 = €1,666.67")
        let daily = ExplanationStep(kind: "depreciation.straightLine", figures: [
            .amount("base", 10_000), .number("life", 5), .number("used", 306), .number("of", 366), .amount("amount", ExactDecimal("1672.13")),
        ])
        #expect(daily.sentence(.nl) == "normale afschrijving: € 10.000,00 / 5 jaar × 306/366 dagen = € 1.672,13")
    }

    @Test("an improvement over the rest of the life of the asset it improves")
    func improvement() {
        let step = ExplanationStep(kind: "depreciation.straightLine", figures: [
            .text("with", "machine"), .amount("base", 6_000), .number("used", 12), .number("remainingLife", 106), .text("unit", "months"),
            .day("lifeEnd", Day(year: 2034, month: 12, day: 31)!), .amount("amount", ExactDecimal("679.25")),
        ])
        #expect(step.sentence(.nl) == "normale afschrijving met 'machine', over de rest van zijn levensduur (tot en met 2034-12-31: 106 maanden): € 6.000,00 × 12 / 106 = € 679,25")
    }

    @Test("a figure taken over says what it is: \"boekwaarde 1-1-2024 € 14.300 (overgenomen, opgave vorige administratie)\" (issue 16)")
    func takenOver() {
        let step = ExplanationStep(kind: "opening.bookValue", figures: [
            .day("date", Day(year: 2024, month: 1, day: 1)!), .amount("bookValue", 14_300), .text("source", "opgave vorige administratie"),
        ])
        #expect(step.sentence(.nl) == "boekwaarde 1-1-2024 € 14.300,00 (overgenomen, opgave vorige administratie)")
        #expect(step.sentence(.en) == "book value 2024-01-01 €14,300.00 (taken over, opgave vorige administratie)")
        let remaining = ExplanationStep(kind: "depreciation.remainingLife", figures: [
            .amount("base", 10_400), .number("used", 12), .number("remainingLife", 26), .text("unit", "months"),
            .day("lifeEnd", Day(year: 2026, month: 2, day: 28)!), .amount("amount", 4_800),
        ])
        #expect(remaining.sentence(.nl) == "normale afschrijving over de resterende levensduur tot en met 2026-02-28: € 10.400,00 (boekwaarde min restwaarde) × 12 / 26 maanden = € 4.800,00")
    }

    @Test("terugname: the reason from the figures (art. 3.38)")
    func terugname() {
        let rented = ExplanationStep(kind: "willekeurig.terugname", figures: [
            .text("reason", "rentedOut"), .day("date", Day(year: 2025, month: 4, day: 1)!), .day("before", Day(year: 2028, month: 1, day: 1)!),
            .amount("bookValueWithoutWillekeurig", 8_000), .amount("terugname", 2_000),
        ])
        #expect(rented.sentence(.nl).hasPrefix("op 2025-04-01 hoofdzakelijk ter beschikking van derden, vóór 2028-01-01: de willekeurige afschrijving wordt teruggenomen"))
        let notInUse = ExplanationStep(kind: "willekeurig.terugname", figures: [
            .text("reason", "notInUse"), .day("before", Day(year: 2014, month: 1, day: 1)!), .amount("bookValueWithoutWillekeurig", 110), .amount("terugname", 50),
        ])
        #expect(notInUse.sentence(.en) == "not in use before 2014-01-01: the willekeurige afschrijving is taken back; book value back to the value without it (€110.00), terugname €50.00")
    }

    @Test("building and land: every piece of land named")
    func withLand() {
        let step = ExplanationStep(kind: "bodemwaarde.withLand", figures: [
            .text("land", "grond, tuin"), .amount("bodemwaarde", 480_000), .amount("landBookValue", 100_000), .amount("residual", 0), .amount("floor", 380_000),
        ])
        #expect(step.sentence(.nl).hasPrefix("gebouw en grond ('grond', 'tuin') zijn één bedrijfsmiddel voor de bodemwaarde"))
    }

    @Test("the transition cap of an asset from before 2007 (art. 10a.3), in months")
    func transitionCap() {
        let step = ExplanationStep(kind: "depreciation.transitionCap", figures: [
            .number("months", 60), .number("depreciatedMonths", 18), .day("from", Day(year: 2007, month: 1, day: 1)!),
            .amount("bookValue", 30_000), .number("used", 12), .number("of", 12), .amount("cap", ExactDecimal("8571.43")),
        ])
        #expect(step.sentence(.nl) == "overgangsrecht (bedrijfsmiddel van vóór 2007): ten hoogste 12 / (60 − 18) × boekwaarde op 2007-01-01 € 30.000,00 × 12/12 = € 8.571,43")
    }

    @Test("a reserve from land: the whole gain, without the words on willekeurige afschrijving")
    func reserveFromLand() {
        let land = ExplanationStep(kind: "hir.formed", figures: [
            .amount("price", 150_000), .amount("bookValueWithoutWillekeurig", 100_000), .amount("reserve", 50_000), .text("rule", "notDepreciated"),
        ])
        #expect(land.sentence(.nl) == "herinvesteringsreserve: overdrachtsprijs − boekwaarde = € 50.000,00")
    }

    @Test("each kind is said in one place")
    func oneSentencePerKind() {
        #expect(Set(StepSentences.depreciation.keys).isDisjoint(with: StepSentences.investeringsaftrek.keys))
    }

    @Test("a note says its own text; an unknown kind its code")
    func notesAndUnknownKinds() {
        #expect(ExplanationStep(kind: .note, text: LocalizedText(nl: "een opmerking", en: "a remark")).sentence(.en) == "a remark")
        #expect(ExplanationStep(kind: "someApp.ownStep").sentence(.nl) == "someApp.ownStep")
    }
}
