/// The register entries of one year of a report, each assembled from the engine's per-asset results when it is read.
///
/// The engine computes every asset's schedule, payment-rule timeline and disposal once; a year's line is a view on
/// those results. Storing a copy of every line in every year (about a kilobyte per asset-year) made copying and
/// allocating the report cost more than computing it, so a report now holds each figure once.
public struct AssetYears: RandomAccessCollection, Sendable {
    private let results: AssetResults?
    public let year: Int
    /// Indices into the register of the entries with anything in this year, in register order.
    private let members: [Int]

    init(results: AssetResults?, year: Int, members: [Int]) {
        self.results = results
        self.year = year
        self.members = members
    }

    /// No entries (a year without activity).
    public init() {
        self.init(results: nil, year: 0, members: [])
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { members.count }

    public subscript(position: Int) -> AssetYear {
        guard let results else { preconditionFailure("an empty AssetYears has no elements") }
        return results.assetYear(members[position], year)
    }

    /// The entry of one asset this year, if it has one.
    public func line(for assetId: String) -> AssetYear? {
        guard let results, let member = members.first(where: { results.assets[$0].id == assetId }) else { return nil }
        return results.assetYear(member, year)
    }
}
