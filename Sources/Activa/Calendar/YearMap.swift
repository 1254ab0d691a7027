/// Values by (boek)year, kept in an array from the first year set: the engine's per-year figures are dense and
/// looked up for every asset in every year, where a dictionary's hashing would dominate.
public struct YearMap<Value>: Sequence {
    private var first = 0
    private var values: [Value?] = []

    public init() {}

    public subscript(year: Int) -> Value? {
        get {
            let offset = year - first
            return offset >= 0 && offset < values.count ? values[offset] : nil
        }
        set {
            if values.isEmpty {
                guard newValue != nil else { return }
                first = year
            }
            if year < first {
                guard newValue != nil else { return }
                values.insert(contentsOf: [Value?](repeating: nil, count: first - year), at: 0)
                first = year
            }
            let offset = year - first
            if offset >= values.count {
                guard newValue != nil else { return }
                // Filling year by year appends one value: no temporary array of gaps.
                while values.count < offset { values.append(nil) }
                values.append(newValue)
                return
            }
            values[offset] = newValue
        }
    }

    /// The years that have a value, in order, with their values.
    public func makeIterator() -> AnyIterator<(key: Int, value: Value)> {
        var offset = 0
        let values = self.values, first = self.first
        return AnyIterator {
            while offset < values.count {
                defer { offset += 1 }
                if let value = values[offset] { return (first + offset, value) }
            }
            return nil
        }
    }

    public var isEmpty: Bool { values.allSatisfy { $0 == nil } }

    /// Room for `count` consecutive years, so filling them year by year does not copy.
    public mutating func reserveCapacity(_ count: Int) {
        values.reserveCapacity(count)
    }
}

extension YearMap where Value == ExactDecimal {
    /// The sum of the values up to and including `year`.
    func sum(through year: Int) -> ExactDecimal {
        var total: ExactDecimal = 0
        for (key, value) in self where key <= year { total += value }
        return total
    }
}

extension YearMap: Sendable where Value: Sendable {}
