/// Values by (boek)year, kept in an array from the first year set: the engine's per-year figures are dense and
/// looked up for every asset in every year, where a dictionary's hashing would dominate.
public struct YearMap<Value>: Sequence {
    private var first = 0
    /// The value of the first year, held inline: most per-asset maps (a payment-rule timeline paid and in use in its
    /// investment year) have one year only, and then no array is allocated at all.
    private var firstValue: Value?
    /// The values of the years after the first, in order.
    private var later: [Value?] = []
    /// Whether any year was set (the first year is then `first`).
    private var started = false

    public init() {}

    public subscript(year: Int) -> Value? {
        get {
            let offset = year - first
            guard started, offset >= 0 else { return nil }
            if offset == 0 { return firstValue }
            return offset <= later.count ? later[offset - 1] : nil
        }
        set {
            if !started {
                guard newValue != nil else { return }
                started = true
                first = year
                firstValue = newValue
                return
            }
            if year < first {
                guard newValue != nil else { return }
                // The map now starts earlier: the old first value moves into the later years, behind the gap.
                let gap = [Value?](repeating: nil, count: first - year - 1)
                later.insert(contentsOf: gap + [firstValue], at: 0)
                first = year
                firstValue = newValue
                return
            }
            let offset = year - first
            if offset == 0 {
                firstValue = newValue
                return
            }
            if offset > later.count {
                guard newValue != nil else { return }
                // Filling year by year appends one value: no temporary array of gaps.
                while later.count < offset - 1 { later.append(nil) }
                later.append(newValue)
                return
            }
            later[offset - 1] = newValue
        }
    }

    /// The value of `year`, or `defaultValue` when it has none (for `map[year, default: 0] += amount`).
    public subscript(year: Int, default defaultValue: @autoclosure () -> Value) -> Value {
        get { self[year] ?? defaultValue() }
        set { self[year] = newValue }
    }

    /// The years that have a value, in order, with their values.
    public func makeIterator() -> Iterator { Iterator(map: self) }

    /// Steps through the years of a map (a plain struct: an `AnyIterator` would allocate a box per loop).
    public struct Iterator: IteratorProtocol {
        let map: YearMap
        var offset = 0

        public mutating func next() -> (key: Int, value: Value)? {
            guard map.started else { return nil }
            if offset == 0 {
                offset = 1
                if let firstValue = map.firstValue { return (map.first, firstValue) }
            }
            while offset <= map.later.count {
                defer { offset += 1 }
                if let value = map.later[offset - 1] { return (map.first + offset, value) }
            }
            return nil
        }
    }

    public var isEmpty: Bool { firstValue == nil && later.allSatisfy { $0 == nil } }

    /// Room for `count` consecutive years, so filling them year by year does not copy.
    public mutating func reserveCapacity(_ count: Int) {
        if count > 1 { later.reserveCapacity(count - 1) }
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
