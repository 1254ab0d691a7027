@testable import Activa

/// A day from an ISO literal in a test; a malformed literal is a bug in the test.
func day(_ iso: String) -> Day {
    guard let day = Day(iso: iso) else { preconditionFailure("bad test date \(iso)") }
    return day
}

extension Report {
    func asset(_ id: String, in year: Int) -> AssetYear? {
        self.year(year).assets.first { $0.id == id }
    }
}
