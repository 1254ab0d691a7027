import Activa
import Testing
@testable import ActivaFormats

/// The fingerprint kept with a closed year (issue 16): the same content gives the same fingerprint, whatever the
/// file's layout and whatever years are closed; any edit gives another.
@Suite("Register fingerprint")
struct RegisterDigestTests {
    let yaml = """
    entity: {name: Bakkerij Jansen}
    assets:
      - {id: oven, committed: 2024-03-01, inUse: 2024-03-01, cost: "12000", life: 10}
    """

    @Test("a register written otherwise (JSON, comments, another order of keys) has the same fingerprint; an edit another")
    func sameAndDifferent() throws {
        let register = try RegisterReader.read(yaml, format: .yaml)
        let json = #"{"assets": [{"life": 10, "cost": "12000.00", "inUse": "2024-03-01", "committed": "2024-03-01", "id": "oven"}], "entity": {"name": "Bakkerij Jansen"}}"#
        let same = try RegisterReader.read(json, format: .json)
        let commented = try RegisterReader.read("# a comment\n" + yaml, format: .yaml)
        #expect(RegisterDigest.fingerprint(register) == RegisterDigest.fingerprint(commented))
        #expect(RegisterDigest.fingerprint(register) == RegisterDigest.fingerprint(same))
        #expect(RegisterDigest.fingerprint(register).hasPrefix("fnv1a64:") && RegisterDigest.fingerprint(register).count == 8 + 16)
        var edited = register
        edited.assets[0].cost = 12_001
        #expect(RegisterDigest.fingerprint(edited) != RegisterDigest.fingerprint(register))
        // Closing a year does not change the content: the fingerprint leaves the closed years out.
        let closed = try Engine().close(register, year: 2024, on: Day(iso: "2025-04-30")!, digest: RegisterDigest.fingerprint(register))
        #expect(RegisterDigest.of(closed) == RegisterDigest.fingerprint(register))
        #expect(RegisterDigest.of(register) == nil)   // nothing closed: nothing to compare
    }
}
