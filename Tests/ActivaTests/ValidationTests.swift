import Testing
@testable import Activa

@Suite("Register validation")
struct ValidationTests {
    @Test("every repeat of an id is reported, in register order; the first occurrence is not")
    func repeatedIds() {
        let ids = ["b", "a", "b", "c", "a", "b", "d"]
        let register = Register(assets: ids.map { Asset(id: $0, committed: day("2024-03-01"), cost: 1_000) })
        let repeats = register.validationIssues().filter { $0.problem == .duplicateId }
        #expect(repeats.map(\.assetId) == ["b", "a", "b"])
        #expect(Register(assets: [Asset(id: "x", committed: day("2024-03-01"), cost: 1)]).validationIssues().isEmpty)
    }
}
