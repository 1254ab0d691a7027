@testable import Activa

/// A day from an ISO literal in a test; a malformed literal is a bug in the test.
func day(_ iso: String) -> Day {
    guard let day = Day(iso: iso) else { preconditionFailure("bad test date \(iso)") }
    return day
}
