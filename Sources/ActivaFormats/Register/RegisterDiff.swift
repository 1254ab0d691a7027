import Activa

/// What changed between two versions of a register: the business's fields, each asset added, removed or changed
/// (by id, with the names of the fields that differ, as the register file names them), and every figure of the
/// aangifte that moved, per year. Read from the file-format documents, so a field is named the way the user wrote it.
public struct RegisterDiff: Sendable, Equatable {
    public enum Change: String, Sendable { case added, removed, changed }

    public struct AssetChange: Sendable, Equatable {
        public let id: String
        public let change: Change
        /// For a changed asset: the fields that differ (`cost`, `inUse`, `disposal`, …).
        public let fields: [String]
        /// The old and new value of each changed field that is one value (an amount, a date, a word) as the register
        /// file writes it; nil for a field that is absent on that side. Fields with a structure (payments, a
        /// disposal) are named in `fields` only.
        public let values: [FieldValues]

        init(id: String, change: Change, fields: [String] = [], values: [FieldValues] = []) {
            self.id = id
            self.change = change
            self.fields = fields
            self.values = values
        }
    }

    public struct FieldValues: Sendable, Equatable {
        public let field: String
        public let from: String?
        public let to: String?
    }

    /// One figure of a year that differs: its name (as in the JSON report) and both values (0 when absent).
    public struct FigureChange: Sendable, Equatable {
        public let year: Int
        public let figure: String
        public let from: Money
        public let to: Money
    }

    public let entityFields: [String]
    public let assets: [AssetChange]
    public let figures: [FigureChange]
    /// When a version could not be computed (say, under a newer engine), why: its figures are then not compared.
    public let notComputed: [LocalizedText]

    public var isEmpty: Bool { entityFields.isEmpty && assets.isEmpty && figures.isEmpty }

    /// The figures are computed without explanations (the diff shows none).
    public static func between(_ old: Register, _ new: Register, engine: Engine) -> RegisterDiff {
        var options = engine.options
        options.explanations = false
        let engine = Engine(law: engine.law, options: options)
        let before = fields(RegisterWriter.json(old)), after = fields(RegisterWriter.json(new))
        // The business's fields, and any other part of the file (planned investments) as one field of it.
        var entityFields = changedKeys(object(before["entity"]), object(after["entity"]))
        for key in Set(before.keys).union(after.keys).sorted() where key != "entity" && key != "assets" && before[key] != after[key] {
            entityFields.append(key)
        }
        // Matched by id through a dictionary: a register may have 10.000 assets.
        let oldAssets = assetObjects(before["assets"]), newAssets = assetObjects(after["assets"])
        let oldById = Dictionary(oldAssets.map { ($0.id, $0.value) }, uniquingKeysWith: { first, _ in first })
        let newById = Dictionary(newAssets.map { ($0.id, $0.value) }, uniquingKeysWith: { first, _ in first })
        var assets: [AssetChange] = []
        for (id, value) in oldAssets {
            guard let current = newById[id] else {
                assets.append(AssetChange(id: id, change: .removed))
                continue
            }
            let changed = changedKeys(value, current)
            if !changed.isEmpty {
                let values = changed.compactMap { field -> FieldValues? in
                    let from = scalar(value[field]), to = scalar(current[field])
                    // A field with a structure on either side is named, not shown.
                    guard (from != nil || value[field] == nil) && (to != nil || current[field] == nil) else { return nil }
                    return FieldValues(field: field, from: from, to: to)
                }
                assets.append(AssetChange(id: id, change: .changed, fields: changed, values: values))
            }
        }
        for (id, _) in newAssets where oldById[id] == nil {
            assets.append(AssetChange(id: id, change: .added))
        }

        var figures: [FigureChange] = [], notComputed: [LocalizedText] = []
        func report(_ register: Register, _ which: LocalizedText) -> Report? {
            do { return try engine.report(register) } catch {
                notComputed.append(LocalizedText(nl: "\(which.nl): \(error.message(.nl))", en: "\(which.en): \(error.message(.en))"))
                return nil
            }
        }
        if let a = report(old, LocalizedText(nl: "de oude versie", en: "the old version")),
           let b = report(new, LocalizedText(nl: "de nieuwe versie", en: "the new version")) {
            let years = Set(a.years.map(\.year)).union(b.years.map(\.year)).sorted()
            for year in years {
                let x = yearFigures(a.years.first { $0.year == year }), y = yearFigures(b.years.first { $0.year == year })
                for (name, _) in x.isEmpty ? y : x {
                    let from = x.first { $0.0 == name }?.1 ?? 0, to = y.first { $0.0 == name }?.1 ?? 0
                    if from != to { figures.append(FigureChange(year: year, figure: name, from: from, to: to)) }
                }
            }
        }
        return RegisterDiff(entityFields: entityFields, assets: assets, figures: figures, notComputed: notComputed)
    }

    /// The figures of a year that go into the aangifte, under their keys in the JSON report's year
    /// (`activastaat.…` for the activastaat's totals).
    static func yearFigures(_ year: YearReport?) -> [(String, Money)] {
        year?.filedFigures.map { ($0.key, $0.amount) } ?? []
    }

    private static func fields(_ value: JSONValue) -> [String: JSONValue] { object(value) }

    /// A value that is one scalar, as text; nil for an object, an array or nothing.
    private static func scalar(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let text)?, .number(let text)?: text
        case .money(let amount)?: amount.description
        case .bool(let flag)?: flag ? "true" : "false"
        default: nil
        }
    }

    private static func object(_ value: JSONValue?) -> [String: JSONValue] {
        guard case .object(let pairs)? = value else { return [:] }
        return Dictionary(pairs, uniquingKeysWith: { first, _ in first })
    }

    /// The assets in register order, by id.
    private static func assetObjects(_ value: JSONValue?) -> [(id: String, value: [String: JSONValue])] {
        guard case .array(let items)? = value else { return [] }
        return items.compactMap { item in
            let fields = object(item)
            guard case .string(let id)? = fields["id"] else { return nil }
            return (id, fields)
        }
    }

    /// The keys whose values differ, present in either, in sorted order.
    private static func changedKeys(_ a: [String: JSONValue], _ b: [String: JSONValue]) -> [String] {
        Set(a.keys).union(b.keys).filter { a[$0] != b[$0] }.sorted()
    }
}
